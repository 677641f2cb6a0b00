"""Which writing system text is in: one owner, Hangul counted as CJK."""

from __future__ import annotations

import re

import pytest

from cardscan.script import has_cjk, has_hangul, has_other_script, is_cjk_char, scripts_of
from tests.conftest import REPO


@pytest.mark.parametrize(
    ("text", "cjk", "hangul"),
    [
        ("山田 太郎", True, False),  # Han
        ("ヤマダ", True, False),  # Katakana
        ("ｶﾀｶﾅ", True, False),  # half-width Katakana
        ("김민준", True, True),  # Hangul syllables
        ("ㄱㄴ", True, True),  # compatibility Jamo
        ("㈱北風", True, False),  # the company sign
        ("Kim Min-jun", False, False),
        ("Иван Петров", False, False),
        ("", False, False),
    ],
)
def test_cjk_and_hangul(text: str, cjk: bool, hangul: bool) -> None:
    assert (has_cjk(text), has_hangul(text)) == (cjk, hangul), text


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("김민준", True),  # Hangul
        ("Иван Петров", True),  # Cyrillic
        ("ว ย ง", True),  # Thai
        ("Αθήνα", True),  # Greek
        ("山田 ヤマダ", False),  # Han and kana: the first engine reads them
        ("Müller Ørsted Straße", False),  # Latin with marks
        ("ＡＢＣ", False),  # full-width Latin
        ("+82 10-1234-5678 @ .kr", False),
    ],
)
def test_other_script(text: str, other: bool) -> None:
    assert has_other_script(text) is other, text


def test_every_hangul_syllable_is_cjk() -> None:
    assert all(is_cjk_char(chr(code)) for code in range(0xAC00, 0xD7A4))


def test_no_other_module_has_its_own_cjk_ranges() -> None:
    """The orientation step once had its own test, without Hangul: only script.py may
    spell out the code point ranges."""
    ranges = re.compile(r"0x4E00|\\u4e00|0xAC00|\\uac00", re.IGNORECASE)
    owners = [
        str(path.relative_to(REPO))
        for path in sorted((REPO / "cardscan").rglob("*.py"))
        if ranges.search(path.read_text("utf-8"))
    ]
    assert owners == ["cardscan/script.py"]


def test_scripts_of_names_each_letters_writing_system() -> None:
    assert scripts_of("Елена Gómez 김 後藤 12-3") == {"CYRILLIC", "LATIN", "HANGUL", "CJK"}
    assert scripts_of("+81 3-1234") == frozenset()


def test_has_cjk_and_has_hangul_agree_with_their_character_tests() -> None:
    """The compiled searches say what the character tests say, at every range's edges."""
    from cardscan.script import CJK_RANGES, CJK_SIGNS, is_hangul_char

    edges = {c + d for lo, hi in CJK_RANGES for c in (lo, hi) for d in (-1, 0, 1)}
    codes = sorted(edges | set(CJK_SIGNS) | {0x41, 0xE9, 0x416, 0x3000, 0xFF21})
    for ch in map(chr, codes):
        assert has_cjk(f"ab{ch}c") is is_cjk_char(ch), hex(ord(ch))
        assert has_hangul(f"ab{ch}c") is is_hangul_char(ch), hex(ord(ch))
