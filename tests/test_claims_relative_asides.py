"""Attribution across a relative clause set off by commas (Earnings applicable to common
shareholders, which reflect …, were $221 million), what is left for the common shareholders
per share (EPS), and a dividend's change after levels in cents (a cut of 67%)."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims

REF = date(2009, 8, 10)


def _concepts(text: str) -> dict[str, str | None]:
    return {c.printed: c.concept for c in extract_claims(text, "X", REF)}


def test_a_relative_clause_between_commas_does_not_name_the_figure_after_it():
    got = _concepts(
        "The lender filed its second-quarter report. Earnings available to common shareholders, "
        "which includes a charge on the $3 billion of preferred stock it bought back in May, "
        "came to $310 million, or 41 cents a share."
    )
    assert got["$310 million"] == "np_common"
    assert got["41 cents"] in ("eps_basic", "eps_diluted")


def test_a_dividends_change_after_levels_in_cents_is_per_share():
    got = _concepts(
        "The insurer filed its second-quarter report. It lowered its quarterly dividend to 10 "
        "cents from 30 cents, a cut of 67%."
    )
    assert got["67%"] == "dividend_per_share"


def test_an_apposition_right_after_the_metric_does_not_name_the_figure():
    got = _concepts(
        "The lender filed its second-quarter report. Net interest income, the margin it earns "
        "on its customers' deposits, fell 6% to $410 million."
    )
    assert got["6%"] == "net_interest_income"
    assert got["$410 million"] == "net_interest_income"
