"""The chart of accounts as data: it loads, it is consistent, and it reads the labels of real
reports."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from caibao.concepts import (
    MEASURES,
    STATEMENTS,
    UNITS,
    accounts,
    concept,
    concept_for_label,
    is_heading,
    match_label,
    normalize_label,
    statement_lines,
)

REQUIRED = {
    "revenue": ("营业收入", "income"),
    "total_revenue": ("营业总收入", "income"),
    "operating_cost": ("营业成本", "income"),
    "selling_expense": ("销售费用", "income"),
    "admin_expense": ("管理费用", "income"),
    "rd_expense": ("研发费用", "income"),
    "finance_expense": ("财务费用", "income"),
    "operating_profit": ("营业利润", "income"),
    "total_profit": ("利润总额", "income"),
    "net_profit": ("净利润", "income"),
    "np_parent": ("归属于母公司所有者的净利润", "income"),
    "np_parent_recurring": ("归属于上市公司股东的扣除非经常性损益的净利润", "indicator"),
    "ocf": ("经营活动产生的现金流量净额", "cashflow"),
    "cash_from_sales": ("销售商品、提供劳务收到的现金", "cashflow"),
    "total_assets": ("资产总计", "balance"),
    "total_liabilities": ("负债合计", "balance"),
    "equity_parent": ("归属于母公司所有者权益合计", "balance"),
    "cash": ("货币资金", "balance"),
    "accounts_receivable": ("应收账款", "balance"),
    "contract_assets": ("合同资产", "balance"),
    "inventory": ("存货", "balance"),
    "eps_basic": ("基本每股收益", "income"),
    "eps_diluted": ("稀释每股收益", "income"),
    "eps_recurring": ("扣除非经常性损益后的基本每股收益", "indicator"),
    "roe_weighted": ("加权平均净资产收益率", "indicator"),
    "roe_weighted_recurring": ("扣除非经常性损益后的加权平均净资产收益率", "indicator"),
    "rd_investment": ("研发投入合计", "rd"),
    "rd_expensed": ("本期费用化研发投入", "rd"),
    "rd_capitalized": ("本期资本化研发投入", "rd"),
    "rd_investment_ratio": ("研发投入总额占营业收入比例", "rd"),
    "rd_capitalized_ratio": ("研发投入资本化的比重", "rd"),
    "rd_staff": ("研发人员数量", "rd"),
    "nonrecurring_total": ("非经常性损益合计", "nonrecurring"),
    "gross_margin": ("毛利率", "segment"),
}

# Lines of the CAS formats (2018 and later revisions) that must be in the chart.
CAS_LINES = {
    "balance": [
        "应收款项融资", "合同资产", "使用权资产", "租赁负债", "合同负债", "债权投资", "其他债权投资",
        "其他权益工具投资", "其他非流动金融资产", "持有待售资产", "持有待售负债", "一年内到期的非流动资产",
        "交易性金融资产", "衍生金融资产", "应收票据及应收账款", "专项储备", "一般风险准备", "库存股",
        "负债和所有者权益（或股东权益）总计", "少数股东权益", "开发支出", "商誉", "递延收益",
    ],
    "income": [
        "信用减值损失", "资产减值损失", "净敞口套期收益", "其中：利息费用", "持续经营净利润",
        "终止经营净利润", "归属于母公司所有者的其他综合收益的税后净额", "以摊余成本计量的金融资产终止确认收益",
        "资产处置收益", "其他收益", "税金及附加", "少数股东损益", "综合收益总额", "企业自身信用风险公允价值变动",
        "其他债权投资信用减值准备", "现金流量套期储备", "外币财务报表折算差额", "归属于少数股东的综合收益总额",
    ],
    "cashflow": [
        "销售商品、提供劳务收到的现金", "收到的税费返还", "收到其他与经营活动有关的现金", "经营活动现金流入小计",
        "购买商品、接受劳务支付的现金", "支付给职工及为职工支付的现金", "支付的各项税费",
        "支付其他与经营活动有关的现金", "经营活动现金流出小计", "收回投资收到的现金", "取得投资收益收到的现金",
        "处置固定资产、无形资产和其他长期资产收回的现金净额", "处置子公司及其他营业单位收到的现金净额",
        "收到其他与投资活动有关的现金", "投资活动现金流入小计", "购建固定资产、无形资产和其他长期资产支付的现金",
        "投资支付的现金", "取得子公司及其他营业单位支付的现金净额", "支付其他与投资活动有关的现金",
        "投资活动现金流出小计", "投资活动产生的现金流量净额", "吸收投资收到的现金", "取得借款收到的现金",
        "收到其他与筹资活动有关的现金", "筹资活动现金流入小计", "偿还债务支付的现金",
        "分配股利、利润或偿付利息支付的现金", "支付其他与筹资活动有关的现金", "筹资活动现金流出小计",
        "筹资活动产生的现金流量净额", "汇率变动对现金及现金等价物的影响", "现金及现金等价物净增加额",
        "期初现金及现金等价物余额", "期末现金及现金等价物余额",
    ],
}  # fmt: skip


def test_the_chart_loads_and_is_large():
    chart = accounts()
    assert len(statement_lines("balance")) >= 90
    assert len(statement_lines("income")) >= 55
    assert len(statement_lines("cashflow")) >= 50
    assert all(c.id == cid for cid, c in chart.items())


@pytest.mark.parametrize("cid", sorted(REQUIRED))
def test_required_ids_mean_what_they_say(cid):
    zh, statement = REQUIRED[cid]
    c = concept(cid)
    assert c.statement == statement
    assert concept_for_label(zh, statement) == cid


@pytest.mark.parametrize(
    ("statement", "label"), [(s, x) for s, labels in CAS_LINES.items() for x in labels]
)
def test_every_cas_line_is_in_the_chart(statement, label):
    assert concept_for_label(label, statement) is not None, label


def test_fields_are_known():
    ids = set(accounts())
    for c in accounts().values():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", c.id), c.id
        assert c.statement in STATEMENTS, c.id
        assert c.unit in UNITS, (c.id, c.unit)
        assert set(c.also_in) <= set(STATEMENTS) - {c.statement}, c.id
        assert c.zh and c.en, c.id
        assert c.timing in ("instant", "flow"), c.id
        if c.under is not None:
            assert c.under in ids and concept(c.under).statement == c.statement, c.id
        for measure, table, labels in c.changes:
            assert measure in MEASURES and table in STATEMENTS and labels, c.id
    with pytest.raises(KeyError, match="unknown concept id"):
        concept("no_such_concept")


def test_no_label_has_two_meanings_in_one_table():
    """Within one table a label means one concept, unless the line it stands under tells them
    apart (``under``); of a repeated label at most one meaning is ``primary``."""
    seen: dict[tuple[str, str, str | None], set[tuple[str, str]]] = defaultdict(set)
    primaries: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in accounts().values():
        for table in c.tables:
            for label in (c.zh, *c.aliases):
                seen[(table, normalize_label(label), c.under)].add((c.id, "value"))
                if c.primary:
                    primaries[(table, normalize_label(label))].add(c.id)
        for measure, table, labels in c.changes:
            for label in labels:
                seen[(table, normalize_label(label), None)].add((c.id, measure))
    clashes = {k: v for k, v in seen.items() if len(v) > 1}
    assert not clashes
    assert all(len(v) == 1 for v in primaries.values())
    repeated = defaultdict(set)
    for table, label, under in seen:
        repeated[(table, label)].add(under)
    for (table, label), unders in repeated.items():
        if len(unders) > 1:  # a repeated label: every meaning but the primary needs its parent
            assert None not in unders, (table, label)


def test_every_alias_round_trips():
    for c in accounts().values():
        for table in c.tables:
            for label in (c.zh, *c.aliases):
                assert concept_for_label(label, table, under=c.under) == c.id, (label, table)
        for measure, table, labels in c.changes:
            for label in labels:
                m = match_label(label, table)
                assert (m.concept, m.measure) == (c.id, measure), label


def test_patterns_match_their_own_labels():
    for c in accounts().values():
        labels = [normalize_label(x) for x in (c.zh, *c.aliases)]
        for p in c.patterns:
            assert any(re.search(p, x) for x in labels), (c.id, p)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("营业收入", "revenue"),
        ("营业收入（元）", "revenue"),
        ("归属于上市公司股\n东的净利润", "np_parent"),
        ("归属于上市公司股东的扣除非经常性损益的净利润", "np_parent_recurring"),
        ("归属于上市公司股东的扣除非经常性损益后的净利润", "np_parent_recurring"),
        ("经营活动产生的现\n金流量净额", "ocf"),
        ("归属于上市公司股东的净资产", "equity_parent"),
        ("归属于上市公司股东的所有者权益（元）", "equity_parent"),
        ("总资产", "total_assets"),
        ("基本每股收益（元／股）", "eps_basic"),
        ("基 本 每 股 收 益（元/股）", "eps_basic"),
        ("稀释每股收益（元/\n股）", "eps_diluted"),
        ("扣除非经常性损益后的基本每股\n收益（元／股）", "eps_recurring"),
        ("加权平均净资产收益率（%）", "roe_weighted"),
        ("加权平均净\n资产收益率", "roe_weighted"),
        ("扣除非经常性损益后的加权平均\n净资产收益率（%）", "roe_weighted_recurring"),
        ("归属于上市公司股东的净利润_本报告期", "np_parent"),
        ("营业总收入", "total_revenue"),
        ("研发投入占营业收入的比例（%）", "rd_investment_ratio"),
    ],
)
def test_indicator_labels(label, expected):
    assert concept_for_label(label, "indicator") == expected


@pytest.mark.parametrize(
    ("label", "statement", "under", "expected"),
    [
        ("投资收益（损失以“－”号填列）", "income", None, "investment_income"),
        ("四、利润总额（亏损总额以“－”号\n填列）", "income", None, "total_profit"),
        ("1.持续经营净利润（净亏损以\n“－”号填列）", "income", None, "np_continuing"),
        ("1.归属于母公司股东的净利润\n（净亏损以“-”号填列）", "income", None, "np_parent"),
        ("（一）归属母公司所有者的其他综\n合收益的税后净额", "income", None, "oci_parent"),
        ("（一）基本每股收益(元/股)", "income", None, "eps_basic"),
        ("减：所得税费用", "income", None, "income_tax"),
        ("利息收入", "income", "finance_expense", "interest_income"),
        ("利息收入", "income", "total_revenue", "interest_income_fin"),
        ("利息收入", "income", None, "interest_income"),
        ("（7）其他", "income", "oci_reclassifiable", "oci_reclassifiable_other"),
        ("其他", "income", None, None),
        ("归属于母公司所有者权益\n（或股东权益）合计", "balance", None, "equity_parent"),
        ("实收资本（或股本）", "balance", None, "share_capital"),
        ("股本", "balance", None, "share_capital"),
        ("减：库存股", "balance", None, "treasury_shares"),
        ("其中：优先股", "balance", "bonds_payable", "bonds_payable_preferred"),
        ("其中：优先股", "balance", "other_equity_instruments", "other_equity_instruments_preferred"),
        ("其中：优先股", "balance", None, None),
        ("其中：数据资源", "balance", "inventory", "inventory_data_resources"),
        ("负债和所有者权益（或股东\n权益）总计", "balance", None, "total_liabilities_and_equity"),
        ("应收票据及应收账款", "balance", None, "notes_and_accounts_receivable"),
        ("支付给职工以及为职工支付的现金", "cashflow", None, "cash_paid_to_employees"),
        ("加：期初现金及现金等价物余\n额", "cashflow", None, "cash_beginning"),
        ("营业收入", "cashflow", None, None),
        ("本期费用化研发投入", "rd", None, "rd_expensed"),
        ("研发投入金额（元）", "rd", None, "rd_investment"),
        ("研发投入资本化的比重（%）", "rd", None, "rd_capitalized_ratio"),
        ("公司研发人员的数量", "rd", None, "rd_staff"),
        ("非流动性资产处置损益，包括已\n计提资产减值准备的冲销部分", "nonrecurring", None,
         "nr_disposal_of_noncurrent_assets"),
        ("非流动性资产处置损益（包括已计提资产减值准备的冲销部分）", "nonrecurring", None,
         "nr_disposal_of_noncurrent_assets"),
        ("计入当期损益的政府补助（与公司正常经营业务密切相关、符合国家政策\n规定）", "nonrecurring",
         None, "nr_government_grants"),
        ("除同公司正常经营业务相关的有效套期保值业务外，非金融企业持有金融\n资产和金融负债产生的"
         "公允价值变动损益以及处置金融资产和金融负债产生的损益", "nonrecurring", None,
         "nr_fair_value_changes"),
        ("减：所得税影响额", "nonrecurring", None, "nr_tax_effect"),
        ("少数股东权益影响额（税后）", "nonrecurring", None, "nr_minority_effect"),
        ("合计", "nonrecurring", None, "nonrecurring_total"),
        ("合计", "indicator", None, None),
    ],
)  # fmt: skip
def test_statement_labels(label, statement, under, expected):
    assert concept_for_label(label, statement, under) == expected


@pytest.mark.parametrize(
    ("label", "concept_id", "measure"),
    [
        ("营业收入", "revenue", "value"),
        ("营业成本", "operating_cost", "value"),
        ("毛利率\n（%）", "gross_margin", "value"),
        ("营业收入比\n上年增减\n（%）", "revenue", "change_pct"),
        ("营业成本\n比上年增\n减（%）", "operating_cost", "change_pct"),
        ("毛利率比上年增减（%）", "gross_margin", "change_pp"),
        ("毛利率比上年同期增减", "gross_margin", "change_pp"),
        ("营业收入比上年同期增减", "revenue", "change_pct"),
        ("占营业收入比重", "revenue_share", "value"),
    ],
)
def test_segment_headers(label, concept_id, measure):
    m = match_label(label, "segment")
    assert (m.concept, m.measure) == (concept_id, measure)


@pytest.mark.parametrize(
    ("label", "normal"),
    [
        ("加权平均净资产收益率（%）", "加权平均净资产收益率"),  # 加 is part of the word here
        ("加：营业外收入", "营业外收入"),
        ("（一）1.重新计量设定受益计划变动额", "重新计量设定受益计划变动额"),
        ("一、营业总收入", "营业总收入"),
        ("①其他", "其他"),
        ("基本每股收益（元／股）", "基本每股收益"),
        ("营业利润（亏损以“－”号填列）", "营业利润"),
        ("实收资本（或股本）", "实收资本"),
        ("１、营业收入", "营业收入"),
        ("一年内到期的非流动资产", "一年内到期的非流动资产"),
    ],
)
def test_normalize_label(label, normal):
    assert normalize_label(label) == normal


def test_timing():
    assert not concept("total_assets").is_flow and not concept("equity_parent").is_flow
    assert concept("revenue").is_flow and concept("np_parent_recurring").is_flow
    assert concept("ocf").is_flow and not concept("bps").is_flow


def test_headings():
    assert is_heading("流动资产：", "balance")
    assert is_heading("（一）按经营持续性分类", "income")
    assert is_heading("一、经营活动产生的现金流量：", "cashflow")
    assert not is_heading("经营活动产生的现金流量净额", "cashflow")
    assert not is_heading("货币资金", "balance")


# --- real reports -----------------------------------------------------------------------------

_AMOUNT = re.compile(r"(?:^|\s)-?\d[\d,]*\.\d{2,4}(?=\s|$)")
_NOTE = re.compile(r"(?:^|\s)(?:[一二三四五六七八九十]+、\s?\d*|附注\S*)(?=\s|$)")
_TITLE = re.compile(r"^(?:\d+、)?(合并|母公司)?(?:年初到报告期末)?(资产负债表|利润表|现金流量表)$")
_SKIP = re.compile(
    r"^(?:\d+(?: / \d+)?|项目.*|单位.*|编制单位.*|公司负责人.*|法定代表人.*|.*报告.*|\d{4}.*)$"
)


def _label_part(line: str) -> tuple[str, bool]:
    """The label printed on a line, and whether a figure or a note follows it."""
    cut = min((m.start() for m in (_AMOUNT.search(line), _NOTE.search(line)) if m), default=None)
    return (line if cut is None else line[:cut]).strip(), cut is not None


def statement_rows(pdf):
    """(statement, label, concept) for each row of the consolidated statements. A label wraps
    over lines until a figure follows it, it is a heading, or it is complete and the next line
    does not continue it; ``under`` is the list of the concepts read so far."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    lines = [
        ln.strip()
        for i in range(len(doc))
        for ln in doc[i].get_textpage().get_text_range().splitlines()
    ]
    statement, pending, seen, rows = None, "", [], []
    for n, line in enumerate(lines):
        compact = line.replace(" ", "")
        if re.match(r"^(?:\d+、)?合并所有者权益变动表$", compact):
            return rows
        title = _TITLE.match(compact)
        if title:  # the parent-company statements (母公司) are not read here
            statement = (
                None
                if title[1] == "母公司"
                else {"资产负债表": "balance", "利润表": "income"}.get(title[2], "cashflow")
            )
            pending, seen = "", []
            continue
        if statement is None or not line or _SKIP.match(line):
            continue
        part, has_figure = _label_part(line)
        label = pending + part
        if not has_figure and not is_heading(label, statement):
            following = _label_part(lines[n + 1])[0] if n + 1 < len(lines) else ""
            numbered = re.match(r"^[（(][一二三四五六七八九十\d]+[）)]", following)
            wraps = following.startswith(("（", "(", "合计", "总计", "额", "填列")) and not numbered
            continues = wraps or (
                following and concept_for_label(label + following, statement, seen)
            )
            if continues or concept_for_label(label, statement, seen) is None:
                pending = label
                continue
        pending = ""
        if is_heading(label, statement) or not normalize_label(label):
            continue
        cid = concept_for_label(label, statement, seen)
        rows.append((statement, label, cid))
        if cid:
            seen.append(cid)
    return rows


@pytest.mark.parametrize(
    "name", ["600080/600080_20250425_LXGH.pdf", "000999/华润三九：2025年一季度报告.pdf"]
)
def test_real_statement_labels_are_in_the_chart(corpus, name):
    rows = statement_rows(corpus / "cn" / name)
    found = {cid for _, _, cid in rows if cid}
    for cid in ("revenue", "total_assets", "equity_parent", "np_parent", "ocf", "cash_from_sales"):
        assert cid in found, cid
    missing = [(s, label) for s, label, cid in rows if cid is None]
    assert len(rows) > 150
    assert len(missing) <= 0.02 * len(rows), missing
