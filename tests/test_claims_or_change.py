"""A rate in apposition to the amount a figure changed by (fell $142 million, or 6.2%) is the
change in percent, with the amount's sign; a rate after a level (or 6.2% of sales) stays a share."""

from claim_periods import concept_measure_value


def test_the_rate_after_an_amount_of_change_is_the_change():
    got = concept_measure_value("Net sales fell $142 million, or 6.2%, while costs held.")
    assert got[1][:2] == ("revenue", "change_pct") and got[1][2] < 0
    got = concept_measure_value("Revenue rose $142 million, or 6.2%.")
    assert got[1][1] == "change_pct" and got[1][2] > 0


def test_the_rate_after_a_level_is_no_change():
    got = concept_measure_value("Revenue was $142 million, or 6.2% of sales.")
    assert got[1][1] != "change_pct"
