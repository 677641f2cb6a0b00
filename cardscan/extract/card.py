"""The card as the field extractors see it: lines with already-read values taken out."""

from __future__ import annotations

from dataclasses import dataclass

from cardscan.models import Box

from . import patterns as P


@dataclass(frozen=True)
class CardLine:
    index: int  # position on the card, top first
    text: str  # as printed
    rest: str  # what is left once emails, phones and websites are removed and labels stripped
    height: int  # font-size proxy (Line.height)
    confidence: float
    had_values: bool  # an email, phone or website was read on this line
    box: Box | None = None  # where it is printed (None for plain text without layout)


def strip_labels(text: str) -> str:
    """Drop field labels ("Tel:", "E-mail:") and leftover separators around a value."""
    previous = None
    text = text.strip()
    while previous != text:
        previous = text
        text = P.LEADING_LABEL.sub("", text)
        text = P.ADDRESS_JOINER_STRIP.sub("", text)
    return P.WHITESPACE.sub(" ", text).strip()


def clean_rest(masked: str) -> str:
    """What remains of a line after its values were blanked: labels and dangling separators gone."""
    pieces = [strip_labels(piece) for piece in P.FIELD_SEPARATOR.split(masked)]
    pieces = [p for p in pieces if p and any(ch.isalnum() for ch in p) and not _only_labels(p)]
    return " ".join(pieces)


def _only_labels(piece: str) -> bool:
    """A piece that is just leftover labels ("TEL FAX", "E-mail") once the values were removed."""
    words = [w.strip(".:：") for w in piece.split()]
    return all(
        P.LEADING_LABEL.match(w + ":") and not P.LEADING_LABEL.sub("", w + ":") for w in words if w
    )
