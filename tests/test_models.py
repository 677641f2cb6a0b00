"""The data passed between stages: the one rule for a doubtful field."""

from __future__ import annotations

import pytest

from cardscan.models import Contact, Phone

CONTACT = Contact(
    "c.jpg",
    name="Ada Quill",
    company="Quill Works",
    emails=("ada@quill.example",),
    phones=(Phone("+44 113 496 0000", "+441134960000", "work"),),
    confidence={"name": 0.59, "company": 0.6, "emails": 0.2, "title": 0.0},
)


@pytest.mark.parametrize(
    ("key", "doubtful"),
    [
        ("name", True),  # under the threshold
        ("company", False),  # at it
        ("emails", True),  # a list field
        ("phones", False),  # no score: counts as sure
        ("title", False),  # empty: nothing to check, whatever its score
        ("address", False),  # empty, no score
    ],
)
def test_is_doubtful(key: str, doubtful: bool) -> None:
    assert CONTACT.is_doubtful(key, 0.6) is doubtful, (key, CONTACT.confidence.get(key))
