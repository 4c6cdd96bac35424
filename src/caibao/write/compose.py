"""From figures to an article: headline, lede, findings, and one section per topic the data covers.

Each section builder returns None when the store has nothing for it, so an article about a
quarterly report without segments simply has no segment section. Every number goes through
``Words`` (formats) and comes from ``FigureBook`` (the metrics engine), so it carries its sources.
"""

from __future__ import annotations

from decimal import Decimal

from . import periods as P
from .article import Article, Piece, Section
from .figures import CHANGE_PCT, CHANGE_PP, SHARE_CHANGE_PP, SHARE_PCT, FigureBook
from .findings import evaluate
from .words import Words, kpi_name, loss_change_key, wording

ZERO = Decimal(0)


def concepts(role: str) -> list[str]:
    """The concept ids the writer may use for a role (``[concepts]`` in ``wording.toml``)."""
    ids = wording()["concepts"].get(role, role)
    return [ids] if isinstance(ids, str) else list(ids)


def concept(role: str) -> str:
    return concepts(role)[0]


class Composer:
    def __init__(self, book: FigureBook, company_name: str, period: str, lang: str) -> None:
        self.book = book
        self.name = company_name
        self.period = period
        self.prior = P.prior(period)
        self.w = Words(lang)
        self.lang = lang

    # -- helpers ----------------------------------------------------------------------------

    def fig(
        self, role: str, period: str | None = None, segment: str | None = None, measure="value"
    ):
        """A figure the writer may print: None when missing or when the sources disagree."""
        for cid in concepts(role):
            got = self.book.get(cid, period or self.period, segment, measure)
            if got is not None:
                return got
        return None

    def pname(self, period: str | None = None) -> str:
        return P.name(period or self.period, self.lang)

    def level_and_change(self, role: str, period: str, key: str, loss_key: str | None = None):
        """ "营业收入233.43亿元，同比增长18.79%" as two clauses (level, change) — with the loss
        conventions: 亏损X亿元, 亏损同比收窄/扩大, 扭亏为盈, 由盈转亏."""
        level = self.fig(role, period)
        if level is None:
            return None, None
        w = self.w
        loss = level.value < 0
        if loss and loss_key:
            first = w.say(loss_key, **{loss_key_slot(loss_key): w.amount(level)})
        else:
            first = w.say(key, **{key_slot(key): w.amount(level)})
        return first, self.change_clause(role, period, loss)

    def change_clause(self, role: str, period: str, loss: bool) -> list[Piece] | None:
        w = self.w
        growth = self.book.get(concept(role), period, None, CHANGE_PCT)
        prior = self.fig(role, P.prior(period))
        if prior is not None and prior.value < 0 and not loss:
            return [w["turned_profit"]]
        if prior is not None and prior.value > 0 and loss:
            return [w["turned_loss"]]
        if growth is None:
            return None
        if loss:
            key = loss_change_key(growth.value, prior.value if prior else None)
            if key is None:
                return None  # a wider loss or a turn from profit: the printed % does not say
            return w.say(key, change=w.pct(growth))
        return w.change(growth)

    # -- the article ------------------------------------------------------------------------

    def article(self) -> Article:
        w = self.w
        sections = [
            s
            for s in (
                self.profitability(),
                self.cash(),
                self.segments(),
                self.rd(),
                self.kpis(),
                self.quarter(),
                self.balance(),
            )
            if s is not None and s.paragraphs
        ]
        return Article(
            company=self.book.company,
            company_name=self.name,
            period=self.period,
            lang=self.lang,
            headline=self.headline(),
            findings=evaluate(self),
            lede=self.lede(),
            sections=sections,
            findings_title=w["findings_title"],
            sources_title=w["sources_title"],
            charts_title=w["charts_title"],
        )

    def headline(self) -> list[Piece]:
        w = self.w
        revenue = self.fig("revenue")
        if revenue is None:
            return [self.name, " ", P.report_name(self.period, self.lang)]
        np = self.fig("np_parent")
        if np is not None and np.value < 0:
            return w.say(
                "headline_loss",
                company=self.name,
                period=self.pname(),
                revenue=w.amount(revenue),
                np_loss=w.amount(np),
            )
        growth = self.fig("revenue", measure=CHANGE_PCT)
        if growth is None:
            return w.say(
                "headline_plain", company=self.name, period=self.pname(), revenue=w.amount(revenue)
            )
        return w.say(
            "headline",
            company=self.name,
            period=self.pname(),
            revenue=w.amount(revenue),
            change_word=w["yoy"] + w.direction(growth.value),
            revenue_change=w.pct(growth),
        )

    def lede(self) -> list[Piece]:
        w = self.w
        rev, rev_change = self.level_and_change("revenue", self.period, "lede_revenue_num")
        np, np_change = self.level_and_change("np_parent", self.period, "lede_profit", "lede_loss")
        opening = w.say(
            "lede_revenue",
            company=self.name,
            report=P.report_name(self.period, self.lang),
            period=self.pname(),
            revenue=rev or [],
        )
        return w.sentence(opening, rev_change, np, np_change)

    def profitability(self) -> Section | None:
        w = self.w
        paras: list[list[Piece]] = []
        gm = self.fig("gross_margin")
        if gm is not None:
            gm_change = self.fig("gross_margin", measure=CHANGE_PP)
            change = None
            if gm_change is not None:
                change = w.points_change("gross_margin_change", gm_change)
            gp, gp_change = self.level_and_change("gross_profit", self.period, "gross_profit")
            paras.append(
                w.sentence(
                    w.say("gross_margin", gross_margin=w.pct(gm, signed=True)),
                    change,
                    gp,
                    gp_change,
                    period=self.pname(),
                )
            )
        rec, rec_change = self.level_and_change(
            "np_parent_recurring", self.period, "recurring", "recurring_loss"
        )
        if rec is not None:
            share = self.fig("non_recurring_share")
            np = self.fig("np_parent")
            share_clause = None
            if share is not None and np is not None and np.value > 0:
                share_clause = w.say("nonrecurring_share", share=w.pct(share, signed=True))
            paras.append(w.sentence(rec, rec_change, share_clause, period=self.pname()))
        return Section("profitability", w["section_profitability"], paras)

    def cash(self) -> Section | None:
        w = self.w
        ocf = self.fig("ocf")
        paras: list[list[Piece]] = []
        if ocf is not None:
            outflow = ocf.value < 0
            if outflow:
                first = w.say("ocf_outflow", ocf_outflow=w.amount(ocf))
            else:
                first = w.say("ocf", ocf=w.amount(ocf))
            change = self.outflow_change("ocf", self.period, outflow)
            sales = self.fig("cash_from_sales")
            sales_clause = (
                w.say("cash_from_sales", cash_from_sales=w.amount(sales)) if sales else None
            )
            paras.append(w.sentence(first, change, sales_clause, period=self.pname()))
        ratio = self.fig("collection_ratio")
        conversion = self.fig("cash_conversion")
        np = self.fig("np_parent")
        clauses = []
        if ratio is not None:
            clauses.append(w.say("collection_ratio", collection_ratio=w.pct(ratio, signed=True)))
        elif self.book.disputed(concept("collection_ratio"), self.period):
            disagree = w.say("sources_disagree", what=w["collection_ratio_word"])
            paras.append(w.sentence(disagree, period=self.pname()))
        if conversion is not None and np is not None and np.value > 0 and conversion.value > 0:
            clauses.append(w.say("cash_conversion", ratio=w.pct(conversion, signed=True)))
        if clauses:
            paras.append(w.sentence(*clauses, period=self.pname()))
        return Section("cash", w["section_cash"], paras)

    def outflow_change(self, role: str, period: str, outflow: bool) -> list[Piece] | None:
        w = self.w
        growth = self.book.get(concept(role), period, None, CHANGE_PCT)
        if growth is None:
            return None
        prior = self.fig(role, P.prior(period))
        if prior is not None and (prior.value < 0) != outflow:
            return None  # a change across the sign is not a percentage
        if outflow:
            key = loss_change_key(growth.value, prior.value if prior else None)
            if key is None:
                return None
            return w.say(key.replace("loss", "outflow"), change=w.pct(growth))
        return w.change(growth)

    def segments(self) -> Section | None:
        w = self.w
        cuts = self.book.segment_cuts(self.period)
        if not any(cuts.values()):
            return None
        paras: list[list[Piece]] = []
        if cuts["main"]:
            paras.append(w.sentence(w.say("segments_intro"), period=self.pname()))
        for name in cuts["main"]:
            rev = self.fig("revenue", segment=name)
            growth = self.fig("revenue", segment=name, measure=CHANGE_PCT)
            share = self.fig("revenue", segment=name, measure=SHARE_PCT)
            shift = self.fig("revenue", segment=name, measure=SHARE_CHANGE_PP)
            clauses = [w.say("segment", segment=name, revenue=w.amount(rev)), w.change(growth)]
            if share is not None:
                clauses.append(w.say("segment_share", share=w.pct(share, signed=True)))
            if shift is not None:
                clauses.append(w.points_change("segment_share_change", shift))
            for sub in self.book.sub_segments(self.period, name):
                sub_rev = self.fig("revenue", segment=sub)
                if sub_rev is not None:
                    clauses.append(w.say("sub_segment", segment=sub, revenue=w.amount(sub_rev)))
                    clauses.append(w.change(self.fig("revenue", segment=sub, measure=CHANGE_PCT)))
            paras.append(w.sentence(*clauses, period=self.pname()))
        for cut, intro in (("other", "other_cut"), ("region", "region_cut")):
            items = []
            for name in cuts[cut][:3]:  # the three largest of a secondary cut
                rev = self.fig("revenue", segment=name)
                share = self.fig("revenue", segment=name, measure=SHARE_PCT)
                if rev is not None and share is not None:
                    items.append(
                        w.say("cut_item", segment=name, revenue=w.amount(rev), share=w.pct(share))
                    )
            if items:
                paras.append(w.sentence([w[intro]], *items, period=self.pname()))
        return Section("segments", w["section_segments"], paras)

    def rd(self) -> Section | None:
        w = self.w
        paras: list[list[Piece]] = []
        rd, rd_change = self.level_and_change("rd_investment", self.period, "rd_num")
        clauses: list[list[Piece] | None] = []
        if rd is not None:
            clauses += [w.say("rd", rd=rd), rd_change]
            intensity = self.fig("rd_intensity")
            if intensity is not None:
                clauses.append(w.say("rd_intensity", share=w.pct(intensity, signed=True)))
            capitalised = self.fig("rd_capitalised_share")
            if capitalised is not None:
                clauses.append(w.say("rd_capitalised", share=w.pct(capitalised, signed=True)))
        increase = self.fig("rd_investment", measure="change_abs")
        if increase is not None and increase.value > 0:
            clauses.append(w.say("rd_increase", increase=w.amount(increase)))
        if any(clauses):
            paras.append(w.sentence(*clauses, period=self.pname()))
        return Section("rd", w["section_rd"], paras)

    def kpis(self) -> Section | None:
        """Operating figures the report (or a source) gives: developers, users, orders..."""
        w = self.w
        clauses: list[list[Piece] | None] = []
        for kpi in self.book.kpis(self.period):
            name = kpi_name(kpi, self.lang)
            level = self.book.get(kpi, self.period)
            num = w.count(level) if level is not None else None
            if num is not None:
                clauses.append(w.say("kpi", name=name, count=num))
                continue
            growth = self.book.get(kpi, self.period, None, CHANGE_PCT)
            if growth is not None:
                clauses.append(
                    w.say("kpi_change", name=name, direction=w.direction(growth.value),
                          change=w.pct(growth))
                )  # fmt: skip
        if not clauses:
            return None
        return Section("kpis", w["section_kpis"], [w.sentence(*clauses, period=self.pname())])

    def quarter(self) -> Section | None:
        w = self.w
        q = self.book.latest_quarter(self.period)
        if q is None or q == self.period:
            return None
        rev, rev_change = self.level_and_change("revenue", q, "quarter_revenue_num")
        np, np_change = self.level_and_change("np_parent", q, "quarter_profit", "quarter_loss")
        first = w.say("quarter_revenue", revenue=rev or [])
        clauses = [first, rev_change, np, np_change]
        gm = self.fig("gross_margin", q)
        if gm is not None:
            clauses.append(w.say("quarter_gross_margin", gross_margin=w.pct(gm, signed=True)))
            gm_change = self.fig("gross_margin", q, measure=CHANGE_PP)
            if gm_change is not None:
                clauses.append(w.points_change("gross_margin_change", gm_change))
        paras = [w.sentence(*clauses, period=self.pname(q))]
        ocf = self.fig("ocf", q)
        if ocf is not None:
            outflow = ocf.value < 0
            key, slot = ("ocf_outflow", "ocf_outflow") if outflow else ("ocf", "ocf")
            first = w.say(key, **{slot: w.amount(ocf)})
            paras.append(
                w.sentence(first, self.outflow_change("ocf", q, outflow), period=self.pname(q))
            )
        return Section("quarter", w["section_quarter"] + f" ({self.pname(q)})", paras)

    def balance(self) -> Section | None:
        """Receivables and contract assets at the period's end; their change only at a year end,
        where a year-on-year change and the reports' 较上年末 are the same comparison."""
        w = self.w
        date = P.end_date(self.period)
        year_end = date.endswith("-12-31")
        clauses: list[list[Piece] | None] = []
        for role, key in (("receivables", "receivables"), ("contract_assets", "contract_assets")):
            level = self.fig(role, date)
            if level is None:
                continue
            clauses.append(w.say(key, **{key: w.amount(level)}))
            growth = self.fig(role, date, measure=CHANGE_PCT) if year_end else None
            if growth is not None:
                clauses.append(
                    w.say(
                        "balance_change", direction=w.direction(growth.value), change=w.pct(growth)
                    )
                )
        if not clauses:
            return None
        sentence = w.sentence(*clauses, period=self.pname(date), at=True)
        return Section("balance", w["section_balance"], [sentence])


def key_slot(key: str) -> str:
    """The number slot of a level template."""
    return {
        "lede_revenue_num": "revenue",
        "lede_profit": "np",
        "gross_profit": "gross_profit",
        "recurring": "recurring",
        "rd_num": "rd",
        "quarter_revenue_num": "revenue",
        "quarter_profit": "np",
    }[key]


def loss_key_slot(key: str) -> str:
    return {"lede_loss": "np_loss", "recurring_loss": "recurring_loss", "quarter_loss": "np_loss"}[
        key
    ]
