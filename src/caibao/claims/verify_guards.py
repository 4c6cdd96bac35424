"""What a claim's own words settle in ``claims.verify`` before any figure is looked up: a bound
said on a number in words (more than doubled, 超过翻倍) is exact, and a US filer's per-share
figure called adjusted or non-GAAP right before it (or after a lead clause that takes items out)
is one the filing does not carry (words: ``lexicon.toml`` [qualifiers], ``verify.toml`` [non_gaap]).

Takes a ``Claim`` (and the article's claims, with its text); gives the claim with a bound said in
words made exact (``_strict_bound``) and whether it is an adjusted figure (``_non_gaap``).
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from functools import cache
from importlib import resources

from .model import (
    CHANGE_PCT,
    CHANGE_QOQ_PCT,
    Claim,
    verify_data,
)

# (compiled once: these run for every claim)


def _strict_bound(claim: Claim) -> Claim:
    """A bound said on a number in words (more than doubled, down by more than a third, 超过翻倍)
    is exact: "more than doubled" is above +100%, and +95.7% has not doubled; -31.9% is not
    down by more than a third. The word's usual slack (doubled: about +100%) is for the word
    alone; a bound the word carries itself (腰斩: down by about half) keeps it."""
    if (
        claim.qualifier not in ("more_than", "less_than")
        or claim.measure not in (CHANGE_PCT, CHANGE_QOQ_PCT)
        or not claim.printed
        or any(ch.isdigit() for ch in claim.printed)
    ):
        return claim
    at = claim.quote.rfind(claim.printed)
    before = claim.quote[:at].rstrip().lower() if at > 0 else ""
    if not before.endswith(_bound_words()[claim.qualifier]):
        return claim
    return claim.with_(precision=Decimal(0))


# per-share earnings a US filer's release adjusts (its 10-Q prints only the GAAP figures)
_NON_GAAP_CONCEPTS = frozenset(("eps_basic", "eps_diluted", "eps"))


def _non_gaap(claim: Claim, article: list[Claim]) -> bool:
    """Whether a US filer's (a ticker, not an A-share's six digits: 调整后 there restates a
    prior year) figure is called adjusted/non-GAAP right before it (verify.toml [non_gaap])."""
    if not claim.subject or claim.subject.isdigit():
        return False
    text = getattr(article, "text", "")
    before = text[max(0, claim.start - 24) : claim.start] if text else ""
    # in the clause of the figure only (经调整每股收益为0.59美元，每股收益为0.63美元: the second is GAAP)
    before = (
        _CLAUSE_BREAK.split(before)[-1] + claim.quote[: max(0, claim.quote.find(claim.printed))]
    )
    if any(w in before.lower() for w in verify_data()["non_gaap"]["words"]):
        return True
    # (剔除重组费用等特殊项目后，美铝每股亏损0.26美元; Excluding items, it earned 26 cents: a lead
    # clause that takes items out adjusts the figures of the clause after it)
    return bool(text) and _ADJUSTING_LEAD.search(text, max(0, claim.start - 60), claim.start)


_CLAUSE_BREAK = re.compile(r"[，,；;。:：!?！？]|\.\s")
_ADJUSTING_LEAD = re.compile(
    r"(?:(?:剔除|扣除|不计|不含|排除)[^，,；;。]{0,16}?(?:特殊|一次性|特别)(?:项目|因素|开支|费用|损益)后?"
    r"|(?i:\b(?:excluding|before|not\s+counting)\s+(?:[a-z-]+\s+){0,3}?items))"
    r"\s*[，,][^，,；;。]*$"
)


@cache
def _bound_words() -> dict[str, tuple[str, ...]]:
    """Qualifier → the words that say it before a number (``lexicon.toml`` [qualifiers])."""
    text = resources.files(__package__).joinpath("lexicon.toml").read_text(encoding="utf-8")
    words = tomllib.loads(text)["qualifiers"]
    return {q: tuple(w.lower() for w in words[q]) for q in ("more_than", "less_than")}
