"""Company names from the documents themselves: what reports and cninfo's profile print, the
shorter forms derived from them, how the store keeps them and how the checker uses them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import duckdb
import pytest

from caibao.claims.checker import Checker
from caibao.claims.text import read_text
from caibao.company_names import (
    ENGLISH_NAME,
    FORMER_SHORT_NAME,
    FULL_NAME,
    PrintedNames,
    chinese_full_forms,
    chinese_short_forms,
    english_forms,
    legal_stem,
    ticker_re,
)
from caibao.documents.company_info import printed_names
from caibao.documents.tables import Cell, Row
from caibao.extract import read_report
from caibao.ingest import ingest_file
from caibao.model import Company, Document, Fact, Reading, Source
from caibao.sources.cninfo import read_cninfo
from caibao.store import Store

GENERIC = {"china", "group", "pharmaceutical", "medical", "resources", "china resources"}

# -- deriving the names journalists write (inline names) -----------------------------------------


def test_legal_suffixes_come_off():
    assert "Kweichow Moutai" in english_forms("Kweichow Moutai Co., Ltd.")
    assert "BYD" in english_forms("BYD Company Limited")
    assert "Ginwa Enterprise" in english_forms("Ginwa Enterprise (Group) Inc.")
    assert "Midea" in english_forms("Midea Group Co., Ltd.")
    assert "Gree" in english_forms("Gree Electric Appliances, Inc. of Zhuhai")


def test_the_group_word_the_press_keeps_is_a_form_too():
    # (Altria Group第二季度营收: without the form, "Group" is read as a segment of Altria)
    assert english_forms("Altria Group, Inc.") == ["Altria Group, Inc.", "Altria Group", "Altria"]
    assert "Midea Group" in english_forms("Midea Group Co., Ltd.")
    assert "Ginwa Enterprise (Group)" not in english_forms("Ginwa Enterprise (Group) Inc.")


def test_a_leading_place_comes_off_and_the_distinctive_word_stays():
    assert english_forms("China Vanke Co., Ltd.")[1:] == ["China Vanke", "Vanke"]
    assert "Moutai" in english_forms("Kweichow Moutai Co., Ltd.")
    assert "Supor" in english_forms("Zhejiang Supor Co., Ltd.")


def test_never_a_bare_generic_word():
    forms = english_forms("China Resources Sanjiu Medical & Pharmaceutical Co., Ltd.")
    assert "China Resources Sanjiu" in forms
    assert not {f.lower() for f in forms} & GENERIC
    # nothing distinctive is left once the legal form and generic words go: only the full name
    assert english_forms("China Pharmaceutical Group Co., Ltd.") == [
        "China Pharmaceutical Group Co., Ltd."
    ]
    assert english_forms("Shanghai Pharmaceuticals Holding Co., Ltd.") == [
        "Shanghai Pharmaceuticals Holding Co., Ltd."
    ]
    assert "Southern" not in english_forms("China Southern Airlines Company Limited")


def test_printed_spacing_is_normalised():
    assert english_forms("GINWA ENTERPRISE（GROUP）INC.") == [
        "GINWA ENTERPRISE (GROUP) INC.",
        "GINWA ENTERPRISE",
        "GINWA",
    ]


def test_chinese_forms():
    assert chinese_full_forms("金花企业（集团）股份有限公司") == [
        "金花企业(集团)股份有限公司",
        "金花企业",
    ]
    assert chinese_full_forms("中国医药集团有限公司") == ["中国医药集团有限公司"]  # all generic
    assert chinese_short_forms("万  科Ａ") == ["万科A", "万科"]
    assert chinese_short_forms("*ST金花") == ["*ST金花", "金花"]
    assert chinese_short_forms("TCL科技") == ["TCL科技"]


def test_printed_names_skip_what_is_no_name():
    names = PrintedNames()
    names.add(FORMER_SHORT_NAME, "无")
    names.add(FORMER_SHORT_NAME, "三九医药、S三九")
    names.add(ENGLISH_NAME, "不适用")
    names.add(FULL_NAME, "华润三九医药股份有限公司")
    assert names.aliases() == ("华润三九医药股份有限公司", "华润三九医药", "三九医药", "S三九")


def _row(y: float, *cells: tuple[str, float, float]) -> Row:
    return Row(1, y - 10, y, [Cell(t, x0, x1, y - 10, y) for t, x0, x1 in cells], True)


def test_a_header_row_over_share_classes_and_label_value_pairs():
    rows = [
        _row(
            700,
            ("股票简称", 50, 150),
            ("华润三九", 150, 250),
            ("股票代码", 250, 350),
            ("000999", 350, 450),
        ),  # fmt: skip
        _row(680, ("变更前的股票简称（如有）", 50, 150), ("三九医药", 150, 450)),
        _row(
            600,
            ("股票种类", 50, 100),
            ("股票上市交易所", 100, 200),
            ("股票简称", 200, 300),
            ("股票代码", 300, 400),
            ("变更前股票简称", 400, 500),
        ),  # fmt: skip
        _row(
            580,
            ("A股", 50, 100),
            ("上海证券交易所", 100, 200),
            ("金花股份", 200, 300),
            ("600080", 300, 400),
            ("ST金花", 400, 500),
        ),  # fmt: skip
        _row(
            560, ("联系人和联系方式", 50, 200), ("董事会秘书", 200, 350), ("证券事务代表", 350, 500)
        ),
    ]
    names = printed_names(rows).names
    assert names["short_name"] == ["华润三九", "金花股份"]
    assert names["former_short_name"] == ["三九医药", "ST金花"]


# -- what the corpus prints ------------------------------------------------------------------------


def test_600080_annual_report_gives_its_english_name(corpus):
    company = read_report(corpus / "cn/600080/600080_20250425_LXGH.pdf").document.company
    assert company.name == "金花股份"
    for alias in ("金花企业(集团)股份有限公司", "金花企业", "GINWA ENTERPRISE (GROUP) INC.",
                  "GINWA ENTERPRISE", "GINWA"):  # fmt: skip
        assert alias in company.aliases


def test_600080_quarterly_report_gives_its_cover_names_only(corpus):
    company = read_report(corpus / "cn/600080/600080_20250425_6GSD.pdf").document.company
    assert "金花企业" in company.aliases
    assert not any(a.isascii() for a in company.aliases)  # a Q1 report prints no English name


def test_000999_summary_gives_what_it_prints(corpus):
    company = read_report(corpus / "cn/000999/华润三九：2024年半年度报告摘要.pdf").document.company
    assert company.name == "华润三九"
    assert company.aliases[:2] == ("华润三九医药股份有限公司", "华润三九医药")


def test_cninfo_profile_gives_vankes_names(corpus):
    for answer in ("company_introduction.json", "income_statement.json"):
        company = read_cninfo(corpus / "cn/000002-cninfo" / answer).document.company
        assert company.name == "万科A"
        assert company.aliases == (
            "万科企业股份有限公司",
            "万科企业",
            "万科",
            "China Vanke Co., Ltd.",
            "China Vanke",
            "Vanke",
        )


# -- the store -----------------------------------------------------------------------------------


def _reading(sha: str, company: Company, facts=()) -> Reading:
    return Reading(Document(sha, f"{sha}.csv", "facts_csv", company, "2024FY"), list(facts))


def test_store_merges_aliases_from_two_documents_and_keeps_them():
    with Store(":memory:") as store:
        store.add(_reading("a", Company("600080", "金花股份", "SSE", ("金花企业", "Ginwa"))))
        store.add(
            _reading("b", Company("600080", "金花股份", "SSE", ("Ginwa", "GINWA ENTERPRISE")))
        )
        store.add(_reading("c", Company("600080", "金花股份")))  # a source with no names
        assert store.companies() == [
            Company("600080", "金花股份", "SSE", ("金花企业", "Ginwa", "GINWA ENTERPRISE"))
        ]


def test_store_keeps_aliases_across_re_ingest(corpus, tmp_path):
    profile = corpus / "cn/000002-cninfo/company_introduction.json"
    with Store(tmp_path / "s.duckdb") as store:
        ingest_file(profile, store)
        first = store.companies()
        ingest_file(profile, store)  # the same document again: skipped, nothing lost
        assert store.companies() == first
        assert "Vanke" in first[0].aliases
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        assert store.companies() == first


def test_an_old_store_without_the_column_is_migrated(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE companies (code VARCHAR PRIMARY KEY, name VARCHAR, exchange VARCHAR)")
    con.execute("INSERT INTO companies VALUES ('600080', '金花股份', 'SSE')")
    con.close()
    with Store(path, read_only=True) as store:  # not migrated: still readable
        assert store.companies() == [Company("600080", "金花股份", "SSE")]
    with Store(path) as store:
        assert store.companies() == [Company("600080", "金花股份", "SSE")]
        store.add(_reading("a", Company("600080", "金花股份", "SSE", ("Ginwa",))))
        assert store.companies()[0].aliases == ("Ginwa",)


# -- the checker ---------------------------------------------------------------------------------


def test_the_checker_knows_the_english_name_the_report_prints(corpus, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest_file(corpus / "cn/600080/600080_20250425_LXGH.pdf", store)
        checker = Checker(store)
        text = "Ginwa Enterprise (Group) Inc. said 2024 revenue rose 3.55% to 585.46 million yuan."
        mentions = checker.company_mentions(read_text(text).norm)
        # the whole printed name, not only the hand-written "Ginwa" of companies.toml
        assert mentions[0] == (0, len("Ginwa Enterprise (Group) Inc."), "600080")
        result = checker.check(text, day=date(2025, 4, 26))
        assert result.company == "600080"
        assert {c.verdict.verdict for c in result.claims} == {"supported"}


def test_an_english_article_about_a_company_no_hand_written_table_knows():
    """600519 is in no alias table: only the names its documents print can attribute it."""
    moutai = Company("600519", "贵州茅台", "SSE", tuple(english_forms("Kweichow Moutai Co., Ltd.")))
    src = Source("inline.csv", "sha-moutai", None, "revenue", "营业收入", "2024年", "170,899")
    revenue = Fact("600519", "revenue", "2024FY", Decimal("170899000000"), "CNY", src)
    with Store(":memory:") as store:
        store.add(_reading("sha-moutai", moutai, [revenue]))
        checker = Checker(store)
        result = checker.check(
            "Moutai's revenue was 170.9 billion yuan in 2024.", day=date(2025, 4, 3)
        )
        assert result.company == "600519"
        assert [c.verdict.verdict for c in result.claims] == ["supported"]
        # a word that merely contains the name is not it
        assert checker.company_mentions("Moutaiesque Zhejiang wines") == []


@pytest.mark.parametrize("generic", ["China", "Group", "Pharmaceutical", "Medical"])
def test_a_generic_word_never_attributes_an_article(generic):
    sanjiu = english_forms("China Resources Sanjiu Medical & Pharmaceutical Co., Ltd.")
    with Store(":memory:") as store:
        store.add(_reading("sha-sanjiu", Company("000999", "华润三九", "SZSE", tuple(sanjiu))))
        checker = Checker(store)
        assert checker.company_mentions(f"{generic} shares rose.") == []


def test_a_registrant_of_generic_and_place_words_is_named_without_its_legal_form():
    from caibao.sources.us_gaap import company_aliases

    assert "Southern Copper" in company_aliases("SOUTHERN COPPER CORP/")
    assert "General Electric" in company_aliases("GENERAL ELECTRIC CO")
    # a name ending in CO is written out too: the press's Southern Company
    assert "Southern Company" in company_aliases("SOUTHERN CO")
    # one word left is no name of its own
    assert legal_stem("Keycorp") is None
    assert legal_stem("Apache Corp") is None


def test_a_name_shortened_as_far_as_it_stays_a_name_and_written_with_and():
    from caibao.sources.us_gaap import company_aliases

    names = company_aliases("AIR PRODUCTS & CHEMICALS INC /DE/")
    # "Air" alone is no name: the shortest form is the two words
    assert "Air Products" in names and "Air" not in names
    assert "Air Products and Chemicals" in names
    assert "Boston" not in company_aliases("BOSTON PROPERTIES INC")


def test_a_name_without_its_trade_words_and_a_symbol_after_the_word_ticker():
    from caibao.sources.us_gaap import company_aliases

    assert "Starwood" in company_aliases("STARWOOD HOTEL & RESORTS WORLDWIDE INC")
    m = ticker_re().search("Starwood Hotels & Resorts Worldwide (ticker: HOT) had a quarter")
    assert m is not None and m["symbol"] == "HOT"


def test_companies_is_a_generic_word_the_press_leaves_off():
    # (Williams Cos., the Travelers: the registrant's "Companies" goes, as "Company" does)
    assert english_forms("WILLIAMS COMPANIES INC")[-1] == "WILLIAMS"
    assert english_forms("TRAVELERS COMPANIES, INC.")[-1] == "TRAVELERS"
    assert english_forms("MARSH & MCLENNAN COMPANIES, INC.")[-1] == "MARSH & MCLENNAN"
