"""Phone and fax numbers, read line by line with phonenumbers, kind from the label before them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

import phonenumbers

from cardscan.models import Phone

from . import phone_patterns as PP
from .address_patterns import REGISTRY_ID
from .lexicon import has_cjk, load_pairs
from .phone_endings import (
    Tail,
    e164_of,
    ending_phones,
    glued_after_extension,
    number_tail,
    range_tail,
)
from .phone_matches import direct_dial_sibling, number_matches, split_glued_range

_MIN_DIGITS = 7
_POSTCODE_LABELS = re.compile(r"(?:〒|\bCEP\b|\bPLZ\b|\bZIP\b|\bPIN\b)[\s:.]*$", re.IGNORECASE)
_BR_CEP = re.compile(r"^\d{5}-\d{3}$")
_JP_POSTCODE = re.compile(r"^\d{3}-\d{4}$")
# Five digits in brackets opening the number, the first no zero: a Korean postcode printed
# before its address ("(17981) 경기도 …"); an area code in brackets opens with the trunk
# zero where it has five digits ("(01234) 567890").
_BRACKETED_POSTCODE = re.compile(r"^\([1-9]\d{4}\)")


@dataclass(frozen=True)
class FoundPhone:
    phone: Phone
    line: int
    span: tuple[int, int]


@cache
def _label_pattern() -> re.Pattern[str]:
    """Any phone label from data/phone_labels.txt directly followed by the start of a number.

    One-letter labels (T, M, F) count in capitals, and in lower case only where they open
    the line ("t 65 5555 5248"): elsewhere lower-case letters before digits are units or
    words ("5 m", "f 12"). Labels of three or more letters may be letter-spaced, as
    OCR reads spaced-out capitals ("F A X:", "T EL"); so may CJK labels ("대표 전화").
    """
    parts = []
    for _, label in sorted(load_pairs("phone_labels"), key=lambda p: len(p[1]), reverse=True):
        body = re.escape(label)
        if has_cjk(label):  # OCR of CJK puts spaces between characters ("대표 전화")
            parts.append(r"\s?".join(re.escape(ch) for ch in label))
        elif len(label) == 1:
            lower = re.escape(label.lower())
            parts.append(r"(?:(?<![^\W\d_])" + body + r"|^\s*" + lower + r")(?![^\W\d_])")
        else:
            if len(label) >= 3 and label.isalpha():
                body = r"\s?".join(re.escape(ch) for ch in label)
            parts.append(r"(?<![^\W\d_])(?i:" + body + r")(?![^\W\d_])")
    return re.compile("(?P<label>" + "|".join(parts) + ")" + PP.PHONE_LABEL_TAIL)


@cache
def _label_kinds() -> dict[str, str]:
    return {label.casefold(): kind for kind, label in load_pairs("phone_labels")}


def kind_of_label(label: str) -> str | None:
    """The phone kind a printed label names (Tel → work, Cel → mobile, FAX → fax)."""
    return _label_kinds().get("".join(label.split()).casefold())


class Segment(NamedTuple):
    """A piece of a line after a phone label (or before the first): where its label begins
    (its own start when unlabelled), where its text begins and ends, the label's kind."""

    label_start: int
    start: int
    end: int
    kind: str | None


def _segments(text: str) -> list[Segment]:
    """Split a line at phone labels.

    "TEL:03-5555-0101FAX:03-5555-0102" gives a work piece and a fax piece.
    """
    labels = list(_label_pattern().finditer(text))
    heads = [(0, 0, None)] + [(m.start(), m.end(), kind_of_label(m["label"])) for m in labels]
    ends = [m.start() for m in labels] + [len(text)]
    return [
        Segment(label_start, start, ends[i], kind)
        for i, (label_start, start, kind) in enumerate(heads)
        if start < ends[i]
    ]


def looks_like_postcode(raw: str, before: str) -> bool:
    """Postcodes read as numbers: "〒150-0002", "CEP 01310-100", a bare 01310-100 or 150-0002,
    "(17981)" before the address's numbers."""
    raw = raw.strip()
    return bool(
        _POSTCODE_LABELS.search(before)
        or _BR_CEP.match(raw)
        or _JP_POSTCODE.match(raw)
        or _BRACKETED_POSTCODE.match(raw)
    )


def fold_line(text: str) -> str:
    """NFKC per character where that keeps one character (full-width digits, letters, "＋",
    "："), dashes folded to "-" (the kana long-vowel mark "ー" only beside a digit), a middle
    dot between two digits made a dot ("010·5555·1234": it groups them), "±" before a
    number made the "+" it was printed as, a bar read as letters between numbers made a bar
    again (:func:`_as_bars`), a phone icon read as a zero before the number blanked
    (PP.ICON_READ_AS_ZERO), a label's "l" read as "1" read back (:func:`_label_l_back`), so
    positions in the result are positions in text."""
    out = [c if len(c := unicodedata.normalize("NFKC", ch)) == 1 else ch for ch in text]
    for i, ch in enumerate(out):
        beside_digit = any(c.isdigit() for c in out[max(i - 1, 0) : i + 2])
        if ch in PP.PHONE_DASHES and (ch != "ー" or beside_digit):
            out[i] = "-"
    grouped = PP.DIGIT_GROUP_DOT.sub(".", PP.PLUS_MISREAD.sub("+", "".join(out)))
    grouped = PP.ICON_READ_AS_ZERO.sub(lambda m: " " * len(m.group()), grouped)
    grouped = PP.L_READ_AS_ONE.sub(_label_l_back, grouped)
    return PP.BAR_READ_AS_LETTERS.sub(_as_bars, grouped)


def _label_l_back(found: re.Match[str]) -> str:
    """Rule: a word whose last "1" read as "l" makes a phone label ("Mobi1", "Te1") is that
    label: its "1" is no digit of the number after it."""
    word = found.group(1) + "l"
    return word if kind_of_label(word) else found.group()


def _as_bars(found: re.Match[str]) -> str:
    """Rule: a bar between two numbers that OCR read as letters ("0I", "l") is a bar again,
    one character for each, so it neither lends a digit to the number before it nor starts
    the next one (positions kept)."""
    text = found.group()
    token = text.lstrip()
    return text[: len(text) - len(token)] + "|" * len(token)


def is_international(raw: str) -> bool:
    """Written with its country code: "+49 30 …", "(+84) 124 …"."""
    return raw.lstrip("(（ ").startswith(("+", "＋"))


def accept_number(
    number: phonenumbers.PhoneNumber,
    raw: str,
    before: str,
    labelled: bool,
    alone: bool = False,
) -> bool:
    """Keep a match when it is a valid number, or a possible one that is clearly meant as a phone.

    Clearly meant (and at least eight digits): a phone label precedes it, it is
    written internationally (+…), or it stands alone on its line with its digits
    grouped like a phone number ("2555-0148", "9.8555-0172"; not a bare run such as
    a certificate number). Dates, postcodes, numbers after a non-phone label (CNPJ,
    Tax code, VAT…), short digit runs and, amid other words, bare runs of fewer than
    ten digits are never phones.
    """
    digits = len(PP.DIGIT.findall(raw))
    if (
        digits < _MIN_DIGITS
        or PP.DATE_LIKE.match(raw)
        or looks_like_postcode(raw, before)
        or PP.NOT_PHONE_LABEL.search(before)
    ):
        return False
    grouped = bool(PP.PHONE_GROUPED.search(raw))
    if not (labelled or alone or grouped or is_international(raw)) and digits < 10:
        return False  # a bare run of digits amid words: a postcode, an id, a quantity
    if phonenumbers.is_valid_number(number):
        return True
    meant = labelled or is_international(raw) or (alone and grouped)
    return digits >= 8 and meant and phonenumbers.is_possible_number(number)


def _kind(label_kind: str | None, number: phonenumbers.PhoneNumber | None) -> str:
    """The label decides; without one, phonenumbers' MOBILE type means mobile, anything
    else is other."""
    if label_kind:
        return label_kind
    mobile = phonenumbers.PhoneNumberType.MOBILE
    if number is not None and phonenumbers.number_type(number) == mobile:
        return "mobile"
    return "other"


def _blocked(text: str, region: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in PP.NOT_PHONE_SPANS.finditer(text)]
    # A labelled tax or registry id, however far it runs ("VAT No. GB 123 4567 89",
    # "ИНН/КПП 7705550123/770501001"): the address's own pattern.
    spans += [m.span() for m in REGISTRY_ID.finditer(text)]
    if region not in PP.DIRECT_DIAL_REGIONS:
        spans += [m.span() for m in PP.CEP_SPAN.finditer(text)]
    return spans


def _overlaps(span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    return any(span[0] < b_end and b_start < span[1] for b_start, b_end in blocked)


def _stands_alone(text: str, span: tuple[int, int]) -> bool:
    """Nothing but punctuation and icons beside the number on its line."""
    return not any(ch.isalnum() for ch in text[: span[0]] + text[span[1] :])


# What sets the numbers of a list apart on a line ("654435132|686519753", "…-6632,2204-7241").
LIST_SEPARATORS = "|/,;"


def _among_numbers(text: str, span: tuple[int, int]) -> bool:
    """Rule: on a line of numbers only, a number set off from those beside it by a bar, a
    slash, a comma or a semicolon (LIST_SEPARATORS) stands as if alone: no word beside it
    makes it an id or a quantity. Digits after a mere space may be its own piece read apart
    ("97844 487 8970 14 245")."""
    before, after = text[: span[0]].rstrip(), text[span[1] :].lstrip()
    beside = before + after
    if any(ch.isalpha() for ch in beside) or not any(ch.isdigit() for ch in beside):
        return False
    return (not before or before[-1] in LIST_SEPARATORS) and (
        not after or after[0] in LIST_SEPARATORS
    )


class Fallback(NamedTuple):
    span: tuple[int, int]  # the number and its range's end
    raw: str  # the number as printed
    endings: tuple[str, ...]  # the range's end, if one is printed


def _fallback(
    text: str, start: int, end: int, label_kind: str | None, blocked: list[tuple[int, int]]
) -> list[Fallback]:
    """Phone-shaped digit runs phonenumbers did not read in the card's region (a local
    number on a card whose region was guessed wrong): only after a phone label, or alone
    on the line (but for a range's end after it: "04 555 0120 to 24") and grouped; 8 to 15
    digits; never dates, postcodes or blocked ids."""
    out = []
    for match in PP.PHONE_FALLBACK.finditer(text, start, end):
        raw = match.group().rstrip("(（-/ ")
        span = (match.start(), match.start() + len(raw))
        digits = len(PP.DIGIT.findall(raw))
        if not 8 <= digits <= 15 or _overlaps(span, blocked) or PP.DATE_LIKE.match(raw):
            continue
        before = text[: span[0]]
        if looks_like_postcode(raw, before) or PP.NOT_PHONE_LABEL.search(before):
            continue
        tail = range_tail(text[:end], span[1], raw) or Tail(span[1])
        whole = (span[0], tail.end)
        alone = _stands_alone(text, whole) and bool(PP.PHONE_GROUPED.search(raw))
        if label_kind is not None or alone:
            out.append(Fallback(whole, raw, tail.endings))
    return out


def phones_in_line(text: str, line: int, region: str) -> list[FoundPhone]:
    """Numbers on one line (emails and websites already masked out)."""
    text = fold_line(text)
    blocked = _blocked(text, region)
    found = []
    for label_start, start, end, label_kind in _segments(text):
        segment = text[start:end]
        if not PP.PHONE_START.search(segment):
            continue
        matcher = number_matches(segment, region)
        taken = 0
        in_segment = []
        for match in matcher:
            if match.start < taken:
                continue
            raw = match.raw_string.strip()
            parsed, glued_end = split_glued_range(match.number, raw, region)
            tail = number_tail(segment, match.end, raw)
            span = (start + match.start, start + tail.end)
            if _overlaps((start + match.start, start + match.end), blocked):
                continue
            before = text[: span[0]]
            alone = _stands_alone(text, span) or _among_numbers(text, span)
            if not accept_number(parsed, raw, before, label_kind is not None, alone):
                continue
            taken = tail.end
            # As printed, without what follows it (alternatives, a range's end, an extension).
            printed = text[span[0] : start + match.end].strip()
            head = raw[: raw.rindex(glued_end)].rstrip(" -–~〜～/") if glued_end else raw
            number = PP.PHONE_EXTENSION_END.sub("", head if glued_end else printed)
            glued = glued_after_extension(parsed, region)
            if glued is not None:
                number = PP.PHONE_LONG_EXTENSION_END.sub("", number)
            kind = _kind(label_kind, parsed)
            phone = Phone(number, e164_of(parsed), kind)
            in_segment.append(FoundPhone(phone, line, span))
            if glued is not None:
                extra = Phone(glued[0], e164_of(glued[1]), _kind(None, glued[1]))
                in_segment.append(FoundPhone(extra, line, span))
            endings = ((glued_end,) if glued_end else ()) + tail.endings
            checked = phonenumbers.is_valid_number(parsed)
            for extra in ending_phones(head, endings, kind, region, checked=checked):
                in_segment.append(FoundPhone(extra, line, span))
            for local in tail.locals:
                in_segment.append(FoundPhone(Phone(local, None, kind), line, span))
        if not in_segment and found and label_start < start:
            piece = text[label_start:end]
            in_segment = _direct_dial(piece, label_start, found[-1], label_kind, region)
        if not in_segment:
            for span, raw, endings in _fallback(text, start, end, label_kind, blocked):
                phone = Phone(raw, None, _kind(label_kind, None))
                in_segment.append(FoundPhone(phone, line, span))
                for extra in ending_phones(raw, endings, phone.kind, region, checked=False):
                    in_segment.append(FoundPhone(extra, line, span))
        found.extend(_with_label(in_segment, label_start, start))
    return found


def _direct_dial(
    piece: str, start: int, previous: FoundPhone, label_kind: str | None, region: str
) -> list[FoundPhone]:
    """The labelled piece's number when it prints only other direct-dial digits of the
    number before it ("Fax -99": phone_matches.direct_dial_sibling)."""
    sibling = direct_dial_sibling(piece, previous.phone.number, region)
    if sibling is None:
        return []
    digits, printed, parsed = sibling
    phone = Phone(printed, e164_of(parsed), _kind(label_kind, parsed))
    return [FoundPhone(phone, previous.line, (start + digits.start(), start + digits.end()))]


def _with_label(phones: list[FoundPhone], label_start: int, start: int) -> list[FoundPhone]:
    """Rule: a phone label leaves the line with the first number it heads, so that a bare
    one-letter label ("Sales Manager  T +44 20 …") does not stay behind as the end of a
    title, a name or a firm."""
    if not phones or label_start == start:  # no label heads the segment
        return phones
    first = phones[0]
    return [replace(first, span=(label_start, first.span[1])), *phones[1:]]


def find_phones(lines: list[str], region: str) -> list[FoundPhone]:
    """Numbers on the card in reading order, each once (same E.164 or same digits)."""
    seen: set[str] = set()
    out = []
    for index, text in enumerate(lines):
        for found in phones_in_line(text, index, region):
            key = found.phone.e164 or "".join(PP.DIGIT.findall(found.phone.number))
            if key not in seen:
                seen.add(key)
                out.append(found)
    return out
