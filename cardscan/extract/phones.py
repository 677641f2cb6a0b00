"""Phone and fax numbers, read line by line with phonenumbers, kind from the label before them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import phonenumbers

from cardscan.models import Phone

from . import patterns as P
from .lexicon import has_cjk, load_pairs

_MIN_DIGITS = 7
_POSTCODE_LABELS = re.compile(r"(?:〒|\bCEP\b|\bPLZ\b|\bZIP\b|\bPIN\b)[\s:.]*$", re.IGNORECASE)
_BR_CEP = re.compile(r"^\d{5}-\d{3}$")
_JP_POSTCODE = re.compile(r"^\d{3}-\d{4}$")


@dataclass(frozen=True)
class FoundPhone:
    phone: Phone
    line: int
    span: tuple[int, int]


@cache
def _label_pattern() -> re.Pattern[str]:
    """Any phone label from data/phone_labels.txt directly followed by the start of a number.

    One-letter labels (T, M, F) count only in capitals: lower-case letters
    before digits are units or words ("5 m", "f 12").
    """
    parts = []
    for _, label in sorted(load_pairs("phone_labels"), key=lambda p: len(p[1]), reverse=True):
        body = re.escape(label)
        if has_cjk(label):
            parts.append(body)
        elif len(label) == 1:
            parts.append(r"(?<![^\W\d_])" + body + r"(?![^\W\d_])")
        else:
            parts.append(r"(?<![^\W\d_])(?i:" + body + r")(?![^\W\d_])")
    return re.compile("(?P<label>" + "|".join(parts) + ")" + P.PHONE_LABEL_TAIL)


@cache
def _label_kinds() -> dict[str, str]:
    return {label.casefold(): kind for kind, label in load_pairs("phone_labels")}


def kind_of_label(label: str) -> str | None:
    """The phone kind a printed label names (Tel → work, Cel → mobile, FAX → fax)."""
    return _label_kinds().get(label.casefold())


def _segments(text: str) -> list[tuple[int, int, str | None]]:
    """Split a line at phone labels: (start, end, kind of the label heading the piece).

    "TEL:06-6531-0157FAX:06-6531-0158" gives a work piece and a fax piece.
    """
    labels = list(_label_pattern().finditer(text))
    cuts = [(0, None)] + [(m.end(), kind_of_label(m.group("label"))) for m in labels]
    starts = [m.start() for m in labels] + [len(text)]
    return [(start, starts[i], kind) for i, (start, kind) in enumerate(cuts) if start < starts[i]]


def looks_like_postcode(raw: str, before: str) -> bool:
    """Postcodes read as numbers: "〒550-0005", "CEP 01310-100", a bare 01310-100 or 550-0005."""
    raw = raw.strip()
    return bool(_POSTCODE_LABELS.search(before) or _BR_CEP.match(raw) or _JP_POSTCODE.match(raw))


def accept_number(number: phonenumbers.PhoneNumber, raw: str, before: str, labelled: bool) -> bool:
    """Keep a match when it is a valid number, or a possible one that is clearly meant as a phone.

    Clearly meant: a label precedes it, it stands alone on its line, or it is
    written internationally (+…); and it has at least eight digits. Dates,
    postcodes and short digit runs are never phones.
    """
    digits = len(P.DIGIT.findall(raw))
    if digits < _MIN_DIGITS or P.DATE_LIKE.match(raw) or looks_like_postcode(raw, before):
        return False
    if phonenumbers.is_valid_number(number):
        return True
    return (
        digits >= 8
        and (labelled or raw.lstrip().startswith(("+", "＋")))
        and phonenumbers.is_possible_number(number)
    )


def _kind(label_kind: str | None, number: phonenumbers.PhoneNumber) -> str:
    """The label decides; without one, phonenumbers' MOBILE type means mobile, anything
    else is other."""
    if label_kind:
        return label_kind
    if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
        return "mobile"
    return "other"


def phones_in_line(text: str, line: int, region: str) -> list[FoundPhone]:
    """Numbers on one line (emails and websites already masked out)."""
    found = []
    for start, end, label_kind in _segments(text):
        segment = text[start:end]
        if not P.PHONE_START.search(segment):
            continue
        matcher = phonenumbers.PhoneNumberMatcher(
            segment, region, leniency=phonenumbers.Leniency.POSSIBLE
        )
        for match in matcher:
            raw = match.raw_string.strip()
            before = text[: start + match.start]
            alone = not any(
                ch.isalnum() for ch in text[: start + match.start] + text[start + match.end :]
            )
            if not accept_number(match.number, raw, before, label_kind is not None or alone):
                continue
            valid = phonenumbers.is_valid_number(match.number)
            e164 = (
                phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                if valid
                else None
            )
            span = (start + match.start, start + match.end)
            found.append(FoundPhone(Phone(raw, e164, _kind(label_kind, match.number)), line, span))
    return found


def find_phones(lines: list[str], region: str) -> list[FoundPhone]:
    """Numbers on the card in reading order, each once (same E.164 or same digits)."""
    seen: set[str] = set()
    out = []
    for index, text in enumerate(lines):
        for found in phones_in_line(text, index, region):
            key = found.phone.e164 or "".join(P.DIGIT.findall(found.phone.number))
            if key not in seen:
                seen.add(key)
                out.append(found)
    return out
