"""The same person photographed twice, merged into one contact.

Two contacts are the same person when they share an email address (case-insensitively) or
the same name and company (after Unicode and case folding). The first one read wins each
field it has; fields it lacks come from the others, lists are joined without repeats, and
each field keeps the highest confidence.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable

from cardscan.models import Contact

_LIST_FIELDS = ("emails", "phones", "websites")
_TEXT_FIELDS = ("name", "given_name", "family_name", "name_alt", "title", "company", "address")


def identities(contact: Contact) -> list[str]:
    """The keys under which two contacts count as one person."""
    keys = [f"email:{e.casefold()}" for e in contact.emails]
    if contact.name and contact.company:
        keys.append(f"person:{_folded(contact.name)}|{_folded(contact.company)}")
    return keys


def merge_duplicates(contacts: Iterable[Contact]) -> list[Contact]:
    """One contact per person, in the order each person was first read."""
    merged: list[Contact] = []
    gone: set[int] = set()  # merged into an earlier contact
    owner: dict[str, int] = {}  # identity -> index in merged
    for contact in contacts:
        matches = sorted({owner[k] for k in identities(contact) if k in owner})
        if not matches:
            merged.append(contact)
            index = len(merged) - 1
        else:
            index = matches[0]
            merged[index] = merge(merged[index], contact)
            for other in matches[1:]:  # this card shows two people kept apart so far are one
                merged[index] = merge(merged[index], merged[other])
                gone.add(other)
                owner.update({k: index for k, i in owner.items() if i == other})
        owner.update(dict.fromkeys(identities(merged[index]), index))
        owner.update(dict.fromkeys(identities(contact), index))
    return [c for i, c in enumerate(merged) if i not in gone]


def merge(first: Contact, other: Contact) -> Contact:
    """``first`` completed by ``other``: see the module docstring."""
    changes: dict[str, object] = {}
    for name in _TEXT_FIELDS:
        if not getattr(first, name) and getattr(other, name):
            changes[name] = getattr(other, name)
    for name in _LIST_FIELDS:
        changes[name] = _union(getattr(first, name), getattr(other, name))
    confidence = dict(first.confidence)
    for key, value in other.confidence.items():
        confidence[key] = max(value, confidence.get(key, 0.0))
    return dataclasses.replace(first, **changes, confidence=confidence)


def _union(first: tuple, other: tuple) -> tuple:
    seen = {_item_key(x) for x in first}
    return first + tuple(
        x for x in other if _item_key(x) not in seen and not seen.add(_item_key(x))
    )


def _item_key(item: object) -> str:
    text = getattr(item, "e164", None) or getattr(item, "number", None) or str(item)
    return text.casefold()


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())
