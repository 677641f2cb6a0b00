"""Checks on text that ends up in mail headers: addresses and display names."""

from __future__ import annotations

import unicodedata

from email_validator import EmailNotValidError, validate_email

# str.splitlines() breaks on these too; a mail client may as well.
_LINE_BREAKS = frozenset("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def has_line_break(text: str | None) -> bool:
    """True when text holds a line break or another control character.

    Such text in a header could start a new header (injection), so it is refused rather
    than cleaned: the card was misread or the input was forged, and a person should look.
    """
    if not text:
        return False
    return any(ch in _LINE_BREAKS or unicodedata.category(ch) == "Cc" for ch in text)


def check_email(address: str) -> str:
    """Return the normalised address, or raise ValueError saying why it is refused.

    Non-ASCII local parts are refused: many servers reject SMTPUTF8 and a draft that
    cannot be delivered helps no one. International domains are kept in their ASCII
    (punycode) form so headers stay plain ASCII.
    """
    if has_line_break(address):
        raise ValueError("email address contains a line break")
    try:
        info = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise ValueError(f"invalid email address {address!r}: {exc}") from None
    return info.ascii_email or info.normalized
