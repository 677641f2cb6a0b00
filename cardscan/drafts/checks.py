"""Checks on text that ends up in mail headers: addresses and display names."""

from __future__ import annotations

import re
import unicodedata

from email_validator import EmailNotValidError, validate_email

# str.splitlines() breaks on these too; a mail client may as well.
_LINE_BREAKS = frozenset("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# An RFC 2047 encoded word: mail programs (and Python's email package, when it folds a
# header) decode it, so "=?utf-8?q?=0D=0A?=" is a line break in disguise.
_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bq]\?[^?\s]*\?=", re.IGNORECASE)


def has_line_break(text: str | None) -> bool:
    """True when text holds a line break or another control character.

    Such text in a header could start a new header (injection), so it is refused rather
    than cleaned: the card was misread or the input was forged, and a person should look.
    """
    if not text:
        return False
    return any(ch in _LINE_BREAKS or unicodedata.category(ch) == "Cc" for ch in text)


def header_text_problem(text: str | None) -> str | None:
    """Why text may not go into a mail header ("contains a line break", …), or None.

    Besides line breaks: invisible and text-direction characters (category Cf: zero-width
    spaces and joiners, U+202E RIGHT-TO-LEFT OVERRIDE…), which make a name or subject read
    differently from what it is, and encoded words, which turn into other text once decoded.
    """
    if not text:
        return None
    if has_line_break(text):
        return "contains a line break"
    hidden = next((ch for ch in text if unicodedata.category(ch) == "Cf"), None)
    if hidden is not None:
        return f"contains an invisible or text-direction character (U+{ord(hidden):04X})"
    if _ENCODED_WORD.search(text):
        return "contains an encoded word (=?…?=), which mail programs would decode"
    return None


def check_email(address: str) -> str:
    """Return the normalised address, or raise ValueError saying why it is refused.

    Non-ASCII local parts are refused: many servers reject SMTPUTF8 and a draft that
    cannot be delivered helps no one. International domains are kept in their ASCII
    (punycode) form so headers stay plain ASCII.
    """
    problem = header_text_problem(address)
    if problem is not None:
        raise ValueError(f"email address {problem}")
    try:
        info = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise ValueError(f"invalid email address {address!r}: {exc}") from None
    return info.ascii_email or info.normalized
