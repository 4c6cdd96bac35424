"""Benchmark: full ingest of a 189-page annual report, against a pdfplumber table pass.

Target (issue 2): median ≤ 1.5 s on one core and ≤ 400 MB peak memory. The machines are shared
and noisy, so this prints medians and the ratio to a baseline measured in the same invocation: a
pdfplumber pass that extracts the tables of every page (what a straightforward reader would do).

    .venv/bin/python benchmarks/bench_ingest.py [PDF] [--runs N] [--baseline-runs M]

Each measurement runs in a fresh process pinned to one core; peak memory is that process's
maximum resident set size.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PDF = ROOT.parent / "shared/corpus/cn/600080/600080_20250425_LXGH.pdf"


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _caibao_ingest(pdf: str, queue: mp.Queue) -> None:
    _pin_one_core()
    from caibao.ingest import ingest_paths
    from caibao.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        results = ingest_paths([pdf], store)
        elapsed = time.perf_counter() - start
        facts = sum(getattr(r, "facts", 0) or 0 for r in results)
    queue.put((elapsed, _peak_mb(), facts))


def _pdfplumber_tables(pdf: str, queue: mp.Queue) -> None:
    _pin_one_core()
    import pdfplumber

    start = time.perf_counter()
    tables = 0
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            tables += len(page.extract_tables())
            page.flush_cache()
    queue.put((time.perf_counter() - start, _peak_mb(), tables))


def _measure(target, pdf: str) -> tuple[float, float, int]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(pdf, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", default=str(DEFAULT_PDF))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline-runs", type=int, default=1)
    args = parser.parse_args()
    if not Path(args.pdf).is_file():
        print(f"bench_ingest: {args.pdf}: not found (needs ../shared)", file=sys.stderr)
        return 2

    ours = [_measure(_caibao_ingest, args.pdf) for _ in range(args.runs)]
    base = [_measure(_pdfplumber_tables, args.pdf) for _ in range(args.baseline_runs)]
    ours_s = statistics.median(r[0] for r in ours)
    ours_mb = max(r[1] for r in ours)
    base_s = statistics.median(r[0] for r in base)
    base_mb = max(r[1] for r in base)
    print(f"file: {args.pdf}")
    print(
        f"caibao ingest      median {ours_s:6.3f} s over {len(ours)} runs "
        f"(min {min(r[0] for r in ours):.3f}, max {max(r[0] for r in ours):.3f}), "
        f"peak {ours_mb:6.1f} MB, {ours[0][2]} facts"
    )
    print(
        f"pdfplumber tables  median {base_s:6.3f} s over {len(base)} runs, "
        f"peak {base_mb:6.1f} MB, {base[0][2]} tables"
    )
    print(f"ratio caibao/pdfplumber: time {ours_s / base_s:.3f}, memory {ours_mb / base_mb:.3f}")
    print(
        f"targets: median <= 1.5 s: {'met' if ours_s <= 1.5 else 'NOT met'}; "
        f"peak <= 400 MB: {'met' if ours_mb <= 400 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
