"""cninfo's main indicators (getMainIndicators): every F-code with a concept becomes a fact in the
concept's unit, and the codes whose meaning is not confirmed stay out."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from caibao.concepts import accounts
from caibao.metrics.definitions import definitions
from caibao.model import CHANGE_PCT, VALUE
from caibao.sources.cninfo import answer_specs, read_cninfo

_API = "/financialData/getMainIndicators"


@pytest.fixture(scope="module")
def indicators(corpus):
    return read_cninfo(corpus / "cn" / "000002-cninfo" / "main_indicators.json")


def _fact(reading, concept, period, measure=VALUE):
    found = [
        f for f in reading.facts if (f.concept, f.period, f.measure) == (concept, period, measure)
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("concept", "period", "measure", "value", "unit", "code"),
    [
        ("gross_margin", "2024FY", VALUE, "10.17", "%", "F078N"),
        ("gross_margin", "2023FY", VALUE, "15.23", "%", "F078N"),
        ("eps_basic", "2024FY", VALUE, "-4.1734", "CNY/share", "F004N"),
        ("eps_basic", "2025H1", VALUE, "-1.0075", "CNY/share", "F004N"),
        ("bps", "2024-12-31", VALUE, "16.987", "CNY/share", "F008N"),
        ("roe_weighted", "2023FY", VALUE, "4.91", "%", "F067N"),
        ("net_margin", "2024FY", VALUE, "-14.418", "%", "F017N"),
        ("operating_margin", "2025Q1", VALUE, "-17.531", "%", "F011N"),
        ("quick_ratio", "2025-09-30", VALUE, "0.6", "times", "F043N"),
        ("current_ratio", "2024-12-31", VALUE, "1.276", "times", "F042N"),
        ("debt_ratio", "2024-12-31", VALUE, "73.656", "%", "F041N"),
        ("operating_profit", "2024FY", CHANGE_PCT, "-256.038", "%", "F058N"),
        ("total_revenue", "2025Q1-Q3", CHANGE_PCT, "-26.607", "%", "F052N"),
    ],
)
def test_indicator_fields_become_facts(indicators, concept, period, measure, value, unit, code):
    fact = _fact(indicators, concept, period, measure)
    assert (fact.value, fact.unit, fact.segment) == (Decimal(value), unit, None)
    assert (fact.source.row_label, fact.source.table, fact.source.page) == (code, _API, None)
    assert fact.source.text == value and fact.source.sha256 == indicators.document.sha256


def test_null_indicator_is_no_fact(indicators):
    # F058N is null for 2025H1 (cninfo printed no growth): nothing is stored for it.
    assert not [
        f
        for f in indicators.facts
        if (f.concept, f.period, f.measure) == ("operating_profit", "2025H1", CHANGE_PCT)
    ]


def test_unconfirmed_codes_stay_out(indicators):
    codes = {f.source.row_label for f in indicators.facts}
    assert codes.isdisjoint({"F010N", "F016N", "F022N", "F023N", "F025N", "F026N", "F029N"})
    assert "F054N" not in codes


def test_every_mapped_field_names_a_known_concept_in_its_unit():
    known = accounts()
    metric_ids = definitions()
    for code, meaning in answer_specs()[_API]["fields"].items():
        concept = meaning["concept"]
        assert concept in known or concept in metric_ids, (code, concept)
        if meaning.get("measure", VALUE) == VALUE:
            expected = known[concept].unit if concept in known else metric_ids[concept].unit
            assert meaning["unit"] == expected, (code, concept)
        else:
            assert meaning["unit"] == "%", code
        # A balance at a date carries a date period; a flow a span.
        if concept in known and meaning.get("measure", VALUE) == VALUE:
            wants_date = not known[concept].is_flow
            assert (meaning.get("periods") == "date") == wants_date, (code, concept)


def test_fact_count_follows_the_answer(corpus, indicators):
    """One fact per mapped field and record that is not null."""
    doc = json.loads((corpus / "cn" / "000002-cninfo" / "main_indicators.json").read_text())
    fields = answer_specs()[_API]["fields"]
    rows = [row for rec in doc["data"]["records"] for rows in rec.values() for row in rows]
    expected = sum(1 for row in rows for code in fields if row.get(code) is not None)
    assert len(indicators.facts) == expected
