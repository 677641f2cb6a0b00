"""Reviewing a contact before its email is written: what to show, and a field fixed by hand.

OCR is never perfect, so `cardscan run` on a terminal shows each contact with its doubtful
fields marked and lets the user accept it, fix a field or skip the card. The terminal dialog
lives in cli/review.py; this module holds what it needs, free of any terminal code.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from cardscan.extract import REVIEW_BELOW, split_name
from cardscan.models import CONFIDENCE_KEYS, Contact

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
# A thank-you needs both: when the card gave none, the user is asked to look (and can type
# it from the card) just as for a value read with doubt.
NEEDED = ("name", "emails")


@dataclasses.dataclass(frozen=True)
class Shown:
    field: str
    value: str
    doubtful: bool  # Contact.is_doubtful: the user should look


def to_check(contact: Contact, *, below: float = REVIEW_BELOW) -> list[str]:
    """The confidence keys the user should look at: a value read with doubt
    (Contact.is_doubtful), or a name or email the card did not give (NEEDED)."""
    missing = [key for key in NEEDED if not getattr(contact, key)]
    return [key for key in CONFIDENCE_KEYS if key in missing or contact.is_doubtful(key, below)]


def shown_fields(contact: Contact, *, below: float = REVIEW_BELOW) -> list[Shown]:
    """The contact's non-empty fields as the review shows them, doubtful ones marked; a
    name or email not found is shown empty and marked (to_check)."""
    marked = to_check(contact, below=below)
    out = []
    for field, (attribute, key) in SHOWN.items():
        value = getattr(contact, attribute)
        if isinstance(value, tuple):
            value = value[0] if value else None
            value = getattr(value, "number", value)
        if value or key in marked:
            out.append(Shown(field, str(value or ""), key in marked))
    return out


def crops_to_check(
    contact: Contact,
    crops: Mapping[str, Sequence[tuple[str, Any]]],
    *,
    below: float = REVIEW_BELOW,
) -> dict[str, list[Any]]:
    """The card's picture of each line to check (cardscan.verify.value_crops gives
    ``crops``: key → [(value, image)]), in the order the contact holds its values; a key
    with no picture (a name not found) is left out."""
    out: dict[str, list[Any]] = {}
    for key in to_check(contact, below=below):
        pairs = list(crops.get(key, ()))
        wanted = _values(contact, key)
        # The contact's order (the first email is the one a draft goes to); a value read
        # otherwise than its line (merged duplicates) still shows its key's pictures.
        matched = [image for value in wanted for v, image in pairs if v == value]
        pictures = matched or [image for _, image in pairs]
        if pictures:
            out[key] = pictures
    return out


def _values(contact: Contact, key: str) -> list[str]:
    if key == "phones":
        return [p.number for p in contact.phones]
    value = getattr(contact, key)
    return list(value) if isinstance(value, tuple) else [value] if value else []


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
