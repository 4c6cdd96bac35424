"""``caibao demo``: the whole pipeline offline on the iFlytek FY2024 figures shipped in
``examples/iflytek-fy2024``: ingest, write the article (Chinese, HTML and Markdown), check a short
text that mixes true, false and misleading statements, write it annotated, print a summary."""

from __future__ import annotations

import shutil
import time
from collections import Counter
from datetime import date
from pathlib import Path

import click

from ..errors import CaibaoError, InputError
from . import main
from ._output import die, to_json

COMPANY, PERIOD = "002230", "2024FY"
CHECK_DATE = date(2025, 4, 21)  # the day iFlytek published its FY2024 results: 今年 = 2025


def examples_dir() -> Path:
    """``examples/iflytek-fy2024`` of the source tree caibao runs from (an editable install)."""
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "examples" / "iflytek-fy2024"
        if (candidate / "figures.csv").is_file():
            return candidate
    return Path.cwd() / "examples" / "iflytek-fy2024"


@main.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default="out/demo",
    show_default=True,
    help="Folder for the store, the article and the checked text (emptied first).",
)
@click.option(
    "--examples",
    type=click.Path(file_okay=False, exists=True),
    help="Folder with figures.csv and demo-check.txt (default: examples/iflytek-fy2024).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def demo(out, examples, as_json):
    """Ingest the iFlytek FY2024 figures, write the article, check a short text: all offline."""
    try:
        run_demo(Path(out), Path(examples) if examples else examples_dir(), as_json)
    except CaibaoError as exc:
        die(exc)


def run_demo(out: Path, examples: Path, as_json: bool = False) -> dict:
    from ..claims.checker import Checker
    from ..ingest import ingest_paths
    from ..store import Store
    from ..write import render, write_article
    from ..write.annotate import annotated_html

    started = time.perf_counter()
    figures, check_text = examples / "figures.csv", examples / "demo-check.txt"
    for needed in (figures, check_text):
        if not needed.is_file():
            raise InputError(str(needed), "missing: the demo needs the files of examples/")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    paths = {}
    with Store(out / "caibao.duckdb") as store:
        results = ingest_paths([figures], store)
        bad = [r for r in results if not r.ok]
        if bad:
            raise InputError(str(figures), "; ".join(bad[0].errors) or "not ingested")
        article = write_article(store, COMPANY, PERIOD, "zh")
        paths["article_html"] = out / "iflytek-2024FY.zh.html"
        paths["article_md"] = out / "iflytek-2024FY.zh.md"
        paths["article_html"].write_text(render(article, "html"), encoding="utf-8")
        paths["article_md"].write_text(render(article, "md"), encoding="utf-8")
        own_text, _ = article.text_and_claims()
        checker = Checker(store)
        own = checker.check(own_text, company=COMPANY, day=CHECK_DATE)
        text = check_text.read_text(encoding="utf-8")
        result = checker.check(text, company=COMPANY, day=CHECK_DATE)
    paths["checked_html"] = out / "demo-check.annotated.html"
    paths["checked_html"].write_text(
        annotated_html(text, list(result.claims), "核查：" + check_text.name), encoding="utf-8"
    )
    elapsed = time.perf_counter() - started
    if as_json:
        click.echo(to_json(_summary_json(article, own.claims, result.claims, paths, elapsed)))
    else:
        _summary(article, own.claims, result.claims, paths, elapsed)
    return paths


def _summary_json(article, own, checked, paths: dict, elapsed: float) -> dict:
    def verdicts(claims) -> dict:
        return dict(Counter(c.verdict.verdict for c in claims))

    return {
        "company": COMPANY,
        "period": PERIOD,
        "article": {
            "numbers": len(article.numbers()),
            "claims_found": len(own),
            "verdicts": verdicts(own),
        },
        "checked": {
            "claims": len(checked),
            "verdicts": verdicts(checked),
            "not_supported": [c.to_json() for c in checked if c.verdict.verdict != "supported"],
        },
        "paths": {name: str(path) for name, path in paths.items()},
        "seconds": round(elapsed, 2),
    }


def _summary(article, own, checked, paths: dict, elapsed: float) -> None:
    from ..write.render import to_text

    echo = click.echo
    headline = to_text(article).split("\n", 1)[0]
    echo(f"caibao demo: 科大讯飞 (002230) {PERIOD}, offline from examples/iflytek-fy2024")
    echo("")
    echo(f"  article   {headline}")
    for f in article.findings[:3]:
        line = "".join(p if isinstance(p, str) else p.text for p in f.pieces)
        echo(f"    · {line[:70]}{'…' if len(line) > 70 else ''}")
    own_verdicts = Counter(c.verdict.verdict for c in own)
    echo(
        f"  numbers   {len(article.numbers())} printed, each with its source; the checker finds "
        f"{len(own)}: {_counts(own_verdicts)}"
    )
    _not_supported(own)
    echo("")
    verdicts = _counts(Counter(c.verdict.verdict for c in checked))
    echo(f"  checked   {len(checked)} claims in demo-check.txt: {verdicts}")
    _not_supported(checked)
    echo("")
    for name, path in paths.items():
        echo(f"  {name:<13} {path}")
    echo(f"\n  done in {elapsed:.1f} s")


def _not_supported(checked) -> None:
    for c in checked:
        if c.verdict.verdict != "supported":
            v = c.verdict
            click.echo(f"    {v.verdict:<17} {c.claim.quote[:24]:<24} {v.reason[:60]}")


def _counts(counter: Counter) -> str:
    return ", ".join(f"{n} {v}" for v, n in counter.most_common()) or "none"
