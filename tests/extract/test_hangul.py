"""Hangul spelled in Latin letters (cardscan.extract.hangul), and the rule that uses it to give
back Korea's legal form ㈜ read as the syllable 주 (company_text.mark_read_as_ju)."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.hangul import (
    one_letter_apart,
    romanised_syllables,
    spelling_skeleton,
    spells_syllables,
)


@pytest.mark.parametrize(
    ("hangul", "want"),
    [
        # Official Revised Romanization spellings of cities and provinces.
        ("서울", "seoul"),
        ("부산", "busan"),
        ("대구", "daegu"),
        ("광주", "gwangju"),
        ("제주", "jeju"),
        ("경기", "gyeonggi"),
        ("충청", "chungcheong"),
        ("한빛 IT", "hanbit IT"),  # other characters stay as they are
    ],
)
def test_hangul_syllables_are_spelled_in_revised_romanization(hangul: str, want: str) -> None:
    assert romanised_syllables(hangul) == want, hangul


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Taekwang", "taegwang"),  # k for g
        ("Samsung", "samseong"),  # u for eo
        ("Hanbitt", "hanbit"),  # doubled letters
        ("Sae-Han", "saehan"),  # signs between the letters
    ],
)
def test_spellings_of_one_korean_name_share_a_skeleton(one: str, other: str) -> None:
    assert spelling_skeleton(one) == spelling_skeleton(other), (one, other)


@pytest.mark.parametrize(
    ("hangul", "latin", "want"),
    [
        ("한빛", "Hanbit Construction Co., Ltd.", True),
        ("한빛", "hanbit-tech.example.kr", True),
        ("한빛", "Han Bit Electronics", True),  # the syllables run on into the next word
        ("한빛", "Hanul Electronics", False),
        ("원산", "JUWON Industrial", False),  # inside a word, not at its start
    ],
)
def test_the_latin_text_spells_the_syllables_at_the_start_of_a_word(
    hangul: str, latin: str, want: bool
) -> None:
    assert spells_syllables(hangul, latin) is want, (hangul, latin)


MARK_READ_AS_JU = {
    "the English name spells the syllables after it": (
        "주한빛건설\nHanbit Construction Co., Ltd.\n김하늘\n과장\n"
        "+82-31-555-0142\nhaneul.kim@hanbit-build.example.kr",
        "㈜한빛건설",
    ),
    "the domain spells them": (
        "주가람건설\n이도윤\n대리\n+82-2-555-0199\ndoyun.lee@garam-build.co.kr",
        "㈜가람건설",
    ),
    "the firm's name opens with 주, and its English name says so": (
        "주원산업\nJUWON Industrial Co., Ltd.\n박서연\n차장\n"
        "+82-51-555-0123\nseoyeon.park@juwon.example.kr",
        "주원산업",
    ),
    "nothing on the card spells the name": (
        "주한빛건설\n김하늘\n과장\n+82-31-555-0142\nhaneul.kim@gmail.com",
        "주한빛건설",
    ),
}


@pytest.mark.parametrize("case", MARK_READ_AS_JU)
def test_the_legal_form_read_as_ju_is_given_back_when_the_card_spells_the_name(
    case: str,
) -> None:
    card, firm = MARK_READ_AS_JU[case]
    assert extract_text(card).company == firm, card


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        ("잭", "책", True),  # the initial
        ("면", "연", True),  # the initial again
        ("석", "삭", True),  # the vowel
        ("석", "서", True),  # the final
        ("잭", "선", False),  # all three
        ("석", "석", False),  # the same syllable
        ("a", "b", False),  # not Hangul
    ],
)
def test_syllables_one_letter_apart(a: str, b: str, want: bool) -> None:
    assert one_letter_apart(a, b) is want, (a, b)
