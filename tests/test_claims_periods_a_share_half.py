"""An English story on an A-share company's half-year report that dwells on its second quarter:
the half is the story's period (the company reports no quarter of its own), and a period named
in an "as" clause after a figure is that clause's, not the figure's."""

from datetime import date

from caibao.claims.article_periods import main_period
from caibao.periods import Period
from claim_periods import periods

_STORY = (
    "Acme Pharma Profit Jumps 28% as Second Quarter Accelerates\n\n"
    "- Second-quarter net income surges even as sales growth stalls\n\n"
    "Acme Pharma reported a 28% jump in first-half profit, the company said in its interim "
    "report. The second quarter did the heavy lifting: sales in the three months to June 30 were "
    "flat.\n\nKEY FIGURES\n\n- Operating cash flow increased 33% to 2.36 billion yuan\n"
)


def test_an_a_share_half_year_story_on_its_second_quarter_reports_the_half():
    assert main_period(_STORY, date(2024, 8, 24), single_q4=False)[0] == Period.h1(2024)
    # a US filer's quarterly story keeps its quarter
    assert main_period(_STORY, date(2024, 8, 24))[0] == Period.q(2024, 2)
    got = periods(_STORY, date(2024, 8, 24))
    assert ("2.36 billion yuan", "2024H1") in got


def test_a_period_in_an_as_clause_after_the_figure_is_not_the_figures():
    got = periods(_STORY, date(2024, 8, 24))
    assert ("28%", "2024H1") in got[:1]
    # "as expected in": the figure's own period still
    got = periods(
        "Acme Pharma's revenue rose 5% as expected in the first quarter.", date(2024, 5, 2)
    )
    assert got == [("5%", "2024Q1")]


def test_a_sentence_set_against_the_one_before_leaves_the_period_discussed():
    got = periods(
        "Acme Pharma reported first-half results.\n\nSales in the three months to June 30 were "
        "about 6.81 billion yuan. That compares with growth of 14.8% in the first three months. "
        "Net income in the quarter, however, jumped 42% to 1.03 billion yuan.",
        date(2024, 8, 24),
    )
    assert ("14.8%", "2024Q1") in got
    assert ("42%", "2024Q2") in got and ("1.03 billion yuan", "2024Q2") in got
