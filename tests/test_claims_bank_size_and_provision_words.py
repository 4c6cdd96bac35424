"""A US bank's story in its own words: the loss available to common shareholders (the common
holders' line, not the net loss), a bank "with about $98 billion in assets" (its total assets),
and "the provision" said bare after the provision for loan losses was named. Made-up figures."""

from datetime import date

from caibao.claims.extract import extract_claims


def _read(text):
    claims = extract_claims(text, "X", date(2009, 8, 11))
    return {c.printed: (c.concept, c.period, c.measure, c.value) for c in claims}


def test_the_loss_available_to_common_shareholders_is_the_common_holders_line():
    got = _read(
        "Sample Bank lost $226 million in the second quarter. After paying preferred dividends, "
        "the loss available to common shareholders was $390 million."
    )
    assert got["$226 million"][0] == "np_parent"
    assert got["$390 million"][0] == "np_common" and got["$390 million"][3] < 0


def test_a_sum_in_assets_is_the_total_assets_but_assets_alone_elsewhere_is_not():
    got = _read(
        "Sample Bank reported second-quarter results. The bank, which has about $98 billion in "
        "assets, set aside $850 million for loan losses. It sold assets for $2 billion."
    )
    assert got["$98 billion"][:2] == ("total_assets", "2009-06-30")
    assert got["$2 billion"][0] is None


def test_the_provision_said_bare_is_the_provision_for_loan_losses():
    got = _read(
        "Sample Bank reported second-quarter results. It set aside $850 million for loan losses "
        "during the quarter. For the first six months, the provision more than doubled to $1.7 "
        "billion from $834 million. A provision for restructuring of $9 million was taken."
    )
    assert got["$1.7 billion"][:2] == ("credit_impairment_loss", "2009H1")
    assert got["$834 million"][:2] == ("credit_impairment_loss", "2008H1")
    assert got["$9 million"][0] != "credit_impairment_loss"  # a provision for something else
