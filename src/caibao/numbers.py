"""Amounts as printed ⇄ Decimal. The one module that parses and formats numbers for the PDF
reader, the claim checker and the writer.

- ``parse_cell``: a table cell as printed in a report ("585,461,786.23", "-42,890,580.25",
  "(1,234.56)", "３.５５", "不适用", "--", "—") → Decimal, or None for "no value".
- ``parse_amount``: an amount as journalists and reports write it ("233.43亿元", "-1.93亿",
  "18.79%", "增加7.37个百分点", "六倍", "224万开发者", "RMB 23.34 billion", "$2.5bn") → ``Amount``.
- ``find_amounts``: every amount inside a sentence, with its span.
- ``format_amount`` / ``format_pct`` / ``format_pp`` / ``format_times``: Decimal → printed text,
  rounded half-up as reports do. ``parse_amount(format_amount(x))`` is x at the printed precision.

Units (``Amount.unit``): "CNY", "USD", "HKD" (value in yuan/dollars), "CNY/share" (元/股),
"%" (value in per cent: 18.79), "pp" (percentage points: 7.37), "times" (6), "count" (2240000),
and "" for a bare number with no unit printed.

Conventions of the formatter:
- zh: ``-1.93亿元``, ``1,234.56万元``, ``5,524,991,887.00元``, ``2,000.00亿美元``, ``224.00万``
  (count), ``18.79%``, ``7.37个百分点``, ``6.00倍``. The sign comes first; the integer part is
  grouped by thousands. Automatic scale: 亿 from 1e8, 万 from 1e4, else 元.
- en: ``RMB 23.34 billion``, ``-RMB 1.93 billion``, ``$2.50 billion``, ``HK$3.10 million``,
  ``2.24 million`` (count), ``18.79%``, ``7.37 percentage points``, ``6.00 times``. Automatic
  scale: billion from 1e9, million from 1e6, else none ("RMB 5,524.00").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import cn2an

__all__ = [
    "NO_VALUE",
    "Amount",
    "find_amounts",
    "format_amount",
    "format_pct",
    "format_pp",
    "format_times",
    "is_no_value",
    "looks_like_cell_number",
    "normalize_digits",
    "parse_amount",
    "parse_cell",
    "round_half_up",
]

# Full-width digits and signs to ASCII.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋％（）", "0123456789.,-+%()")

# The scales a report prints above its tables (单位：元 / 万元 ...), as multipliers to yuan.
TABLE_SCALES = {
    "元": Decimal(1),
    "千元": Decimal(1000),
    "万元": Decimal(10000),
    "百万元": Decimal(1000000),
    "亿元": Decimal(100000000),
}

# Printed placeholders that mean "no value" (不适用, --, —, －, /, 无).
NO_VALUE = frozenset({"不适用", "--", "-", "—", "——", "－", "－－", "/", "无", "N/A", "n/a", ""})

_CELL = re.compile(r"^([-+]?)\(?([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\)?(%?)$")


def normalize_digits(text: str) -> str:
    """Full-width digits and punctuation to ASCII; drop spaces inside the number."""
    return text.translate(_FULLWIDTH)


def is_no_value(text: str) -> bool:
    return text.strip() in NO_VALUE


def parse_cell(text: str) -> Decimal | None:
    """Parse a number printed in a report table. Returns None for placeholders.

    Raises ValueError for text that is neither a number nor a placeholder.
    """
    raw = text.strip()
    if raw in NO_VALUE:
        return None
    s = normalize_digits(raw).replace(" ", "").replace("\u00a0", "")
    if s in NO_VALUE:
        return None
    m = _CELL.match(s)
    if not m:
        raise ValueError(f"not a printed number: {text!r}")
    sign1, sign2, whole, frac, _pct = m.groups()
    negative = sign1 == "-" or sign2 == "-" or (s.startswith("(") and s.rstrip("%").endswith(")"))
    try:
        value = Decimal(whole.replace(",", "") + (frac or ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise ValueError(f"not a printed number: {text!r}") from exc
    return -value if negative else value


def looks_like_cell_number(text: str) -> bool:
    try:
        return parse_cell(text) is not None
    except ValueError:
        return False


# ---------------------------------------------------------------------------------------------
# Amounts in running text


@dataclass(frozen=True)
class Amount:
    """An amount read from text.

    value:     Decimal in base units of ``unit`` (yuan, dollars, per cent, points, times, count)
    unit:      "CNY", "USD", "HKD", "CNY/share", "%", "pp", "times", "count", or "" (bare number)
    printed:   the text exactly as it stood ("233.43亿元")
    precision: half of the last printed digit, in base units ("233.43亿" → 500000, "18.79%" →
               0.005): a figure x agrees with the printed amount when |x - value| <= precision
    scale:     the multiplier as printed: "亿", "万", "万亿", "元", "billion", "million", ...;
               "" when none ("18.79%", "6倍")
    """

    value: Decimal
    unit: str
    printed: str
    precision: Decimal
    scale: str

    def agrees(self, value: Decimal) -> bool:
        """True when ``value`` rounds to what was printed (within half the last digit)."""
        return abs(value - self.value) <= self.precision


# Same-length translation (so spans stay valid): full-width forms and the other minus signs.
# The full-width comma is left alone in running text, where it separates clauses.
_TEXT_CHARS = str.maketrans("０１２３４５６７８９．－＋％（）＄￥−–", "0123456789.-+%()$¥--")
_TOKEN_CHARS = str.maketrans("，", ",")
# (the characters to translate, found by one scan: str.translate looks up every character, which
# costs more than the rest of the number scan on a Chinese article)
_TEXT_CHARS_RE = re.compile("[" + re.escape("".join(map(chr, _TEXT_CHARS))) + "]")


def _text_chars(text: str) -> str:
    """``text.translate(_TEXT_CHARS)``, faster where few characters change."""
    return _TEXT_CHARS_RE.sub(lambda m: chr(_TEXT_CHARS[ord(m.group())]), text)


_SCALES = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "亿": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "万": 10**4,
    "千": 10**3,
    "trillion": 10**12,
    "tn": 10**12,
    "billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,  # (Reuters' abbreviations: $5.72 bln, 300 mln)
    "mln": 10**6,
    "trln": 10**12,
    "trn": 10**12,  # (The Economist's abbreviation: 1.14trn yuan)
    "b": 10**9,
    "million": 10**6,
    "mn": 10**6,
    "mm": 10**6,  # (a broker note's abbreviation: $314mm, ($mm))
    "m": 10**6,
    "thousand": 10**3,
    "k": 10**3,
}
_EN_SCALE_NAMES = {"tn": "trillion", "bn": "billion", "b": "billion", "mn": "million",
                   "bln": "billion", "mln": "million", "trln": "trillion", "trn": "trillion",
                   "mm": "million", "m": "million", "k": "thousand"}  # fmt: skip

_CURRENCY_WORDS = {
    "人民币": "CNY", "人币": "CNY", "元": "CNY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
    "¥": "CNY", "美元": "USD", "usd": "USD", "us$": "USD", "$": "USD", "dollars": "USD",
    "dollar": "USD", "us dollars": "USD", "港元": "HKD", "港币": "HKD", "hkd": "HKD",
    "hk$": "HKD", "hong kong dollars": "HKD",
}  # fmt: skip

_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
# Nouns counted after a number: measure words, and the counted things journalists name.
_COUNT_NOUNS_ZH = "人次|开发者|用户|客户|员工|门店|终端|设备|订单|企业|公司|合作伙伴|应用|团队"
# (盒, 瓶, 袋, 箱: a product's packs, as 产销量 tables count them)
_MEASURE_WORDS = "人名家户项款种件台套辆张条篇次位所座部批股份只支颗架艘盒瓶袋箱"
_COUNT_ZH = (
    # a counted noun may carry a Latin prefix: "802万AI开发者"
    rf"(?:[A-Za-z]{{1,8}})?(?:{_COUNT_NOUNS_ZH})|"
    "个(?!月|季度|百分点|基点|交易日|工作日|小时|点)|"
    # (架, 艘: aircraft and ships, a fleet counted)
    f"[{_MEASURE_WORDS}]"
)
_COUNT_EN = (
    r"users|developers|customers|clients|people|employees|staff|units|shares|devices|"
    r"subscribers|stores|households|companies|enterprises|orders|vehicles|patents|products|"
    r"(?:(?:ordinary|common|registered)\s+)?(?:shareholders|stockholders)|holders|restaurants|"
    r"outlets|countries|jobs|workers|"
    # an oil and gas producer's daily volumes (664 MBoe/d, 2.1 million boe/d, 3.2 Bcf/d): an
    # operating figure, counted (its M is a thousand, a unit's part, never the scale)
    r"m{0,2}(?:boe|bbls?|bo|cfe?)(?:/d|/day|pd)|bcfe?(?:/d|/day|pd)"
)
# a chain's places, counted with a word of what they are before them (3,300 paint stores)
_PLACES_EN = r"stores|restaurants|outlets"
_SCALE_RE = (
    r"万亿|千亿|百亿|亿|千万|百万|十万|万|千|"
    r"(?=[tbmk])(?:trillion|billion|million|thousand|trln|trn|tn|bln|bn|mln|mn|mm|b|m|k)(?![A-Za-z])"
)
# the first character of every Chinese unit below (the English ones start with a letter, - or %)
_UNIT_FIRST = (
    "元个百基倍成人美港" + "".join(w[0] for w in _COUNT_NOUNS_ZH.split("|")) + _MEASURE_WORDS
)
_AMOUNT = re.compile(
    rf"""
    # Every amount starts with one of these: a cheap test that lets the scan skip prose quickly.
    (?=[-+(\d$¥RCUH人百{_CN_NUMERAL}])
    # (each optional group written as a choice of it or nothing, (?:(?P<g>…)|), which matches as
    # (?P<g>…)? does: sre runs a group's ? through its general repeat, which costs more at every
    # number and at every character the scan stops at)
    (?:(?P<neg_pre>(?<![0-9A-Za-z])-)|)
    # a currency may touch the number (Rmb1.82bn, as the FT prints it)
    (?:(?P<cur_pre>(?=[RCUH$¥人])(?:RMB|CNY|USD|HKD|US\$|HK\$|\$|¥|人民币))|)[ \u00a0]*
    (?:(?P<pct_pre>百分之)|)
    (?:(?P<sign>(?<![0-9A-Za-z])[-+])|)
    (?:(?P<paren>\()|)
    (?:
        (?:(?<=RMB)|(?<=CNY)|(?<=USD)|(?<=HKD)|(?<![A-Za-z0-9.,第]))(?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?![\d])
      | (?<![{_CN_NUMERAL}点第])(?P<cn>[{_CN_NUMERAL}](?:[{_CN_NUMERAL}]|点(?=[{_CN_NUMERAL}]))*)
    )
    (?(paren)\))
    [ \t\u00a0]*\n?[ \t\u00a0]*(?:(?P<scale>{_SCALE_RE})|)
    # (each optional part behind a look-ahead of its first characters: under IGNORECASE sre tries
    # every English word of an alternation in turn, a cost paid after every number)
    # (a unit never after a blank line: 7,388 ending a table, "Shareholders' equity…" below)
    [ \t\u00a0]*(?:(?<!\n)\n)?[ \t\u00a0]*(?:(?P<unit>(?=[-%A-Za-z{_UNIT_FIRST}])(?:
        元/股|元／股|
        %|percent(?![A-Za-z])|per[ ]cent(?![A-Za-z])|pct(?![A-Za-z])|
        个百分点|百分点|percentage[ ]points?|ppts?(?![A-Za-z])|pps?(?![A-Za-z])|p\.p\.|
        个基点|基点|basis[ ]points?|bps?(?![A-Za-z])|
        倍|times(?![A-Za-z])|fold(?![A-Za-z])|x(?![A-Za-z0-9])|
        成半|成(?![本为功长立交员果熟都效绩型品不])|
        人民币|人币|元|美元|港元|港币|
        yuan(?![A-Za-z])|renminbi(?![A-Za-z])|RMB(?![A-Za-z])|CNY(?![A-Za-z])|
        (?:US[ ])?dollars?(?![A-Za-z])|USD(?![A-Za-z])|Hong[ ]Kong[ ]dollars|HKD(?![A-Za-z])|
        -?cents?(?![A-Za-z])|美分|(?<=\d)(?-i:c)(?![A-Za-z0-9'’])|
        {_COUNT_ZH}|(?:{_COUNT_EN})(?![A-Za-z])
        # (3,300 paint stores, 700 company-owned restaurants: a chain's places, one word before)
        |(?!(?:the|and|its|our|their|for|with|from|all|of|those|these|other|more)[ ])
        [a-z]{{3,12}}(?:-[a-z]{{3,8}})?[ ](?:{_PLACES_EN})(?![A-Za-z])
    ))|)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DIRECTION = re.compile(
    r"^(?P<word>增加|增长|上升|提高|提升|上涨|减少|下降|降低|下滑|下跌|up|down)[ \u00a0]*",
    re.IGNORECASE,
)
_DOWN_WORDS = {"减少", "下降", "降低", "下滑", "下跌", "down"}


def _cn_number(text: str) -> tuple[Decimal, Decimal]:
    """A Chinese numeral ("两千", "三点五", "一亿两千万") → (value, precision). Digits after 点 are
    read one by one so the value stays exact."""
    whole, _, frac = text.partition("点")
    if whole:
        if whole in ("零", "〇"):
            value = 0
        else:
            try:
                value = cn2an.cn2an(whole, "normal")
            except ValueError as exc:
                raise ValueError(f"not a Chinese numeral: {text!r}") from exc
        value = Decimal(int(value))
    else:
        value = Decimal(0)
    if frac:
        digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0}
        try:
            frac_digits = "".join(str(digits[c]) for c in frac)
        except KeyError as exc:
            raise ValueError(f"not a Chinese numeral: {text!r}") from exc
        value += Decimal("0." + frac_digits)
        return value, Decimal(1).scaleb(-len(frac)) / 2
    # "两千" is read to the nearest thousand: precision from the trailing zeros of the value.
    n = int(value)
    place = 1
    while n and n % 10 == 0:
        n //= 10
        place *= 10
    return value, Decimal(place) / 2


def _classify(unit_word: str | None, pct_pre: bool) -> str | None:
    """The unit family of the word after the number: "%", "pp", "bp", "times", "tenths",
    "CNY/share", a currency code, "count", or None (nothing printed)."""
    if pct_pre:
        return "%"
    if not unit_word:
        return None
    w = unit_word.lower()
    if w in ("%", "percent", "per cent", "pct"):
        return "%"
    if "百分点" in w or w.startswith(("percentage", "pp", "p.p.")):
        return "pp"
    if "基点" in w or w.startswith(("basis", "bp")):
        return "bp"
    if w in ("倍", "times", "fold", "x"):
        return "times"
    if w in ("成", "成半"):
        return "tenths"
    if w in ("元/股", "元／股"):
        return "CNY/share"
    if w in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[w]
    if w.lstrip("-") in ("cent", "cents", "c", "美分"):
        # 24 cents a share, a 43.75-cent payout, a wire's "EPS 95c", 每股38.5美分: US dollars / 100
        return "cents"
    return "count"


def _build(
    m: re.Match, printed: str, currency: str, sign: int = 1, g: dict | None = None
) -> Amount | None:
    """An Amount from a match of ``_AMOUNT`` (``g``: its groups, when the caller has them), or
    None when the match is not an amount."""
    g = g or m.groupdict()
    scale_word = g["scale"] or ""
    if len(scale_word) == 1 and scale_word.isascii() and not g["cur_pre"]:
        return None  # "5G", "2B端": a lone letter is a scale only after a currency ("$2.5m")
    multiplier = _SCALES.get(scale_word.lower() if scale_word.isascii() else scale_word, 1)
    if g["num"] is not None:
        num = Decimal(g["num"].replace(",", ""))
        frac = g["num"].partition(".")[2]
        precision = Decimal(1).scaleb(-len(frac)) / 2
    else:
        cn = g["cn"]
        # A trailing 亿/万 is the scale ("两千亿" = 2000 × 亿) unless the numeral mixes units.
        for suffix in ("万亿", "亿", "万"):
            rest = cn.removesuffix(suffix)
            if not scale_word and rest != cn and rest and not set(rest) & {"万", "亿"}:
                scale_word, multiplier, cn = suffix, _SCALES[suffix], rest
                break
        num, precision = _cn_number(cn)
    family = _classify(g["unit"], bool(g["pct_pre"]))
    cur_pre = g["cur_pre"]
    if cur_pre:
        if family in (None, "count"):
            family = _CURRENCY_WORDS[cur_pre.lower()]
        elif family not in ("CNY", "USD", "HKD", "CNY/share"):
            return None  # "RMB 5%" is not one amount
    if family is None:
        family = currency if scale_word else ""
    negative = g["neg_pre"] is not None or g["sign"] == "-" or g["paren"] is not None or sign < 0
    value, unit, shown_scale = num, family, scale_word
    if family == "cents":
        if cur_pre or scale_word:
            return None  # "$5 cents" is not one amount
        value, precision, unit = num / 100, precision / 100, "USD"
        family, num = unit, value
    if family in ("CNY", "USD", "HKD", "count", "") or family == "CNY/share":
        value, precision = num * multiplier, precision * multiplier
        if family in ("CNY", "USD", "HKD") and not scale_word and g["unit"] in ("元",):
            shown_scale = "元"
    elif multiplier != 1:
        return None  # "3亿%" is not an amount
    elif family == "bp":
        value, precision, unit = num / 100, precision / 100, "pp"
    elif family == "tenths":
        # (四成半: four and a half tenths, 45%)
        half = 5 if g["unit"] == "成半" else 0
        value, precision, unit = num * 10 + half, precision * 10, "%"
    if shown_scale.isascii() and shown_scale:
        shown_scale = _EN_SCALE_NAMES.get(shown_scale.lower(), shown_scale.lower())
    if negative:
        value = -value
    return Amount(value=value, unit=unit, printed=printed, precision=precision, scale=shown_scale)


def parse_amount(text: str, currency: str = "CNY") -> Amount:
    """Parse one amount as written in an article or a report.

    ``currency`` is assumed when only a scale is printed ("233.43亿", "23.3 billion"). A leading
    direction word gives the sign: "增加7.37个百分点" → +7.37 pp, "下降3.2%" → -3.2 %.
    Raises ValueError for anything else.
    """
    raw = text.strip()
    s = raw.translate(_TEXT_CHARS).translate(_TOKEN_CHARS)
    sign = 1
    d = _DIRECTION.match(s)
    if d:
        sign = -1 if d["word"].lower() in _DOWN_WORDS else 1
        s = s[d.end() :]
    m = _AMOUNT.fullmatch(s)
    amount = _build(m, raw, currency, sign) if m else None
    if amount is None:
        raise ValueError(f"not an amount: {text!r}")
    return amount


def find_amounts(text: str, currency: str = "CNY") -> list[tuple[int, int, Amount]]:
    """Every amount in ``text`` with a unit or a scale printed, as (start, end, Amount).

    Bare numbers (years, codes, dates, "第3") are not amounts. Chinese numerals count only with a
    unit that makes them an amount ("六倍", "两千亿元", "三成", "百分之二十"). Direction words
    ("下降") are left to the caller: the span covers the number and its unit only.
    """
    s = _text_chars(text)
    out: list[tuple[int, int, Amount]] = []
    for m in _AMOUNT.finditer(s):
        # (a number with neither unit nor scale, most of them, is dropped on these four groups)
        unit, scale, pct_pre, cur_pre = m.group("unit", "scale", "pct_pre", "cur_pre")
        if not (unit or scale or pct_pre or cur_pre):
            continue
        g = m.groupdict()
        if g["cn"] is not None:
            family = _classify(unit, bool(pct_pre))
            has_scale = bool(scale) or g["cn"][-1] in "万亿"
            if family is None and not cur_pre:
                continue
            if family == "count" and not has_scale:
                continue
        start, end = m.span()
        raw = m.group()
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        printed = text[start:end]
        try:
            amount = _build(m, printed, currency, g=g)
        except ValueError:
            continue
        if amount is not None:
            out.append((start, end, amount))
    return out


# ---------------------------------------------------------------------------------------------
# Formatting

_ZH_SCALES = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "元": 1, "": 1}
_EN_SCALES = {"trillion": 10**12, "billion": 10**9, "million": 10**6, "thousand": 10**3, "": 1}
_ZH_CURRENCY = {"CNY": "元", "USD": "美元", "HKD": "港元", "count": "", "": ""}
_EN_CURRENCY = {"CNY": "RMB ", "USD": "$", "HKD": "HK$", "count": "", "": ""}


_STEPS = {d: Decimal(1).scaleb(-d) for d in range(7)}  # 0 → 1, 2 → 0.01: the quantum of a digit


def round_half_up(value: Decimal, digits: int) -> Decimal:
    """Round as reports do: 0.125 → 0.13 at two digits."""
    step = _STEPS.get(digits) or Decimal(1).scaleb(-digits)
    return Decimal(value).quantize(step, rounding=ROUND_HALF_UP)


def _signed_grouped(value: Decimal, digits: int) -> str:
    """The value rounded half-up, its digits grouped by thousands (-1,234.57); -0.00 is 0.00."""
    rounded = round_half_up(value, digits)
    return f"{'-' if rounded < 0 else ''}{abs(rounded):,.{digits}f}"


def format_amount(
    value: Decimal,
    unit: str = "CNY",
    lang: str = "zh",
    scale: str | None = None,
    digits: int = 2,
) -> str:
    """A money amount or a count as an article prints it (see the module docstring).

    ``scale`` None picks one from the size of the value; otherwise one of 万亿/亿/万/元 (zh) or
    trillion/billion/million/thousand/"" (en). "%", "pp" and "times" are passed on to
    ``format_pct``, ``format_pp`` and ``format_times``.
    """
    value = Decimal(value)
    if unit == "%":
        return format_pct(value, digits, lang)
    if unit == "pp":
        return format_pp(value, digits, lang)
    if unit == "times":
        return format_times(value, digits, lang)
    if unit == "CNY/share":
        body = _signed_grouped(value, digits)
        return f"{body}元/股" if lang == "zh" else f"RMB {body} per share"
    if lang == "zh":
        if unit not in _ZH_CURRENCY:
            raise ValueError(f"unknown unit: {unit!r}")
        if scale is None:
            scale = next(k for k, v in _ZH_SCALES.items() if abs(value) >= v or v == 1)
        if scale not in _ZH_SCALES:
            raise ValueError(f"unknown Chinese scale: {scale!r}")
        scaled = value / _ZH_SCALES[scale]
        word = _ZH_CURRENCY[unit]
        shown = "" if scale == "元" and not word else ("" if scale == "元" else scale)
        return f"{_signed_grouped(scaled, digits)}{shown}{word}"
    if lang == "en":
        if unit not in _EN_CURRENCY:
            raise ValueError(f"unknown unit: {unit!r}")
        if scale is None:
            big = (k for k, v in _EN_SCALES.items() if abs(value) >= v and k != "thousand")
            scale = next(big, "")
        if scale not in _EN_SCALES:
            raise ValueError(f"unknown English scale: {scale!r}")
        scaled = value / _EN_SCALES[scale]
        tail = f" {scale}" if scale else ""
        body = _signed_grouped(scaled, digits)
        sign, body = ("-", body[1:]) if body.startswith("-") else ("", body)
        return f"{sign}{_EN_CURRENCY[unit]}{body}{tail}"
    raise ValueError(f"unknown language: {lang!r}")


def format_pct(value: Decimal, digits: int = 2, lang: str = "zh") -> str:
    """Per cent: 18.79 → "18.79%" (both languages)."""
    value = Decimal(value)
    return f"{_signed_grouped(value, digits)}%"


def format_pp(value: Decimal, digits: int = 2, lang: str = "zh") -> str:
    """Percentage points: 7.37 → "7.37个百分点" / "7.37 percentage points"."""
    value = Decimal(value)
    body = _signed_grouped(value, digits)
    return f"{body}个百分点" if lang == "zh" else f"{body} percentage points"


def format_times(value: Decimal, digits: int = 2, lang: str = "zh") -> str:
    """Multiples: 6 → "6.00倍" / "6.00 times"."""
    value = Decimal(value)
    body = _signed_grouped(value, digits)
    return f"{body}倍" if lang == "zh" else f"{body} times"
