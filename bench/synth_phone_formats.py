"""Phone numbers of the default corpus's locales in the styles cards print them, each one
checked with libphonenumber against the locale's country (``REGION``)."""

from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers

REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "pt_BR": "BR",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "ja_JP": "JP",
    # the varied mix's locales (bench/synth_world.py)
    "ko_KR": "KR",
    "en_IN": "IN",
    "zh_TW": "TW",
    "zh_CN": "CN",
    "ru_RU": "RU",
    "en_AE": "AE",
}


def _digits(rng: random.Random, n: int, *, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _phone_us(rng: random.Random, kind: str, style: int) -> str:
    a = rng.choice(
        ("212", "415", "312", "617", "206", "303", "512", "646", "213", "404", "305", "713")
    )
    b, c = _digits(rng, 3, first="23456789"), _digits(rng, 4)
    return (
        f"({a}) {b}-{c}",
        f"{a}-{b}-{c}",
        f"{a}.{b}.{c}",
        f"+1 {a} {b} {c}",
        f"+1 ({a}) {b}-{c}",
    )[style % 5]


def _phone_gb(rng: random.Random, kind: str, style: int) -> str:
    if kind == "mobile":
        a, b = "7" + rng.choice("45789") + _digits(rng, 2), _digits(rng, 6)
    elif rng.random() < 0.5:
        a, b = "20 " + rng.choice("378") + _digits(rng, 3), _digits(rng, 4)
    else:
        a, b = (
            rng.choice(("161", "131", "121", "117", "113")) + " " + _digits(rng, 3, first="2345"),
            _digits(rng, 4),
        )
    return (f"0{a} {b}", f"+44 {a} {b}", f"+44 (0){a} {b}")[style % 3]


def _phone_br(rng: random.Random, kind: str, style: int) -> str:
    ddd = rng.choice(("11", "21", "31", "41", "51", "61", "71", "81", "19", "48"))
    a = "9" + _digits(rng, 4, first="6789") if kind == "mobile" else _digits(rng, 4, first="2345")
    b = _digits(rng, 4)
    return (f"({ddd}) {a}-{b}", f"{ddd} {a}-{b}", f"+55 {ddd} {a}-{b}", f"+55 ({ddd}) {a}-{b}")[
        style % 4
    ]


def _phone_de(rng: random.Random, kind: str, style: int) -> str:
    if kind == "mobile":
        area = rng.choice(("151", "160", "170", "171", "172", "175", "176", "177", "179"))
        sub = _digits(rng, 8 if area in ("151", "176") else 7, first="123456789")
    else:
        area = rng.choice(("30", "40", "89", "69", "221", "711", "211", "511"))
        sub = _digits(
            rng, rng.choice((6, 7, 8)) if len(area) == 3 else rng.choice((7, 8)), first="23456789"
        )
    return (f"0{area} {sub}", f"0{area} / {sub}", f"+49 {area} {sub}", f"+49 (0){area} {sub}")[
        style % 4
    ]


def _phone_fr(rng: random.Random, kind: str, style: int) -> str:
    lead = rng.choice("67") if kind == "mobile" else rng.choice("12345")
    pairs = [_digits(rng, 2) for _ in range(4)]
    sep = "." if style % 4 == 1 else " "
    national = sep.join([f"0{lead}", *pairs])
    return (
        national,
        national,
        f"+33 {lead} " + " ".join(pairs),
        f"+33 (0){lead} " + " ".join(pairs),
    )[style % 4]


def _phone_es(rng: random.Random, kind: str, style: int) -> str:
    head = "6" + _digits(rng, 2) if kind == "mobile" else "9" + rng.choice("1356") + _digits(rng, 1)
    rest = _digits(rng, 6)
    grouped = f"{head} {rest[:3]} {rest[3:]}"
    paired = f"{head} {rest[:2]} {rest[2:4]} {rest[4:]}"
    return (grouped, f"+34 {grouped}", paired, f"+34 {paired}")[style % 4]


def _phone_jp(rng: random.Random, kind: str, style: int) -> str:
    if kind == "mobile":
        area, mid, end = (
            rng.choice(("90", "80", "70")),
            _digits(rng, 4, first="123456789"),
            _digits(rng, 4),
        )
    elif rng.random() < 0.6:
        area, mid, end = rng.choice(("3", "6")), _digits(rng, 4, first="23456789"), _digits(rng, 4)
    else:
        area, mid, end = (
            rng.choice(("45", "52", "92", "75")),
            _digits(rng, 3, first="2345678"),
            _digits(rng, 4),
        )
    return (
        f"0{area}-{mid}-{end}",
        f"+81-{area}-{mid}-{end}",
        f"0{area}({mid}){end}",
        f"+81 {area}-{mid}-{end}",
    )[style % 4]


PHONE_MAKERS: dict[str, Callable[[random.Random, str, int], str]] = {
    "en_US": _phone_us,
    "en_GB": _phone_gb,
    "pt_BR": _phone_br,
    "de_DE": _phone_de,
    "fr_FR": _phone_fr,
    "es_ES": _phone_es,
    "ja_JP": _phone_jp,
}


def make_phone(
    rng: random.Random, locale: str, kind: str, style: int, *, attempts: int = 25
) -> str:
    """A number in the country's printed format that libphonenumber accepts as valid."""
    number = ""
    for _ in range(attempts):
        number = PHONE_MAKERS[locale](rng, kind, style)
        if _valid(number, locale):
            return number
    return number


def _valid(number: str, locale: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, REGION[locale]))
    except phonenumbers.NumberParseException:
        return False
