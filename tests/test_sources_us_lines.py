"""Lines US filers print that the press quotes: the words that name them find the figures the
SEC sources keep (fuel, salaries and benefits, total operating expenses, product and services
revenue, interest expense, cash provided by operating activities)."""

import pytest

from caibao.claims.lexicon import Lexicon
from caibao.concepts import accounts
from caibao.sources.us_gaap import mapping


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon()


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("The airline's fuel expense dropped by a third", "fuel_cost"),
        ("燃料成本同比下降三成", "fuel_cost"),
        ("Salaries and benefits climbed 4% to $1.2 billion", "staff_cost"),
        ("人工成本占比上升", "staff_cost"),
        ("Total costs and expenses were $5.1 billion", "total_operating_costs"),
        ("营业成本费用合计下降12%", "total_operating_costs"),
        ("Service revenues rose 9%", "sales_services"),
        ("Product revenues fell 12%", "sales_goods"),
        ("Interest expenses halved", "interest_expense"),
        ("经营活动所提供的现金为2.1亿美元", "ocf"),
        ("Cash generated from operating activities rose", "ocf"),
        ("Earnings left to minority partners rose to $12 million", "minority_profit"),
        (
            "Non-controlling interests' share of the quarter's profit was $9 million",
            "minority_profit",
        ),
    ],
)
def test_words_name_the_lines(lexicon, sentence, concept):
    found = [lexicon.metric_words[m.group().lower()] for m in lexicon.metrics_re.finditer(sentence)]
    assert found and max(found, key=lambda w: len(w.text)).concept == concept


def test_every_new_line_is_a_known_and_mapped_concept():
    chart, rules = accounts(), mapping().rules
    for concept in ("fuel_cost", "staff_cost", "cost_goods", "cost_services"):
        assert concept in chart and rules[concept].elements
