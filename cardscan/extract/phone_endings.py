"""What follows a printed number and belongs to it: an extension, alternatives ("4417/4418",
"4000-1234 / 4000-5678") or a range ("7310 to 14"), and the numbers those make."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from cardscan.models import Phone

from . import phone_patterns as PP
from .phone_matches import with_ending


def e164_of(number: phonenumbers.PhoneNumber) -> str | None:
    """The number in E.164, or None when it is no valid number."""
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@dataclass(frozen=True)
class Tail:
    """Where a printed number really ends, and the other numbers printed with it: endings
    that replace its last digits ("4417/4418" → 4418, "7310 to 14" → 7314) and whole local
    numbers on the same exchange ("2555-0100 / 2555-0101"), kept as printed."""

    end: int
    endings: tuple[str, ...] = ()
    locals: tuple[str, ...] = ()


# The fewest digits of a subscriber's number printed without its area code.
MIN_LOCAL_DIGITS = 6


def _digit_groups(text: str) -> list[int]:
    return [len(g) for g in re.findall(r"\d+", text)]


def _alternative_kind(alternative: str, raw: str) -> str | None:
    """Rule: an alternative no longer than the number's last digit group is an "ending"
    ("2658 1234/35", "5555 0100/0101"), unless it is as long as that group and long enough
    to be a subscriber's whole number (MIN_LOCAL_DIGITS: "4567891" after "0120-4567890"):
    that one, and one grouped exactly as the number's last digits are ("4000-5678" after
    "11 4000-1234"), is a whole "local" number, given as printed. One as long as the whole
    number is a number of its own ("26581234, 26585678"); anything else is no alternative
    (None)."""
    groups, alt = _digit_groups(raw), _digit_groups(alternative)
    if not groups or not alt:
        return None
    if len(alt) == 1 and alt[0] == groups[-1] >= MIN_LOCAL_DIGITS and alt[0] < sum(groups):
        return "local"
    if len(alt) == 1 and alt[0] <= groups[-1] and alt[0] < sum(groups):
        return "ending"
    if len(alt) < len(groups) and groups[-len(alt) :] == alt:
        return "local" if sum(alt) >= MIN_LOCAL_DIGITS else "ending"
    return None


def number_tail(segment: str, end: int, raw: str) -> Tail:
    """Where a number that ends at `end` really ends: after an extension ("Ramal 315"),
    alternatives ("4417/4418/4420", "4000-1234 / 4000-5678") or a range ("7310 to 14")
    printed with it, which are returned as its endings and local numbers.
    """
    ext = PP.PHONE_EXTENSION_TAIL.match(segment, end)
    if ext:
        return Tail(ext.end())
    alts = PP.PHONE_ALTERNATIVE_TAIL.match(segment, end)
    if alts:
        matches = list(PP.PHONE_ALTERNATIVE.finditer(segment, alts.start("alts"), alts.end()))
        kinds = [_alternative_kind(m.group(), raw) for m in matches]
        if None not in kinds:
            kept = _before_next_area_code(matches, kinds)
            if not kept:
                return Tail(end)
            found, kinds = [m.group() for m in matches[:kept]], kinds[:kept]
            endings = tuple(
                "".join(PP.DIGIT.findall(a)) for a, k in zip(found, kinds) if k == "ending"
            )
            locals_ = tuple(
                PP.PHONE_ALTERNATIVE_SEPARATOR.sub("", a)
                for a, k in zip(found, kinds)
                if k == "local"
            )
            return Tail(matches[kept - 1].end(), endings, locals_)
    return range_tail(segment, end, raw) or Tail(end)


def _before_next_area_code(matches: list[re.Match[str]], kinds: list[str | None]) -> int:
    """Rule: how many of the alternatives belong to the number: an "ending" opening with the
    trunk zero and followed by a whole "local" number is that number's area code, the next
    number's start ("0171/7384299 /0175 /2589410"), not an ending of the first."""
    for i, (match, kind) in enumerate(zip(matches, kinds)):
        digits = "".join(PP.DIGIT.findall(match.group()))
        if kind == "ending" and digits.startswith("0") and kinds[i + 1 : i + 2] == ["local"]:
            return i
    return len(matches)


def range_tail(segment: str, end: int, raw: str) -> Tail | None:
    """The range printed after the number ``raw`` that ends at ``end`` ("7310 to 14",
    "7310-14"), whose end is no longer than the number's last digit group; None without one."""
    groups = _digit_groups(raw)
    span = PP.PHONE_RANGE_TAIL.match(segment, end)
    digits = span and (span.group("said") or span.group("dashed"))
    if span and digits and groups and len(digits) <= groups[-1]:
        return Tail(span.end(), (digits,))
    return None


# The longest ending built onto a number that cannot be checked: ranges and alternative
# endings print at most four digits ("0120 to 24", "1234/35/36").
MAX_UNCHECKED_ENDING = 4


def ending_phones(
    head: str, endings: tuple[str, ...], kind: str, region: str, *, checked: bool = True
) -> list[Phone]:
    """The numbers the endings make of ``head`` (the number as printed, without its tail),
    when each is a valid number. Rule: a head that is no valid number in the card's region
    (a local number, a card whose region is unknown: ``checked`` False) cannot check its
    endings either; they are kept as printed, without E.164, as the head is, when no longer
    than MAX_UNCHECKED_ENDING digits (a longer "ending" is another id's digits)."""
    out = []
    for ending in endings:
        printed = with_ending(head, ending)
        if printed == head:
            continue
        if not checked:
            if len(ending) <= MAX_UNCHECKED_ENDING:
                out.append(Phone(printed, None, kind))
            continue
        try:
            parsed = phonenumbers.parse(printed, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            out.append(Phone(printed, e164_of(parsed), kind))
    return out


def glued_after_extension(
    number: phonenumbers.PhoneNumber, region: str
) -> tuple[str, phonenumbers.PhoneNumber] | None:
    """Rule: an "extension" of more than PP.MAX_EXTENSION_DIGITS digits ("Extn.7597088900746")
    is a short extension and the next number glued to it, when exactly one split leaves a
    valid number of the region (759 | 7088900746): that number's digits and the number."""
    digits = number.extension or ""
    if len(digits) <= PP.MAX_EXTENSION_DIGITS:
        return None
    found = []
    for size in range(1, PP.MAX_EXTENSION_DIGITS + 1):
        rest = digits[size:]
        try:
            parsed = phonenumbers.parse(rest, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            found.append((rest, parsed))
    return found[0] if len(found) == 1 else None
