"""Numbers as printed ⇄ Decimal: table cells, amounts in running text, and the formatter."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caibao.numbers import (
    find_amounts,
    format_amount,
    format_pct,
    format_pp,
    format_times,
    is_no_value,
    looks_like_cell_number,
    normalize_digits,
    parse_amount,
    parse_cell,
    round_half_up,
)

# --- parse_cell -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("585,461,786.23", D("585461786.23")),
        ("-42,890,580.25", D("-42890580.25")),
        ("(1,234.56)", D("-1234.56")),
        ("３.５５", D("3.55")),
        ("18.79%", D("18.79")),
        ("0", D("0")),
    ],
)
def test_parse_cell(text, value):
    assert parse_cell(text) == value


@pytest.mark.parametrize("text", ["不适用", "--", "—", "－", "", "  ", "/"])
def test_parse_cell_no_value(text):
    assert parse_cell(text) is None
    assert is_no_value(text)
    assert not looks_like_cell_number(text)


@pytest.mark.parametrize("text", ["abc", "1,23,4", "12.3.4", "营业收入"])
def test_parse_cell_rejects(text):
    with pytest.raises(ValueError):
        parse_cell(text)


cents = st.decimals(min_value=D("-1e13"), max_value=D("1e13"), places=2, allow_nan=False)


def _fullwidth(s: str) -> str:
    return s.translate(str.maketrans("0123456789.,-()", "０１２３４５６７８９．，－（）"))


@given(cents)
def test_parse_cell_western_separators(x):
    assert parse_cell(f"{x:,.2f}") == x
    assert parse_cell(f"{x:.2f}") == x


@given(cents)
def test_parse_cell_parentheses_negative(x):
    text = f"({abs(x):,.2f})" if x < 0 else f"{x:,.2f}"
    assert parse_cell(text) == x


@given(cents)
def test_parse_cell_fullwidth(x):
    assert parse_cell(_fullwidth(f"{x:,.2f}")) == x
    assert normalize_digits(_fullwidth("12.5")) == "12.5"


# --- parse_amount -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "precision", "scale"),
    [
        ("233.43亿元", "23343000000", "CNY", "500000", "亿"),
        ("233.43亿", "23343000000", "CNY", "500000", "亿"),
        ("5.6亿", "560000000", "CNY", "5000000", "亿"),
        ("1,959,723.71万元", "19597237100", "CNY", "50", "万"),
        ("2000亿美元", "200000000000", "USD", "50000000", "亿"),
        ("5,524,991,887.00 元", "5524991887", "CNY", "0.005", "元"),
        ("18.79%", "18.79", "%", "0.005", ""),
        ("−14.78%", "-14.78", "%", "0.005", ""),
        ("-1.93亿", "-193000000", "CNY", "500000", "亿"),
        ("增加7.37个百分点", "7.37", "pp", "0.005", ""),
        ("减少0.5个百分点", "-0.5", "pp", "0.05", ""),
        ("下降3.2%", "-3.2", "%", "0.05", ""),
        ("7.37个百分点", "7.37", "pp", "0.005", ""),
        ("6倍", "6", "times", "0.5", ""),
        ("224万开发者", "2240000", "count", "5000", "万"),
        ("5万款", "50000", "count", "5000", "万"),
        ("300家", "300", "count", "0.5", ""),
        ("12项", "12", "count", "0.5", ""),
        ("１２.５％", "12.5", "%", "0.05", ""),
        ("六倍", "6", "times", "0.5", ""),
        ("两千亿", "200000000000", "CNY", "50000000000", "亿"),
        ("三成", "30", "%", "5", ""),
        ("百分之二十", "20", "%", "5", ""),
        ("三点五倍", "3.5", "times", "0.05", ""),
        ("一亿两千万元", "120000000", "CNY", "5000000", "元"),
        ("1.2万亿元", "1200000000000", "CNY", "50000000000", "万亿"),
        ("0.24元/股", "0.24", "CNY/share", "0.005", ""),
        ("RMB 23.34 billion", "23340000000", "CNY", "5000000", "billion"),
        ("-RMB 1.93 billion", "-1930000000", "CNY", "5000000", "billion"),
        ("$2.5bn", "2500000000", "USD", "50000000", "billion"),
        ("US$2.5 billion", "2500000000", "USD", "50000000", "billion"),
        ("HK$3.1m", "3100000", "HKD", "50000", "million"),
        ("23.3 billion yuan", "23300000000", "CNY", "50000000", "billion"),
        ("12.5%", "12.5", "%", "0.05", ""),
        ("12.5 per cent", "12.5", "%", "0.05", ""),
        ("2.1 percentage points", "2.1", "pp", "0.05", ""),
        ("30 basis points", "0.3", "pp", "0.005", ""),
        ("7x", "7", "times", "0.5", ""),
        ("7 times", "7", "times", "0.5", ""),
        ("1.2 million users", "1200000", "count", "50000", "million"),
        ("(1,234.56)", "-1234.56", "", "0.005", ""),
    ],
)
def test_parse_amount(text, value, unit, precision, scale):
    a = parse_amount(text)
    assert (a.value, a.unit, a.precision, a.scale) == (D(value), unit, D(precision), scale)
    assert a.printed == text


def test_parse_amount_default_currency():
    assert parse_amount("2.5 billion", currency="USD").unit == "USD"
    assert parse_amount("233.43亿").unit == "CNY"


@pytest.mark.parametrize("text", ["", "营业收入", "2024年", "RMB 5%", "3亿%", "abc", "12.3.4亿"])
def test_parse_amount_rejects(text):
    with pytest.raises(ValueError, match="not an amount"):
        parse_amount(text)


def test_amount_agrees():
    a = parse_amount("233.43亿元")
    assert a.agrees(D("23342681234.56"))
    assert not a.agrees(D("23342000000"))


# --- find_amounts -----------------------------------------------------------------------------


def test_find_amounts_chinese_sentence():
    text = (
        "2024年，公司实现营业收入233.43亿元，同比增长18.79%；归母净利润5.6亿元，"
        "毛利率增加7.37个百分点，开发者达224万开发者，是2019年的六倍，第一季度，2024-12-31。"
    )
    found = [(text[a:b], x.value, x.unit) for a, b, x in find_amounts(text)]
    assert found == [
        ("233.43亿元", D("23343000000"), "CNY"),
        ("18.79%", D("18.79"), "%"),
        ("5.6亿元", D("560000000"), "CNY"),
        ("7.37个百分点", D("7.37"), "pp"),
        ("224万开发者", D("2240000"), "count"),
        ("六倍", D("6"), "times"),
    ]


def test_find_amounts_english_sentence():
    text = "In Q1 2025 revenue rose 12.5% to RMB 23.34 billion, up 2.1 percentage points; FY2024."
    found = [(text[a:b], x.unit) for a, b, x in find_amounts(text)]
    assert found == [("12.5%", "%"), ("RMB 23.34 billion", "CNY"), ("2.1 percentage points", "pp")]


def test_find_amounts_across_line_breaks_and_prefixed_nouns():
    text = "经营性现金流净额24.95亿\n元，聚集\n超过802万AI开发者团队，2024年\n12月"
    found = [(x.printed, x.value, x.unit) for _, _, x in find_amounts(text)]
    assert found == [
        ("24.95亿\n元", D("2495000000"), "CNY"),
        ("802万AI开发者", D("8020000"), "count"),
    ]


def test_find_amounts_english_forms():
    text = "¥5.6 billion, CNY 1.2bn, 5.6 billion RMB, $5M, US$3B, 2.5 billion dollars; 5G and 2B端"
    found = [(x.printed, x.value, x.unit) for _, _, x in find_amounts(text)]
    assert found == [
        ("¥5.6 billion", D("5600000000"), "CNY"),
        ("CNY 1.2bn", D("1200000000"), "CNY"),
        ("5.6 billion RMB", D("5600000000"), "CNY"),
        ("$5M", D("5000000"), "USD"),
        ("US$3B", D("3000000000"), "USD"),
        ("2.5 billion dollars", D("2500000000"), "USD"),
    ]


def test_find_amounts_ignores_ranges_idioms_and_ordinals():
    found = [x.printed for _, _, x in find_amounts("增长2-3倍，一成不变，第三季度，一季度，600080")]
    assert found == ["3倍"]


# --- formatting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "text"),
    [
        ((D("23343000000"),), {}, "233.43亿元"),
        ((D("12345600"),), {"scale": "万"}, "1,234.56万元"),
        ((D("5524991887"),), {"scale": "元"}, "5,524,991,887.00元"),
        ((D("-193000000"),), {}, "-1.93亿元"),
        ((D("200000000000"), "USD"), {}, "2,000.00亿美元"),
        ((D("2240000"), "count"), {"digits": 0}, "224万"),
        ((D("23340000000"),), {"lang": "en"}, "RMB 23.34 billion"),
        ((D("560000000"),), {"lang": "en", "digits": 1}, "RMB 560.0 million"),
        ((D("-1930000000"),), {"lang": "en"}, "-RMB 1.93 billion"),
        ((D("2500000000"), "USD"), {"lang": "en"}, "$2.50 billion"),
        ((D("5524"),), {"lang": "en"}, "RMB 5,524.00"),
        ((D("0.125"),), {"scale": "元"}, "0.13元"),
    ],
)
def test_format_amount(args, kwargs, text):
    assert format_amount(*args, **kwargs) == text


def test_format_ratios():
    assert format_pct(D("18.785")) == "18.79%"
    assert format_pct(D("-14.775")) == "-14.78%"
    assert format_pp(D("7.365")) == "7.37个百分点"
    assert format_pp(D("2.1"), digits=1, lang="en") == "2.1 percentage points"
    assert format_times(D("6"), digits=0) == "6倍"
    assert format_times(D("7"), digits=0, lang="en") == "7 times"
    assert round_half_up(D("2.675"), 2) == D("2.68")


def test_format_rejects_unknown():
    with pytest.raises(ValueError):
        format_amount(D(1), unit="EUR")
    with pytest.raises(ValueError):
        format_amount(D(1), scale="billion")
    with pytest.raises(ValueError):
        format_amount(D(1), lang="fr")


_SCALES = {
    "zh": [None, "万亿", "亿", "万", "元"],
    "en": [None, "billion", "million", "thousand", ""],
}


@given(
    x=st.decimals(min_value=D("-1e14"), max_value=D("1e14"), places=3, allow_nan=False),
    unit=st.sampled_from(["CNY", "USD", "HKD", "count", "%", "pp", "times"]),
    lang=st.sampled_from(["zh", "en"]),
    scale_index=st.integers(0, 4),
    digits=st.integers(0, 4),
)
def test_parse_format_round_trip(x, unit, lang, scale_index, digits):
    scale = _SCALES[lang][scale_index]
    text = format_amount(x, unit, lang, scale, digits)
    a = parse_amount(text)
    if unit != "count":  # a count needs its noun ("224万开发者"); bare "224万" reads as money
        assert a.unit == unit
    assert a.agrees(x), (x, text, a)
    # what was printed is exactly the value rounded at the printed precision
    assert abs(a.value - x) <= a.precision
    assert parse_amount(format_amount(a.value, unit, lang, scale, digits)).value == a.value


@given(
    x=st.decimals(min_value=D("-1e6"), max_value=D("1e6"), places=2, allow_nan=False),
    scale=st.sampled_from(
        [("亿元", 10**8), ("万元", 10**4), ("元", 1), ("亿", 10**8), ("万亿", 10**12)]
    ),
    grouped=st.booleans(),
    fullwidth=st.booleans(),
)
def test_parse_amount_chinese_scales(x, scale, grouped, fullwidth):
    word, multiplier = scale
    digits = f"{x:,.2f}" if grouped else f"{x:.2f}"
    text = (_fullwidth(digits) if fullwidth else digits) + word
    a = parse_amount(text)
    assert a.value == x * multiplier
    assert a.unit == "CNY"
    assert a.precision == D("0.005") * multiplier
