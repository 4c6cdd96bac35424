"""More of the names the press gives US filers' lines: income from equity affiliates (the
equity-method line), spending on plant and equipment (capital expenditures), and a filer's own
OTTI line printed with the abbreviation. Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.sources.us_gaap import label_key, mapping


def _concepts(text: str) -> dict[str, str | None]:
    return {c.printed: c.concept for c in extract_claims(text, "ACME", date(2009, 8, 3))}


def test_income_from_equity_affiliates_is_the_equity_method_line():
    got = _concepts("Income from equity affiliates slid to $28.5 million from $46.5 million.")
    assert got["$28.5 million"] == "investment_income_associates"
    assert got["$46.5 million"] == "investment_income_associates"


def test_spending_on_plant_and_equipment_is_capital_expenditure():
    got = _concepts("Spending on plant and equipment climbed 14 percent to $899.3 million.")
    assert got["$899.3 million"] == "capex"
    assert got["14 percent"] == "capex"


def test_a_net_otti_line_is_the_impairments_charged_to_earnings():
    key = ("IS", label_key("Net OTTI losses recognized in earnings"))
    assert mapping().label_fallbacks[key] == "securities_impairments"


def test_a_margin_on_net_revenues_is_the_margin_not_the_revenue():
    got = _concepts(
        "Pretax income fell by half to $115 million, and the pretax margin on net revenues "
        "narrowed to 6.1 percent from 11.8 percent."
    )
    assert got["6.1 percent"] == "total_profit/revenue"
    assert got["11.8 percent"] == "total_profit/revenue"


def test_a_cause_opened_by_a_plurals_possessive_names_no_metric():
    got = _concepts(
        "Revenue fell 5% to $1.88 billion. Fees, the company's biggest revenue source, fell "
        "22 percent to $660 million as clients' account balances shrank."
    )
    assert got["22 percent"] != "kpi_customers"
    assert got["$660 million"] != "kpi_customers"


def test_a_charge_is_what_it_is_for():
    got = _concepts(
        "The quarter included a $124 million charge for the company's global cost reduction "
        "plan, and a $22.2 million charge related to a customer's bankruptcy. The cost "
        "reduction charges totaled $298.2 million."
    )
    assert got["$124 million"] == "restructuring_charges"
    assert got["$22.2 million"] is None
    assert got["$298.2 million"] == "restructuring_charges"


def test_a_line_named_with_a_possessive_after_a_charge_for_it():
    from caibao.claims.printed_lines import _GAP, LineNames

    names = LineNames([("Customer bankruptcy", "filer_line", "Customer bankruptcy")])
    text = "a $22.2 million charge related to a customer's bankruptcy."
    spans = names.named(text)
    assert [text[a:b] for a, b, _ in spans] == ["customer's bankruptcy"]
    assert _GAP.fullmatch(text[len("a $22.2 million") : spans[0][0]])


def test_claims_costs_are_an_insurers_benefits_and_claims():
    got = _concepts("Acme said profit fell 55 percent and claims costs almost doubled.")
    assert got["doubled"] == "medical_costs"
