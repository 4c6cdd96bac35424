"""A product's sales named before 销售额 (药物洗脱支架全球销售额约4.6亿美元): that product's
figure, not the company's whole revenue; "worldwide" scopes it and is no part of its name. A
rate of sales (SG&A占销售额的比重) names no product."""

from claim_periods import concept_segment_value


def test_a_products_sales_are_its_own():
    got = concept_segment_value("据公司披露，二季度药物洗脱支架全球销售额约4.6亿美元。")
    assert [(c, seg) for c, seg, _v in got] == [("revenue", "药物洗脱支架")]


def test_a_share_of_sales_names_no_product():
    got = concept_segment_value("二季度，SG&A占销售额的比重从30.4%升至33.5%。")
    assert all(seg is None for _c, seg, _v in got)
