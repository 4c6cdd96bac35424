"""The writer: from the facts of one company and period to an earnings article.

Takes: the fact store (``caibao.store.Store``), a company code and a period (``2024FY``, ``2025H1``,
``2025Q1``, ``2025Q1-Q3``). Gives: an ``Article`` (``article``) — headline, notable findings first,
lede, sections on profitability, cash, segments, R&D, the latest single quarter and the balance
sheet, each present only when the store has its figures — rendered as Markdown with footnotes or
HTML with sources on hover and SVG charts (``render``, ``charts``).

    with Store(path) as store:
        article = write_article(store, "002230", "2024FY", lang="zh")
        html = render(article, "html")
        text, claims = article.text_and_claims()   # the writer's claims, for the checker

Every number is a ``Num`` tied to a ``Figure`` from the metrics engine, so it carries its sources
and becomes a ``caibao.claims.Claim``. Wording is data (``wording.toml``, zh and en); what is
notable is data (``findings.toml``: numeric triggers and evidence). A figure the sources disagree
on is not printed: the article says the sources disagree.
"""

from __future__ import annotations

from ..errors import UnknownCompanyError
from ..store import Store
from .article import Article, Chart, Finding, Num, Section
from .charts import charts_for
from .compose import Composer
from .figures import Figure, FigureBook
from .render import render


def write_article(
    store: Store, company: str, period: str, lang: str = "zh", charts: bool = True
) -> Article:
    """The article about ``company``'s ``period``. Raises UnknownCompanyError when the store holds
    nothing for that company and period."""
    names = {c.code: c.name for c in store.companies()}
    if company not in names:
        raise UnknownCompanyError(company, "no such company in the fact store (ingest it first)")
    book = FigureBook(store, company)
    if not book.has("revenue", period) and not book.has("np_parent", period):
        raise UnknownCompanyError(
            f"{company} {period}", "the fact store has no revenue or profit for this period"
        )
    composer = Composer(book, names[company] or company, period, lang)
    article = composer.article()
    if charts:
        article.charts = charts_for(composer)
    return article


__all__ = [
    "Article",
    "Chart",
    "Figure",
    "FigureBook",
    "Finding",
    "Num",
    "Section",
    "render",
    "write_article",
]
