"""Addresses of the varied mix's new locales (ko_KR, en_IN, zh_TW, zh_CN, ru_RU, en_AE) as
their cards print them, with the area code a phone on the same card shares."""

from __future__ import annotations

import random
from typing import Any

from bench.synth_words_world import (
    AE_EMIRATES,
    AE_TOWERS,
    IN_BUILDINGS,
    IN_CITIES,
    IN_LANDMARKS,
    IN_PREMISES,
    IN_STATES,
    IN_STREETS,
    KO_BRANDS,
    KO_BUILDINGS,
    KO_CITIES,
    KO_DONG,
    RU_CITIES,
    RU_STREETS,
    ZH_CN_CITIES,
    ZH_CN_ROADS,
    ZH_TW_CITIES,
    ZH_TW_ROADS,
)


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _address_ko(rng: random.Random) -> tuple[list[str], str]:
    city, area, districts, roads = rng.choice(KO_CITIES)
    road = rng.choice(roads) + (f" {rng.randint(2, 90)}길" if rng.random() < 0.25 else "")
    number = str(rng.randint(1, 520)) + (f"-{rng.randint(1, 30)}" if rng.random() < 0.2 else "")
    street = " ".join(p for p in (city, rng.choice(districts), road, number) if p)
    floor = rng.randint(2, 25)
    detail = rng.choice((f"{floor}층", f"{rng.choice(KO_BRANDS)[0]}{rng.choice(KO_BUILDINGS)} "
                         f"{floor}층", f"{floor}층 {floor}{rng.randint(1, 20):02d}호"))  # fmt: skip
    if rng.random() < 0.3:
        detail += f" ({rng.choice(KO_DONG)})"
    if rng.random() < 0.25:
        first = {"2": "0", "31": "1", "32": "2", "51": "4", "53": "4", "42": "3", "62": "6"}[area]
        street = f"({first}{rng.randint(1000, 9999)}) {street}"
    lines = [street, detail] if rng.random() < 0.5 else [f"{street}, {detail}"]
    return lines, area


def _address_in(rng: random.Random) -> tuple[list[str], str]:
    city, std, pin3, localities = rng.choice(IN_CITIES)
    k, m = rng.randint(1, 9), rng.randint(1, 40)
    premises = rng.choice(IN_PREMISES).format(
        n=rng.randint(1, 420), m=m, k=k, kth=ordinal(k), mth=ordinal(m),
        street=rng.choice(IN_STREETS), building=rng.choice(IN_BUILDINGS),
    )  # fmt: skip
    locality = rng.choice(localities)
    if rng.random() < 0.3:
        locality = f"{rng.choice(IN_LANDMARKS)}, {locality}"
    pin = f"{pin3}{rng.randint(1, 99):03d}"
    pin = rng.choice((pin, f"{pin[:3]} {pin[3:]}"))
    city_line = rng.choice((f"{city} - {pin}", f"{city}-{pin}", f"{city} {pin}",
                            f"{city} - {pin}."))  # fmt: skip
    if city in IN_STATES and rng.random() < 0.3:
        city_line += f" {IN_STATES[city]}" if city_line.endswith(".") else f", {IN_STATES[city]}"
    roll = rng.random()
    if roll < 0.45:
        return [premises, locality, city_line], std
    if roll < 0.8:
        return [f"{premises}, {locality}", city_line], std
    return [f"{premises}, {locality}, {city_line}"], std


def _address_tw(rng: random.Random) -> tuple[list[str], str]:
    city, area, districts = rng.choice(ZH_TW_CITIES)
    district, post = rng.choice(districts)
    road = rng.choice(ZH_TW_ROADS)
    if rng.random() < 0.3:
        road += rng.choice("一二三四") + "段"
    lane = f"{rng.randint(2, 300)}巷" if rng.random() < 0.2 else ""
    number = f"{rng.randint(1, 400)}號"
    floor = f"{rng.randint(2, 18)}樓" + (f"之{rng.randint(1, 9)}" if rng.random() < 0.15 else "")
    if rng.random() < 0.3:
        post += f"{rng.randint(0, 99):02d}"
    street = f"{city}{district}{road}{lane}{number}"
    if rng.random() < 0.3:
        return [f"{post} {street}", floor], area
    return [f"{post} {street}{floor}" if rng.random() < 0.8 else f"{street}{floor}"], area


def _address_cn(rng: random.Random) -> tuple[list[str], str]:
    city, area, districts, post2 = rng.choice(ZH_CN_CITIES)
    street = f"{city}{rng.choice(districts)}{rng.choice(ZH_CN_ROADS)}{rng.randint(1, 999)}号"
    building = rng.choice(("", "A座", "B座", f"{rng.randint(1, 12)}号楼"))
    room = rng.choice(
        (f"{rng.randint(2, 30)}楼", f"{rng.randint(2, 30)}{rng.randint(1, 20):02d}室")
    )
    postcode = f"{post2}{rng.randint(0, 9999):04d}"
    if rng.random() < 0.35:
        return [street, f"{building}{room}", f"邮编：{postcode}"], area
    return [f"{street}{building}{room}"], area


def _address_ru(rng: random.Random) -> tuple[list[str], str]:
    city, area, post = rng.choice(RU_CITIES)
    index = post + "".join(str(rng.randint(0, 9)) for _ in range(6 - len(post)))
    house = f"д. {rng.randint(1, 150)}" + rng.choice(
        ("", "", f", стр. {rng.randint(1, 9)}", f", корп. {rng.randint(1, 5)}")
    )
    office = rng.choice(("", f", офис {rng.randint(101, 940)}", f", оф. {rng.randint(1, 99)}"))
    street = f"{rng.choice(RU_STREETS)}, {house}{office}"
    town = f"г. {city}"
    roll = rng.random()
    if roll < 0.4:
        return [f"{index}, {town}, {street}"], area
    if roll < 0.75:
        return [f"{index}, {town}", street], area
    return [f"{town}, {street}"], area


def _address_ae(rng: random.Random) -> tuple[list[str], str]:
    emirate, area, districts = rng.choice(AE_EMIRATES)
    office = rng.choice(
        (
            f"Office {rng.randint(101, 3405)}, {rng.choice(AE_TOWERS)}",
            f"Warehouse No. {rng.randint(1, 60)}",
            f"Shop {rng.randint(1, 40)}",
        )
    )
    district = rng.choice(districts)
    box = (
        f"P.O. Box {rng.randint(1000, 99999)}"
        if rng.random() < 0.4
        else (f"PO Box {rng.randint(1000, 99999)}")
    )
    country = rng.choice(("UAE", "U.A.E.", "United Arab Emirates"))
    roll = rng.random()
    if roll < 0.4:
        return [f"{office}, {district}", f"{box}, {emirate}, {country}"], area
    if roll < 0.7:
        return [office, district, f"{box}, {emirate} - {country}"], area
    return [f"{box}, {emirate}, {country}"], area


def world_address(rng: random.Random, locale: str) -> tuple[list[str], str]:
    """(printed address lines, the area code of the place, for the office phone)."""
    makers: dict[str, Any] = {
        "ko_KR": _address_ko,
        "en_IN": _address_in,
        "zh_TW": _address_tw,
        "zh_CN": _address_cn,
        "ru_RU": _address_ru,
        "en_AE": _address_ae,
    }
    return makers[locale](rng)
