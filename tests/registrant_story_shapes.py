"""More story shapes about a 10-Q registrant (tests/registrant_stories.py writes the plain ones):
the quarter against the one before it, a broker's note with a results table, and stories with
figures planted wrong, each planted figure with the verdict a correct checker gives it.

- sequential: the second quarter against the first (the first half less the second quarter), with
  a headline giving the year-on-year growth and the sign rules of net income (扭亏为盈, 由盈转亏,
  a loss against a loss); calendar years only, as "the first quarter" of a fiscal year is a
  quarter the story does not name.
- broker: EPS in cents against a year ago and a Markdown table (US$ mn, this quarter, a year ago,
  YoY); the English table's labels (Q2 2009) name calendar quarters, so fiscal filers get none.
- planted: revenue with two digits transposed (contradicted), growth on the wrong base,
  1 - prior/current (contradicted), a margin change in % instead of points and the growth of a
  loss (misleading); the planted growth is written only when it is off the true one by more than
  0.6 points, and the margin change only when it is at least 0.3 points.
"""

from __future__ import annotations

from decimal import Decimal

from registrant_stories import EPS, NET_INCOME, Quarter, Write, Writer, usd_mil, yi

_FAR_OFF = Decimal("0.6")  # points a planted growth is off the true one, at least
_MARGIN_MOVE = Decimal("0.3")  # points a margin moves, at least, for a change to be printed


def _up(change: Decimal) -> str:
    return "up" if change >= 0 else "down"


def _zh_up(change: Decimal) -> str:
    return "增长" if change >= 0 else "下降"


def _millions(v: Decimal) -> str:
    """A table cell or Chinese figure in millions, one decimal: 4,651.0."""
    return f"{v / Decimal(1_000_000):,.1f}"


def _sequential_growth(q: Quarter) -> Decimal | None:
    """The second quarter's revenue growth on the first (first half less second quarter), in %,
    for a calendar-year filer's second quarter."""
    if q.fiscal or q.f.fiscal_period != "Q2":
        return None
    half = q.to_date((q.revenue_tag,))
    if half is None or half <= q.revenue:
        return None
    return (q.revenue / (half - q.revenue) - 1) * 100


def _zh_sequential(q: Quarter) -> Writer | None:
    sequential = _sequential_growth(q)
    if sequential is None:
        return None
    name, g = q.f.name, q.growth
    w = Writer()
    w.say(f"{name}二季度营收同比{_zh_up(g)}{{}}\n\n", f"{abs(g):.1f}%")
    w.say(
        f"{name}{q.zh_quarter}营收{{}}，环比{_zh_up(sequential)}{{}}。",
        yi(q.revenue),
        f"{abs(sequential):.1f}%",
    )
    now, before = q.quarters(NET_INCOME)
    if now is None or before is None:
        return w
    if now > 0 > before:
        w.say("净利润{}，实现扭亏为盈，上年同期净亏损{}。", yi(now), yi(-before))
    elif now < 0 < before:
        w.say("由盈转亏，净亏损{}，上年同期净利润{}。", yi(-now), yi(before))
    elif now < 0 and before < 0:
        w.say("净亏损{}，上年同期亏损{}。", yi(-now), yi(-before))
    return w


def _en_sequential(q: Quarter) -> Writer | None:
    sequential = _sequential_growth(q)
    if sequential is None:
        return None
    name, g = q.f.name, q.growth
    w = Writer()
    w.say(f"{name} Q2 revenue {_up(g)} {{}}\n\n", f"{abs(g):.1f}%")
    w.say(
        f"{name}'s second-quarter revenue of {{}} was {_up(sequential)} {{}} from the first quarter.",
        usd_mil(q.revenue),
        f"{abs(sequential):.1f}%",
    )
    now, before = q.quarters(NET_INCOME)
    if now is not None and before is not None and now < 0 and before != 0:
        was = "compared with a loss" if before < 0 else "against a profit"
        w.say(
            f" The net loss was {{}}, {was} of {{}} a year ago.",
            usd_mil(-now),
            usd_mil(abs(before)),
        )
    return w


def _cents(eps: Decimal) -> str | None:
    """Earnings per share in whole cents (45), when they are 1 to 99 cents either way."""
    cents = round(abs(eps) * 100)
    return str(cents) if 1 <= cents <= 99 else None


def _en_broker(q: Quarter) -> Writer | None:
    f, name = q.f, q.f.name
    now, before = q.quarters(NET_INCOME)
    eps, eps_before = f.amount(EPS, f.period, "1"), f.amount(EPS, q.year_ago, "1")
    if q.fiscal or None in (now, before, eps, eps_before):
        return None
    cents, cents_before = _cents(eps), _cents(eps_before)
    # "a loss of 12 cents a share, against 8 cents" says both were losses
    if cents is None or cents_before is None or (eps > 0) != (eps_before > 0):
        return None
    label = f"Q{f.fiscal_period[1]} {f.period.year}"
    w = Writer(f"{name}: {label} results\n\n")
    w.say(
        f"{name} posted {'earnings' if eps > 0 else 'a loss'} of {{}} a share, against {{}}.\n\n",
        f"{cents} cents",
        f"{cents_before} cents",
    )
    w.say(f"| (US$ mn) | {label} | Q{f.fiscal_period[1]} {f.period.year - 1} | YoY |\n")
    w.say("|---|---|---|---|\n")
    w.say(
        "| Revenue | {} | {} | {} |\n",
        _millions(q.revenue),
        _millions(q.revenue_before),
        f"{q.growth:+.1f}%",
    )
    w.say("| Net income | {} | {} | ", _millions(now), _millions(before))
    if now > 0 and before > 0:
        w.say("{} |\n", f"{(now / before - 1) * 100:+.1f}%")
    else:
        w.say(" |\n")
    return w


def _zh_broker(q: Quarter) -> Writer | None:
    name, now = q.f.name, q.quarter(NET_INCOME)
    if now is None:
        return None
    w = Writer(f"{name}{q.zh_quarter}财报速览\n\n")
    w.say(
        f"{name}{q.zh_quarter}实现营收{{}}，上年同期为{{}}；{'净利润' if now >= 0 else '净亏损'}{{}}。",
        f"{_millions(q.revenue)}百万美元",
        f"{_millions(q.revenue_before)}百万美元",
        f"{abs(now) / Decimal(10_000):,.0f}万美元",
    )
    return w


def _transposed(figure: str) -> str | None:
    """``figure`` with its first two adjacent different digits swapped (4,651.0 → 4,561.0), None
    when it has none or the swap would put a 0 first."""
    for i in range(len(figure) - 1):
        a, b = figure[i], figure[i + 1]
        if a.isdigit() and b.isdigit() and a != b and not (i == 0 and b == "0"):
            return figure[:i] + b + a + figure[i + 2 :]
    return None


def _wrong_base_growth(q: Quarter) -> Decimal | None:
    """Growth on the wrong base (1 - prior/current), in %, when it is far off the true one."""
    wrong = (1 - q.revenue_before / q.revenue) * 100
    return wrong if abs(wrong - q.growth) > _FAR_OFF else None


def _moved_margins(q: Quarter) -> tuple[Decimal, Decimal] | None:
    """This quarter's gross margin and its change in points, when it moved enough to say so."""
    margins = q.gross_margins()
    if margins is None or abs(margins[0] - margins[1]) < _MARGIN_MOVE:
        return None
    return margins[0], margins[0] - margins[1]


def _en_planted(q: Quarter) -> Writer | None:
    wrong, transposed = _wrong_base_growth(q), _transposed(_millions(q.revenue))
    if wrong is None or transposed is None:
        return None
    name = q.f.name
    w = Writer(f"{name} {q.en_quarter} review\n\n")
    w.say(
        f"{name} said {q.en_quarter} revenue was {{}}, {_up(q.growth)} {{}} from {{}} a year earlier.",
        (f"${transposed} million", "contradicted"),
        (f"{abs(wrong):.1f}%", "contradicted"),
        usd_mil(q.revenue_before),
    )
    if margins := _moved_margins(q):
        margin, change = margins
        w.say(
            f" Gross margin {'widened' if change > 0 else 'narrowed'} {{}} to {{}}.",
            (f"{abs(change):.1f}%", "misleading"),
            f"{margin:.1f}%",
        )
    now, before = q.quarters(NET_INCOME)
    if now is not None and before is not None and now > 0 > before:
        w.say(
            f" Net income rose {{}} to {{}} from a loss of {usd_mil(-before)}.",
            (f"{(now / before - 1) * -100:.0f}%", "misleading"),
            usd_mil(now),
        )
    return w


def _zh_planted(q: Quarter) -> Writer | None:
    wrong = _wrong_base_growth(q)
    if wrong is None:
        return None
    name = q.f.name
    w = Writer(f"{name}{q.zh_quarter}业绩\n\n")
    w.say(
        f"{name}{q.zh_quarter}营收{{}}，同比{_zh_up(q.growth)}{{}}，上年同期为{{}}。",
        yi(q.revenue),
        (f"{abs(wrong):.1f}%", "contradicted"),
        yi(q.revenue_before),
    )
    if margins := _moved_margins(q):
        margin, change = margins
        w.say(
            f"毛利率为{{}}，较上年同期{'提升' if change > 0 else '下降'}{{}}。",
            f"{margin:.2f}%",
            (f"{abs(change):.2f}%", "misleading"),
        )
    return w


WRITERS: dict[str, Write] = {
    "zh_sequential": _zh_sequential,
    "en_sequential": _en_sequential,
    "en_broker": _en_broker,
    "zh_broker": _zh_broker,
    "en_planted": _en_planted,
    "zh_planted": _zh_planted,
}
