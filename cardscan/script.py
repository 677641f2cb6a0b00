"""Which writing system a piece of text is in: shared by the engines, orientation and
extraction, so every stage agrees on what counts as CJK (Han, kana and Hangul)."""

from __future__ import annotations


def is_cjk_char(ch: str) -> bool:
    """Han, kana and Hangul code points: scripts written without spaces between words."""
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # Hiragana, Katakana
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x1100 <= code <= 0x11FF  # Hangul Jamo
        or 0x3130 <= code <= 0x318F  # Hangul compatibility Jamo
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0xFF66 <= code <= 0xFF9F  # half-width Katakana
        or code in (0x3005, 0x3006, 0x3007, 0x3012, 0x3231, 0x3232, 0x32A4)  # 々 〆 〇 〒 ㈱ ㈲
    )


def is_hangul_char(ch: str) -> bool:
    """Hangul syllables and Jamo (Korean)."""
    code = ord(ch)
    return 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def has_cjk(text: str) -> bool:
    """True when text holds a Han, Hiragana, Katakana or Hangul character."""
    return any(is_cjk_char(ch) for ch in text)


def has_hangul(text: str) -> bool:
    """True when text holds a Hangul character."""
    return any(is_hangul_char(ch) for ch in text)
