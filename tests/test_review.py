"""What the review shows and how a fixed field changes the contact."""

from __future__ import annotations

import pytest

from cardscan.models import Contact, Phone
from cardscan.review import CONFIRMED, accepted, shown_fields, with_field

CARD = Contact(
    source="c.jpg",
    name="Marla Okonkwo",
    given_name="Marla",
    family_name="Okonkwo",
    title="Head of Data",
    emails=("marla@lagoon.example", "info@lagoon.example"),
    phones=(Phone("+234 803 555 0199", "+2348035550199", "mobile"),),
    confidence={"name": 0.3, "title": 0.9, "emails": 0.95, "phones": 0.4},
)


def test_shown_fields_mark_the_doubtful_ones() -> None:
    shown = {s.field: (s.value, s.doubtful) for s in shown_fields(CARD)}
    assert shown == {
        "name": ("Marla Okonkwo", True),
        "title": ("Head of Data", False),
        "email": ("marla@lagoon.example", False),
        "phone": ("+234 803 555 0199", True),
    }


def test_accepting_confirms_the_name() -> None:
    assert accepted(CARD).confidence["name"] == CONFIRMED
    assert accepted(Contact(source="x")).confidence == {}


def test_a_new_name_is_split_again_and_confirmed() -> None:
    fixed = with_field(CARD, "name", "  Marla  A. Okonkwo ")
    assert (fixed.name, fixed.given_name, fixed.family_name) == (
        "Marla A. Okonkwo",
        "Marla A.",
        "Okonkwo",
    )
    assert fixed.confidence["name"] == CONFIRMED and fixed.title == CARD.title


def test_a_new_email_replaces_the_first_and_keeps_the_rest() -> None:
    fixed = with_field(CARD, "email", "marla.o@lagoon.example")
    assert fixed.emails == ("marla.o@lagoon.example", "info@lagoon.example")
    cleared = with_field(CARD, "title", "")
    assert cleared.title is None and cleared.confidence["title"] == 0.0


def test_phones_and_unknown_fields_cannot_be_edited() -> None:
    with pytest.raises(ValueError, match="unknown field 'phone'"):
        with_field(CARD, "phone", "123")
