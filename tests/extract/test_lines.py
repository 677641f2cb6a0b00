"""Lines of a card as extraction sees them (cardscan.extract.lines)."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.lines import CardLine, list_items


def card_lines(*texts: str) -> list[CardLine]:
    return [
        CardLine(i, t, t.lstrip("-*•» "), height=30, confidence=0.99, had_values=False)
        for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (("• Rações", "Pet Shop Aurora"), {0}),  # a bullet opens an item on its own
        (("- Uniforms", "- Alterations", "Ravi Tailors"), {0, 1}),
        (("* Cut", "* Colour", "Salon Mira"), {0, 1}),
        (("- Nordlicht Maschinenbau GmbH", "Anna Berg"), set()),  # a lone dash: a logo's mark
        (("Anna Berg", "Sales - North", "+49 30 1234 5678"), set()),  # a dash inside a line
    ],
)
def test_list_items(texts: tuple[str, ...], want: set[int]) -> None:
    assert list_items(card_lines(*texts)) == want, texts


def test_a_firm_after_a_lone_dash_is_still_the_firm() -> None:
    text = "- Nordlicht Maschinenbau GmbH\nAnna Berg\nVertrieb\nanna.berg@nordlicht.example.de"
    contact = extract_text(text)
    assert contact.company == "Nordlicht Maschinenbau GmbH", (text, contact.company)
