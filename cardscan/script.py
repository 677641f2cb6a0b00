"""Which writing system a piece of text is in: shared by the engines, orientation and
extraction, so every stage agrees on what counts as CJK (Han, kana and Hangul)."""

from __future__ import annotations

import re
import unicodedata

# Han, kana and Hangul: scripts written without spaces between words.
CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xFF66, 0xFF9F),  # half-width Katakana
)
CJK_SIGNS = (0x3005, 0x3006, 0x3007, 0x3012, 0x3231, 0x3232, 0x32A4)  # 々 〆 〇 〒 ㈱ ㈲
# Han ideographs of the unified block alone, as a class ("品质为本": no kana, no Hangul).
HAN_CHAR_CLASS = "[\u4e00-\u9fff]"
# Hangul's precomposed syllable blocks, 가 to 힣: a block's code tells its letters.
HANGUL_SYLLABLES = (0xAC00, 0xD7A3)
# The same set as a regular-expression character class, for patterns elsewhere.
CJK_CHAR_CLASS = (
    "["
    + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in CJK_RANGES)
    + "".join(f"\\u{code:04x}" for code in CJK_SIGNS)
    + "]"
)


# has_cjk and has_hangul search with these rather than test character by character: they
# are asked of every line and word many times over, and a compiled class is faster.
_CJK_SEARCH = re.compile(CJK_CHAR_CLASS)
_HANGUL_SEARCH = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")


def is_cjk_char(ch: str) -> bool:
    """Han, kana and Hangul code points: scripts written without spaces between words."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in CJK_RANGES) or code in CJK_SIGNS


def is_hangul_char(ch: str) -> bool:
    """Hangul syllables and Jamo (Korean)."""
    code = ord(ch)
    return 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def has_cjk(text: str) -> bool:
    """True when text holds a Han, Hiragana, Katakana or Hangul character."""
    return _CJK_SEARCH.search(text) is not None


def has_hangul(text: str) -> bool:
    """True when text holds a Hangul character."""
    return _HANGUL_SEARCH.search(text) is not None


def is_other_script_letter(ch: str) -> bool:
    """A letter neither Latin nor Han or kana: Hangul, Cyrillic, Greek, Arabic, Hebrew,
    Devanagari, Thai … (the scripts the first engine's models do not read)."""
    if not ch.isalpha() or "LATIN" in unicodedata.name(ch, ""):
        return False
    return is_hangul_char(ch) or not is_cjk_char(ch)


def has_other_script(text: str) -> bool:
    """True when text holds a letter of another script (:func:`is_other_script_letter`)."""
    return any(is_other_script_letter(ch) for ch in text)


def scripts_of(text: str) -> frozenset[str]:
    """The writing systems of the text's letters, by the first word of their Unicode names
    ("LATIN", "CYRILLIC", "HANGUL", "CJK", "HIRAGANA" …)."""
    return frozenset(unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha())
