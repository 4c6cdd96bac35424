"""The article in a real browser: Debian's headless Chromium (installed by ``make browser``) renders
the charts with Chinese labels, and a number shows its source on hover (focus)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from matplotlib import image

from caibao.ingest import ingest_paths
from caibao.store import Store
from caibao.write import render, write_article

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "examples" / "iflytek-fy2024" / "figures.csv"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Focus the first number (its source shows as on hover), then record what the page shows.
PROBE = """<script>
window.addEventListener("load", () => {
  const el = document.querySelector("a.fig");
  el.focus();
  document.body.dataset.hover = getComputedStyle(el, "::after").content;
  document.body.dataset.charts = document.querySelectorAll("figure svg").length;
  window.scrollTo(0, 0);
});
</script>"""


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("CI needs Debian's chromium: run `make browser` (make test does)")
    pytest.skip("chromium is not installed: `make browser` installs it (as root)")


def run(browser: str, tmp: Path, page: Path, *args: str) -> str:
    done = subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp / 'profile'}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    with Store(tmp / "s.duckdb") as store:
        assert all(r.ok for r in ingest_paths([FIGURES], store))
        html = render(write_article(store, "002230", "2024FY", "zh"), "html")
    plain = tmp / "article.html"
    plain.write_text(html, encoding="utf-8")
    probed = tmp / "probed.html"
    probed.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    return tmp, plain, probed


def test_charts_carry_chinese_glyphs(pages):
    _, plain, _ = pages
    html = plain.read_text(encoding="utf-8")
    # matplotlib draws text as paths from the CJK font and notes the text in a comment
    assert 'id="NotoSansSC-Regular-' in html or 'id="NotoSansCJK' in html
    assert "<!-- 营业收入 -->" in html and "<!-- 智慧教育 -->" in html


def test_source_on_hover_in_chromium(pages):
    tmp, _, probed = pages
    dom = run(chromium(), tmp, probed, "--dump-dom")
    assert 'data-charts="4"' in dom
    assert 'data-hover="&quot;figures.csv, S1 https://www.mffb.com.cn' in dom
    assert "“233.43”" in dom


def test_screenshot_shows_charts_and_tooltip(pages):
    tmp, plain, probed = pages
    browser = chromium()
    full = tmp / "article.png"
    run(browser, tmp, plain, "--window-size=1000,4200", f"--screenshot={full}")
    pixels = image.imread(full)[:, :, :3]
    # the bars of the charts in their colours (#2f6db5 revenue, #e08a1e profit)
    for rgb in ((0x2F, 0x6D, 0xB5), (0xE0, 0x8A, 0x1E)):
        near = np.all(np.abs(pixels * 255 - np.array(rgb)) < 12, axis=2)
        assert near.sum() > 2000, rgb
    hover = tmp / "hover.png"
    run(browser, tmp, probed, "--window-size=1000,700", f"--screenshot={hover}")
    top = image.imread(hover)[:200, :, :3]
    before = image.imread(full)[:200, :, :3]
    assert np.abs(top - before).sum() > 1000  # the source box over the headline
