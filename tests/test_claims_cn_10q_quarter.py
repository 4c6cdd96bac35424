"""A Chinese story on a US company's 10-Q (提交了10-Q文件): the filing of one quarter counts for
the single quarter the story names, as an English one's does, though Chinese characters stand
right next to it. Made up."""

from __future__ import annotations

from datetime import date

from caibao.claims.article_periods import main_period
from caibao.periods import Period

DAY = date(2009, 8, 1)


def test_a_chinese_10q_mention_votes_for_the_quarter():
    text = (
        "某公司Q2：营收下降，现金流走强\n\n某网 | 2009年8月1日\n\n"
        "公司7月31日向美国证监会提交了10-Q文件。二季度营收同比下降8%。"
        "上半年经营现金流增长24%。上半年资本开支增长。二季度毛利率下降。\n\n"
        "| 项目 | 2009年上半年 | 2008年上半年 |\n| 营业收入 | 47.39 | 52.64 |\n\n"
        "数据来源：公司10-Q文件。上半年回购股票。"
    )
    assert main_period(text, DAY)[0] == Period.parse("2009Q2")
