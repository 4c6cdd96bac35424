"""A total line named like a segment plus words, segments in Chinese renderings, and the rounding
reporters allow themselves: basis points in tens, a multiple said in words, adjusted EPS."""

from decimal import Decimal

from caibao.claims.extract import _segments_regex
from caibao.claims.lexicon import segment_in_store
from caibao.claims.model import CHANGE_PCT, VALUE, Claim
from caibao.claims.structures import (
    _ascii_segments_re,
    _rendered_segments_re,
    journalist_precision,
)
from caibao.claims.verify import _non_gaap
from caibao.claims.verify_base import ArticleClaims
from caibao.numbers import parse_amount

_MAKER = ("Net sales", "Finance and interest income")


def test_sales_and_revenues_is_the_total_not_the_net_sales_segment():
    text = "Net sales and revenues for the quarter slid 18% to $4.1 billion."
    assert not _segments_regex(_MAKER).search(text)
    assert not _ascii_segments_re(_MAKER).search(text.lower())
    assert not _segments_regex(_MAKER).search("Net sales and other revenues rose")
    # the segment alone is still the segment
    assert _segments_regex(_MAKER).search("Net sales of equipment fell 20%")
    assert _ascii_segments_re(_MAKER).search("while net sales, the equipment line, fell")


def test_product_sales_rendered_in_chinese_is_the_product_sales_line():
    drug_maker = ("Product sales", "Royalty", "Contract and other")
    assert segment_in_store("产品销售", drug_maker) == "Product sales"
    found = _rendered_segments_re(drug_maker).search("该公司三季度产品销售收入同比增长12%")
    assert found and segment_in_store(found.group(), drug_maker) == "Product sales"
    # a company without that line keeps the article's words
    assert segment_in_store("产品销售", ("Net sales",)) == "产品销售"


def test_basis_points_ending_in_zero_are_rounded_to_tens():
    assert journalist_precision(parse_amount("+320bp")) == Decimal("0.05")
    assert journalist_precision(parse_amount("下降40个基点")) == Decimal("0.05")
    # a figure with its last digit keeps half a basis point
    assert journalist_precision(parse_amount("17 basis points")) == Decimal("0.005")


def _claim(value, printed, qualifier=None, measure=CHANGE_PCT, subject="XYZ", start=0, quote=""):
    return Claim(
        start=start,
        end=start + len(quote or printed),
        quote=quote or printed,
        subject=subject,
        concept="eps_basic" if measure == VALUE else "operating_profit",
        segment=None,
        period="2010Q2",
        measure=measure,
        value=Decimal(value),
        unit="%" if measure == CHANGE_PCT else "USD",
        precision=Decimal(5) if measure == CHANGE_PCT else Decimal("0.005"),
        qualifier=qualifier,
        printed=printed,
    )


def test_doubled_in_words_allows_a_level_a_little_above_twice():
    doubled = _claim(100, "翻番")
    assert doubled.agrees(Decimal("114"))  # 2.14x: reporters round down
    assert doubled.agrees(Decimal("96"))
    assert not doubled.agrees(Decimal("130"))  # 2.3x is more than doubled
    assert not doubled.agrees(Decimal("88"))
    tripled = _claim(200, "tripled")
    assert tripled.agrees(Decimal("225")) and not tripled.agrees(Decimal("240"))
    # a multiple printed in digits keeps its precision
    assert not _claim(100, "增长100%").agrees(Decimal("114"))


def test_adjusted_eps_of_a_us_filer_is_the_release_figure():
    text = "该公司本季经调整每股收益为1.12美元，每股收益为0.97美元。"
    adjusted_at = text.index("每股收益为1.12")
    gaap_at = text.index("每股收益为0.97")
    adjusted = _claim(
        "1.12", "1.12美元", measure=VALUE, start=adjusted_at, quote="每股收益为1.12美元"
    )
    gaap = _claim("0.97", "0.97美元", measure=VALUE, start=gaap_at, quote="每股收益为0.97美元")
    article = ArticleClaims([adjusted, gaap], text)
    assert _non_gaap(adjusted, article)
    assert not _non_gaap(gaap, article)  # another clause: the GAAP figure
    english = "Its adjusted EPS came to $1.12 in the quarter."
    claim = _claim(
        "1.12", "$1.12", measure=VALUE, start=english.index("EPS"), quote="EPS came to $1.12"
    )
    assert _non_gaap(claim, ArticleClaims([claim], english))
    # an A-share's 调整后 restates a prior year: not a non-GAAP figure
    a_share = _claim("1.12", "1.12元", measure=VALUE, subject="600000", start=adjusted_at,
                     quote="每股收益为1.12美元")  # fmt: skip
    assert not _non_gaap(a_share, ArticleClaims([a_share], text))


def test_a_lead_clause_taking_items_out_adjusts_the_eps_after_it():
    text = "剔除重组费用等特殊项目后，该公司二季度每股亏损0.26美元。每股亏损0.47美元。"
    at = text.index("每股亏损0.26")
    adjusted = _claim("-0.26", "0.26美元", measure=VALUE, start=at, quote="每股亏损0.26美元")
    later = text.index("每股亏损0.47")
    gaap = _claim("-0.47", "0.47美元", measure=VALUE, start=later, quote="每股亏损0.47美元")
    article = ArticleClaims([adjusted, gaap], text)
    assert _non_gaap(adjusted, article)
    assert not _non_gaap(gaap, article)  # the next sentence: the GAAP figure
    english = "Excluding special items, the company lost 26 cents a share."
    claim = _claim("-0.26", "26 cents", measure=VALUE, start=english.index("26"))
    assert _non_gaap(claim, ArticleClaims([claim], english))
