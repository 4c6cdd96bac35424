"""Report identification: company, kind and period from the cover text, never the file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from caibao.documents import PdfFile, identify
from caibao.errors import UnsupportedReportError

# file (under corpus/cn) → (code, kind, period): read off each cover by hand.
CORPUS_COVERS = {
    "000999/华润三九：2022年年度报告摘要.pdf": ("000999", "annual_summary", "2022FY"),
    "000999/华润三九：2023年一季度报告.pdf": ("000999", "q1", "2023Q1"),
    "000999/华润三九：2023年三季度报告.pdf": ("000999", "q3", "2023Q1-Q3"),
    "000999/华润三九：2023年半年度报告摘要.pdf": ("000999", "half_summary", "2023H1"),
    "000999/华润三九：2023年年度报告摘要.pdf": ("000999", "annual_summary", "2023FY"),
    "000999/华润三九：2024年一季度报告.pdf": ("000999", "q1", "2024Q1"),
    "000999/华润三九：2024年三季度报告.pdf": ("000999", "q3", "2024Q1-Q3"),
    "000999/华润三九：2024年半年度报告摘要.pdf": ("000999", "half_summary", "2024H1"),
    "000999/华润三九：2024年年度报告摘要.pdf": ("000999", "annual_summary", "2024FY"),
    "000999/华润三九：2025年一季度报告.pdf": ("000999", "q1", "2025Q1"),
    "000999/华润三九：2025年半年度报告摘要.pdf": ("000999", "half_summary", "2025H1"),
    "600080/600080_20230428_FQ2V.pdf": ("600080", "annual_summary", "2022FY"),
    "600080/600080_20230428_MMWM.pdf": ("600080", "annual", "2022FY"),
    "600080/600080_20230428_PCK7.pdf": ("600080", "q1", "2023Q1"),
    "600080/600080_20230819_DNUE.pdf": ("600080", "half_summary", "2023H1"),
    "600080/600080_20230819_U8CH.pdf": ("600080", "half", "2023H1"),
    "600080/600080_20231028_F42E.pdf": ("600080", "q3", "2023Q1-Q3"),
    "600080/600080_20240427_IBMB.pdf": ("600080", "q1", "2024Q1"),
    "600080/600080_20240427_W39O.pdf": ("600080", "annual_summary", "2023FY"),
    "600080/600080_20240817_5X5X.pdf": ("600080", "half", "2024H1"),
    "600080/600080_20240817_6AW9.pdf": ("600080", "half_summary", "2024H1"),
    "600080/600080_20241030_XN72.pdf": ("600080", "q3", "2024Q1-Q3"),
    "600080/600080_20250425_6GSD.pdf": ("600080", "q1", "2025Q1"),
    "600080/600080_20250425_LXGH.pdf": ("600080", "annual", "2024FY"),
    "600080/600080_20250425_P7ID.pdf": ("600080", "annual_summary", "2024FY"),
    "600080/600080_20250822_ABVM.pdf": ("600080", "half_summary", "2025H1"),
    "600080/600080_20250822_ODWZ.pdf": ("600080", "half", "2025H1"),
    "600080/600080_20251030_IVCB.pdf": ("600080", "q3", "2025Q1-Q3"),
}
NAMES = {
    "000999": ("华润三九", "华润三九医药股份有限公司"),
    "600080": ("金花股份", "金花企业（集团）股份有限公司"),
}


def test_every_corpus_pdf_is_listed(corpus: Path) -> None:
    on_disk = {str(p.relative_to(corpus / "cn")) for p in (corpus / "cn").glob("*/*.pdf")}
    assert on_disk == set(CORPUS_COVERS)


@pytest.mark.parametrize("file", sorted(CORPUS_COVERS))
def test_corpus_cover(file: str, corpus: Path) -> None:
    code, kind, period = CORPUS_COVERS[file]
    with PdfFile(corpus / "cn" / file) as pdf:
        ident = identify(file, pdf.texts[:3], "\n".join(pdf.texts))
    assert (ident.code, ident.kind, ident.period) == (code, kind, period)
    assert (ident.short_name, ident.full_name) == NAMES[code]
    assert ident.exchange == ("SSE" if code.startswith("6") else "SZSE")


@pytest.mark.parametrize(
    ("cover", "expected"),
    [
        (
            "证券代码：600080 证券简称：金花股份 公告编号：2025-031\n"
            "金花企业（集团）股份有限公司\n2025 年第一季度报告",
            ("600080", "金花股份", "金花企业（集团）股份有限公司", "q1", "2025Q1"),
        ),
        (
            "A股代码：601607 A股简称：上海医药\n上海医药集团股份有限公司\n2024 年半年度报告摘要",
            ("601607", "上海医药", "上海医药集团股份有限公司", "half_summary", "2024H1"),
        ),
        (
            "股票代码：300750 股票简称：宁德时代\n宁德时代新能源科技股份有限公司 2023 年年度报告",
            ("300750", "宁德时代", "宁德时代新能源科技股份有限公司", "annual", "2023FY"),
        ),
        (
            "公司代码：688981\n公司简称：中芯国际\n中芯国际集成电路制造有限公司\n二〇二四年年度报告",
            ("688981", "中芯国际", "中芯国际集成电路制造有限公司", "annual", "2024FY"),
        ),
        (
            "证券代码：000001 证券简称：示例公司\n示例股份有限公司\n2025年第三季度报告",
            ("000001", "示例公司", "示例股份有限公司", "q3", "2025Q1-Q3"),
        ),
        (
            "证券代码：002001 证券简称：示例B\n示例股份有限公司\n2024 年中期报告",
            ("002001", "示例B", "示例股份有限公司", "half", "2024H1"),
        ),
    ],
)
def test_cover_variants(cover: str, expected: tuple) -> None:
    ident = identify("cover.pdf", [cover])
    assert (ident.code, ident.short_name, ident.full_name, ident.kind, ident.period) == expected


def test_a_summary_is_not_taken_for_the_full_report() -> None:
    cover = (
        "公司代码：600080 公司简称：金花股份\n金花企业（集团）股份有限公司\n2024 年年度报告摘要\n"
        "本年度报告摘要来自年度报告全文"
    )
    assert identify("x.pdf", [cover]).kind == "annual_summary"


def test_no_code_and_no_title_are_unsupported() -> None:
    with pytest.raises(UnsupportedReportError, match="company code"):
        identify("x.pdf", ["示例股份有限公司 2024 年年度报告"])
    with pytest.raises(UnsupportedReportError, match="report title"):
        identify("x.pdf", ["证券代码：000001 证券简称：示例 关于召开股东大会的通知"])


def test_a_bank_report_is_unsupported() -> None:
    cover = "证券代码：000001 证券简称：平安银行\n平安银行股份有限公司\n2024 年年度报告"
    body = cover + "\n不良贷款率 1.06% 拨备覆盖率 250% 资本充足率 13%"
    with pytest.raises(UnsupportedReportError, match="bank"):
        identify("bank.pdf", [cover], body)
