"""A change said by a comparative before the noun (a 56% bigger loss, a 30% narrower deficit): the
change of the figure's size, as "a loss 56% bigger than" is."""

from datetime import date

from inline_store import checked_claims

_ROWS = [
    ("np_parent", "2024FY", "-62000000", "CNY", "value", None, "IS"),
    ("np_parent", "2023FY", "-100000000", "CNY", "value", None, "IS"),
]


def _verdict(text: str) -> str:
    claims = checked_claims(_ROWS, text, date(2025, 4, 25))
    return next(c.verdict.verdict for c in claims if c.claim.printed.startswith("38%"))


def test_a_comparative_before_loss_is_a_change_of_its_size():
    text = "Sample Pharma lost 62 million yuan in 2024. That is a 38% smaller loss."
    assert _verdict(text) == "supported"


def test_the_wrong_comparative_is_contradicted():
    text = "Sample Pharma lost 62 million yuan in 2024. That is a 38% bigger loss."
    assert _verdict(text) == "contradicted"
