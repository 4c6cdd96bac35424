"""The PDF layer on real reports: ruled rows, joined multi-line labels, spanning headers."""

from __future__ import annotations

import pytest

from caibao.documents import PdfFile, header_text, page_rows


def _rows(path, page):
    with PdfFile(path) as pdf:
        return page_rows(pdf.layout(page))


def _row_starting(rows, label):
    return next(r for r in rows if r.cells and r.cells[0].text == label)


def test_multi_line_labels_come_back_as_one_cell(corpus):
    rows = _rows(corpus / "cn/600080/600080_20250425_LXGH.pdf", 6)
    row = _row_starting(rows, "归属于上市公司股东的扣除非经常性损益的净利润")
    assert row.texts[1:] == ["13,774,886.74", "3,004,719.15", "358.44", "3,812,957.81"]
    roe = _row_starting(rows, "加权平均净资产收益率(%)")
    assert roe.texts[3] == "增加7.37个百分点"


def test_spanning_headers_name_each_restated_column(corpus):
    rows = _rows(corpus / "cn/000999/华润三九：2024年年度报告摘要.pdf", 3)
    i = next(i for i, r in enumerate(rows) if r.cells and r.cells[0].text == "营业收入")
    header_rows = rows[i - 2 : i]
    cells = rows[i].cells[1:]
    headers = [header_text(header_rows, c) for c in cells]
    assert headers == [
        "2024年",
        "2023年调整前",
        "2023年调整后",
        "本年比上年增减调整后",
        "2022年调整前",
        "2022年调整后",
    ]


def test_single_quarter_and_year_to_date_columns(corpus):
    rows = _rows(corpus / "cn/000999/华润三九：2024年三季度报告.pdf", 1)
    i = next(i for i, r in enumerate(rows) if r.cells and r.cells[0].text == "营业收入(元)")
    headers = [header_text([rows[i - 1]], c) for c in rows[i].cells[1:]]
    assert headers == [
        "本报告期",
        "本报告期比上年同期增减",
        "年初至报告期末",
        "年初至报告期末比上年同期增减",
    ]
    assert rows[i].texts[1] == "5,634,274,230.28"


def test_page_text_is_cheap_and_complete(corpus):
    with PdfFile(corpus / "cn/600080/600080_20250425_LXGH.pdf") as pdf:
        assert pdf.page_count == 189
        assert "合并资产负债表" in "".join(pdf.texts)


@pytest.mark.parametrize("data", [b"", b"hello", b"%PDF-1.7\n1 0 obj\n<<"])
def test_unreadable_bytes_raise_input_errors(data, tmp_path):
    from caibao.errors import InputError

    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        PdfFile(path)
    assert str(path) in str(info.value)


def _grid_pdf(path, rows, stroked_cells=True):
    """A small table drawn as stroked cell rectangles (as some PDF producers do)."""
    import matplotlib

    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = plt.figure(figsize=(6, 3))
        ax = fig.add_axes([0, 0, 1, 1])
        ax.set_xlim(0, 600)
        ax.set_ylim(0, 300)
        ax.axis("off")
        y = 250
        for cells in rows:
            for x0, width, text in zip((20, 220, 370), (200, 150, 150), cells, strict=True):
                if stroked_cells:
                    ax.add_patch(Rectangle((x0, y - 40), width, 40, fill=False, linewidth=0.8))
                ax.text(x0 + 5, y - 25, text, fontsize=10)
            y -= 40
        fig.savefig(path)
        plt.close(fig)


def test_cells_drawn_as_stroked_rectangles_are_ruled(tmp_path):
    path = tmp_path / "grid.pdf"
    table = [("Item", "2024", "2023"), ("Net profit", "(12.50)", "7.25")]
    _grid_pdf(path, table)
    with PdfFile(path) as pdf:
        rows = page_rows(pdf.layout(1))
    assert [r.texts for r in rows] == [list(t) for t in table]
    assert all(r.ruled for r in rows)


def test_unruled_rows_split_cells_at_wide_gaps(tmp_path):
    path = tmp_path / "plain.pdf"
    table = [("Item", "2024", "2023"), ("Revenue", "1,234.56", "1,000.00")]
    _grid_pdf(path, table, stroked_cells=False)
    with PdfFile(path) as pdf:
        rows = page_rows(pdf.layout(1))
    assert [r.texts for r in rows] == [list(t) for t in table]
    assert not any(r.ruled for r in rows)
