"""A retailer's charge for bad debts (计提坏账准备, bad-debt provision) is its credit impairment
loss; the allowance it leaves (坏账准备余额) is a balance."""

from datetime import date

from caibao.claims.extract import extract_claims


def _concepts(text):
    return [(c.printed, c.concept) for c in extract_claims(text, "X", date(2009, 9, 10))]


def test_the_charge_and_the_balance_of_bad_debts():
    assert _concepts("上半年计提坏账准备6亿美元，同比增长27.2%。") == [
        ("6亿美元", "credit_impairment_loss"),
        ("27.2%", "credit_impairment_loss"),
    ]
    assert _concepts("截至二季度末，信用卡应收账款坏账准备余额为10.04亿美元。") == [
        ("10.04亿美元", "loan_loss_allowance")
    ]
    assert _concepts("Its bad-debt provision rose to $119 million in the half.") == [
        ("$119 million", "credit_impairment_loss")
    ]
