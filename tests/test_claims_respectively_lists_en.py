"""An English list that "respectively" pairs with figures after "came to", the second figure
with its own bound (operating cash flow and free cash flow came to $1.21 billion and just over
$1 billion, respectively); a cause that "lifted" a figure by a rate says its change."""

from datetime import date

from caibao.claims.extract import extract_claims


def _read(text):
    return [
        (c.printed, c.concept, c.measure) for c in extract_claims(text, "ACME", date(2009, 8, 3))
    ]


def test_came_to_and_a_bounded_second_figure_pair_respectively():
    got = _read(
        "Acme's first half. Operating cash flow and free cash flow came to $1.21 billion and "
        "just over $1 billion, respectively, after capital spending."
    )
    concepts = {printed: concept for printed, concept, _ in got}
    assert concepts["$1.21 billion"] == "ocf"
    assert concepts["$1 billion"] == "free_cash_flow"


def test_lifted_a_figure_by_a_rate_is_its_change():
    got = _read("Acme's second quarter. Fatter margins lifted second-quarter earnings 14%.")
    assert ("14%", "np_parent", "change_pct") in got
