"""A rival or peer named before a figure: the figure is the rival's, not the company's."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims as _checked

ROWS = [
    ("revenue", "2024FY", "1100000000", "CNY", "value", None, "S1"),
    ("revenue", "2023FY", "1000000000", "CNY", "value", None, "S1"),
]


def _verdicts(text: str) -> dict[str, str]:
    return {c.claim.quote: c.verdict.verdict for c in _checked(ROWS, text, date(2025, 3, 30))}


def test_a_rivals_figure_is_not_checked_as_the_companys():
    got = _verdicts(
        "样例药业's 2024 revenue rose 10% to 1.1 billion yuan. Its rival Zeta Pharma reported a "
        "25% rise in 2024 revenue.\n\nPeers. Omega Labs said its 2024 revenue grew 40%."
    )
    assert "supported" in got.values(), got
    rival = {q: v for q, v in got.items() if "25%" in q or "40%" in q}
    assert rival and set(rival.values()) == {"unverifiable"}, got


def test_the_company_named_again_after_the_rival_is_its_own():
    got = _verdicts(
        "Rival Zeta Pharma fared worse in 2024, while 样例药业's revenue rose 10% to 1.1 billion "
        "yuan."
    )
    assert any("10%" in q and v == "supported" for q, v in got.items()), got
    # rivals at a sentence's end name nobody: the next sentence is the company's again
    got = _verdicts(
        "样例药业 did better than most rivals. Revenue rose 10% to 1.1 billion yuan in 2024."
    )
    assert any("10%" in q and v == "supported" for q, v in got.items()), got
