"""A bank's own lines and the words its press uses for them: a revenue line named in full
(investment banking fees), the provision it "sets aside", a registrant's name that is an
ordinary word of a bank's statement (Principal)."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.company_names import english_forms

_LINES = ("Investment banking fees", "Principal transactions", "Credit card income")


def _claims(text: str, segments: tuple[str, ...] = ()) -> dict[str, tuple]:
    claims = extract_claims(text, "X", date(2009, 8, 11), segments=segments)
    return {c.printed: (c.concept, c.segment, c.period) for c in claims}


def test_a_revenue_line_named_in_full_is_that_line_not_a_word_inside_it():
    text = (
        "The lender reported its second-quarter results. Fees from investment banking "
        "were strong: investment banking fees climbed to $1.9 billion."
    )
    concept, segment, _ = _claims(text, _LINES)["$1.9 billion"]
    assert (concept, segment) == ("revenue", "Investment banking fees")


def test_without_the_line_in_the_store_the_word_keeps_its_own_meaning():
    text = (
        "The lender reported its second-quarter results. Investment banking fees were $1.9 billion."
    )
    assert _claims(text, ("Credit card income",))["$1.9 billion"][0] != "revenue"


def test_what_a_lender_sets_aside_is_its_provision_for_credit_losses():
    text = (
        "The lender reported its second-quarter results. In the first half it set aside "
        "$9.2 billion, up from $4.1 billion a year earlier."
    )
    concept, _, period = _claims(text)["$9.2 billion"]
    assert (concept, period) == ("credit_impairment_loss", "2009H1")


def test_a_concession_goes_on_with_the_subject_before_it():
    text = (
        "The lender reported its second-quarter results. Its provision for credit losses rose "
        "to $5.1 billion in the quarter, although it was down 4% from the first quarter."
    )
    assert _claims(text)["4%"][0] == "credit_impairment_loss"


def test_an_ordinary_word_of_a_banks_statement_is_no_short_name_of_a_registrant():
    forms = english_forms("Principal Financial Group Inc")
    assert "Principal Financial" in forms and "Principal" not in forms


def test_earnings_from_joint_ventures_are_equity_method_income():
    text = (
        "The cereal maker reported first-quarter results. After-tax earnings from joint "
        "ventures rose 12% to $31.5 million."
    )
    assert _claims(text)["$31.5 million"][0] == "investment_income_associates"


def test_a_pre_tax_loss_is_the_pre_tax_line_not_the_net_loss():
    claims = _claims("公司发布二季报。当季计提重组费用5.1亿美元，税前亏损4.2亿美元。")
    assert claims["4.2亿美元"][0] == "total_profit"


def test_provisions_named_for_the_loans_they_cover_are_the_provision_not_the_loans():
    text = (
        "The lender reported its second-quarter results. Profit fell as provisions for soured "
        "loans climbed almost sixfold, and its provision for bad loans was $1.1 billion."
    )
    got = _claims(text)
    assert got["sixfold"][0] == "credit_impairment_loss"
    assert got["$1.1 billion"][0] == "credit_impairment_loss"


def test_a_part_named_by_a_noun_the_lexicon_does_not_know_is_not_the_total():
    text = (
        "The lender reported its second-quarter results. Noninterest expense rose to $2.66 "
        "billion, including a $133 million special assessment levied by the regulator."
    )
    got = _claims(text)
    assert got["$2.66 billion"][0] == "noninterest_expense"
    assert got["$133 million"][0] is None


def test_impairments_of_securities_and_a_brokers_fee_line():
    text = (
        "The broker reported its second-quarter results. It took $13 million of impairment "
        "charges on securities, and asset management and administration fees fell to $486 million."
    )
    got = _claims(text)
    assert got["$13 million"][0] == "securities_impairments"
    assert got["$486 million"][0] == "management_fees"
