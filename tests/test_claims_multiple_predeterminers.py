"""A multiple said before its base (more than triple the level at year-end, quadruple that of
2007): a multiple of the level, like double and twice."""

from datetime import date

from caibao.claims.extract import extract_claims


def test_triple_and_quadruple_before_their_base_are_multiples_of_the_level():
    text = "Net cash stood at $900 million, more than triple the level at the end of last year."
    got = [(c.printed, c.concept, c.measure, c.value, c.qualifier)
           for c in extract_claims(text, "X", date(2009, 8, 10))]  # fmt: skip
    assert ("triple", "cash", "times", 3, "more_than") in got
    text = "Orders reached $2.2 billion, quadruple that of 2007."
    got = [(c.printed, c.measure, c.value) for c in extract_claims(text, "X", date(2009, 2, 10))]
    assert ("quadruple", "times", 4) in got
    # tripled is a change (+200%), and a triple-digit rise no multiple
    assert not any(
        c.measure == "times"
        for c in extract_claims("Sales posted a triple-digit rise.", "X", date(2009, 2, 10))
    )
