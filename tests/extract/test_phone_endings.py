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
        (
            # The ending printed in the number's own grouping: two groups of two.
            "RU",
            "T. +7 846 555 40 52/49 50",
            [("+7 846 555 40 52", "+78465554052"), ("+7 846 555 49 50", "+78465554950")],
        ),
        (
            # A whole subscriber's number grouped like the first one's last digits.
            "TW",
            "T: +886 7 555 2315, 555 6081",
            [("+886 7 555 2315", "+88675552315"), ("555 6081", None)],
        ),
        (
            # phonenumbers reads "8326140/6645" as one (valid) German number; before the
            # slash is a whole number, after it an ending no longer than its last group.
            "DE",
            "Tel. +49 511 5550140/6645",
            [("+49 511 5550140", "+495115550140"), ("+49 511 5556645", "+495115556645")],
        ),
        (
            # A slash after an area code stays part of the number.
            "DE",
            "Fon 089 / 5550167",
            [("089 / 5550167", "+49895550167")],
        ),
        (
            # Four-digit endings chained after a long subscriber's number, then a tax
            # number, which is no phone: each ending makes a number of its own.
            "DE",
            "Fon: 089 / 55501576/2238/2401 St.-Nr. 17/906/48131",
            [
                ("089 / 55501576", "+498955501576"),
                ("089 / 55502238", "+498955502238"),
                ("089 / 55502401", "+498955502401"),
            ],
        ),
        (
            # After a comma the same words start an address, not an ending.
            "DE",
            "Tel 089 55501576, 12 Bahnhofstraße",
            [("089 55501576", "+498955501576")],
        ),
        (
            # "доб. 728" (extension) misread as "6. 728" by an engine without Cyrillic: the
            # valid number before it stands, the scraps do not join it.
            "RU",
            "Тел. 8 (812) 555-65-42 6. 728",
            [("8 (812) 555-65-42", "+78125556542")],
        ),
        (
            # Too many digits follow to be scraps: left as printed.
            "BR",
            "Tel 4000 1234 5678",
            [("4000 1234 5678", None)],
        ),
        (
            # A wave dash ends a range even where phonenumbers reads the whole as valid.
            "KR",
            "T. +82 62 555 9040~2",
            [("+82 62 555 9040", "+82625559040"), ("+82 62 555 9042", "+82625559042")],
        ),
        (
            # An extension with the next number glued to it: one split (231 | 9812345678)
            # leaves a valid number.
            "IN",
            "Tel: 020-4455 6677 Extn.2319812345678",
            [("020-4455 6677", "+912044556677"), ("9812345678", "+919812345678")],
        ),
    ],
    ids=[
        "slash-two-digit-ending",
        "comma-whole-local-number",
        "slash-whole-local-number",
        "fenji-extension",
        "hash-extension",
        "comma-two-numbers",
        "slash-ending-in-two-groups",
        "comma-local-number-in-two-groups",
        "slash-ending-after-a-whole-german-number",
        "slash-after-an-area-code",
        "slashed-four-digit-endings-before-a-word",
        "comma-then-a-street-number",
        "misread-extension-after-a-valid-number",
        "long-invalid-number-kept-whole",
        "wave-dash-range-on-a-valid-number",
        "next-number-glued-to-an-extension",
    ],
)
def test_short_endings_and_extensions(region: str, text: str, want: list[tuple[str, str]]) -> None:
    got = [(f.phone.number, f.phone.e164) for f in find_phones([text], region)]
    assert got == want, text


@pytest.mark.parametrize(
    ("region", "line"),
    [
        ("KR", "대표전화: +82-53-555-4671 (내선 869)"),
        ("US", "Tel: +1 212 555 0142 (ext. 86)"),
        ("TW", "電話：(02)2345-6789 (分機 123)"),
    ],
)
def test_an_extension_in_brackets_is_part_of_the_number(region: str, line: str) -> None:
    """The number's span takes its bracketed extension, so nothing of it is left on the line
    to be read as something else (a title, an address)."""
    (found,) = find_phones([line], region)
    assert line[found.span[1] :].strip() == "", line
