"""What the extractor reads from an article's figures (their periods, concepts, measures), for the
claims tests. Each reader reads a made-up company's article (ACME) as of a fixed day."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon

# a US company's segments as its store names them
SEGMENTS = ("North America", "International", "Cloud", "Advertising services", "Other")
# a lexicon naming the article's company
ACME_FOODS = Lexicon({"Acme Foods": "ACME"})


def periods(text, reference, shift=0):
    """(printed figure, period) of every claim of ``text`` read as of ``reference``; ``shift``:
    the months the company's fiscal year ends before December."""
    claims = extract_claims(text, "600000", reference, fiscal_shift=shift)
    return [(c.printed, c.period) for c in claims]


def segment_claims(text, segments=SEGMENTS):
    """The claims of ``text`` read on 10 February 2024, against the store's ``segments``."""
    return extract_claims(text, "ACME", date(2024, 2, 10), segments=segments)


def concept_measure_value_unit_qualifier(text, **kw):
    """(concept, measure, value, unit, qualifier) of each claim read on 10 February 2024."""
    return [(c.concept, c.measure, c.value, c.unit, c.qualifier) for c in segment_claims(text, ())]


def concept_segment_value(text, segments=()):
    """(concept, segment, value) of each claim read on 20 April 2024."""
    return [
        (c.concept, c.segment, c.value)
        for c in extract_claims(text, "ACME", date(2024, 4, 20), segments=segments)
    ]


def concept_measure_value(text):
    """(concept, measure, value) of each claim read on 20 April 2024."""
    return [
        (c.concept, c.measure, c.value) for c in extract_claims(text, "ACME", date(2024, 4, 20))
    ]


def concept_measure_value_qualifier(text):
    """(concept, measure, value, qualifier) of each claim read on 20 April 2024."""
    return [
        (c.concept, c.measure, c.value, c.qualifier)
        for c in extract_claims(text, "ACME", date(2024, 4, 20))
    ]


def acme_foods_claims(text: str):
    """(concept, measure, value) of each claim read on 20 August 2024, Acme Foods named."""
    return [
        (c.concept, c.measure, c.value)
        for c in extract_claims(text, "ACME", date(2024, 8, 20), ACME_FOODS)
    ]
