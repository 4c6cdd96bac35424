"""A bank's allowance as a percentage of its loans, said after the allowance was named (The reserve
equaled 4.28 percent of the bank's $81.4 billion in portfolio loans and leases, up almost 1
percent from 3.31 percent at year end): the ratio, its whole's own amount, and the ratio's move in
% where the sources give points (misleading)."""

from datetime import date

from caibao.claims.extract import extract_claims
from inline_store import checked_claims

_TEXT = (
    "The bank reported second-quarter results. The allowance for loan and lease losses stood "
    "at nearly $3.5 billion on June 30. The reserve equaled 4.28 percent of the bank's $81.4 "
    "billion in portfolio loans and leases, up almost 1 percent from 3.31 percent at year end."
)


def test_the_rate_of_the_allowance_and_its_move_are_the_allowance_to_loans_ratio():
    claims = extract_claims(_TEXT, "X", date(2009, 8, 11))
    got = {c.printed: (c.concept, c.period, c.measure, c.value) for c in claims}
    assert got["$3.5 billion"][0] == "loan_loss_allowance" and got["$3.5 billion"][3] > 0
    assert got["4.28 percent"][:3] == ("allowance_to_loans", "2009-06-30", "value")
    assert got["$81.4 billion"][0] == "loans"
    assert got["1 percent"][:3] == ("allowance_to_loans", "2009-06-30", "change_pct")
    assert got["3.31 percent"][:3] == ("allowance_to_loans", "2008-12-31", "value")


_ROWS = [
    ("loan_loss_allowance", "2024-12-31", "3485", "CNY", "value", None, "BS"),
    ("loans", "2024-12-31", "81429", "CNY", "value", None, "BS"),
    ("loan_loss_allowance", "2023-12-31", "2787", "CNY", "value", None, "BS"),
    ("loans", "2023-12-31", "84143", "CNY", "value", None, "BS"),
]


def test_a_rate_said_to_move_in_percent_from_its_named_level_is_misleading():
    text = (
        "Sample Bank reported its 2024 results. At the end of 2024 the allowance for loan losses "
        "equaled 4.28 percent of total loans, up almost 1 percent from 3.31 percent a year "
        "earlier."
    )
    claims = checked_claims(_ROWS, text, date(2025, 4, 25))
    got = {c.claim.printed: c.verdict.verdict for c in claims}
    assert got["4.28 percent"] == "supported"
    assert got["1 percent"] == "misleading"
