"""Notable findings: the rules of ``findings.toml`` applied to one company and period.

Each quantity function computes one number from the figures and the sentence that states it with
its evidence; a rule fires when its trigger holds on that number. Findings are ordered by
notability = weight × min(|quantity| / threshold, cap), most notable first.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from . import periods as P
from .article import Finding, Piece
from .figures import CHANGE_PCT, CHANGE_PP, SHARE_CHANGE_PP, SHARE_PCT
from .words import check_name, concept_name, finding_rules, loss_change_key

if TYPE_CHECKING:
    from .compose import Composer

Result = tuple[Decimal, list[Piece]] | None
HUNDRED = Decimal(100)


def _np_pair(c: Composer):
    return c.fig("np_parent"), c.fig("np_parent", c.prior)


def profit_sign_change(c: Composer) -> Result:
    now, before = _np_pair(c)
    if now is None or before is None or (now.value < 0) == (before.value < 0):
        return None
    w = c.w
    if now.value >= 0:
        return Decimal(1), w.say(
            "loss_turned_up",
            period=c.pname(),
            np=w.amount(now),
            prior=w.amount(before),
            prior_period=c.pname(c.prior),
        )
    return Decimal(-1), w.say(
        "loss_turned_down",
        period=c.pname(),
        np_loss=w.amount(now),
        prior=w.amount(before),
        prior_period=c.pname(c.prior),
    )


def loss_change_pct(c: Composer) -> Result:
    now, _ = _np_pair(c)
    growth = c.fig("np_parent", measure=CHANGE_PCT)
    if now is None or growth is None or now.value >= 0:
        return None
    w = c.w
    prior = c.fig("np_parent", c.prior)
    kind = loss_change_key(growth.value, prior.value if prior else None)
    if kind is None:
        return None
    key = "loss_narrowed_up" if kind == "loss_narrowed" else "loss_narrowed_down"
    return growth.value, w.say(key, period=c.pname(), np_loss=w.amount(now), change=w.pct(growth))


def latest_quarter_loss(c: Composer) -> Result:
    q = c.book.latest_quarter(c.period)
    if q is None or q == c.period:
        return None
    np = c.fig("np_parent", q)
    if np is None or np.value >= 0:
        return None
    w = c.w
    return np.value, w.say("latest_quarter_loss", period=c.pname(q), np_loss=w.amount(np))


def nonrecurring_share(c: Composer) -> Result:
    share, np, rec = c.fig("non_recurring_share"), c.fig("np_parent"), c.fig("np_parent_recurring")
    if share is None or np is None or rec is None or np.value <= 0:
        return None
    w = c.w
    recurring = w.amount(rec)
    words = w.say(
        "recurring_vs_reported",
        period=c.pname(),
        share=w.pct(share, signed=True),
        np=w.amount(np),
        recurring=["亏损" if c.lang == "zh" else "a loss of ", recurring]
        if rec.value < 0
        else recurring,
    )
    return share.value, words


def cash_conversion(c: Composer) -> Result:
    conv, ocf, np = c.fig("cash_conversion"), c.fig("ocf"), c.fig("np_parent")
    if conv is None or ocf is None or np is None or np.value <= 0 or ocf.value <= 0:
        return None
    w = c.w
    words = w.say(
        "ocf_vs_profit",
        period=c.pname(),
        ocf=w.amount(ocf),
        np=w.amount(np),
        ratio=w.pct(conv, signed=True),
    )
    return conv.value / HUNDRED, words


def ocf_outflow_with_profit(c: Composer) -> Result:
    ocf, np = c.fig("ocf"), c.fig("np_parent")
    if ocf is None or np is None or np.value <= 0 or ocf.value >= 0:
        return None
    w = c.w
    words = w.say(
        "ocf_negative_profit_positive", period=c.pname(), np=w.amount(np), ocf_outflow=w.amount(ocf)
    )
    return ocf.value, words


def collection_ratio_change_pp(c: Composer) -> Result:
    ratio, change = c.fig("collection_ratio"), c.fig("collection_ratio", measure=CHANGE_PP)
    if ratio is None or change is None:
        return None
    w = c.w
    words = w.points_change(
        "collection_ratio_change", change, period=c.pname(), ratio=w.pct(ratio, signed=True)
    )
    return change.value, words


def segment_share_shift_pp(c: Composer) -> Result:
    best = None
    for name in c.book.segment_cuts(c.period)["main"]:
        shift = c.fig("revenue", segment=name, measure=SHARE_CHANGE_PP)
        share = c.fig("revenue", segment=name, measure=SHARE_PCT)
        if (
            shift is not None
            and share is not None
            and (best is None or abs(shift.value) > abs(best[1].value))
        ):
            best = (name, shift, share)
    if best is None:
        return None
    name, shift, share = best
    w = c.w
    words = w.points_change(
        "segment_mix_shift", shift, segment=name, share=w.pct(share, signed=True)
    )
    return shift.value, words


def rd_capitalised_change_pp(c: Composer) -> Result:
    now, before = c.fig("rd_capitalised_share"), c.fig("rd_capitalised_share", c.prior)
    if now is None or before is None:
        return None
    w = c.w
    change = now.__class__(
        now.concept, now.period, None, CHANGE_PP, now.value - before.value, "pp",
        now.sources + before.sources, f"{now.formula} - ({before.formula})",
    )  # fmt: skip
    words = w.points_change("rd_capitalisation_change", change, share=w.pct(now, signed=True))
    return change.value, words


def restated_count(c: Composer) -> Result:
    concepts = c.book.restated(c.period)
    if not concepts:
        return None
    names = c.w["list_sep"].join(concept_name(x, c.lang) for x in concepts)
    report = P.report_name(c.period, c.lang)
    words = c.w.say("restated_comparatives", report=report, concepts=names)
    return Decimal(len(concepts)), words


def failed_check_count(c: Composer) -> Result:
    failed = [
        name
        for name, _, _ in c.book.failed_checks(c.period)
        if not name.startswith("restatement:")  # said by restated_comparatives
    ]
    if not failed:
        return None
    names = c.w["list_sep"].join(dict.fromkeys(check_name(n, c.lang) for n in failed))
    return Decimal(len(failed)), c.w.say("failed_check", names=names)


QUANTITIES: dict[str, Callable[[Composer], Result]] = {
    "profit_sign_change": profit_sign_change,
    "loss_change_pct": loss_change_pct,
    "latest_quarter_loss": latest_quarter_loss,
    "nonrecurring_share": nonrecurring_share,
    "cash_conversion": cash_conversion,
    "ocf_outflow_with_profit": ocf_outflow_with_profit,
    "collection_ratio_change_pp": collection_ratio_change_pp,
    "segment_share_shift_pp": segment_share_shift_pp,
    "rd_capitalised_change_pp": rd_capitalised_change_pp,
    "restated_count": restated_count,
    "failed_check_count": failed_check_count,
}


def fires(trigger: dict, x: Decimal) -> Decimal | None:
    """How far past its threshold ``x`` is (≥ 1 when the trigger holds), or None."""
    op = trigger["op"]
    if op == "outside":
        low, high = Decimal(trigger["low"]), Decimal(trigger["high"])
        if x > high:
            return x / high
        if 0 < x < low:
            return low / x
        return None
    t = Decimal(trigger["threshold"])
    if op == ">=" and x >= t:
        return x / t if t else Decimal(1)
    if op == "<=" and x <= t:
        return x / t if t else Decimal(1)
    if op == "abs>=" and abs(x) >= t:
        return abs(x) / t if t else Decimal(1)
    return None


def evaluate(c: Composer) -> list[Finding]:
    """The findings that fire, most notable first."""
    out = []
    for rule in finding_rules()["rule"]:
        got = QUANTITIES[rule["quantity"]](c)
        if got is None:
            continue
        x, words = got
        past = fires(rule["trigger"], x)
        if past is None:
            continue
        score = Decimal(rule["weight"]) * min(past, Decimal(rule["cap"]))
        out.append(Finding(rule["id"], score, c.w.sentence(words)))
    out.sort(key=lambda f: -f.score)
    return out
