"""Phone numbers printed with more than one ending, or an extension: each number as it is
dialled (see test_phones.py for the conventions)."""

from __future__ import annotations

import pytest

from cardscan.extract.phones import find_phones


@pytest.mark.parametrize(
    ("region", "text", "want"),
    [
        (
            "IN",
            "Tel: 022 2345 6789 / 90",
            [("022 2345 6789", "+912223456789"), ("022 2345 6790", "+912223456790")],
        ),
        (
            # A subscriber's whole number after the first: given as printed, like
            # "4000-5678" after "11 4000-1234" (test_phones.py), not as a short ending.
            "IN",
            "Ph: 0120-4567890, 4567891",
            [("0120-4567890", "+911204567890"), ("4567891", None)],
        ),
        (
            "CN",
            "(020)43031719/43442654",
            [("(020)43031719", "+862043031719"), ("43442654", None)],
        ),
        ("TW", "電話：(02)2345-6789 分機 123", [("(02)2345-6789", "+886223456789")]),
        ("TW", "(02)2345-6789#123", [("(02)2345-6789", "+886223456789")]),
        (
            "IN",
            "Tel: 0120-4567890, 9820155501",
            [("0120-4567890", "+911204567890"), ("9820155501", "+919820155501")],
        ),
    ],
    ids=[
        "slash-two-digit-ending",
        "comma-whole-local-number",
        "slash-whole-local-number",
        "fenji-extension",
        "hash-extension",
        "comma-two-numbers",
    ],
)
def test_short_endings_and_extensions(region: str, text: str, want: list[tuple[str, str]]) -> None:
    got = [(f.phone.number, f.phone.e164) for f in find_phones([text], region)]
    assert got == want, text
