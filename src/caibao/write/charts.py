"""Charts for the article, as SVG (text drawn as paths, so the page needs no font to show them):
revenue and profit over the years in the store, the segment mix, single quarters, cash against
profit.

Chinese labels need a CJK font when the chart is drawn. It comes from the ``pylopdf-fonts-zh-cn``
package (Noto Sans SC, SIL OFL 1.1, a dependency), else from a system font such as Debian's
``fonts-noto-cjk`` (``make fonts``). Values are converted to float only here, for drawing.
"""

from __future__ import annotations

import io
import math
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.figure import Figure as MplFigure  # noqa: E402

from .article import Chart  # noqa: E402
from .figures import Figure  # noqa: E402

if TYPE_CHECKING:
    from .compose import Composer

YI = 10**8
_SYSTEM_CJK = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei")
COLORS = {"revenue": "#2f6db5", "np": "#e08a1e", "ocf": "#3a9a5b", "loss": "#c0392b"}


@cache
def cjk_font() -> str | None:
    """The family name of a font with Chinese glyphs, registered with matplotlib; None if none."""
    try:
        import pylopdf_fonts_zh_cn

        path = Path(pylopdf_fonts_zh_cn.sans_path())
        if path.is_file():
            font_manager.fontManager.addfont(str(path))
            return font_manager.FontProperties(fname=str(path)).get_name()
    except ImportError:
        pass
    names = {f.name for f in font_manager.fontManager.ttflist}
    return next((n for n in _SYSTEM_CJK if n in names), None)


def _new_figure(width: float = 7.0, height: float = 3.4) -> MplFigure:
    font = cjk_font()
    rc = {"font.family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"], "svg.fonttype": "path"}
    with plt.rc_context(rc):
        fig = MplFigure(figsize=(width, height), dpi=100)
    fig.set_layout_engine("constrained")
    return fig


def _to_svg(fig: MplFigure) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    svg = buf.getvalue()
    return svg[svg.index("<svg") :]  # drop the XML prologue and doctype: inline in HTML


def save_png(fig: MplFigure, path: Path) -> None:
    fig.savefig(path, format="png", dpi=110)


def _yi(fig: Figure | None) -> float:
    """亿元 for drawing; NaN (no bar, no label) when the store has no figure — never a fake 0."""
    return math.nan if fig is None else float(fig.value / YI)


def _font_rc() -> dict:
    font = cjk_font()
    return {
        "font.family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"],
        "svg.fonttype": "path",
    }


def _bars(title: str, labels: list[str], series: list[tuple[str, list[float], str]]) -> MplFigure:
    with plt.rc_context(_font_rc()):
        fig = _new_figure()
        ax = fig.add_subplot()
        n = len(series)
        width = 0.8 / n
        for i, (name, values, color) in enumerate(series):
            xs = [x + (i - (n - 1) / 2) * width for x in range(len(labels))]
            bars = ax.bar(xs, values, width, label=name, color=color)
            shown = ["" if math.isnan(v) else f"{v:.2f}" for v in values]
            ax.bar_label(bars, labels=shown, fontsize=8, padding=2)
        ax.set_xticks(range(len(labels)), labels)
        ax.axhline(0, color="#888", linewidth=0.8)
        ax.set_title(title, fontsize=11)
        ax.legend(fontsize=8, frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def _until(c: Composer, periods: list[str], last: str | None = None) -> list[str]:
    """The periods that end no later than ``last`` (default: the article's period)."""
    from ..periods import Period

    end = Period.parse(last or c.period).end
    return [p for p in periods if Period.parse(p).end <= end]


def revenue_profit(c: Composer) -> MplFigure | None:
    years = _until(c, c.book.periods("revenue"))
    years = [p for p in years if c.fig("revenue", p) is not None][-5:]
    if len(years) < 2 and not (years and c.fig("np_parent", years[-1])):
        return None
    w = c.w
    return _bars(
        w["chart_revenue_profit"],
        [c.pname(p) for p in years],
        [
            (w["legend_revenue"], [_yi(c.fig("revenue", p)) for p in years], COLORS["revenue"]),
            (w["legend_np"], [_yi(c.fig("np_parent", p)) for p in years], COLORS["np"]),
        ],
    )


def segment_mix(c: Composer) -> MplFigure | None:
    names = c.book.segment_cuts(c.period)["main"]
    if len(names) < 2:
        return None
    values = [_yi(c.fig("revenue", c.period, n)) for n in names]
    shares = [c.fig("revenue", c.period, n, "share_pct") for n in names]
    with plt.rc_context(_font_rc()):
        fig = _new_figure(height=0.45 * len(names) + 1.2)
        ax = fig.add_subplot()
        bars = ax.barh(range(len(names)), values, color=COLORS["revenue"])
        labels = [
            f"{v:.2f}" + (f"  ({float(s.value):.2f}%)" if s is not None else "")
            for v, s in zip(values, shares, strict=True)
        ]
        ax.bar_label(bars, labels=labels, fontsize=8, padding=3)
        ax.set_yticks(range(len(names)), names)
        ax.invert_yaxis()
        ax.set_title(c.w["chart_segments"].format(period=c.pname()), fontsize=11)
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_xlim(0, max(values) * 1.3)
    return fig


def quarters(c: Composer) -> MplFigure | None:
    """The last eight single quarters up to the article's latest quarter."""
    from ..periods import Period

    last = c.book.latest_quarter(c.period) or c.period
    end = Period.parse(last).end
    qs = []
    for y in range(end.year - 2, end.year + 1):
        for q in range(1, 5):
            p = str(Period.q(y, q))
            if Period.parse(p).end <= end and c.fig("revenue", p) is not None:
                qs.append(p)
    qs = qs[-8:]
    if len(qs) < 2:
        return None
    w = c.w
    return _bars(
        w["chart_quarters"],
        [f"{q[2:4]}Q{q[5]}" for q in qs],  # 24Q3: short, so eight quarters fit
        [
            (w["legend_revenue"], [_yi(c.fig("revenue", q)) for q in qs], COLORS["revenue"]),
            (w["legend_np"], [_yi(c.fig("np_parent", q)) for q in qs], COLORS["np"]),
        ],
    )


def cash_vs_profit(c: Composer) -> MplFigure | None:
    """Operating cash flow against profit for periods of the article's kind (years for an annual
    report, first halves for a half-year one...), up to the article's period."""
    from . import periods as P

    kind = P.kind(c.period)
    ps = _until(c, c.book.periods("ocf", (kind,)))
    ps = [p for p in ps if c.fig("ocf", p) is not None and c.fig("np_parent", p)][-5:]
    if not ps:
        return None
    w = c.w
    return _bars(
        w["chart_cash"],
        [c.pname(p) for p in ps],
        [
            (w["legend_ocf"], [_yi(c.fig("ocf", p)) for p in ps], COLORS["ocf"]),
            (w["legend_np"], [_yi(c.fig("np_parent", p)) for p in ps], COLORS["np"]),
        ],
    )


BUILDERS = {
    "revenue_profit": revenue_profit,
    "segments": segment_mix,
    "quarters": quarters,
    "cash": cash_vs_profit,
}


def figures_for(c: Composer) -> dict[str, MplFigure]:
    out = {}
    for key, build in BUILDERS.items():
        fig = build(c)
        if fig is not None:
            out[key] = fig
    return out


def charts_for(c: Composer) -> list[Chart]:
    out = []
    for key, fig in figures_for(c).items():
        title = fig.axes[0].get_title()
        out.append(Chart(key, title, _to_svg(fig)))
    return out
