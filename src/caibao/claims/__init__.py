"""Claims: article text → statements about figures → verdicts against the fact store.

Takes: an article (plain text, Markdown or HTML; Chinese or English; hard-wrapped or not) and
optionally the company it is about and its date. Gives: ``Claim``s (``claims.model``), each with its
exact span in the original text, and a ``Verdict`` for each.

- ``model``: the ``Claim`` / ``Verdict`` / ``CheckedClaim`` records shared with the writer.
- ``text``: the article normalised for reading (lines joined, full-width digits, tags stripped)
  with a map back to offsets in the original.
- ``lexicon``: metric, qualifier, period and company wording as data (``lexicon.toml``,
  ``companies.toml``).
- ``extract``: ``extract_claims(text, company=None, date=None, known=...) -> list[Claim]``.
- ``verify``: ``Checker(store).check(text, company=None, date=None) -> CheckResult``.
"""

from .model import OTHER, CheckedClaim, Claim, Verdict

__all__ = ["OTHER", "CheckedClaim", "Claim", "Verdict"]
