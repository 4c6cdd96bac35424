"""An ``Article`` as plain text, Markdown (sources as footnotes) or HTML (sources on hover and in a
list, charts as inline SVG)."""

from __future__ import annotations

from html import escape
from importlib import resources

import jinja2
from markupsafe import Markup

from ..model import Source
from .article import Article, Num, Piece
from .words import Words


def describe_source(source: Source, lang: str) -> str:
    """Document, page, printed label and printed text, in one line."""
    w = Words(lang)
    parts = [source.file.rsplit("/", 1)[-1]]
    if source.page is not None:
        parts.append(w["source_page"].format(page=source.page))
    if source.table and source.table not in (source.row_label or ""):
        parts.append(source.table)
    if source.row_label:
        parts.append(source.row_label)
    if source.column:
        parts.append(source.column)
    line = ", ".join(parts)
    if source.text is not None:
        line += f": “{source.text}”"
    return line


def _number_note(n: Num, lang: str) -> str:
    lines = [describe_source(s, lang) for s in n.sources]
    if n.figure.formula and n.figure.formula != "printed":
        lines.append(("计算：" if lang == "zh" else "computed: ") + n.figure.formula)
    return "\n".join(lines)


def to_text(article: Article) -> str:
    return article.text_and_claims()[0]


# -- Markdown ---------------------------------------------------------------------------------


def to_markdown(article: Article) -> str:
    """Markdown with one footnote per source (``[^s1]``: letters, so no stray number is read)."""
    index: dict[Source, int] = {s: i for i, s in enumerate(article.sources(), 1)}

    def md(pieces: list[Piece]) -> str:
        out = []
        for p in pieces:
            if isinstance(p, Num):
                marks = "".join(f"[^s{index[s]}]" for s in p.sources)
                out.append(f"**{p.text}**{marks}")
            else:
                out.append(p)
        return "".join(out)

    lines = [f"# {md(article.headline)}", ""]
    if article.findings:
        lines += [f"## {article.findings_title}", ""]
        lines += [f"- {md(f.pieces)}" for f in article.findings]
        lines.append("")
    lines += [md(article.lede), ""]
    for s in article.sections:
        lines += [f"## {s.title}", ""]
        for para in s.paragraphs:
            lines += [md(para), ""]
    if index:
        lines += [f"## {article.sources_title}", ""]
        lines += [f"[^s{i}]: {describe_source(s, article.lang)}" for s, i in index.items()]
        lines.append("")
    return "\n".join(lines)


# -- HTML -------------------------------------------------------------------------------------


def _environment() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: resources.files(__package__).joinpath("templates", name).read_text("utf-8")
    )
    return jinja2.Environment(loader=loader, autoescape=True)


def to_html(article: Article) -> str:
    index: dict[Source, int] = {s: i for i, s in enumerate(article.sources(), 1)}
    lang = article.lang

    def html(pieces: list[Piece]) -> Markup:
        out = []
        for p in pieces:
            if isinstance(p, Num):
                note = escape(_number_note(p, lang), quote=True)
                first = index[p.sources[0]] if p.sources else 0
                refs = " ".join(f"src-{index[s]}" for s in p.sources)
                out.append(
                    f'<a class="fig" href="#src-{first}" title="{note}" data-source="{note}" '
                    f'data-sources="{refs}" data-concept="{escape(p.figure.concept)}" '
                    f'data-period="{escape(p.figure.period)}">{escape(p.text)}</a>'
                )
            else:
                out.append(escape(p))
        return Markup("".join(out))

    def plain(pieces: list[Piece]) -> str:
        return "".join(p.text if isinstance(p, Num) else p for p in pieces)

    template = _environment().get_template("article.html.j2")
    return template.render(
        lang=lang,
        title=plain(article.headline),
        headline=html(article.headline),
        findings=[{"rule": f.rule, "html": html(f.pieces)} for f in article.findings],
        findings_title=article.findings_title,
        lede=html(article.lede),
        sections=[
            {"key": s.key, "title": s.title, "paragraphs": [html(p) for p in s.paragraphs]}
            for s in article.sections
        ],
        charts=[{"key": c.key, "title": c.title, "svg": Markup(c.svg)} for c in article.charts],
        charts_title=article.charts_title,
        sources=[describe_source(s, lang) for s in index],
        sources_title=article.sources_title,
    )


def render(article: Article, fmt: str) -> str:
    if fmt == "md":
        return to_markdown(article)
    if fmt == "html":
        return to_html(article)
    if fmt == "text":
        return to_text(article)
    raise ValueError(f"unknown format: {fmt!r}")
