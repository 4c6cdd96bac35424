"""The article as data: sentences made of words and numbers, each number tied to its figure.

An ``Article`` is rendered three ways (``render``): plain text (what the checker reads), Markdown
with footnotes and HTML with hover sources. ``Article.text_and_claims()`` gives the plain text and
one ``Claim`` per printed number at its exact offsets, the writer's side of the round trip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..claims.model import Claim
from ..metrics.computed import merged_sources
from ..model import Source
from .figures import Figure


@dataclass(frozen=True, slots=True)
class Num:
    """A printed number, with the claim it makes (``caibao.claims.Claim`` conventions).

    text:       as printed ("233.43亿元", "18.79%")
    figure:     what it states
    value:      the printed value in base units, signed ("亏损1.93亿元" → -193000000)
    unit:       "CNY", "%", "pp"
    precision:  half the step of the last printed digit, in base units
    measure:    the claim measure (value, change_pct, change_pp, change_abs, share_pct)
    scale:      the printed scale ("亿", "万", "billion", "")
    """

    text: str
    figure: Figure
    value: Decimal
    unit: str
    precision: Decimal
    measure: str
    scale: str = ""

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.figure.sources


Piece = str | Num


@dataclass(slots=True)
class Section:
    key: str
    title: str
    paragraphs: list[list[Piece]] = field(default_factory=list)


@dataclass(slots=True)
class Finding:
    rule: str
    score: Decimal
    pieces: list[Piece]


@dataclass(slots=True)
class Chart:
    key: str
    title: str
    svg: str
    figures: tuple[Figure, ...] = ()


@dataclass(slots=True)
class Article:
    company: str
    company_name: str
    period: str
    lang: str
    headline: list[Piece]
    findings: list[Finding]
    lede: list[Piece]
    sections: list[Section]
    charts: list[Chart] = field(default_factory=list)
    findings_title: str = ""
    sources_title: str = ""
    charts_title: str = ""

    def blocks(self) -> list[tuple[str, object]]:
        """The article in reading order: ("headline"|"findings"|"lede"|"section", content)."""
        out: list[tuple[str, object]] = [("headline", self.headline)]
        if self.findings:
            out.append(("findings", self.findings))
        out.append(("lede", self.lede))
        out.extend(("section", s) for s in self.sections)
        return out

    def paragraphs(self) -> list[list[Piece]]:
        """Every run of pieces in reading order (headline, findings, lede, section paragraphs)."""
        out = [self.headline]
        out += [f.pieces for f in self.findings]
        out.append(self.lede)
        for s in self.sections:
            out += s.paragraphs
        return out

    def numbers(self) -> list[Num]:
        return [p for para in self.paragraphs() for p in para if isinstance(p, Num)]

    def sources(self) -> list[Source]:
        """Every source of every printed number, once, in order of first use."""
        return list(merged_sources(*self.numbers()))

    def to_json(self) -> dict:
        """The article as data: its plain text and, for every printed number, the claim it makes
        (offsets into ``text``) with the sources behind it: what ``caibao write --json`` prints."""
        text, claims = self.text_and_claims()
        numbers = self.numbers()
        return {
            "company": self.company,
            "company_name": self.company_name,
            "period": self.period,
            "lang": self.lang,
            "headline": "".join(p if isinstance(p, str) else p.text for p in self.headline),
            "text": text,
            "claims": [
                {**c.to_json(), "sources": [s.to_json() for s in n.sources]}
                for c, n in zip(claims, numbers, strict=True)
            ],
            "charts": [c.key for c in self.charts],
        }

    def text_and_claims(self) -> tuple[str, list[Claim]]:
        """The plain text (headline, findings, lede, sections with titles) and a claim for every
        number in it, at its offsets."""
        parts: list[str] = []
        claims: list[Claim] = []
        pos = 0

        def add(pieces: list[Piece]) -> None:
            nonlocal pos
            for piece in pieces:
                if isinstance(piece, Num):
                    claims.append(_claim(piece, pos, self.company))
                    text = piece.text
                else:
                    text = piece
                parts.append(text)
                pos += len(text)
            parts.append("\n\n")
            pos += 2

        def add_title(title: str) -> None:
            nonlocal pos
            parts.append(title + "\n\n")
            pos += len(title) + 2

        add(self.headline)
        if self.findings:
            add_title(self.findings_title)
            for f in self.findings:
                add(f.pieces)
        add(self.lede)
        for s in self.sections:
            add_title(s.title)
            for para in s.paragraphs:
                add(para)
        return "".join(parts), claims


def _claim(n: Num, start: int, company: str) -> Claim:
    f = n.figure
    return Claim(
        start=start,
        end=start + len(n.text),
        quote=n.text,
        subject=company,
        concept=f.concept,
        segment=f.segment,
        period=f.period,
        measure=n.measure,
        value=n.value,
        unit=n.unit,
        precision=n.precision,
        scale=n.scale,
    )
