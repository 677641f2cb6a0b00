"""Reviewing a contact before its email is written: what to show, and a field fixed by hand.

OCR is never perfect, so `cardscan run` on a terminal shows each contact with its doubtful
fields marked and lets the user accept it, fix a field or skip the card. The terminal dialog
lives in cli/review.py; this module holds what it needs, free of any terminal code.
"""

from __future__ import annotations

import dataclasses

from cardscan.extract import REVIEW_BELOW, split_name
from cardscan.models import Contact

# Field shown → (Contact attribute, confidence key). Lists show their first item.
SHOWN: dict[str, tuple[str, str]] = {
    "name": ("name", "name"),
    "title": ("title", "title"),
    "company": ("company", "company"),
    "email": ("emails", "emails"),
    "phone": ("phones", "phones"),
    "website": ("websites", "websites"),
    "address": ("address", "address"),
}
# What a thank-you needs can be fixed here; phones are kept as read (no email uses them).
EDITABLE = tuple(field for field in SHOWN if field != "phone")
CONFIRMED = 1.0  # the confidence of a value the user typed or accepted


@dataclasses.dataclass(frozen=True)
class Shown:
    field: str
    value: str
    doubtful: bool  # Contact.is_doubtful: the user should look


def shown_fields(contact: Contact, *, below: float = REVIEW_BELOW) -> list[Shown]:
    """The contact's non-empty fields as the review shows them, doubtful ones marked."""
    out = []
    for field, (attribute, key) in SHOWN.items():
        value = getattr(contact, attribute)
        if isinstance(value, tuple):
            value = value[0] if value else None
            value = getattr(value, "number", value)
        if value:
            out.append(Shown(field, str(value), contact.is_doubtful(key, below)))
    return out


def accepted(contact: Contact) -> Contact:
    """The contact as the user accepted it, having seen its fields: the name and the
    emails it shows count as confirmed (a draft then needs no second check)."""
    seen = {key: CONFIRMED for key in ("name", "emails") if getattr(contact, key)}
    if not seen:
        return contact
    return dataclasses.replace(contact, confidence={**contact.confidence, **seen})


def with_field(contact: Contact, field: str, value: str) -> Contact:
    """The contact with one field replaced by what the user typed (empty clears it).

    A new name is split again into given and family names; a new email or website replaces
    the first one, the others kept after it. The field's confidence becomes CONFIRMED.
    """
    if field not in EDITABLE:
        raise ValueError(f"unknown field {field!r}; one of {', '.join(EDITABLE)}")
    attribute, key = SHOWN[field]
    value = " ".join(value.split())
    changes: dict[str, object] = {}
    if field == "name":
        given, family = split_name(value) if value else (None, None)
        changes = {"name": value or None, "given_name": given, "family_name": family}
    elif field == "email":
        changes = {"emails": ((value,) if value else ()) + contact.emails[1:]}
    elif field == "website":
        changes = {"websites": ((value,) if value else ()) + contact.websites[1:]}
    else:
        changes = {attribute: value or None}
    confidence = {**contact.confidence, key: CONFIRMED if value else 0.0}
    return dataclasses.replace(contact, **changes, confidence=confidence)
