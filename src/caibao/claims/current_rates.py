"""A rate said as the one now in force: "The quarterly dividend is now 15 cents", after a cut
declared late in the period. The reports give the period's dividend (paid or declared in it),
which is the rate before the change the sentence announces, so a difference proves nothing
(words and concepts: ``verify.toml`` [current_rate])."""

from __future__ import annotations

import re
from functools import cache

from .model import CONTRADICTED, UNVERIFIABLE, VALUE, Claim, Verdict, verify_data


@cache
def _data() -> tuple[frozenset[str], re.Pattern]:
    data = verify_data()["current_rate"]
    words = "|".join(re.escape(w) for w in data["words"])
    return frozenset(data["concepts"]), re.compile(rf"(?<![A-Za-z])(?:{words})(?![A-Za-z])", re.I)


def said_as_current(claim: Claim, verdict: Verdict) -> Verdict:
    """A contradicted level of a rate named as the one now in force, unverifiable instead."""
    if verdict.verdict != CONTRADICTED or claim.measure != VALUE or not claim.printed:
        return verdict
    concepts, now = _data()
    if claim.concept not in concepts:
        return verdict
    at = claim.quote.find(claim.printed)
    if at <= 0 or now.search(claim.quote, 0, at) is None:
        return verdict
    return Verdict(
        UNVERIFIABLE,
        "The rate said to be in force now may have been set after the period; the reports give "
        f"the period's own ({verdict.reason})",
        verdict.expected,
        verdict.sources,
    )
