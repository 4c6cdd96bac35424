"""Benchmark: ``caibao check`` throughput on the seed article, start-up excluded.

Target (issue 3): ≥ 100 articles a second on one core. The store (the shipped iFlytek figures) is
ingested and the ``Checker`` built once — that is start-up; each timed run then reads, extracts
and verifies the whole article (7.7 kB of UTF-8, 2,900 characters, 50+ claims) from its text. The machines are shared and
noisy, so this prints medians of several rounds and the ratio to a baseline measured in the same
run: a plain scan of the same text with one regular expression for numbers with a unit, the
least any checker must do.

``--conformance`` times every article of ``tests/conformance`` instead (their reports ingested
into one store first, start-up too), so the speed is not tuned to one article: articles a second
over the whole set, and the same baseline over the same texts.

    .venv/bin/python benchmarks/bench_check.py [ARTICLE] [--seconds S] [--rounds N]
    .venv/bin/python benchmarks/bench_check.py --conformance [--seconds S] [--rounds N]
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT.parent / "shared/seed/iflytek-fy2024-article.txt"
FIGURES = ROOT / "examples/iflytek-fy2024/figures.csv"
CONFORMANCE = ROOT / "tests/conformance"
CORPUS = ROOT.parent / "shared/corpus"
_PLAIN = re.compile(r"\d+(?:\.\d+)?\s*(?:亿元|万元|元|亿|万|%|倍|个百分点)")


def _rate(func, seconds: float) -> float:
    """Calls per second of ``func`` over about ``seconds``."""
    n, start = 0, time.perf_counter()
    while True:
        func()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return n / elapsed


def _conformance(store) -> list[tuple[str, object]]:
    """(text, date) of every conformance article, their reports ingested into ``store``."""
    from datetime import date

    from caibao.ingest import ingest_file

    with open(CONFORMANCE / "articles.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for name in sorted({f for row in rows for f in row["files"].split()}):
        path = CORPUS / name
        if path.is_dir():
            for child in sorted(path.iterdir()):
                ingest_file(child, store, in_directory=True)
        else:
            ingest_file(path, store)
    return [
        (
            (CONFORMANCE / f"{row['name']}.txt").read_text(encoding="utf-8"),
            date.fromisoformat(row["date"]),
        )
        for row in rows
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE))
    parser.add_argument(
        "--conformance", action="store_true", help="every tests/conformance article"
    )
    parser.add_argument("--seconds", type=float, default=2.0, help="per round (default 2)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds, median reported")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from caibao.claims.checker import Checker
    from caibao.ingest import ingest_file
    from caibao.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        if args.conformance:
            articles = _conformance(store)
            label = f"{CONFORMANCE} ({len(articles)} articles"
        else:
            ingest_file(FIGURES, store)
            articles = [(Path(args.article).read_text(encoding="utf-8"), None)]
            label = f"{args.article} ({len(articles[0][0])} chars"
        checker = Checker(store)
        # warm: each company's facts are read once here
        claims = sum(len(checker.check(text, day=day).claims) for text, day in articles)

        def check_all() -> None:
            for text, day in articles:
                checker.check(text, day=day)

        def scan_all() -> None:
            for text, _day in articles:
                _PLAIN.findall(text)

        checked, plain = [], []
        for _ in range(args.rounds):
            checked.append(len(articles) * _rate(check_all, args.seconds))
            plain.append(len(articles) * _rate(scan_all, args.seconds / 4))
        store.close()

    check_rate, plain_rate = statistics.median(checked), statistics.median(plain)
    print(f"article: {label}, {claims} claims)")
    print(f"caibao check:      {check_rate:8.1f} articles/s  ({1000 / check_rate:.2f} ms each)")
    print(f"plain regex scan:  {plain_rate:8.1f} articles/s  ({1000 / plain_rate:.3f} ms each)")
    print(f"ratio: check is {plain_rate / check_rate:.0f}x the cost of a bare number scan")
    print(f"target ≥ 100 articles/s: {'met' if check_rate >= 100 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
