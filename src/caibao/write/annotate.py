"""A checked text as HTML: every claim highlighted by its verdict, the reason and the sources on
hover, and a table of the claims below."""

from __future__ import annotations

from html import escape

from ..claims.model import CheckedClaim
from .render import describe_source

COLORS = {
    "supported": "#d3f9d8",
    "contradicted": "#ffc9c9",
    "sources_disagree": "#ffe8cc",
    "misleading": "#fff3bf",
    "unverifiable": "#e9ecef",
}
LABELS_ZH = {
    "supported": "有据",
    "contradicted": "与来源矛盾",
    "sources_disagree": "来源不一致",
    "misleading": "误导",
    "unverifiable": "无法核实",
}


def annotated_html(text: str, checked: list[CheckedClaim], title: str, lang: str = "zh") -> str:
    """The text with each claim's span marked; overlapping spans keep the first."""
    spans = sorted(checked, key=lambda c: (c.claim.start, -c.claim.end))
    out, pos = [], 0
    for i, cc in enumerate(spans, 1):
        start, end = cc.claim.start, cc.claim.end
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        note = _note(cc, lang)
        color = COLORS.get(cc.verdict.verdict, "#eee")
        out.append(
            f'<mark id="c{i}" class="claim {cc.verdict.verdict}" style="background:{color}" '
            f'title="{escape(note, quote=True)}" data-note="{escape(note, quote=True)}">'
            f"{escape(text[start:end])}</mark>"
        )
        pos = end
    out.append(escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>\n")
    rows = "\n".join(
        f"<tr><td>{i}</td><td>{escape(cc.claim.quote)}</td>"
        f'<td style="background:{COLORS.get(cc.verdict.verdict, "#eee")}">'
        f"{escape(_label(cc.verdict.verdict, lang))}</td><td>{escape(cc.verdict.reason)}</td></tr>"
        for i, cc in enumerate(spans, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">
<title>{escape(title)}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; max-width: 52rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.8; }}
mark.claim {{ padding: 0 .1em; border-radius: 3px; cursor: help; position: relative; }}
mark.claim:hover::after {{ content: attr(data-note); position: absolute; left: 0; top: 1.8em;
       z-index: 5; width: 26rem; background: #fff; border: 1px solid #999; padding: .4rem .6rem;
       font-size: .8rem; line-height: 1.4; white-space: pre-line; }}
table {{ border-collapse: collapse; font-size: .85rem; }}
td {{ border: 1px solid #ddd; padding: .2rem .4rem; vertical-align: top; }}
</style></head><body>
<h1>{escape(title)}</h1>
<div class="text">{body}</div>
<h2>{"核查结果" if lang == "zh" else "Verdicts"}</h2>
<table>{rows}</table>
</body></html>
"""


def _label(verdict: str, lang: str) -> str:
    return LABELS_ZH.get(verdict, verdict) if lang == "zh" else verdict


def _note(cc: CheckedClaim, lang: str) -> str:
    lines = [f"{_label(cc.verdict.verdict, lang)}: {cc.verdict.reason}"]
    lines += [describe_source(s, lang) for s in cc.verdict.sources]
    return "\n".join(lines)
