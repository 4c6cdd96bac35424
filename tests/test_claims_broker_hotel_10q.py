"""A US quarterly story on a hotel owner or an insurance broker: dates (June 30, 2009, a dateline)
are no vote for a full year; a line's name with commas in it (owned, leased and consolidated
joint-venture hotels) and in a Chinese list (佣金、费用及其他收入); "a $115 million income-tax
benefit"; a period inside an "after …" aside; 与去年持平 as a comparison; a business sold is no
segment; a plain table whose header sits over the figures alone, its dates abbreviated (Dec.
31, 2008); and a filing's own lines read by their labels (a broker's "Investment income", a hotel
owner's "Short-term borrowings and current maturities of long-term debt" and "Income tax benefit
(expense)"). Made up."""

from __future__ import annotations

from datetime import date

from caibao.claims.article_periods import main_period
from caibao.claims.checker import Checker
from caibao.claims.column_periods import column_period
from caibao.claims.extract import extract_claims
from caibao.claims.plain_tables import plain_rows
from caibao.periods import Period
from caibao.sources.sec_fsds import read_fsds
from caibao.store import Store
from fsds_archive import fsds_archive

DAY = date(2009, 8, 10)


def test_dates_do_not_make_a_quarterly_story_annual():
    text = (
        "Harborview's Quarter\n\nBy A. WRITER | August 10, 2009\n\nHarborview had a fine second "
        "quarter. Revenue in the three months to June 30 fell 22.5%. For the first six months, "
        "revenue fell 23.1%. Cash flow in the first half fell, after heavy buying in the first "
        "half of 2008. Cash was $79 million on June 30, 2009, against $398 million on Dec. 31, "
        "2008. Sales fell 43.8% in the quarter. The outlook for 2009 is dim."
    )
    assert main_period(text, DAY)[0] == Period.parse("2009Q2")


def test_a_line_named_with_commas_is_one_line():
    segments = ("Owned, leased and consolidated joint venture hotels", "Vacation ownership")
    text = (
        "Revenue from owned, leased and consolidated joint-venture hotels slid 36.5%, to $394 "
        "million, while costs fell less."
    )
    got = [(c.concept, c.segment) for c in extract_claims(text, "HOT", DAY, segments=segments)]
    assert got == [("revenue", segments[0])] * 2


def test_a_sum_said_with_an_article_before_its_noun_is_that_nouns():
    text = "What turned that into a profit was a $115 million income-tax benefit."
    assert [c.concept for c in extract_claims(text, "HOT", DAY)] == ["income_tax_benefit"]


def test_a_period_in_an_after_aside_is_not_the_sentences():
    text = (
        "Harborview generated $224 million of operating cash flow in the first half. It bought "
        "back no stock, after heavy repurchases in the first half of 2008, and dividend payments "
        "came to $172 million."
    )
    got = [(c.printed, c.period) for c in extract_claims(text, "HOT", DAY)]
    assert got[-1] == ("$172 million", "2009H1"), got


def test_a_broker_revenue_line_listed_with_a_chinese_comma():
    segments = ("Commissions, fees and other", "Investment income")
    text = (
        "金花股份二季度总收入为18.85亿美元。其中，佣金、费用及其他收入为18.64亿美元，同比下滑1.3%，"
        "基本与去年持平；投资收益则仅有2100万美元，较上年同期的6700万美元缩水近七成。"
    )
    got = {c.printed: (c.concept, c.segment, c.period) for c in extract_claims(
        text, "600080", DAY, segments=segments)}  # fmt: skip
    assert got["18.64亿美元"] == ("revenue", "Commissions, fees and other", "2009Q2")
    assert got["1.3%"][1] == "Commissions, fees and other"
    # (a line of revenue's name does not carry to another metric; 与去年持平 names no period)
    assert got["2100万美元"] == ("investment_income", None, "2009Q2")
    assert got["6700万美元"] == ("investment_income", None, "2008Q2")


def test_a_business_sold_is_no_segment():
    text = "金花股份二季度报告显示，上年同期剥离承保业务的一次性收益消失，净利润同比大降86.8%。"
    got = extract_claims(text, "600080", DAY)
    assert [(c.concept, c.segment) for c in got] == [("np_parent", None)]


def test_a_plain_table_header_over_the_figures_alone():
    norm = (
        "The balance sheet:\n\nJune 30, 2009    Dec. 31, 2008\n"
        "Cash and cash equivalents       $79 million     $398 million\n"
        "Long-term debt                 $3.42 billion    $3.50 billion\n"
    )
    rows = list(plain_rows(norm).values())
    assert [r.header for r in rows] == [["", "June 30, 2009", "Dec. 31, 2008"]] * 2
    assert rows[0].caption == "The balance sheet:"
    assert column_period("Dec. 31, 2008", DAY, None)[0] == Period.parse("2008-12-31")
    assert column_period("Sept. 30, 2009", DAY, None)[0] == Period.parse("2009-09-30")


A = "0000000017-09-000017"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "17", "HARBORVIEW BROKERS CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090807",
     "hbc-20090630.xml"],
]  # fmt: skip


def _num(tag, version, ddate, qtrs, value):
    return [A, tag, version, ddate, qtrs, "USD", "", "", value, ""]


NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    _num("CommissionsFeesAndOther", A, "20090630", "1", "1864000000"),
    _num("CommissionsFeesAndOther", A, "20080630", "1", "1889000000"),
    _num("InvestmentIncome", A, "20090630", "1", "21000000"),
    _num("InvestmentIncome", A, "20080630", "1", "67000000"),
    _num("Revenues", "us-gaap/2009", "20090630", "1", "1885000000"),
    _num("Revenues", "us-gaap/2009", "20080630", "1", "1956000000"),
    _num("CurrentIncomeTaxExpenseBenefit", "us-gaap/2009", "20090630", "1", "-115000000"),
    _num("CurrentIncomeTaxExpenseBenefit", "us-gaap/2009", "20080630", "1", "42000000"),
    _num("IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest",
         "us-gaap/2009", "20090630", "1", "153000000"),
    _num("IncomeLossFromContinuingOperations", "us-gaap/2009", "20090630", "1", "147000000"),
    _num("IncomeLossFromContinuingOperations", "us-gaap/2009", "20080630", "1", "166000000"),
    _num("ShortTermBankLoansAndNotesPayable", "us-gaap/2009", "20090630", "0", "681000000"),
    _num("ShortTermBankLoansAndNotesPayable", "us-gaap/2009", "20081231", "0", "105000000"),
    _num("LongTermDebtNoncurrent", "us-gaap/2009", "20090630", "0", "1249000000"),
    _num("LongTermDebtNoncurrent", "us-gaap/2009", "20081231", "0", "1872000000"),
]  # fmt: skip
# (the taxonomy says which elements are balances at a date)
TAG = [
    ["tag", "version", "iord", "tlabel"],
    ["ShortTermBankLoansAndNotesPayable", "us-gaap/2009", "I", "Short-term Bank Loans and Notes Payable"],
    ["CurrentIncomeTaxExpenseBenefit", "us-gaap/2009", "D", "Current Income Tax Expense (Benefit)"],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "3", "IS", "0", "H", "CommissionsFeesAndOther", A, "Commissions, fees and other", "0"],
    [A, "1", "4", "IS", "0", "H", "InvestmentIncome", A, "Investment income", "0"],
    [A, "1", "5", "IS", "0", "H", "Revenues", "us-gaap/2009", "Total revenue", "0"],
    [A, "1", "15", "IS", "0", "H", "CurrentIncomeTaxExpenseBenefit", "us-gaap/2009",
     "Income tax benefit (expense)", "1"],
    [A, "1", "16", "IS", "0", "H",
     "IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest",
     "us-gaap/2009", "Income from continuing operations", "0"],
    [A, "1", "24", "IS", "0", "H", "IncomeLossFromContinuingOperations", "us-gaap/2009",
     "Income from continuing operations", "0"],
    [A, "2", "20", "BS", "0", "H", "ShortTermBankLoansAndNotesPayable", "us-gaap/2009",
     "Short-term borrowings and current maturities of long-term debt", "0"],
    [A, "2", "25", "BS", "0", "H", "LongTermDebtNoncurrent", "us-gaap/2009", "Long-term debt", "0"],
]  # fmt: skip


def test_a_filers_own_lines_read_by_their_labels(tmp_path):
    path = fsds_archive(
        tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE, "tag.txt": TAG}
    )
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(path):
        store.add(reading)
    checker = Checker(store)
    zh = (
        "哈伯维尤经纪（NYSE：HBC）二季度投资收益缩水近七成。归属于哈伯维尤经纪股东的持续经营业务利润为"
        "1.47亿美元，同比下降11.4%。截至6月末，哈伯维尤经纪短期债务由年初的1.05亿美元激增6倍至6.81亿美元。"
    )
    got = {c.claim.printed: (c.claim.concept, c.verdict.verdict) for c in checker.check(
        zh, day=DAY).claims}  # fmt: skip
    assert got["七成"] == ("investment_income", "supported"), got
    assert got["6.81亿美元"][1] == "supported", got
    # (6.49 times the opening level, growth of 549%: 6倍 reads true one way only)
    assert got["6倍"][1] == "misleading", got
    # (the line after the noncontrolling interests' share, of the two so labelled)
    assert got["1.47亿美元"] == ("np_continuing", "supported"), got
    assert got["11.4%"] == ("np_continuing", "supported"), got
    en = (
        "Harborview Brokers (ticker: HBC) had a fine second quarter: a $115 million income-tax "
        "benefit lifted it. Short-term borrowings were $681 million on June 30, and total debt "
        "fell to $1.93 billion."
    )
    got = {c.claim.printed: (c.claim.concept, c.verdict.verdict) for c in checker.check(
        en, day=DAY).claims}  # fmt: skip
    assert got["$115 million"] == ("income_tax_benefit", "supported"), got
    assert got["$681 million"][1] == "supported", got
    assert got["$1.93 billion"] == ("total_debt", "supported"), got


def test_income_from_continuing_operations_before_taxes_is_pretax():
    text = "Income from continuing operations before taxes collapsed 89%."
    assert [c.concept for c in extract_claims(text, "HOT", DAY)] == ["total_profit"]
