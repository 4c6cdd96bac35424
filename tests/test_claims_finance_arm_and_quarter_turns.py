"""An industrial group's finance arm: the provision for losses on its finance receivables is the
credit loss charge, and the segment word inside the line's name ("finance") names no segment. A
quarter's change on the one before across zero (a first-quarter loss, a second-quarter profit:
环比增长近270%) is no percentage: misleading. Made-up figures."""

from datetime import date

from caibao.claims.extract import extract_claims
from inline_store import checked_claims


def test_the_provision_for_losses_on_finance_receivables():
    text = (
        "Acme said second-quarter revenue fell 29% to $2.61 billion, with finance revenues of $86 "
        "million. The provision for losses on finance receivables more than doubled to $87 million "
        "in the quarter."
    )
    claims = extract_claims(text, "X", date(2009, 8, 3), segments=("Finance", "Manufacturing"))
    got = {c.printed: (c.concept, c.segment, c.period) for c in claims}
    assert got["$87 million"] == ("credit_impairment_loss", None, "2009Q2")
    assert got["doubled"] == ("credit_impairment_loss", None, "2009Q2")
    assert got["$86 million"] == ("revenue", "Finance", "2009Q2")


def test_a_quarter_on_quarter_change_across_zero_misleads():
    rows = [
        ("np_parent", "2024H1", "41", "CNY", "value", None, "IS np"),
        ("np_parent", "2024Q2", "100", "CNY", "value", None, "IS np q"),
    ]
    text = "样例药业2024年二季度净利润100元，环比增长近270%，一季度亏损59元。"
    got = {
        c.claim.printed: c.verdict.verdict for c in checked_claims(rows, text, date(2024, 8, 25))
    }
    assert got["270%"] == "misleading"
