"""Where phonenumbers finds numbers in a piece of a card's line, with two repairs of what OCR
does to printed numbers: a number it cut in two, and two numbers it glued into one; and the
numbers a printed number implies: a range's end, other direct-dial digits."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import phonenumbers

from . import phone_patterns as PP

# A run of digits and separators long enough to hold two numbers (OCR lost the separator
# between them: "090-8196-6906090-5563-5663").
GLUED_RUN = re.compile(r"\+?\d[\d\-. ]{15,}\d")


@dataclass(frozen=True)
class Match:
    """A number phonenumbers found: where, as printed, and parsed (PhoneNumberMatch's shape)."""

    start: int
    end: int
    raw_string: str
    number: phonenumbers.PhoneNumber


# A trunk prefix and area or mobile code printed as a group of its own: "0172", "(040)".
AREA_CODE_ALONE = re.compile(r"^\(?0\d{1,4}\)?$")


def rejoined(segment: str, region: str) -> list[Match]:
    """Rule: phonenumbers' matches in the segment, where two neighbouring matches that are no
    valid number each but are one when read together (only spaces between them) become one:
    "07486 304021 07862 094850" is cut into "07486" and "304021" before the second number,
    although "07486 304021" is a mobile number. So do an area code alone (AREA_CODE_ALONE)
    and the subscriber's number after it, valid as a local number on its own ("0172"
    "8869999" before "0177 9386179")."""
    found = [
        Match(m.start, m.end, m.raw_string, m.number)
        for m in phonenumbers.PhoneNumberMatcher(
            segment, region, leniency=phonenumbers.Leniency.POSSIBLE
        )
    ]
    out: list[Match] = []
    for match in found:
        last = out[-1] if out else None
        if (
            last is not None
            and not segment[last.end : match.start].strip()
            and not phonenumbers.is_valid_number(last.number)
            and (
                not phonenumbers.is_valid_number(match.number)
                or AREA_CODE_ALONE.match(last.raw_string)
            )
        ):
            raw = segment[last.start : match.end]
            try:
                both = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                both = None
            if both is not None and phonenumbers.is_valid_number(both):
                out[-1] = Match(last.start, match.end, raw, both)
                continue
        out.append(match)
    return with_country_code(segment, out, region)


# A country calling code ("+49", "+971") printed before a number.
COUNTRY_CODE = re.compile(r"\+\d{1,3}(?=\s)")
# How many matches after a country code may be read together as one number with it.
MAX_PIECES = 3


def with_country_code(segment: str, found: list[Match], region: str) -> list[Match]:
    """Rule: a "+" country code that phonenumbers left out of every match, followed after
    spaces by matches with only spaces or brackets between them, is read with the fewest of
    them that make one valid number: "+49 (0)211 29042621 0211 88111159" was cut into
    "(0)211" and "29042621" before the second number, "+49 177 9083658 0160 …" into "177"
    and "9083658"."""
    out = list(found)
    for code in COUNTRY_CODE.finditer(segment):
        if any(m.start <= code.start() < m.end for m in out):
            continue
        pieces: list[Match] = []
        for match in [m for m in out if m.start >= code.end()][:MAX_PIECES]:
            gap = segment[(pieces[-1].end if pieces else code.end()) : match.start]
            if gap.strip(" ()"):
                break
            pieces.append(match)
            raw = segment[code.start() : match.end]
            number = _valid(raw, region)
            if number is not None:
                joined = Match(code.start(), match.end, raw, number)
                out = sorted([m for m in out if m not in pieces] + [joined], key=lambda m: m.start)
                break
    return out


# A space between a number's last digits and a prefix with a bracketed area code, or an
# area code set off by a slash before five digits or more, starts a new number
# ("956-59-54 8 (905) 528-67-74", "0511 / 9435409 030 / 2021351"): phonenumbers reads
# "…54 8" or "9435409 030" as one number and loses the first; a comma in the space's place
# (same width) keeps them apart.
NEXT_NUMBER_SPACE = re.compile(
    r"(?<=\d)\s(?=\s*(?:\d{1,3}\s*\(\d{2,5}\)\s*\d|0\d{1,4}\s*/\s*\d{5}))"
)
# A number's last digits followed by other endings ("2658 1234/35/36"): phonenumbers takes
# the slashes for a date's and drops the number; a comma of the same width does not.
CHAINED_ENDING_SLASH = re.compile(r"(?<=\d{3})/(?=\d{1,2}(?!\d))")
# The same with longer endings after a subscriber's number of five digits or more
# ("089 / 60452576/2238/2401"): each ending is shorter than the number it ends, so it cannot
# be the area code's number ("0511/94354095" keeps its slash); one followed by more digits
# after a dash or dot is an ID's part ("12345678/0001-90"), not an ending.
LONG_ENDINGS_CHAIN = re.compile(r"(?<!\d)\d{5,}(?:/\d{3,4}(?!\d|[-.]\d))+")


def _endings_apart(segment: str) -> str:
    """``segment`` with the slashes before the endings of a number written as commas, which
    have the same width and which phonenumbers reads as list separators."""
    short = CHAINED_ENDING_SLASH.sub(",", segment)
    return LONG_ENDINGS_CHAIN.sub(lambda m: m.group().replace("/", ","), short)


def number_matches(segment: str, region: str) -> list[Match]:
    """The numbers in ``segment`` (:func:`rejoined`), and those :func:`unglued` from runs of
    digits holding no valid number, in the order printed. Spans are ``segment``'s: the
    endings after a number are read from it by the caller."""
    apart = NEXT_NUMBER_SPACE.sub(",", _endings_apart(segment))
    found = [_trimmed(m, region) for m in _slashes_apart(rejoined(apart, region), apart, region)]
    found = [
        _with_code_before(m, apart, region, after=found[i - 1].end if i else 0)
        for i, m in enumerate(_area_codes_joined(found, apart, region))
    ]
    for run in GLUED_RUN.finditer(segment):
        valid = [m for m in found if phonenumbers.is_valid_number(m.number)]
        if _covered(run, valid) > MIN_COVERED * len(PP.DIGIT.findall(run.group())):
            continue
        pair = unglued(run.group(), region)
        if pair is not None:
            found = [m for m in found if m.end <= run.start() or m.start >= run.end()]
            found += [Match(run.start() + a, run.start() + b, raw, n) for a, b, raw, n in pair]
    return sorted(found, key=lambda m: m.start)


# Fewer digits than this after a valid number cannot be a number of their own.
MAX_TRAILING_DIGITS = 6
# Where a match may be cut: after a digit, before a space or a stop and a space ("…-99. 837").
CUT_AFTER_DIGIT = re.compile(r"(?<=\d)(?=[.,;:]?\s)")


# The digit a bar after a number is read as ("…0800|Fax" read "…08001Fax").
BAR_AS_DIGIT = "1"


def _trimmed(match: Match, region: str) -> Match:
    """Rule: a match that is no valid number but is one without a last 1 is that number: the
    1 is the bar after it, read as a digit ("(971)455508001Fax"). Rule: a match that is no
    valid number but starts with one, followed after a space (or a stop and a space) by at
    most MAX_TRAILING_DIGITS digits and other marks, is that number: the rest is an
    extension in a script the engine misread or a speck ("8 (812) 211-65-42 6. 728" and
    "…-42. 728" for "… доб. 728"). The longest such start is kept."""
    if phonenumbers.is_valid_number(match.number):
        return match
    raw = match.raw_string
    if raw.endswith(BAR_AS_DIGIT) and (head := _valid(raw[:-1], region)) is not None:
        return Match(match.start, match.end - 1, raw[:-1], head)
    for cut in reversed([m.start() for m in CUT_AFTER_DIGIT.finditer(raw)]):
        if len(PP.DIGIT.findall(raw[cut:])) > MAX_TRAILING_DIGITS:
            break
        head = _valid(raw[:cut], region)
        if head is not None:
            return Match(match.start, match.start + cut, raw[:cut], head)
    return match


# A slash alone between two matches ("030 / 7947263").
SLASH_ALONE = re.compile(r"\s*/\s*")


def _area_codes_joined(found: list[Match], segment: str, region: str) -> list[Match]:
    """Rule: an area code alone (AREA_CODE_ALONE) and the match after it, a slash alone
    between them, are one number when that is valid: German cards print "030 / 7947263",
    which phonenumbers reads apart when another number follows."""
    out: list[Match] = []
    for match in found:
        last = out[-1] if out else None
        if (
            last is not None
            and AREA_CODE_ALONE.match(last.raw_string)
            and SLASH_ALONE.fullmatch(segment, last.end, match.start)
        ):
            raw = segment[last.start : match.end]
            number = _valid(raw, region)
            if number is not None:
                out[-1] = Match(last.start, match.end, raw, number)
                continue
        out.append(match)
    return out


# Up to three groups of one to four digits (a country code, an area code, the number's
# first digits), perhaps in brackets, set apart before a match: what phonenumbers left out.
# A group ends in spaces, or where an area code's bracket opens glued to it ("+7(495) …").
CODES_BEFORE = re.compile(r"(?:^|(?<=[\s,;|]))(?:[+＋]?\(?\d{1,4}\)?(?:\s+|(?=\())){1,3}$")
CODE_GROUP = re.compile(r"[+＋]?\(?\d{1,4}\)?(?:\s+|(?=\())")


def _with_code_before(match: Match, segment: str, region: str, *, after: int = 0) -> Match:
    """Rule: a match that is no valid number, after short groups of digits set apart
    (CODES_BEFORE) with which it is one, is that number, the most groups first: phonenumbers
    leaves the area code out when another number follows on the row ("71 3362-0907 21
    96415-7786" gives "3362-0907", "+971 4 3037398 04 …" gives "3037398", "+82 10 7492
    1594 010-…" gives "1594", "+7(495) 7046924 06.232" gives "7046924"). The groups are
    taken from no match before it (``after``)."""
    if phonenumbers.is_valid_number(match.number):
        return match
    codes = CODES_BEFORE.search(segment, after, match.start)
    if codes is None:
        return match
    for group in CODE_GROUP.finditer(segment, codes.start(), match.start):
        raw = segment[group.start() : match.end]
        number = _valid(raw, region)
        if number is not None:
            return Match(group.start(), match.end, raw, number)
    return match


# A slash between digits, where phonenumbers may read a number and its alternative as one.
SLASH_BETWEEN_DIGITS = re.compile(r"(?<=\d)(\s*)/(?=\s*\d)")


def _slashes_apart(found: list[Match], segment: str, region: str) -> list[Match]:
    """Rule: a match that is no valid number but holds a slash between digits is read again
    with the slash as a comma (same width), and replaced by what that gives when its first
    number is valid: "+81 52-759-8946 / 708-6457" is a number and a local alternative, not
    one number. A valid match keeps its slash ("0511 / 94354095") unless what comes before
    the slash is a valid number and what follows is no longer than its last digit group, an
    ending of its own (:func:`_ending_after_slash`: "+49 511 8326140/6645")."""
    out: list[Match] = []
    for match in found:
        raw = segment[match.start : match.end]
        slashed = SLASH_BETWEEN_DIGITS.search(raw)
        if not slashed or (
            phonenumbers.is_valid_number(match.number) and not _ending_after_slash(raw, region)
        ):
            out.append(match)
            continue
        parts = SLASH_BETWEEN_DIGITS.sub(lambda m: m.group(1) + ",", raw)
        again = rejoined(parts, region)
        if again and _valid_first(again[0], out, region):
            out += [replace(m, start=m.start + match.start, end=m.end + match.start) for m in again]
        else:
            out.append(match)
    return out


def _valid_first(first: Match, before: list[Match], region: str) -> bool:
    """The first number read apart is valid, alone or after an area code printed alone just
    before it ("089 / 3191780 / 3536167": Munich's 089, then two local numbers)."""
    if phonenumbers.is_valid_number(first.number):
        return True
    area = before[-1].raw_string.strip() if before else ""
    if not AREA_CODE_ALONE.match(area):
        return False
    return _valid(f"{area} {first.raw_string}", region) is not None


def _ending_after_slash(raw: str, region: str) -> bool:
    """The text before the last slash is a valid number on its own and the digits after it
    are one group no longer than that number's last group: "8326140/6645" ends in an
    alternative, while "0511 / 94354095" sets off an area code."""
    head, _, tail = raw.rpartition("/")
    before = re.findall(r"\d+", head)
    after = re.findall(r"\d+", tail)
    return (
        len(after) == 1
        and bool(before)
        and len(after[0]) <= len(before[-1])
        and _valid(head.strip(), region) is not None
    )


# A run whose digits valid matches already cover more than this share holds no glued number.
MIN_COVERED = 0.5


def _covered(run: re.Match[str], matches: list[Match]) -> int:
    """How many of the run's digits lie inside one of ``matches``."""
    return sum(
        len(PP.DIGIT.findall(run.string[max(m.start, run.start()) : min(m.end, run.end())]))
        for m in matches
        if m.start < run.end() and run.start() < m.end
    )


def unglued(run: str, region: str) -> list[tuple[int, int, str, phonenumbers.PhoneNumber]] | None:
    """Rule: a run of digits that is no valid number but is two valid numbers when cut
    between two of its digits ("090-8196-6906090-5563-5663") or at a space between them
    ("+33 1 64 28 88 59 03 58 69 70 57") was printed as two numbers; (start, end, text,
    number) of each, or None. The first cut from the left that works."""
    for cut in range(1, len(run) - 1):
        if run[cut - 1].isdigit() and run[cut].isdigit():
            first_end, second_start = cut, cut
        elif run[cut] == " " and run[cut - 1].isdigit() and run[cut + 1].isdigit():
            first_end, second_start = cut, cut + 1
        else:
            continue
        parts = (run[:first_end], run[second_start:])
        numbers = [_valid(part, region) for part in parts]
        if all(numbers):
            first, second = numbers
            return [(0, first_end, parts[0], first), (second_start, len(run), parts[1], second)]
    return None


def _valid(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def direct_dial_sibling(
    segment: str, previous: str, region: str
) -> tuple[re.Match[str], str, phonenumbers.PhoneNumber] | None:
    """Rule: a labelled piece (``segment``, from its label on) holding only direct-dial
    digits ("Fax -99") after a number that ends in some ("Tel. +49 30 123456-0") is that
    number with those digits: (where the digits are, the number as it would be printed,
    parsed), when valid."""
    found = PP.DIRECT_DIAL_ONLY.match(segment)
    if found is None or not PP.DIRECT_DIAL_END.search(previous):
        return None
    printed = PP.DIRECT_DIAL_END.sub(lambda m: m.group()[0] + found.group(1), previous)
    number = _valid(printed, region)
    return (found, printed, number) if number is not None else None


def with_ending(raw: str, ending: str) -> str:
    """``raw`` with its last digits replaced by ``ending``, formatting kept
    ("11 4000-1234", "40005678" → "11 4000-5678")."""
    out, digits = list(raw), list(ending)
    for index in range(len(out) - 1, -1, -1):
        if not digits:
            break
        if out[index].isdigit():
            out[index] = digits.pop()
    return "".join(out)


def split_glued_range(
    number: phonenumbers.PhoneNumber, raw: str, region: str
) -> tuple[phonenumbers.PhoneNumber, str | None]:
    """The first number of a range phonenumbers read as one invalid number, or as one valid
    number across a wave dash, and the range's end ("+66 (0) 2555 7310-14" → +66 2555 7310,
    "14"; "+82 62 574 9040~2" → +82 62 574 9040, "2"); the number itself otherwise."""
    if phonenumbers.is_valid_number(number) and not PP.PHONE_RANGE_WAVE.search(raw):
        return number, None
    glued = PP.PHONE_RANGE_GLUED.match(raw)
    if not glued:
        return number, None
    head = glued.group("head")
    if len(glued.group("end")) > len(re.findall(r"\d+", head)[-1]):
        return number, None
    try:
        first = phonenumbers.parse(head, region)
    except phonenumbers.NumberParseException:
        return number, None
    if not phonenumbers.is_valid_number(first):
        return number, None
    return first, glued.group("end")
