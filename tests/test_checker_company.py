"""Which company an article is about, when the store holds several (the SEC data sets hold
hundreds of filers, some with tickers that are English words)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.checker import Checker
from caibao.model import Company, Document, Fact, Reading, Source
from caibao.store import Store


def _store(*companies: tuple[str, str, tuple[str, ...]]) -> Store:
    store = Store(":memory:")
    for i, (code, name, aliases) in enumerate(companies):
        sha = f"sha-{i}"
        src = Source("inline.csv", sha, None, "t", "Revenue", "line 2", "100")
        fact = Fact(code, "revenue", "2024FY", Decimal("100000000"), "USD", src, scale="$")
        company = Company(code, name, None, aliases)
        store.add(Reading(Document(sha, f"{code}.csv", "facts_csv", company, "2024FY"), [fact]))
    return store


def test_a_ticker_that_is_a_word_does_not_name_its_company():
    store = _store(
        ("A", "AGILENT TECHNOLOGIES INC", ("Agilent",)), ("ACME", "ACME CORP", ("Acme",))
    )
    text = "Acme said revenue was a record $100 million in 2024, a rise on a year earlier."
    assert Checker(store).detect_company(text) == "ACME"


def test_a_tie_goes_to_the_company_named_first():
    store = _store(("ZZZ", "ZETA CORP", ("Zeta",)), ("BBB", "BETA CORP", ("Beta",)))
    text = "Beta posted revenue of $100 million in 2024. Zeta, a rival, did not."
    assert Checker(store).detect_company(text) == "BBB"


def test_a_name_that_is_also_a_word_matches_only_written_as_a_name():
    store = _store(
        ("RRC", "RANGE RESOURCES CORP", ("Range Resources", "Range")), ("MHS", "MEDCO", ("Medco",))
    )
    checker = Checker(store)
    text = "Medco raised its forecast range. Range Resources was not mentioned by Medco."
    assert [text[a:b] for a, b, _ in checker.company_mentions(text)] == [
        "Medco",
        "Range Resources",
        "Medco",
    ]


def test_a_rival_and_its_symbol_do_not_outnumber_the_article_s_company():
    # the rival's name and its symbol in parentheses are one mention, and a name after "rival"
    # is not the article's company: Southern Copper, named twice, is what the article is about
    store = _store(
        ("PCU", "SOUTHERN COPPER CORP/", ("Southern Copper",)),
        ("FCX", "FREEPORT MCMORAN COPPER & GOLD INC", ("Freeport-McMoRan",)),
    )
    text = (
        "Southern Copper profit falls. Southern Copper said revenue was $100 million in 2024. "
        "Shares of rival Freeport-McMoRan (FCX.N) rose; Freeport-McMoRan reports next week."
    )
    assert Checker(store).detect_company(text) == "PCU"


def test_a_name_with_its_exchange_symbol_inside_the_parentheses():
    # 地区金融 is no name the store knows; the English name and symbol in its parentheses are,
    # and outweigh two banks named first in passing
    store = _store(
        ("RF", "REGIONS FINANCIAL CORP", ("Regions Financial",)),
        ("GS", "GOLDMAN SACHS GROUP INC", ("高盛",)),
        ("JPM", "JPMORGAN CHASE & CO", ("摩根大通",)),
    )
    text = (
        "与高盛、摩根大通等大行不同，区域银行仍在还债。"
        "地区金融公司（Regions Financial Corp.，NYSE:RF）二季度营收1亿美元。"
    )
    assert Checker(store).detect_company(text) == "RF"


def test_a_peer_after_a_word_for_peers_and_its_symbol_do_not_count():
    # 同业中，美国电力公司（AEP）: the peer's name and symbol are not the article's company, whose
    # exchange in its parentheses is written in Chinese (纽约证交所代码：FE)
    store = _store(
        ("FE", "FIRSTENERGY CORP", ("FirstEnergy",)),
        ("AEP", "AMERICAN ELECTRIC POWER CO INC", ("美国电力",)),
    )
    text = (
        "第一能源（FirstEnergy Corp.，纽约证交所代码：FE）二季度营收1亿美元。"
        "同业中，美国电力公司（AEP）二季度每股收益为0.69美元。美国电力（AEP）将于下周公布。"
    )
    assert Checker(store).detect_company(text) == "FE"


def test_a_chinese_name_before_a_symbol_names_the_company_where_it_is_written_again():
    # 林肯国民 is no name the store knows; written before the symbol's parentheses it is LNC's,
    # and where the article writes it again (林肯国民总收入) it is the company, not a segment
    store = _store(("LNC", "LINCOLN NATIONAL CORP", ("Lincoln National",)))
    checker = Checker(store)
    text = (
        "美国老牌寿险公司林肯国民（Lincoln National，NYSE：LNC）交出成绩单。"
        "二季度林肯国民总收入19.52亿美元。总部位于伯明翰的林肯国民公司（NYSE:LNC）称。"
    )
    named = [(text[a:b], code) for a, b, code in checker.company_mentions(text)]
    assert named.count(("林肯国民", "LNC")) == 3
    claim = checker.check(text).claims[0].claim
    assert (claim.concept, claim.segment) == ("revenue", None)


def test_a_chinese_name_is_written_again_without_the_word_of_its_trade():
    # 森普拉能源 before the symbol; 森普拉 alone later is the company, not a segment
    store = _store(("SRE", "SEMPRA ENERGY", ("Sempra Energy",)))
    checker = Checker(store)
    text = (
        "加州公用事业巨头森普拉能源（Sempra Energy，NYSE：SRE）公布二季报。"
        "森普拉能源表示业绩稳定。今年上半年，森普拉营收37.97亿美元。"
    )
    named = [(text[a:b], code) for a, b, code in checker.company_mentions(text)]
    assert ("森普拉", "SRE") in named
    claim = checker.check(text).claims[0].claim
    assert (claim.concept, claim.segment) == ("revenue", None)


def test_a_two_character_name_after_a_description_written_again_and_again():
    # 骨科植入物龙头齐默控股（…ZMH）: 齐默, written three times, is the company
    store = _store(("ZMH", "ZIMMER HOLDINGS INC", ("Zimmer Holdings",)))
    checker = Checker(store)
    text = (
        "齐默二季度销售额下滑5.5%\n\n全球骨科植入物龙头齐默控股（Zimmer Holdings，NYSE：ZMH）"
        "公布季报。齐默的产品覆盖髋关节。"
    )
    named = [(text[a:b], code) for a, b, code in checker.company_mentions(text)]
    assert named.count(("齐默", "ZMH")) == 3
    claim = checker.check(text).claims[0].claim
    assert (claim.concept, claim.segment) == ("revenue", None)


def test_a_word_describing_the_company_before_its_name_is_no_part_of_it():
    # 电力巨头艾克美国际（…）: 巨头 describes it, so 艾克美国际 written alone is the company; 旗下
    # 南加州艾克美（SCA）, its subsidiary, does not take the parent's name 艾克美 either
    store = _store(
        ("ACI", "ACME INTERNATIONAL", ("Acme International",)),
        ("SCA", "SOUTHERN CALIFORNIA ACME CO", ("Southern California Acme",)),
    )
    checker = Checker(store)
    text = (
        "艾克美国际二季度由盈转亏。加州公用事业巨头艾克美国际第二季度亏损。"
        "美国加州电力巨头艾克美国际（Acme International，NYSE:ACI）公布季报，艾克美国际的营收下降。"
        "市场关心旗下南加州艾克美（SCA）的费率审核。"
    )
    named = [(text[a:b], code) for a, b, code in checker.company_mentions(text)]
    assert named.count(("艾克美国际", "ACI")) == 4
    assert checker.detect_company(text) == "ACI"


def test_a_company_in_the_clause_of_what_weighed_on_the_figures_is_not_their_subject():
    store = _store(
        ("ACI", "ACME INTERNATIONAL", ("Acme International", "艾克美国际")),
        ("AME", "ACME MISSION ENERGY", ("Acme Mission",)),
    )
    text = "受旗下Acme Mission Group租赁终止相关费用拖累，艾克美国际第二季度录得净亏损，营收同比下滑18.5%。"
    (claim,) = [c.claim for c in Checker(store).check(text, day=date(2009, 8, 8)).claims]
    assert (claim.subject, claim.concept) == ("ACI", "revenue")


def test_the_company_spun_off_is_not_who_the_gain_is_of():
    store = _store(
        ("ACH", "ACME HOLDINGS CORP", ("Acme Holdings", "艾克美控股")),
        ("LOR", "LORIMER INC", ("Lorimer",)),
    )
    text = "艾克美控股二季度盈利。去年二季度有分拆Lorimer带来的42.82亿美元处置收益，完全不可比。"
    (claim,) = [c.claim for c in Checker(store).check(text, day=date(2009, 8, 9)).claims]
    assert claim.subject == "ACH"


def test_a_known_chinese_name_is_written_again_without_the_words_of_its_trade():
    # 哈特福德金融服务 is a name the store knows, written before an English name and the symbol in
    # parentheses; 哈特福德 alone later is the company, not a segment of 哈特福德总收入
    store = _store(("HIG", "HARTFORD FINANCIAL SERVICES GROUP INC", ("哈特福德金融服务",)))
    checker = Checker(store)
    text = (
        "美国老牌保险商哈特福德金融服务集团（Hartford Financial Services Group，NYSE:HIG）"
        "提交了季报。哈特福德二季度总收入为76.37亿美元，同比微增1.8%。"
    )
    named = [(text[a:b], code) for a, b, code in checker.company_mentions(text)]
    assert ("哈特福德", "HIG") in named
    claim = checker.check(text).claims[0].claim
    assert (claim.concept, claim.segment) == ("revenue", None)


def test_a_known_group_name_written_again_without_its_legal_form():
    # 旅行者集团 is a name the store knows; 旅行者 alone later is the company, not a segment
    store = _store(("TRV", "TRAVELERS COMPANIES INC", ("旅行者集团",)))
    checker = Checker(store)
    text = (
        "美国财险巨头旅行者集团（Travelers，NYSE:TRV）提交了二季度10-Q文件。"
        "上半年，旅行者总收入118.97亿美元。旅行者股价收于43.20美元。"
    )
    named = [(text[a:b], code) for a, b, code in checker.company_mentions(text)]
    assert ("旅行者", "TRV") in named
    claim = checker.check(text).claims[0].claim
    assert (claim.concept, claim.segment) == ("revenue", None)
