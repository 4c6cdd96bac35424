"""Claims: article text → statements about figures → verdicts against the fact store.

Takes: an article (plain text, Markdown or HTML; Chinese or English; hard-wrapped or not) and
optionally the company it is about and its date. Gives: ``Claim``s (``claims.model``), each with its
exact span in the original text, and a ``Verdict`` for each.

- ``model``: the ``Claim`` / ``Verdict`` / ``CheckedClaim`` records shared with the writer.
- ``article``: reading an article file or standard input, refusing what is not one.
- ``text``: the article normalised for reading (HTML tags and tables, hard-wrapped lines joined,
  full-width digits) with a map back to offsets in the original.
- ``lexicon``: metric, qualifier, change and segment wording as data (``lexicon.toml``) and company
  names (``companies.toml`` + the store's companies table), compiled into tries.
- ``period_phrases``: period phrases in running text, found and resolved (the pattern in
  ``period_pattern``, month and week spans in ``month_spans``).
- ``article_periods``: the article's own period and date.
- ``column_periods``: the period a table column's header names (2023A, 2024E, 1H24, 较年初变动).
- ``extract``: ``extract_claims(text, company=None, reference=None, ...) -> list[Claim]`` — the
  grammar of financial journalism (see its docstring), walking paragraphs, sentences and numbers
  with its parts: ``sentence_reader`` (one sentence's numbers read into claims; its patterns in
  ``sentence_cues``, its segments, clauses and spans in ``sentence_parts``), ``clauses``
  (sentences and clauses), ``words`` (words that are values: 翻番, doubled, a third of),
  ``measures`` (a number's value, unit, measure and qualifier; with ``measure_cues``,
  ``qualifier_spans``, ``added_amounts``), ``attribution`` (its metric; with ``metric_words`` and
  ``per_share_names``) with ``subjects`` (its subject), ``attribution_cues`` (their patterns) and ``mentions`` (the records
  the walker keeps), ``forecasts`` (whether it is a forecast), ``sentence_periods`` (its period; with
  ``period_cues``, ``phrase_roles``, ``figure_periods``),
  ``others`` (other companies named by English grammar), ``structures`` (分别 lists, segments,
  tables: ``enumerations``, ``segment_names``, ``stored_segments``, ``table_rows``,
  ``figure_traits``).
- ``fiscal``: fiscal years that do not end in December; ``compared_periods``: the periods of
  figures compared in one sentence (brackets, a base opening the sentence).
- ``table_units``: the unit of a Markdown table's bare numbers; ``streaks``: 连续三年下滑 and
  "third straight year" claims.
- ``verify``: ``verify(claim, metrics, article_claims, kinds) -> Verdict``, with its parts:
  ``verify_judge`` (the verdict on the store's figures), ``verify_alternatives`` (neighbouring
  concepts, stand-ins), ``verify_compared`` (a change from a compared figure), ``verify_guards``
  (a bound said in words, non-GAAP figures),
  ``verify_base`` (shared tests and wording), ``verify_bases`` (which figure a change is measured
  from), ``verify_years`` (streaks, changes over N years), ``cash_flow_periods``,
  ``verify_share_words`` (a rate said as a share of sales), ``growth_gaps``, ``period_fractions``, ``signs`` (losses, outflows, 扭亏), ``own_arithmetic`` (the article's own
  figures), ``wholes`` and ``multiples`` (shares, fractions and multiples of a whole).
- ``checker``: ``Checker(store).check(text, company=None, day=None) -> CheckResult`` — the
  whole pipeline; ``CheckResult.to_json()`` is what ``caibao check --json`` prints.
- ``html``: ``render(original, result)`` — one standalone page, every claim highlighted.
"""

from .model import OTHER, CheckedClaim, Claim, Verdict

__all__ = ["OTHER", "CheckedClaim", "Claim", "Verdict"]
