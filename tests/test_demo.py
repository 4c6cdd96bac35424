"""``caibao demo``: offline from examples/iflytek-fy2024 (no ../shared), well under 30 s."""

from __future__ import annotations

import time

from click.testing import CliRunner

from caibao.cli import main


def test_demo_writes_the_article_and_checks_the_text(tmp_path):
    out = tmp_path / "demo"
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["demo", "--out", str(out)])
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    assert elapsed < 30
    for name in ("iflytek-2024FY.zh.html", "iflytek-2024FY.zh.md", "demo-check.annotated.html"):
        assert (out / name).is_file() and str(out / name) in result.output
    assert (out / "caibao.duckdb").is_file()
    lines = result.output.splitlines()
    assert len(lines) <= 40  # one screen
    assert "科大讯飞2024年营业收入233.43亿元" in result.output
    # the text mixes true, false and misleading statements: each kind is found
    checked = next(line for line in lines if line.strip().startswith("checked"))
    for verdict in ("supported", "contradicted", "misleading", "sources_disagree"):
        assert verdict in checked, checked
    assert "毛利率为45.20%" in result.output  # a false figure, shown with what the sources give
    html = (out / "demo-check.annotated.html").read_text(encoding="utf-8")
    assert 'class="claim contradicted"' in html and 'class="claim misleading"' in html


def test_demo_runs_twice_into_the_same_folder(tmp_path):
    out = tmp_path / "demo"
    for _ in range(2):
        result = CliRunner().invoke(main, ["demo", "--out", str(out)])
        assert result.exit_code == 0, result.output


def test_demo_without_the_examples_fails_with_one_line(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(
        main, ["demo", "--out", str(tmp_path / "o"), "--examples", str(empty)]
    )
    assert result.exit_code != 0
    assert result.output.strip().startswith("caibao: ") and "figures.csv" in result.output
