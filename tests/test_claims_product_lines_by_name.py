"""A product's own time on sale is no period of the company's, and a filer's product lines named
by the product alone ("iPad" for "iPad and related products and services", "Mac revenue" for
"Total Mac net sales")."""

from datetime import date

from caibao.claims.lexicon import segment_by_words
from caibao.claims.stored_segments import _ascii_segments_re
from claim_periods import periods

_LINES = (
    "iPad and related products and services",
    "iPhone and related products and services",
    "Total Mac net sales",
    "iPod",
    "Desktops",
)


def test_its_first_six_months_on_sale_is_no_half_year():
    got = periods(
        "In fiscal 2010 net sales were $65.2 billion. The tablet, launched in April, added $4.96 "
        "billion in its first six months on sale. Desktop revenue rose 43 percent to $6.2 billion.",
        date(2010, 10, 28),
    )
    assert ("$4.96 billion", "2010FY") in got
    assert ("$6.2 billion", "2010FY") in got


def test_a_product_line_named_by_the_product_alone():
    found = _ascii_segments_re(_LINES).findall("The iPad, launched in April, added $4.96 billion")
    assert found == ["iPad"]
    assert segment_by_words("Mac", _LINES) == "Total Mac net sales"


def test_a_product_in_a_list_of_products_names_no_line():
    assert _ascii_segments_re(_LINES).findall("largely the iPhone and Apple TV sales") == []
    assert _ascii_segments_re(_LINES).findall("the iPhone, launched in 2007") == ["iPhone"]
