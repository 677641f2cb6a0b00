"""People and companies of the varied mix's new locales (ko_KR, en_IN, zh_TW, zh_CN, ru_RU,
en_AE), drawn from seeded Faker and the tables in ``synth_words_world``; their addresses are in
``synth_world_address``.

Each builder fills a ``CardContent`` with the printed strings (the truth) and returns the ASCII
parts an email address or domain is made of. A name or company in a second script (the English
line of a bilingual Korean or Chinese card) goes to ``name_alt`` / ``company_alt``: printed,
but not the truth, as in the real labels.
"""

from __future__ import annotations

import random

from faker import Faker

from bench.synth_content import CardContent, ascii_slug, seeded_faker
from bench.synth_words_world import (
    AE_BRANDS,
    AE_COMPANY_FORMS,
    AE_FAMILY,
    AE_GIVEN,
    IN_BRANDS,
    IN_COMPANY_FORMS,
    IN_INDUSTRIES,
    IN_PREFIXES,
    KO_BRANDS,
    KO_INDUSTRIES,
    KO_SURNAMES,
    LEGAL_FORMS,
    RU_BRAND_HEADS,
    RU_BRAND_TAILS,
    ZH_BRAND_CHARS,
    ZH_CN_CITIES,
    ZH_ENGLISH_NAMES,
    ZH_GIVEN,
    ZH_INDUSTRIES,
    ZH_SURNAMES,
)

WORLD_LOCALES: tuple[str, ...] = ("ko_KR", "en_IN", "zh_TW", "zh_CN", "ru_RU", "en_AE")
# Faker has no Gulf English; expatriate names there come from the Indian English provider.
FAKER_LOCALE = {"en_AE": "en_IN"}


def world_faker(locale: str, seed: int) -> Faker:
    return seeded_faker(FAKER_LOCALE.get(locale, locale), seed)


# ---------------------------------------------------------------- romanisation

_KO_INITIAL = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
               "k", "t", "p", "h")  # fmt: skip
_KO_VOWEL = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
             "wo", "we", "wi", "yu", "eu", "ui", "i")  # fmt: skip
_KO_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
             "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip


def romanise_hangul(text: str, *, hyphen: bool = False) -> str:
    """Revised Romanization, syllable by syllable (as names are written: 민준 → minjun)."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(
                _KO_INITIAL[code // 588] + _KO_VOWEL[code % 588 // 28] + _KO_FINAL[code % 28]
            )
        elif not ch.isspace():
            out.append(ch)
    return ("-" if hyphen else "").join(out)


_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                      "", "e", "yu", "ya"), strict=True))  # fmt: skip


def translit(text: str) -> str:
    """Russian to ASCII as e-mail addresses and domains spell it (Шевченко → shevchenko)."""
    return "".join(_CYRILLIC.get(ch, ch) for ch in text.lower())


# ---------------------------------------------------------------- people


def _person_ko(rng: random.Random, fake: Faker, card: CardContent, bilingual: bool) -> tuple:
    family, given = fake.last_name(), fake.first_name()
    card.family_name, card.given_name = family, given
    card.name = f"{family}{given}" if rng.random() < 0.75 else f"{family} {given}"
    family_ro = KO_SURNAMES.get(family) or romanise_hangul(family).capitalize()
    given_ro = romanise_hangul(given, hyphen=rng.random() < 0.3).capitalize()
    if bilingual:
        card.name_alt = rng.choice(
            (f"{given_ro} {family_ro}", f"{family_ro} {given_ro}",
             f"{given_ro} {family_ro}".upper())
        )  # fmt: skip
    return given_ro, family_ro


def _person_zh(rng: random.Random, card: CardContent, bilingual: bool) -> tuple:
    simplified = card.locale == "zh_CN"
    surname = rng.choice(ZH_SURNAMES)
    chars = rng.sample(ZH_GIVEN, 2 if rng.random() < 0.85 else 1)
    form = 1 if simplified else 0
    card.family_name = surname[form]
    card.given_name = "".join(c[form] for c in chars)
    card.name = card.family_name + card.given_name
    if simplified:
        family_ro, given_ro = surname[3], "".join(c[3] for c in chars).capitalize()
    else:
        family_ro, given_ro = surname[2], "-".join(c[2] for c in chars)
    if bilingual:
        english = rng.choice(ZH_ENGLISH_NAMES)
        card.name_alt = rng.choice(
            (f"{given_ro} {family_ro}", f"{family_ro.upper()} {given_ro}",
             f"{english} {family_ro}", f"{english} {family_ro}")
        )  # fmt: skip
        if card.name_alt.startswith(english):
            given_ro = english
    return given_ro, family_ro


def _person_in(rng: random.Random, fake: Faker, card: CardContent) -> tuple:
    given, family = fake.first_name(), fake.last_name()
    card.given_name, card.family_name = given, family
    roll = rng.random()
    if roll < 0.1:
        card.name = f"{given} {rng.choice('ABCDGKMNRSV')}. {family}"
    elif roll < 0.18:
        card.name = f"{rng.choice(IN_PREFIXES)}{given} {family}"
    else:
        card.name = f"{given} {family}"
    return given, family


def _person_ru(rng: random.Random, fake: Faker, card: CardContent) -> tuple:
    female = rng.random() < 0.4
    family = fake.last_name_female() if female else fake.last_name_male()
    given = fake.first_name_female() if female else fake.first_name_male()
    patronymic = fake.middle_name_female() if female else fake.middle_name_male()
    card.given_name, card.family_name = given, family
    roll = rng.random()
    if roll < 0.35:
        card.name = f"{family} {given} {patronymic}"
    elif roll < 0.45:
        card.name = f"{family.upper()} {given} {patronymic}"
    elif roll < 0.6:
        card.name = f"{given} {patronymic} {family}"
    else:
        card.name = f"{given} {family}"
    return translit(given), translit(family)


def _person_ae(rng: random.Random, fake: Faker, card: CardContent) -> tuple:
    if rng.random() < 0.65:
        given, family = rng.choice(AE_GIVEN), rng.choice(AE_FAMILY)
    else:
        given, family = fake.first_name(), fake.last_name()
    card.given_name, card.family_name = given, family
    card.name = f"{given} {family}"
    return given, family.replace("Al ", "al")


def world_person(
    rng: random.Random, fake: Faker, card: CardContent, *, bilingual: bool
) -> tuple[str, str]:
    """Fill the name fields; returns ASCII-ish (given, family) for the e-mail address."""
    if card.locale == "ko_KR":
        return _person_ko(rng, fake, card, bilingual)
    if card.locale in ("zh_TW", "zh_CN"):
        return _person_zh(rng, card, bilingual)
    if card.locale == "ru_RU":
        return _person_ru(rng, fake, card)
    if card.locale == "en_AE":
        return _person_ae(rng, fake, card)
    return _person_in(rng, fake, card)


# ---------------------------------------------------------------- companies


def _company_ko(rng: random.Random) -> tuple[str, str, str]:
    brand, brand_ro = rng.choice(KO_BRANDS)
    industry, industry_ro, industry_en = rng.choice(KO_INDUSTRIES)
    base = f"{brand}{industry}"
    name = rng.choice((f"주식회사 {base}", f"(주){base}", f"{base} 주식회사", f"{base}(주)",
                       f"㈜{base}", f"주식회사 {base}"))  # fmt: skip
    alt = f"{brand_ro.upper()} {industry_en.upper()} CO., LTD."
    if rng.random() < 0.5:
        alt = f"{brand_ro.capitalize()} {industry_en} Co., Ltd."
    return (
        name,
        rng.choice((f"{brand_ro}{industry_ro}", f"{brand_ro}-{industry_ro}", brand_ro)),
        alt,
    )


def _company_zh(rng: random.Random, locale: str) -> tuple[str, str, str]:
    form = 1 if locale == "zh_CN" else 0
    chars = rng.sample(ZH_BRAND_CHARS, 2)
    industry = rng.choice(ZH_INDUSTRIES)
    brand = "".join(c[form] for c in chars)
    legal = rng.choice(("股份有限公司", "有限公司", "有限公司"))
    prefix = ""
    if form and rng.random() < 0.5:
        prefix = rng.choice(ZH_CN_CITIES)[0].split("省")[-1]
    name = f"{prefix}{brand}{industry[form]}{legal}"
    pinyin = "".join(c[2] for c in chars)
    alt = f"{pinyin.capitalize()} {industry[2]} Co., Ltd."
    return name, rng.choice((pinyin, f"{pinyin}-{ascii_slug(industry[2])[:4]}")), alt


def _company_in(rng: random.Random, fake: Faker) -> tuple[str, str, None]:
    brand, family = rng.choice(IN_BRANDS), fake.last_name()
    if rng.random() < 0.45:
        name = f"{brand} {rng.choice(IN_INDUSTRIES)} {rng.choice(LEGAL_FORMS['en_IN'])}"
    else:
        name = rng.choice(IN_COMPANY_FORMS).format(brand=brand, family=family)
    words = [ascii_slug(w) for w in name.split() if w not in ("New", "Sri", "&")][:2]
    return name, "".join(words) if rng.random() < 0.7 else words[0] + "group", None


def _company_ru(rng: random.Random) -> tuple[str, str, None]:
    head, tail = rng.choice(RU_BRAND_HEADS), rng.choice(RU_BRAND_TAILS)
    brand = rng.choice((f"{head}{tail}", f"{head}-{tail}", head))
    name = rng.choice((f"{rng.choice(LEGAL_FORMS['ru_RU'])} «{brand}»", f"ООО «{brand}»",
                       f"Группа компаний «{brand}»"))  # fmt: skip
    return name, translit(brand).replace("-", ""), None


def _company_ae(rng: random.Random) -> tuple[str, str, None]:
    brand = rng.choice(AE_BRANDS)
    base = rng.choice(AE_COMPANY_FORMS).format(brand=brand)
    name = f"{base} {rng.choice(LEGAL_FORMS['en_AE'])}"
    slug = ascii_slug(brand)
    return (
        name,
        rng.choice((slug, f"{slug}{ascii_slug(base.split()[-1])[:5]}", f"{slug}-uae")),
        None,
    )


def world_company(rng: random.Random, fake: Faker, locale: str) -> tuple[str, str, str | None]:
    """(company as printed, ASCII stem of its domain, the company in English or None)."""
    if locale == "ko_KR":
        return _company_ko(rng)
    if locale in ("zh_TW", "zh_CN"):
        return _company_zh(rng, locale)
    if locale == "ru_RU":
        return _company_ru(rng)
    if locale == "en_AE":
        return _company_ae(rng)
    return _company_in(rng, fake)


def brand_word(rng: random.Random, fake: Faker, locale: str) -> str:
    """A shop's own word in the locale's script: "Sai", "한빛", "華信", "Орион"."""
    if locale == "ko_KR":
        return rng.choice(KO_BRANDS)[0]
    if locale in ("zh_TW", "zh_CN"):
        form = 1 if locale == "zh_CN" else 0
        return "".join(c[form] for c in rng.sample(ZH_BRAND_CHARS, 2))
    if locale == "ru_RU":
        return rng.choice(RU_BRAND_HEADS)
    if locale == "en_AE":
        return rng.choice(AE_BRANDS)
    return rng.choice(IN_BRANDS)
