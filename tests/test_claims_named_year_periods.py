"""The year-ago period named by its year (in the 2008 period, versus X in the 2008 quarter), a
figure compared by its name alone (compared with net income of X) and a change named as a noun
before its rate (a gain of 19%), in a story on a quarter or a half."""

from datetime import date

from caibao.claims.extract import extract_claims


def _claims(text: str) -> dict[str, tuple]:
    claims = extract_claims(text, "X", date(2009, 8, 11))
    return {c.printed: (c.concept, c.period, c.measure) for c in claims}


def test_the_period_named_by_an_earlier_year_is_the_period_discussed_in_that_year():
    text = (
        "The bank reported second-quarter results. It earned $882 million in the three months "
        "ended June 30. In the 2008 period, the bank lost 37 cents per share. Net interest "
        "income rose 13 percent to $831 million."
    )
    got = _claims(text)
    assert got["37 cents"][1] == "2008Q2"
    assert got["$831 million"][1] == "2009Q2"  # (the period discussed goes on as before)


def test_a_figure_followed_by_the_year_named_period_is_of_that_period():
    text = (
        "The producer swung to a second-quarter loss. It booked an operating loss of $490 "
        "million versus operating income of $394 million in the 2008 period."
    )
    got = _claims(text)
    assert got["$490 million"][1] == "2009Q2"
    assert got["$394 million"][1] == "2008Q2"


def test_a_figure_compared_by_its_name_alone_is_the_year_before():
    text = (
        "The producer swung to a second-quarter loss. For the first half, it lost $564 "
        "million, or $1.12 a share, compared with net income of $309 million, or 65 cents a "
        "share. Six-month revenue fell 42% to $3.34 billion."
    )
    got = _claims(text)
    assert got["$564 million"][1] == "2009H1"
    assert got["$309 million"][1] == "2008H1"
    assert got["65 cents"][1] == "2008H1"
    assert got["$3.34 billion"][1] == "2009H1"


def test_a_change_named_as_a_noun_before_its_rate_is_the_change_of_the_figure_before():
    text = (
        "The lab reported second-quarter results. For the first half, diluted EPS rose to "
        "$1.88 from $1.53, a gain of 19%. It also booked a gain of $40 million on a sale."
    )
    got = _claims(text)
    assert got["19%"] == ("eps_diluted", "2009H1", "change_pct")
    assert got["$40 million"][0] != "eps_diluted"
