"""A Chinese headline's parts stand apart at the spaces between them, also where the next part
starts with a Latin name: the segment of the first part is no segment of the second."""

from __future__ import annotations

from caibao.claims.clauses import split_sentences


def _parts(text: str) -> list[str]:
    return [m.group() for m in split_sentences(text, headline=True)]


def test_a_part_starting_with_a_latin_name():
    text = "固网业务持续流失 Acme二季度净利逆势增长18%"
    assert _parts(text) == ["固网业务持续流失", "Acme二季度净利逆势增长18%"]


def test_a_latin_word_inside_a_part_does_not_split():
    assert _parts("苹果 iPhone销量增长20%") == ["苹果 iPhone销量增长20%"]
    assert _parts("骨科类产品贡献八成营收 第四季度单季盈利4384万元") == [
        "骨科类产品贡献八成营收",
        "第四季度单季盈利4384万元",
    ]
