"""A filer's lines in its own words: "Acquisition and operating expenses, net of deferrals"
(us-gaap OperatingCostsAndExpenses), of which the lexicon knows only "operating expenses", is the
line named in full; "Long-term borrowings" (us-gaap LongTermDebt) is its long-term debt; a bank's "Gain related to
exchange of common shares for capital securities" said as "a $95 million gain from exchanging
common shares for capital securities", the figure before the line's name. Made-up company and
figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.claims.extract import extract_claims
from caibao.claims.printed_lines import LineNames, name_lines
from caibao.ingest import ingest_file
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000078-09-000078"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "78", "ACME LIFE CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090731",
     "acl-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"]


def _num(tag, ddate, qtrs, value):
    return [A, tag, "us-gaap/2008", ddate, qtrs, "USD", "", "", value, ""]


def _pre(line, stmt, tag, label):
    return [A, "2", str(line), stmt, "0", "H", tag, "us-gaap/2008", label, "0"]


def _checked(tmp_path, text):
    num = [
        NUM_HEAD,
        _num("Revenues", "20090630", "1", "2483000000"),
        _num("Revenues", "20080630", "1", "2398000000"),
        _num("OperatingCostsAndExpenses", "20090630", "1", "456000000"),
        _num("OperatingCostsAndExpenses", "20080630", "1", "551000000"),
        _num("Assets", "20090630", "0", "104826000000"),
        _num("Assets", "20081231", "0", "107389000000"),
        _num("LongTermDebt", "20090630", "0", "3484000000"),
        _num("LongTermDebt", "20081231", "0", "4261000000"),
        _num("OtherThanTemporaryImpairments", "20090630", "1", "476000000"),
        _num(
            "NonCreditPortionOfOtherThanTemporaryImpairmentsRecognizedInOtherComprehensiveIncome",
            "20090630",
            "1",
            "-324000000",
        ),
    ]
    pre = [
        PRE_HEAD,
        _pre(1, "IS", "Revenues", "Total revenues"),
        _pre(2, "IS", "OperatingCostsAndExpenses",
             "Acquisition and operating expenses, net of deferrals"),
        _pre(3, "BS", "Assets", "Total assets"),
        _pre(4, "BS", "LongTermDebt", "Long-term borrowings"),
        _pre(5, "IS", "OtherThanTemporaryImpairments", "Total other-than-temporary impairments"),
        _pre(6, "IS", "NonCreditPortionOfOtherThanTemporaryImpairmentsRecognizedInOtherComprehensiveIncome",
             "Portion of other-than-temporary impairments included in other comprehensive income (loss)"),
    ]  # fmt: skip
    # (the taxonomy's balance elements: a balance's line is read as a balance concept's)
    tag = [
        ["tag", "version", "custom", "abstract", "datatype", "iord", "crdr", "tlabel", "doc"],
        ["LongTermDebt", "us-gaap/2008", "0", "0", "monetary", "I", "credit", "Long-term Debt", ""],
    ]
    files = {"sub.txt": SUB, "num.txt": num, "pre.txt": pre, "tag.txt": tag}
    path = fsds_archive(tmp_path / "2009q3.zip", files)
    store = Store(":memory:")
    ingest_file(path, store)
    result = Checker(store).check(text, day=date(2009, 8, 3))
    return {c.claim.printed: (c.claim.concept, c.verdict.verdict) for c in result.claims}


def test_a_line_named_in_full_where_the_lexicon_reads_a_part_of_it(tmp_path):
    got = _checked(
        tmp_path,
        "Acme Life said second-quarter revenue rose to $2.48 billion. Acquisition and operating "
        "expenses, net of deferrals, were cut 17% to $456 million.",
    )
    assert got["17%"] == ("total_operating_costs", "supported")
    assert got["$456 million"] == ("total_operating_costs", "supported")


def test_long_term_borrowings_are_the_long_term_debt_line(tmp_path):
    got = _checked(
        tmp_path,
        "Acme Life said second-quarter revenue rose to $2.48 billion. It paid down debt, bringing "
        "long-term borrowings to $3.48 billion from $4.26 billion six months earlier.",
    )
    assert got["$3.48 billion"] == ("long_term_borrowings", "supported")
    assert got["$4.26 billion"] == ("long_term_borrowings", "supported")


def test_the_press_words_of_a_line_related_to_an_exchange_named_after_its_figure():
    # (a filer's own line, "Gain related to exchange of common shares for capital securities")
    names = LineNames([(_GAIN, "filer_line", _GAIN)])
    (hit,) = names.named("a $95 million gain from exchanging common shares for capital securities")
    assert hit[2] == ("filer_line", _GAIN)
    text = (
        "Acme Bank said second-quarter revenue rose. Noninterest income rose 31 percent to $715 "
        "million. That included a $95 million gain from exchanging common shares for capital "
        "securities."
    )
    claims = extract_claims(text, "X", date(2009, 8, 11))
    got = name_lines(text, claims, "X", names, lambda concept: True)
    (gain,) = [c for c in got if c.printed == "$95 million"]
    assert (gain.concept, gain.segment) == ("filer_line", _GAIN)


def test_the_part_of_impairments_booked_in_other_comprehensive_income(tmp_path):
    # (printed negated, as a deduction from the total: the amount moved, positive)
    got = _checked(
        tmp_path,
        "Acme Life said second-quarter revenue rose to $2.48 billion. Of $476 million in gross "
        "other-than-temporary impairments, $324 million was booked in other comprehensive income "
        "rather than earnings.",
    )
    assert got["$476 million"] == ("securities_impairments_gross", "supported")
    assert got["$324 million"] == ("securities_impairments_in_oci", "supported")


_GAIN = "Gain related to exchange of common shares for capital securities"


def test_an_insurers_benefits_losses_and_loss_adjustment_expenses_in_chinese():
    # 给付、赔付及费用 (Total benefits, losses and expenses), 给付、赔付及理赔费用 (the benefits,
    # losses and loss adjustment expenses: 理赔费用 the costs of settling claims)
    names = LineNames(
        [
            ("Total Benefits, Losses and Expenses", "total_operating_costs", None),
            ("Benefits, Losses, and Loss Adjustment Expenses", "filer_line", "BLLAE"),
        ]
    )
    text = "二季度给付、赔付及费用合计76.19亿美元。传统的给付、赔付及理赔费用为30.92亿美元。"
    got = [(text[a:b], target) for a, b, target in names.named(text)]
    assert got == [
        ("给付、赔付及费用", ("total_operating_costs", None)),
        ("给付、赔付及理赔费用", ("filer_line", "BLLAE")),
    ]


def test_a_change_named_by_a_lines_own_words_is_that_lines_where_the_store_holds_no_other():
    # 手续费收入 is the lexicon's fee income too, which the store holds nothing of: the change
    # beside the level is the insurer's "Fee Income" line's, as the level is
    names = LineNames([("Fee Income", "revenue", "Fee Income")])
    text = "手续费收入10.62亿美元，同比下滑23.4%。"
    claims = extract_claims(text, "X", date(2009, 8, 27))
    got = name_lines(text, claims, "X", names, lambda concept: concept == "revenue")
    assert [(c.printed, c.concept, c.segment) for c in got] == [
        ("10.62亿美元", "revenue", "Fee Income"),
        ("23.4%", "revenue", "Fee Income"),
    ]


def test_a_line_named_after_its_figure_with_of():
    # (Special charges: "$129 million of special charges for layoffs")
    names = LineNames([("Special charges", "restructuring_charges", None)])
    text = "Pretax income fell to $120 million, after $129 million of special charges for layoffs."
    claims = extract_claims(text, "X", date(2009, 8, 3))
    got = name_lines(text, claims, "X", names, lambda concept: True)
    (charge,) = [c for c in got if c.printed == "$129 million"]
    assert charge.concept == "restructuring_charges"
