"""The periods the extractor gives an article's figures, for the period tests."""

from __future__ import annotations

from caibao.claims.extract import extract_claims


def periods(text, reference, shift=0):
    """(printed figure, period) of every claim of ``text`` read as of ``reference``; ``shift``:
    the months the company's fiscal year ends before December."""
    claims = extract_claims(text, "600000", reference, fiscal_shift=shift)
    return [(c.printed, c.period) for c in claims]
