"""A figure after a forecast's label and a colon ("(consensus: $2.12)", "Street estimate: 33
cents") is that forecast, not a reported figure (claims/forecasts.py)."""

from caibao.claims.forecasts import is_forecast


def _forecast(s: str, figure: str) -> bool:
    a = s.index(figure)
    clause = s.rfind(":", 0, a) + 1
    return is_forecast(s, clause, a, a + len(figure), None)


def test_a_figure_after_a_forecast_label():
    assert _forecast("We lift our 2009E EPS to $2.05 from $1.90 (consensus: $2.12).", "$2.12")
    assert _forecast("Street estimate: 33 cents a share.", "33 cents")
    assert not _forecast("Net income: $2.12 a share.", "$2.12")
