"""A segment's share of another segment, in ``claims.verify``: 骨科类产品实现收入4.74亿元，…，占医药
工业收入的比重达81.09% is the product line's revenue over the industry's (the segment named after
占 is the whole; the part is the segment the sentence's earlier figure was of), not the
industry's share of the company."""

from __future__ import annotations

import re

from ..metrics import Computed, Metrics
from .model import SHARE_PCT, Claim, Verdict
from .verify_base import position, sentence_before
from .wholes import _judge_ratio

# between 占 and the whole segment's name, and after it to the share's number
_ZHAN = re.compile(r"(?:占|佔)(?:公司)?$")
_AFTER_WHOLE = re.compile(r"[^，,；;。\d]{0,12}$")


def share_of_segment(
    claim: Claim, m: Metrics, article: list[Claim], segment: str, named_by: str
) -> Verdict | None:
    """The verdict on a segment's share of the segment named after 占 in its sentence (None when
    the claim is no such share)."""
    if claim.measure != SHARE_PCT or not claim.segment or not claim.printed:
        return None
    before = sentence_before(claim, article) + claim.quote[: claim.quote.find(claim.printed)]
    at = before.rfind(claim.segment)
    if at < 0 or not _ZHAN.search(before, max(0, at - 3), at):
        return None
    if not _AFTER_WHOLE.fullmatch(before, at + len(claim.segment)):
        return None
    i = position(claim, article)
    if i is None:
        return None
    sentence_start = claim.start - len(sentence_before(claim, article))
    part = next(
        (
            c.segment
            for c in reversed(article[:i])
            if c.start >= sentence_start
            and c.segment
            and c.segment != claim.segment
            and c.subject == claim.subject
        ),
        None,
    )
    part_name = m.segment_name(part, named_by) if part else None
    if part_name is None or part_name == segment:
        return None
    num = m.value(named_by, claim.period, part_name)
    den = m.value(named_by, claim.period, segment)
    if num is None or den is None or num.value is None or not den.value:
        return None
    got = Computed.percent(
        named_by,
        claim.period,
        part_name,
        SHARE_PCT,
        num,
        den,
        f"{named_by}[{claim.period}, {part_name}] / {named_by}[{claim.period}, {segment}] × 100",
    )
    return _judge_ratio(claim, got)
