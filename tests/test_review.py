"""What the review shows (doubtful and missing fields marked, the pictures of their lines)
and how a fixed field changes the contact."""

from __future__ import annotations

import numpy as np
import pytest

from cardscan.models import Contact, Phone
from cardscan.review import CONFIRMED, accepted, crops_to_check, shown_fields, to_check, with_field

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


def test_a_missing_name_or_email_is_to_check_a_missing_title_is_not() -> None:
    nameless = Contact(source="c.png", company="Brightwater", emails=("info@b.example",))
    assert to_check(nameless) == ["name"]
    shown = {s.field: (s.value, s.doubtful) for s in shown_fields(nameless)}
    assert shown["name"] == ("", True) and "title" not in shown
    assert to_check(Contact(source="c.png", name="Ana Ruiz")) == ["emails"]


def test_pictures_follow_the_contacts_values() -> None:
    a, b = np.zeros((4, 8, 3), np.uint8), np.ones((4, 8, 3), np.uint8)
    contact = Contact(source="c.png", name="Ana", emails=("x@a.example", "y@a.example"),
                      confidence={"name": 0.9, "emails": 0.2})  # fmt: skip
    crops = {"emails": [("y@a.example", b), ("x@a.example", a)], "name": [("Ana", a)]}
    found = crops_to_check(contact, crops)
    assert list(found) == ["emails"]  # the name is sure: no picture
    assert [int(p.max()) for p in found["emails"]] == [0, 1]  # the first email's first
