"""The word lists' matchers: the quick test in front of each alternation never turns away a
text the alternation matches (cardscan.extract.lexicon.Lexicon)."""

from __future__ import annotations

import pytest

from cardscan.extract.lexicon import load, matcher, unaccented

# The lists extraction matches text against.
MATCHED_LISTS = (
    "company_words",
    "department_units",
    "department_words",
    "honorifics",
    "legal_forms",
    "non_name_words",
    "slogan_words",
    "street_words",
    "titles",
)


def variants(entry: str) -> list[str]:
    """How an entry turns up on a card: alone, inside a line, in capitals without accents,
    glued after a word (a suffix entry), with OCR's space inside a CJK word."""
    bare = entry.lstrip("-=")
    spaced = " ".join(bare) if len(bare) >= 3 and not bare.isascii() else bare
    plain = "".join(map(unaccented, bare)).upper()
    return [bare, f"Ana Lima, {bare} 12", plain, f"Haupt{bare}", spaced]


@pytest.mark.parametrize("name", MATCHED_LISTS)
@pytest.mark.parametrize("case_sensitive_short", [False, True])
def test_the_quick_test_passes_every_text_the_list_matches(name, case_sensitive_short) -> None:
    lexicon = matcher(name, case_sensitive_short=case_sensitive_short)
    turned_away = [
        text
        for entry in load(name)
        for text in variants(entry)
        if lexicon.full.search(text) and not lexicon.quick.search(text)
    ]
    assert turned_away == [], (name, turned_away[:5])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gerente de Vendas", "Gerente"),
        ("GERENTE COMERCIAL", "GERENTE"),
        ("+55 11 4000-1234", None),  # nothing of the list: the quick test says so
        ("rua das flores 12", None),
    ],
)
def test_a_lexicon_searches_as_its_alternation_does(text: str, found: str | None) -> None:
    lexicon = matcher("titles")
    match = lexicon.search(text)
    assert (match.group() if match else None) == found, text
    assert (lexicon.full.search(text) is None) is (found is None), text
    assert lexicon.sub("", text) == lexicon.full.sub("", text), text
    assert [m.span() for m in lexicon.finditer(text)] == [
        m.span() for m in lexicon.full.finditer(text)
    ], text


def test_the_quick_test_turns_away_a_line_without_entries() -> None:
    assert matcher("titles").quick.search("+55 11 4000-1234 · www.example.com.br") is None
