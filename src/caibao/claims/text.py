"""The article as the extractor reads it, with a map back to the original characters.

Reading does four things, and remembers for every character where it came from:
1. HTML: tags dropped (block tags become paragraph breaks), entities decoded, scripts removed;
2. hard-wrapped lines joined (a line break can fall inside a word or before a number; a line that
   ends a sentence, a blank line, a Markdown heading or list item keeps its break);
3. Markdown emphasis marks dropped;
4. full-width digits and signs folded to ASCII (same length, so offsets stay put).

``Text.original_span(a, b)`` gives the span in the original for a span of ``Text.norm``.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from ..scan import Scan
from .plain_tables import is_table_line

# a dash between two months (2024年1—9月, 7–9月), one character as the hyphen it becomes
_MONTH_DASH = re.compile(r"(?<=\d)[—–～](?=(?:1[0-2]|[1-9])月)")
_FOLD = str.maketrans("０１２３４５６７８９．％＋－", "0123456789.%+-")


def _traditional_table() -> dict[int, str]:
    """Traditional characters to simplified, one for one (``traditional.toml``): Hong Kong and
    Taiwan articles on A-share companies; the lexicon is written once, in simplified characters."""
    data = tomllib.loads(
        resources.files(__package__).joinpath("traditional.toml").read_text(encoding="utf-8")
    )
    pairs = [p for line in data["pairs"] for p in line.split()]
    return str.maketrans("".join(p[0] for p in pairs), "".join(p[1] for p in pairs))


_TRADITIONAL = _traditional_table()
# Notes that are not article content: an exchange-rate note (($1 = 6.9010 Chinese yuan),
# （1美元=7.1元人民币）) and the author's own holding (持仓：300股). Blanked in ``norm`` (same
# length, so offsets stay) so that no number in them is read as a claim.
_NOTES = re.compile(
    # (the look-ahead: the first characters of a note, one test at any other position)
    r"(?=[(（持作D])(?:[(（]\s*(?:US|HK|A|S)?\$\s*1\s*=\s*[^()（）\n]{1,40}[)）]"
    r"|[(（]\s*1\s*(?:美元|港元|港币|欧元|英镑|日元)\s*[=＝]\s*[^()（）\n]{1,20}[)）]"
    r"|(?:持仓|持股|作者持仓)\s*[:：]\s*[^\n。；;）)]{0,30}"
    r"|\bDisclosure:[^\n]{0,300})",
)
_NOTES_SCAN = Scan(_NOTES, "(（持作D")  # (the same matches, the matcher called only at those)
_FULL_WIDTH_ANY = re.compile("[" + re.escape("".join(chr(k) for k in _FOLD)) + "]")
_TRADITIONAL_ANY = re.compile("[" + "".join(chr(k) for k in _TRADITIONAL) + "]")
_HTML_HINT = re.compile(r"<(?:p|div|br|span|html|body|h[1-6]|li|ul|ol|table|td|tr|a|b|strong|em|section|article)\b[^>]*>", re.I)  # fmt: skip
_TAG = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]+>|&#?\w+;", re.I | re.S)  # fmt: skip
_BLOCK = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|table|section|article|header|footer|blockquote|title)\b", re.I)  # fmt: skip
_CELL = re.compile(r"<t[dh]\b", re.I)
_CELL_END = re.compile(r"</t[dh]\s*>", re.I)
_ROW = re.compile(r"<tr\b", re.I)
_ROW_END = re.compile(r"</tr\s*>", re.I)
_BLANK = " \t\u3000\u00a0"  # the blank space around a line break (not the break itself)
_SENTENCE_END = "。！？!?：:；;”」』）)】"
# a Markdown heading or list item, a table row, a bullet (▪ 营业收入：…, • Revenue…) or a bracketed
# heading (【二季度单季拆解】), a newswire's double-dash item (-- Revenue rose …): each starts its own line
_LIST_START = re.compile(r"(?:#{1,6}\s|--?\s|[*+>]\s|\d+[.、]\s|\||[•·▪▫●○◆◇■□►▶※★☆◎【])")
# a list item's marker (- 38,110 shareholders, + Revenue …): markup, never a figure's sign
_BULLET = re.compile(r"(?m)^[ \t]*(?:--|[-+*])(?=[ \t]+\S)")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\*)\*(?!\*)|`")


@dataclass(slots=True)
class Text:
    original: str
    norm: str
    offsets: list[int]  # norm index → original index; one extra entry at the end

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def _apply(
    text: str, offsets: list[int], edits: list[tuple[int, int, str]]
) -> tuple[str, list[int]]:
    """Replace spans (sorted, non-overlapping) by new text; new characters map to the start."""
    out, offs, pos = [], [], 0
    for start, end, repl in edits:
        out.append(text[pos:start])
        offs.extend(offsets[pos:start])
        out.append(repl)
        offs.extend([offsets[start]] * len(repl))
        pos = end
    out.append(text[pos:])
    offs.extend(offsets[pos:])
    return "".join(out), offs


def _strip_html(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    edits = []
    for m in _TAG.finditer(text):
        token = m.group()
        if token.startswith("&"):
            repl = html.unescape(token)
        elif _CELL.match(token):  # table cells become a Markdown row: |a|b|c|
            repl = "|"
        elif _ROW_END.match(token):
            repl = "|\n"
        elif _CELL_END.match(token) or _ROW.match(token):
            repl = "" if _CELL_END.match(token) else "\n"
        elif _BLOCK.match(token):
            repl = "\n\n"
        else:
            repl = ""
        edits.append((m.start(), m.end(), repl))
    return _apply(text, offsets, edits)


def _line_breaks(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the line breaks in ``text``, each with the blank space around it and
    any blank lines after it. Found from the line feeds themselves: a regular expression that
    may start with spaces would be tried at every character of the text."""
    n, prev, i = len(text), 0, text.find("\n")
    while i >= 0:
        start = i - 1 if i > prev and text[i - 1] == "\r" else i
        while start > prev and text[start - 1] in _BLANK:
            start -= 1
        end = i + 1
        while True:  # blank lines, then the blank space that starts the next line
            j = end
            while j < n and text[j] in _BLANK:
                j += 1
            if text.startswith("\n", j) or text.startswith("\r\n", j):
                end = text.index("\n", j) + 1
            else:
                end = j
                break
        yield start, end
        prev = end
        i = text.find("\n", end)


def _join_lines(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    edits = []
    # a plain table's rows (columns set apart by runs of spaces, or by pipes) keep their breaks
    tables = "   " in text or "\t" in text or "|" in text
    for start, end in _line_breaks(text):
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        blank = text.count("\n", start, end) > 1
        if blank or not before or not after or before in _SENTENCE_END:
            repl = "\n\n" if blank else "\n"
        elif (
            _LIST_START.match(text, end)
            or before == "#"
            or tables
            and (
                is_table_line(text[text.rfind("\n", 0, start) + 1 : start])
                or is_table_line(text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1])
            )
        ):
            repl = "\n"
        elif before in ",." or (before.isascii() and before.isalnum() and after.isascii()):
            repl = " "  # English words and numbers keep a space where the line broke
        else:
            repl = ""
        edits.append((start, end, repl))
    return _apply(text, offsets, edits)


def read_text(original: str) -> Text:
    text, offsets = original, list(range(len(original) + 1))
    body, tail = offsets[:-1], offsets[-1:]
    if _HTML_HINT.search(text):
        text, body = _strip_html(text, body)
    text, body = _join_lines(text, body)
    marked = "*" in text or "__" in text or "`" in text  # (most articles have no Markdown)
    edits = [(m.start(), m.end(), "") for m in _EMPHASIS.finditer(text)] if marked else []
    if edits:
        text, body = _apply(text, body, edits)
    # translate() looks every character up: run it only when there is something to fold
    # only the characters found are replaced: translate() looks every character up, which costs
    # more than the rest of reading on a Chinese article
    text = _FULL_WIDTH_ANY.sub(lambda m: chr(_FOLD[ord(m.group())]), text)
    text = _TRADITIONAL_ANY.sub(lambda m: chr(_TRADITIONAL[ord(m.group())]), text)
    if "月" in text and ("—" in text or "–" in text or "～" in text):
        # 1—9月, 7–9月: a span of months written with a dash is the 1-9月 the grammar reads
        text = _MONTH_DASH.sub("-", text)
    for a, b, _m in list(_NOTES_SCAN.finditer(text)):
        text = text[:a] + " " * (b - a) + text[b:]
    if "- " in text or "+ " in text:
        text = _BULLET.sub(lambda m: " " * len(m.group()), text)
    return Text(original, text, body + tail)
