"""Phone numbers of the varied mix: the new locales' printed formats, and the ways real cards
print several numbers on one line (a second number that shares the first one's area code,
alternative last digits, a range, an extension).

Every number is checked with libphonenumbers, as in ``synth_content``. The helpers return what
is printed after the first number (``4000-5678``, ``90``) with the full number it stands for,
which is the truth (``(11) 4000-5678``, ``080-2345 6790``).
"""

from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers

from bench.synth_phone_formats import REGION, _digits, _valid, make_phone

# A maker takes (rng, kind, style, area) and returns a printed number; ``area`` (a national area
# code without the trunk 0) ties a landline to the card's address when the content knows it.
Maker = Callable[[random.Random, str, int, str | None], str]


def _phone_kr(rng: random.Random, kind: str, style: int, area: str | None) -> str:
    if kind == "mobile":
        area, mid = "10", _digits(rng, 4, first="23456789")
    else:
        area = area or rng.choice(("2", "2", "31", "32", "51", "53", "42", "62"))
        mid = _digits(rng, rng.choice((3, 4)), first="2345678")
    end = _digits(rng, 4)
    return (
        f"0{area}-{mid}-{end}",
        f"0{area}-{mid}-{end}",
        f"0{area}.{mid}.{end}",
        f"+82-{area}-{mid}-{end}",
        f"+82 {area} {mid} {end}",
        f"82-{area}-{mid}-{end}",
        f"0{area}) {mid}-{end}" if kind != "mobile" else f"0{area} {mid} {end}",
    )[style % 7]


# STD code (without the 0) -> digits of the local number.
IN_STD_LENGTH = {"80": 8, "11": 8, "22": 8, "44": 8, "40": 8, "33": 8, "20": 8, "79": 8,
                 "141": 7, "522": 7, "484": 7, "422": 7}  # fmt: skip


def _phone_in(rng: random.Random, kind: str, style: int, area: str | None) -> str:
    if kind == "mobile":
        n = _digits(rng, 10, first="6789")
        return (
            f"{n[:5]} {n[5:]}",
            f"+91 {n[:5]} {n[5:]}",
            f"+91-{n}",
            n,
            f"+91 {n}",
            f"0{n[:5]} {n[5:]}",
        )[style % 6]
    std = area or rng.choice(list(IN_STD_LENGTH))
    sub = _digits(rng, IN_STD_LENGTH[std], first="2346")
    cut = len(sub) - 4
    return (
        f"0{std}-{sub[:cut]} {sub[cut:]}",
        f"+91 {std} {sub[:cut]} {sub[cut:]}",
        f"0{std}-{sub}",
        f"(0{std}) {sub[:cut]} {sub[cut:]}",
        f"+91-{std}-{sub}",
        f"0{std} {sub}",
    )[style % 6]


def _phone_tw(rng: random.Random, kind: str, style: int, area: str | None) -> str:
    if kind == "mobile":
        a, b, c = "9" + _digits(rng, 2), _digits(rng, 3), _digits(rng, 3)
        return (f"0{a}-{b}-{c}", f"0{a} {b} {c}", f"+886 {a} {b} {c}", f"+886-{a}-{b}-{c}")[
            style % 4
        ]
    area = area or rng.choice(("2", "2", "3", "4", "7", "6"))
    sub = _digits(rng, 8 if area in ("2", "4") else 7, first="2345678")
    head, tail = sub[:-4], sub[-4:]
    return (
        f"(0{area}) {head}-{tail}",
        f"0{area}-{head}-{tail}",
        f"+886-{area}-{head}-{tail}",
        f"+886 {area} {head} {tail}",
    )[style % 4]


def _phone_cn(rng: random.Random, kind: str, style: int, area: str | None) -> str:
    if kind == "mobile":
        n = "1" + rng.choice("3589") + _digits(rng, 9)
        return (
            f"{n[:3]} {n[3:7]} {n[7:]}",
            f"+86 {n[:3]} {n[3:7]} {n[7:]}",
            n,
            f"+86-{n}",
            f"{n[:3]}-{n[3:7]}-{n[7:]}",
        )[style % 5]
    area = area or rng.choice(("10", "21", "20", "755", "571", "512", "28", "27"))
    sub = _digits(rng, 8, first="2345678")
    return (
        f"0{area}-{sub[:4]} {sub[4:]}",
        f"+86 {area} {sub[:4]} {sub[4:]}",
        f"0{area}-{sub}",
        f"+86-{area}-{sub}",
        f"(0{area}) {sub}",
    )[style % 5]


def _phone_ru(rng: random.Random, kind: str, style: int, area: str | None) -> str:
    if kind == "mobile":
        area = rng.choice(("916", "903", "905", "926", "985", "999", "921", "911", "913"))
    else:
        area = area or rng.choice(("495", "499", "812", "383", "343", "843", "831", "846"))
    s = _digits(rng, 7, first="2345679")
    grouped = f"{s[:3]}-{s[3:5]}-{s[5:]}"
    return (
        f"+7 ({area}) {grouped}",
        f"8 ({area}) {grouped}",
        f"+7 {area} {s[:3]} {s[3:5]} {s[5:]}",
        f"8-{area}-{grouped}",
        f"+7 ({area}) {s}",
    )[style % 5]


def _phone_ae(rng: random.Random, kind: str, style: int, area: str | None) -> str:
    if kind == "mobile":
        area, sub = "5" + rng.choice("024568"), _digits(rng, 7)
    else:
        area, sub = area or rng.choice(("4", "4", "2", "6", "7")), _digits(rng, 7, first="2345678")
    return (
        f"+971 {area} {sub[:3]} {sub[3:]}",
        f"0{area} {sub[:3]} {sub[3:]}",
        f"+971-{area}-{sub}",
        f"(971) {area} {sub}",
        f"+971 {area} {sub}",
    )[style % 5]


WORLD_MAKERS: dict[str, Maker] = {
    "ko_KR": _phone_kr,
    "en_IN": _phone_in,
    "zh_TW": _phone_tw,
    "zh_CN": _phone_cn,
    "ru_RU": _phone_ru,
    "en_AE": _phone_ae,
}


def phone(
    rng: random.Random, locale: str, kind: str, style: int, *, area: str | None = None
) -> str:
    """A valid number of the locale in one of its printed styles (old locales: synth_content)."""
    maker = WORLD_MAKERS.get(locale)
    if maker is None:
        return make_phone(rng, locale, kind, style)
    number = ""
    for _ in range(25):
        number = maker(rng, kind, style, area)
        if _valid(number, locale):
            return number
    return number


# ---------------------------------------------------------------- several numbers on one line


def _digit_positions(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch.isdigit()]


def local_digits(number: str, locale: str) -> int:
    """How many trailing digits make the local number after a geographic area code (0: none)."""

    parsed = phonenumbers.parse(number, REGION[locale])
    area = phonenumbers.length_of_geographical_area_code(parsed)
    return len(phonenumbers.national_significant_number(parsed)) - area if area else 0


def _replace_tail(rng: random.Random, number: str, count: int, *, keep_first: bool) -> str:
    """The same printed number with its last ``count`` digits redrawn (separators kept)."""
    positions = _digit_positions(number)[-count:]
    chars = list(number)
    for j, pos in enumerate(positions):
        if not (keep_first and j == 0):
            chars[pos] = rng.choice("0123456789")
    return "".join(chars)


def same_area(rng: random.Random, number: str, locale: str) -> tuple[str, str] | None:
    """A second number on the first one's area code, printed without it: ``(11) 4000-1234 /
    4000-5678`` → (``4000-5678``, ``(11) 4000-5678``). None when the number has no area code."""
    count = local_digits(number, locale)
    if count < 6:
        return None
    for _ in range(20):
        full = _replace_tail(rng, number, count, keep_first=True)
        if full != number and _valid(full, locale):
            start = _digit_positions(full)[-count]
            return full[start:], full
    return None


def alternatives(rng: random.Random, number: str, locale: str) -> list[tuple[str, str]]:
    """``080-2345 6789/90`` or ``… 6789/6790/6791``: other last digits of the same exchange,
    as (printed ending, full number) pairs."""
    width = rng.choice((2, 2, 4))
    out: list[tuple[str, str]] = []
    for _ in range(rng.choice((1, 1, 2))):
        full = _replace_tail(rng, number, width, keep_first=width == 4)
        if full != number and full not in dict(out).values() and _valid(full, locale):
            out.append((full[_digit_positions(full)[-width] :], full))
    return out


def number_range(
    rng: random.Random, number: str, locale: str, *, joiner: str
) -> tuple[str, str] | None:
    """``+971 4 555 7310 to 14`` / ``02-1234-5670~3``: consecutive lines of a switchboard, as
    (printed end, full last number)."""
    positions = _digit_positions(number)
    width = 1 if joiner == "~" else 2
    last = int("".join(number[p] for p in positions[-width:]))
    top = 10**width - 1
    if last + 2 > top:
        return None
    end = f"{min(top, last + rng.randint(2, 4)):0{width}d}"
    full = number[: positions[-width]] + end + number[positions[-1] + 1 :]
    return (end, full) if _valid(full, locale) else None
