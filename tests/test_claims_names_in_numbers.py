"""A company whose name starts with a digit (3M) is never read inside an amount ($372.3m)."""

from __future__ import annotations

from caibao.claims.lexicon import Lexicon


def test_name_starting_with_a_digit_is_not_read_inside_an_amount():
    lex = Lexicon({"3M": "MMM", "Acme": "ACME"})
    text = "Acme earned $41.3m, up from $23m, while 3M earned more; (3M) too."
    found = [(m.group(), m.start()) for m in lex.companies_re.finditer(text)]
    assert [w for w, _ in found] == ["Acme", "3M", "3M"]
