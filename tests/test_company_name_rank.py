"""Which company a name shared by two companies names: a company's own name outranks a shorter
form derived from another company's name, a derived form two companies share names neither, and
a trading symbol in parentheses after a name names its company. Made-up companies."""

from __future__ import annotations

from decimal import Decimal

from caibao.claims.checker import Checker
from caibao.company_names import name_table, ticker_candidates
from caibao.model import Company, Document, Fact, Reading, Source
from caibao.sources.us_gaap import company_aliases
from caibao.store import Store


def _store(*companies: tuple[str, str]) -> Store:
    store = Store(":memory:")
    for i, (code, name) in enumerate(companies):
        sha = f"sha-{i}"
        src = Source("inline.csv", sha, None, "t", "Revenue", "line 2", "100")
        fact = Fact(code, "revenue", "2024FY", Decimal("100000000"), "USD", src, scale="$")
        company = Company(code, name, None, company_aliases(name, code))
        store.add(Reading(Document(sha, f"{code}.csv", "facts_csv", company, "2024FY"), [fact]))
    return store


def test_own_name_outranks_a_form_derived_from_another_name():
    # "Zorbo Lux Enterprises" gives "Zorbo Lux" by dropping a generic word: the other's own name
    store = _store(("ZLB", "ZORBO LUX ENTERPRISES INC"), ("ZLX", "ZORBO LUX CO"))
    checker = Checker(store)
    assert checker.names["Zorbo Lux"] == "ZLX"
    assert checker.names["Zorbo-Lux"] == "ZLX"
    assert checker.names["Zorbo-Lux Enterprises"] == "ZLB"
    text = (
        "Zorbo-Lux posted revenue of $100 million in 2024. Zorbo-Lux Enterprises, "
        "its bottler, did not."
    )
    codes = [code for _a, _b, code in checker.company_mentions(text)]
    assert codes == ["ZLX", "ZLB"]
    assert checker.detect_company(text) == "ZLX"


def test_a_derived_form_two_companies_share_names_neither():
    table = name_table(
        [
            ("QH", "QUILLON MINING INC", ["Quillon Mining", "Quillon"], []),
            ("QE", "QUILLON ENERGY CORP", ["Quillon Energy", "Quillon"], []),
        ]
    )
    assert "Quillon" not in table
    assert table["Quillon Energy"] == "QE" and table["Quillon Mining"] == "QH"


def test_a_symbol_in_parentheses_names_its_company():
    store = _store(("BRQ", "BRAQUE MARTIN INC"), ("BQM", "BRAQUE MARTIN SERVICES CORP"))
    checker = Checker(store)
    for text in (
        "Shares of Braque Martin Services Corp. (BRQ) rose; revenue was $100 million in 2024.",
        "Braque Martin Services (NYSE: BRQ) said revenue was $100 million in 2024.",
        "布拉克马丁（纽交所代码：BRQ）2024年营收1亿美元。",
        "Braque Martin Services (BRQ.N) reported revenue of $100 million.",
    ):
        mentions = checker.company_mentions(text)
        assert mentions[-1][2] == "BRQ", text
        assert checker.detect_company(text) == "BRQ", text


def test_a_bare_uppercase_word_is_no_symbol():
    store = _store(("ZAP", "ZAPPLO INC"), ("GAAP", "GAAPCO INC"))
    checker = Checker(store)
    text = "Zapplo said revenue (GAAP) was $100 million; (GAAP) figures follow."
    assert [code for _a, _b, code in checker.company_mentions(text)] == ["ZAP"]
    assert ticker_candidates("SBUX.O") == ("SBUX.O", "SBUX-O", "SBUXO", "SBUX")
