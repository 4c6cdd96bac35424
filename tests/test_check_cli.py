"""``caibao check`` from the command line: table, JSON, HTML, and every kind of bad input."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from caibao.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "examples" / "iflytek-fy2024" / "figures.csv"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store.duckdb"
    result = CliRunner().invoke(main, ["ingest", "--db", str(path), str(FIGURES)])
    assert result.exit_code == 0, result.output
    return str(path)


def run(*args, input=None):
    return CliRunner().invoke(main, ["check", *args], input=input)


def test_help_documents_the_exit_codes():
    out = run("--help").output
    for line in ("0  checked", "1  checked; at least one", "2  unusable input"):
        assert line in out


def test_table_and_exit_code_1_for_the_seed(db, seed):
    result = run("--db", db, str(seed / "iflytek-fy2024-article.txt"))
    assert result.exit_code == 1  # the seed has contradicted and misleading claims
    assert "misleading" in result.output and "科大讯飞 (002230)" in result.output


def test_json_shape(db, seed):
    result = run("--db", db, "--json", str(seed / "iflytek-fy2024-article.txt"))
    data = json.loads(result.output)
    assert set(data) == {"claims", "summary"}
    keys = {"start", "end", "quote", "subject", "concept", "segment", "period", "value", "unit",
            "qualifier", "verdict", "reason", "expected", "sources"}  # fmt: skip
    assert all(keys <= set(c) for c in data["claims"])
    assert data["summary"]["claims"] == len(data["claims"]) >= 50
    assert sum(data["summary"][v] for v in ("supported", "contradicted", "sources_disagree",
               "misleading", "unverifiable")) == len(data["claims"])  # fmt: skip


def test_stdin_date_and_company_and_exit_0(db):
    text = "去年讯飞营收233.43亿元，同比增长18.79%。"
    result = run("--db", db, "--json", "--date", "2025-04-21", "--company", "科大讯飞", "-",
                 input=text.encode())  # fmt: skip
    assert result.exit_code == 0, result.output
    claims = json.loads(result.output)["claims"]
    assert [c["period"] for c in claims] == ["2024FY", "2024FY"]
    assert {c["verdict"] for c in claims} == {"supported"}


def test_html_is_standalone_and_escaped(db, tmp_path):
    hostile = (
        '<script>alert("x")</script><img src=x onerror=alert(1)>\n\n'
        "科大讯飞2024年营收233.43亿元</script><!-- ，同比增长18.79%。\n"
    )
    article = tmp_path / "a.html"
    article.write_text(hostile, encoding="utf-8")
    out = tmp_path / "out.html"
    result = run("--db", db, "--html", str(out), str(article))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert page.count("<script") == 2  # the page's own data block and script only
    data = re.search(r'<script type="application/json" id="claims">(.*?)</script>', page, re.S)
    assert data and "</" not in data.group(1)
    assert page.count("<mark ") == 2 and "http" not in page.split("<body>")[1].split("<script")[0]


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        ("一篇没有任何数字的文章。".encode(), "no numbers"),
        ("第1名，4月21日发布X1。".encode(), "no figures to check"),
    ],
)
def test_bad_input_exits_2_with_one_line(db, tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("--db", db, str(path))
    assert result.exit_code == 2
    assert reason in result.output and "Traceback" not in result.output
    assert result.output.count("\n") == 1


def test_too_large_missing_and_unknown_company(db, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"1" * 10_000_001)
    result = run("--db", db, str(big))
    assert result.exit_code == 2 and "too large" in result.output
    result = run("--db", db, str(tmp_path / "missing.txt"))
    assert result.exit_code == 2 and "no such file" in result.output
    result = run("--db", db, "--company", "NOPE", "-", input="营收3亿元".encode())
    assert result.exit_code == 2 and "NOPE" in result.output
    result = run("--db", db, "--date", "2025-02-30", "-", input="营收3亿元".encode())
    assert result.exit_code == 2


def test_article_about_a_company_the_store_does_not_know(db):
    result = run("--db", db, "-", input="贵州茅台2024年营收1741亿元，同比增长15.7%。".encode())
    assert result.exit_code == 2 and "names no company" in result.output
    result = run("--db", db, "--company", "600080", "-", input="2024年营收5.85亿元。".encode())
    assert result.exit_code == 2 and "no figures for this company" in result.output


@pytest.mark.skipif(not shutil.which("chromium"), reason="no headless Chromium (make browser)")
def test_html_click_shows_the_details_in_a_browser(db, seed, tmp_path):
    out = tmp_path / "seed.html"
    run("--db", db, "--html", str(out), str(seed / "iflytek-fy2024-article.txt"))
    click = '<script>addEventListener("load",()=>document.querySelector("mark").click())</script>'
    probe = tmp_path / "probe.html"
    probe.write_text(out.read_text(encoding="utf-8").replace("</body>", click + "</body>"))
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--dump-dom", probe.as_uri()],
        capture_output=True, text=True, timeout=60,
    ).stdout  # fmt: skip
    panel = dom.split('<aside id="details">')[1].split("</aside>")[0]
    assert "<h2>supported</h2>" in panel and "回款230亿" in panel and "S6" in panel
