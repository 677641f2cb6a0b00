"""Hangul syllables spelled in Latin letters, so that a Korean card's Latin text (its domain,
its firm's name in English) can say which syllables its Hangul name is made of."""

from __future__ import annotations

import re

from cardscan.script import HANGUL_SYLLABLES

# Revised Romanization of Korea, letter by letter: a syllable block is (initial × 21 +
# vowel) × 28 + final, counted from 가 (Unicode's Hangul Syllables block).
_FIRST_SYLLABLE, _LAST_SYLLABLE = HANGUL_SYLLABLES
_INITIALS = (
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
    "p", "h",
)  # fmt: skip
_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
    "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
    "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip


def syllable_letters(ch: str) -> tuple[int, int, int] | None:
    """The initial, vowel and final letters (jamo) of a Hangul syllable block, as their
    places in Unicode's order ("책" → ㅊ, ㅐ, ㄱ), or None for any other character."""
    code = ord(ch) if len(ch) == 1 else -1
    if not _FIRST_SYLLABLE <= code <= _LAST_SYLLABLE:
        return None
    initial, rest = divmod(code - _FIRST_SYLLABLE, 21 * 28)
    vowel, final = divmod(rest, 28)
    return initial, vowel, final


LETTERS_IN_A_SYLLABLE = 3  # initial, vowel, final


def letters_apart(a: str, b: str) -> int:
    """How many of their letters two Hangul syllables differ in ("잭" and "책": 1, "잭" and
    "선": 3); a character that is no Hangul syllable differs in all LETTERS_IN_A_SYLLABLE."""
    first, second = syllable_letters(a), syllable_letters(b)
    if first is None or second is None:
        return LETTERS_IN_A_SYLLABLE
    return sum(x != y for x, y in zip(first, second, strict=True))


def one_letter_apart(a: str, b: str) -> bool:
    """Two Hangul syllables that differ in one of their letters only ("잭" and "책", "면"
    and "연"): the slip a recogniser makes in a block, whose other letters it read right."""
    return letters_apart(a, b) == 1


def romanised_syllables(text: str) -> str:
    """``text`` with each Hangul syllable block spelled in Latin letters ("해솔" →
    "haesol"); other characters as they are."""
    out = []
    for ch in text:
        letters = syllable_letters(ch)
        if letters is None:
            out.append(ch)
            continue
        initial, vowel, final = letters
        out.append(_INITIALS[initial] + _VOWELS[vowel] + _FINALS[final])
    return "".join(out)


# Firms spell their names their own way ("Taekwang" for RR "Taegwang", "Samsung" for
# "Samseong"): voiced and unvoiced stops, l and r, and the vowels written more than one way
# are made one letter before spellings are compared.
_SKELETON_PAIRS = (("eo", "u"), ("eu", "u"), ("oo", "u"), ("ae", "e"), ("ch", "j"))
_SKELETON_LETTERS = str.maketrans("ktpl", "gdbr")
_NOT_LETTER = re.compile(r"[^a-z]+")
_DOUBLED = re.compile(r"(.)\1+")


def spelling_skeleton(latin: str) -> str:
    """The Latin letters of ``latin`` folded so that the ways Korean names are spelled in
    Latin letters compare equal ("Taekwang" and "taegwang", "Samsung" and "samseong"): lower
    case, letters only, pairs of spellings made one, doubled letters single."""
    text = _NOT_LETTER.sub("", latin.casefold())
    for pair, one in _SKELETON_PAIRS:
        text = text.replace(pair, one)
    return _DOUBLED.sub(r"\1", text.translate(_SKELETON_LETTERS))


def spells_syllables(hangul: str, latin: str) -> bool:
    """Rule: a word of the card's Latin text ``latin``, alone or run on into the next one
    ("Haesol", "hae-sol"), opens with the syllables ``hangul`` spelled in Latin letters, as
    :func:`spelling_skeleton` compares them."""
    want = spelling_skeleton(romanised_syllables(hangul))
    words = [spelling_skeleton(word) for word in _NOT_LETTER.split(latin.casefold()) if word]
    if not want or not words:
        return False
    runs = [a + b for a, b in zip(words, [*words[1:], ""], strict=True)]
    return any(run.startswith(want) for run in runs)
