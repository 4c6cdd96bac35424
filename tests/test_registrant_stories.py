"""Every 10-Q registrant of the SEC's 2009q3 financial statement data set, told in seven plain story
shapes (tests/registrant_stories.py) and six more (tests/registrant_story_shapes.py: the quarter
against the one before, a broker's table, figures planted wrong) from its own facts, checked
against a store of that data set: nearly every story must have every figure get its verdict
(supported, or the one a planted figure earns).

A story fails when one of its figures is not found as a claim or gets another verdict. Such plain
stories found traps that spoil a whole article (a dateline read as the period, a company named
Target read as a forecast, "cash used in operating activities"); the bar keeps them found.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from caibao.claims.checker import Checker, CheckResult
from caibao.ingest import ingest_file
from caibao.store import Store
from registrant_stories import WRITERS as PLAIN
from registrant_stories import Figure, Story, registrant_stories
from registrant_story_shapes import WRITERS as MORE

DATA_SET = "us/fsds/2009q3.zip"
MIN_PASSING = 0.98
SHOWN = 8  # failing stories named in the assertion message
WRITERS = PLAIN | MORE


@pytest.fixture(scope="module")
def checked(corpus: Path, tmp_path_factory) -> list[tuple[Story, list[str]]]:
    """Each story with its figures that the checker did not support (empty: the story passes)."""
    zip_path = corpus / DATA_SET
    store = Store(tmp_path_factory.mktemp("registrant_stories") / "fsds.duckdb")
    ingest_file(zip_path, store)
    checker = Checker(store)
    out = []
    for story in registrant_stories(zip_path, WRITERS):
        result = checker.check(story.text, day=story.day)
        out.append((story, [p for f in story.figures if (p := _problem(result, f))]))
    store.close()
    return out


def _problem(result: CheckResult, figure: Figure) -> str:
    """'' when the figure's claim has the expected verdict, else what went wrong."""
    end = figure.start + len(figure.quote)
    overlapping = [c for c in result.claims if c.claim.start < end and figure.start < c.claim.end]
    if not overlapping:
        return f"{figure.quote}: not found"
    # a claim's quote may take in the metric words before the figure; its printed number is ours
    checked = next(
        (c for c in overlapping if c.claim.printed and c.claim.printed in figure.quote),
        overlapping[0],
    )
    if checked.verdict.verdict == figure.verdict:
        return ""
    claim = checked.claim
    return (
        f"{figure.quote}: {checked.verdict.verdict}, not {figure.verdict} "
        f"({claim.subject} {claim.concept} {claim.period}: {checked.verdict.reason})"
    )


def test_stories_about_every_registrant_are_supported(checked):
    assert len(checked) > 2000, "the data set gave far fewer stories than its 348 registrants"
    for shape in WRITERS:
        mine = [bad for story, bad in checked if story.shape == shape]
        print(
            f"{shape:13} {sum(not bad for bad in mine)}/{len(mine)} stories with every figure's verdict"
        )
    failing = [(story, bad) for story, bad in checked if bad]
    passing = len(checked) - len(failing)
    print(f"all           {passing}/{len(checked)}")
    shown = "\n".join(
        f"  {s.registrant} ({s.adsh}, {s.shape}): {'; '.join(bad)}\n    {s.text!r}"
        for s, bad in failing[:SHOWN]
    )
    kinds = Counter(s.shape for s, _ in failing)
    assert passing >= MIN_PASSING * len(checked), (
        f"{passing}/{len(checked)} stories have every figure's verdict (at least {MIN_PASSING:.0%} "
        f"needed); failing by shape {dict(kinds)}; the first {min(SHOWN, len(failing))}:\n{shown}"
    )
