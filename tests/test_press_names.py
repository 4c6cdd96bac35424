"""The press-name table (src/caibao/press_names.toml): its rules, and the names reaching the
companies the SEC readers build from real filings."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter

import pytest

from caibao.company_names import english_forms, name_found_in, press_names, press_table
from caibao.sources.sec_fsds import read_fsds
from caibao.sources.us_gaap import company_aliases, ticker_from_instance

SYMBOL = re.compile(r"[A-Z]{1,5}(?:\.[AB])?")
CJK = re.compile(r"[\u3400-\u9fff]")

# Phrases of ordinary Chinese financial writing. A name found inside one would make the checker
# see the company where there is none (names are matched with no word breaks).
# fmt: off
COMMON_PHRASES = [
    "高通胀", "新基建", "投资好时机", "努力拓展市场", "大力拓展", "西部数据中心", "公开利好",
    "美好未来", "娇生惯养", "美国航空航天局", "美国航空业", "百战百胜", "美国钢铁业", "美国经济",
    "美国市场", "美国政府", "中国市场", "通用技术", "通用型", "摩根资产", "理想状态", "微博上",
    "欢聚一堂", "自由港区", "权威讯息", "梅西进球", "盛大开幕", "人人都", "当当作响",
    "新闻集团化", "应用场景", "行业龙头", "富国强兵", "在纳斯达克上市", "纽交所上市",
    "增强生命力", "加强生产", "美国银行业", "高通量测序", "提高通过率", "高通货膨胀", "京东方",
]
# fmt: on
# A name a phrase holds is accepted only where its stops (company_names.toml [chinese.stops]) keep
# the checker from finding it there: 高通 in 高通胀, 强生 in 加强生产, 京东 in 京东方.

# The rules' examples must stay forbidden (the list may grow, not lose them).
# fmt: off
MUST_FORBID = {
    "通用", "摩根", "美国", "自由港", "理想", "贝壳", "微博", "Target", "Gap", "Visa", "Chase",
    "Progressive", "Ball", "Delta", "Sprint",
}
# fmt: on


def _names() -> dict[str, list[str]]:
    return press_table()["tickers"]


def test_symbols_are_trading_symbols():
    data = press_table()
    bad = [t for t in data["tickers"] if not SYMBOL.fullmatch(t)]
    assert not bad
    assert len(data["tickers"]) >= 300
    for old, new in data["former_tickers"].items():
        assert SYMBOL.fullmatch(old) and old not in data["tickers"], old
        assert new in data["tickers"], f"{old} → {new}: no such symbol"
    keys = Counter(t.replace(".", "") for t in data["tickers"])
    assert all(n == 1 for n in keys.values())


def test_every_symbol_has_names_and_none_is_blank():
    for ticker, names in _names().items():
        assert names, ticker
        assert all(n == n.strip() and len(n) >= 2 for n in names), ticker
        assert len(set(names)) == len(names), ticker


def test_no_name_under_two_symbols():
    # English names match in any case after their capital: "GE" and "Ge" are one name
    seen = Counter(n.lower() if n.isascii() else n for ns in _names().values() for n in ns)
    assert [n for n, k in seen.items() if k > 1] == []


def test_forbidden_names_are_not_listed():
    forbidden = set(press_table()["forbidden"]["names"])
    assert forbidden >= MUST_FORBID
    listed = {n.lower() for ns in _names().values() for n in ns}
    assert sorted(n for n in forbidden if n.lower() in listed) == []


def test_chinese_names_are_not_found_inside_common_phrases():
    found = {
        (name, phrase)
        for names in _names().values()
        for name in names
        if CJK.search(name)
        for phrase in COMMON_PHRASES
        if name_found_in(name, phrase)
    }
    assert found == set()
    # the check does look inside phrases: a name without its stop is found there
    assert name_found_in("美国银行", "美国银行业务") is False
    assert name_found_in("美国银行", "美国银行的净利润") is True
    assert name_found_in("微软", "微软公司") is True


def test_a_stopped_name_is_found_beside_other_words():
    # (wording unlike any article: the name before a verb, a particle, a bracket, the end)
    for text in ("高通公布财报", "高通的利润", "高通（QCOM）", "据高通", "高通"):
        assert name_found_in("高通", text), text
    for text in ("通胀高企，高通胀下", "提高通过率", "高通量测序仪", "这是高通货膨胀"):
        assert not name_found_in("高通", text), text


def test_english_names_are_capitalised_words():
    # the matcher takes a capitalised name only where the text capitalises it; a lower-case
    # first letter is kept only for a brand written that way (eBay)
    for ticker, names in _names().items():
        for name in names:
            if name.isascii():
                assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.&'\- ]*", name), (ticker, name)
                assert name[0].isupper() or name[0].isdigit() or name == "eBay", (ticker, name)


def test_lookup():
    assert {"埃克森美孚", "Exxon"} <= set(press_names("XOM"))
    assert press_names("xom") == press_names("XOM")
    assert "Berkshire" in press_names("BRKA")  # EDGAR's brka-20090630.xml
    assert press_names("BRK.A") == press_names("BRKA")
    assert "携程" in press_names("CTRP")  # a former symbol
    assert press_names(None) == () and press_names("") == () and press_names("ZZZZZ") == ()


def test_a_place_or_ordinary_word_is_no_short_name():
    # derived forms, not press names, but the same rule: "Texas" alone names no company
    assert english_forms("Texas Instruments Inc")[1:] == ["Texas Instruments"]
    assert "Express" not in english_forms("American Express Co")
    assert "Li" not in english_forms("Li Auto Inc.")
    assert "Moutai" in english_forms("Kweichow Moutai Co., Ltd.")


# --- against the SEC data sets in ../shared -----------------------------------------------


@pytest.fixture(scope="module")
def registrants(corpus) -> dict[str, str]:
    """Symbol → conformed name of every filer of the 2009Q3 data set."""
    with zipfile.ZipFile(corpus / "us" / "fsds" / "2009q3.zip") as z:
        text = z.read("sub.txt").decode("latin-1")
    out: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        ticker = ticker_from_instance(row["instance"])
        if ticker:
            out.setdefault(ticker, row["name"])
    return out


def _matches(alias: str, name: str) -> bool:
    """Whether the checker, knowing ``alias``, already finds ``name``: the same letters, and a
    capitalised alias matches only a capitalised word."""
    return alias.lower() == name.lower() and (alias[:1].islower() or name[:1].isupper())


def test_press_names_are_not_derived_from_filings(registrants):
    derived = {t: company_aliases(n) for t, n in registrants.items()}
    table = _names()
    redundant, clashing = [], []
    for ticker, aliases in derived.items():
        for name in table.get(ticker, ()):
            if any(_matches(a, name) for a in aliases):
                redundant.append((ticker, name))
    for ticker, names in table.items():
        for other, aliases in derived.items():
            if other.replace(".", "") != ticker.replace(".", ""):
                clashing += [
                    (ticker, n, other) for n in names if any(_matches(a, n) for a in aliases)
                ]
    assert redundant == []
    assert clashing == []
    assert sum(1 for t in registrants if press_names(t)) >= 150


def test_sec_data_set_companies_carry_press_names(corpus):
    companies = {}
    for reading in read_fsds(corpus / "us" / "fsds" / "2009q3.zip"):
        c = reading.document.company
        companies.setdefault(c.code, c)
    expected = {
        "XOM": {"埃克森美孚", "Exxon", "Exxon Mobil"},
        "GS": {"高盛", "Goldman", "Goldman Sachs"},
        "WMT": {"沃尔玛", "Walmart", "Wal-Mart"},
        "LMT": {"洛克希德·马丁", "Lockheed", "Lockheed Martin"},
        "CAT": {"卡特彼勒", "Caterpillar"},
        "SBUX": {"星巴克", "Starbucks"},
        "KO": {"可口可乐", "Coca-Cola"},
        "DIS": {"迪士尼", "Disney", "Walt Disney"},  # WALT DISNEY CO/
        "BAC": {"美国银行", "BofA", "Bank of America"},
        "JNJ": {"强生", "J&J"},
        "BRKA": {"伯克希尔", "Berkshire", "Berkshire Hathaway"},
        "QCOM": {"高通公司", "Qualcomm"},  # QUALCOMM INC/DE: the mark is off
        "GE": {"通用电气", "GE"},
        "YHOO": {"雅虎", "Yahoo"},
    }
    for code, names in expected.items():
        assert names <= set(companies[code].aliases), (code, companies[code].aliases)
    # a filer the table does not list keeps the names its filing gives, and only those
    assert companies["EME"].aliases == company_aliases("EDISON MISSION ENERGY", "EME")
    assert not any(CJK.search(a) for a in companies["EME"].aliases)
