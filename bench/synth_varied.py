"""The varied mix: more locales and more kinds of card than the default corpus, for fitting
extraction weights on cards unlike the ones the rules were written for.

    make_card(seed, mix="varied")   # bench/synth.py; python -m bench.synth --mix varied

On top of the default corpus's cards this draws: six more locales (``synth_world``); trade
cards naming a first name only; shop cards with services and opening hours; a logo word over a
descriptor instead of a company line; slogans printed larger than the company; letter-spaced
names; name and title on one row; a job-like line under the firm's name ("Tax Consultant")
besides the person's title; addresses over two or three lines; several numbers on one
line (a second number on the same area code, alternative last digits, ranges, extensions,
carrier names); registration numbers that are not phones; cards without a website, without an
e-mail, with two e-mails; dense and sparse cards.

Phones, e-mails, website and address are drawn in ``synth_varied_contact``. Truth is what is
printed (``synth_content``'s principle). Conventions where the development labels are silent
are listed in ``TRUTH_CONVENTIONS``.
"""

from __future__ import annotations

import random

from faker import Faker

from bench.synth_content import (
    LATIN_LOCALES,
    _company,
    _person,
    ascii_slug,
    seeded_faker,
)
from bench.synth_varied_contact import (
    _address_varied,
    _mail_and_web,
    _phones_varied,
    _registration,
)
from bench.synth_varied_content import VariedContent, _p, _pick, vocab_key
from bench.synth_words import (
    BRAND_HEADS,
    BRAND_TAILS,
    DEPARTMENTS,
    LEGAL_FORMS,
    TAGLINES,
    TITLES,
    TLDS,
)
from bench.synth_words_varied import (
    ASK_FOR,
    BIG_SLOGANS,
    LOGO_DESCRIPTORS,
    LOGO_HEADS,
    LOGO_TAILS,
    NAME_TITLE_SEPARATORS,
    OPENING_HOURS,
    RU_LOGO_WORDS,
    SERVICE_LINES,
    SHOP_KINDS,
    TRADE_LINES,
)
from bench.synth_words_world import (
    AE_ARABIC_LINES,
    IN_BLESSINGS,
    IN_DEGREES,
    TITLES_EN,
    ZH_SURNAMES,
)
from bench.synth_words_world import DEPARTMENTS as WORLD_DEPARTMENTS
from bench.synth_words_world import LEGAL_FORMS as WORLD_LEGAL_FORMS
from bench.synth_words_world import TAGLINES as WORLD_TAGLINES
from bench.synth_words_world import TITLES as WORLD_TITLES
from bench.synth_words_world import TLDS as WORLD_TLDS
from bench.synth_world import (
    WORLD_LOCALES,
    brand_word,
    translit,
    world_company,
    world_faker,
    world_person,
)

# fmt: off
VARIED_LOCALE_WEIGHTS: dict[str, int] = {
    "en_US": 2, "en_GB": 1, "pt_BR": 2, "de_DE": 1, "fr_FR": 1, "es_ES": 1, "ja_JP": 1,
    "ko_KR": 2, "en_IN": 2, "zh_TW": 1, "zh_CN": 1, "ru_RU": 1, "en_AE": 1,
}
# person: name, title…; given-only: a trade card naming a first name; company: no person;
# shop: no person, services and opening hours.
KIND_WEIGHTS: dict[str, int] = {"person": 66, "given-only": 8, "company": 9, "shop": 17}
# fmt: on
CJK = ("ja_JP", "ko_KR", "zh_TW", "zh_CN")
# Where a first-name-only trade card is written (not CJK: those print a surname and a rank).
GIVEN_ONLY_LOCALES = (*LATIN_LOCALES, "en_IN", "en_AE", "ru_RU")

TRUTH_CONVENTIONS = """\
- name: as printed, in the card's main script (a romanised or English line goes to name_alt);
  a letter-spaced capitals name is the name in capitals with normal spaces ("MARIA SILVA"); a
  trade card's "Ask for Maria" is name "Maria" (given_name "Maria", family_name null); a
  Russian patronymic stays in name but is neither given_name nor family_name.
- title: the job title; a department on its own line is not part of it, a department printed
  on the same line before the title is ("영업부 팀장", as the Japanese development label does);
  a name and title on one row ("Maria Silva | Sales Manager") are split at the separator.
- title: a line under the firm's name saying what its people do ("Tax Consultant") is not the
  person's title, which is printed with the name.
- company: as printed in the main script; a logo word over a descriptor is the two joined with
  one space ("NORTHWIND LOGISTICS GROUP"); when the full legal name is also printed (small
  print, or the native name under a Latin logo on CJK cards), the legal name; a shop's name
  for shop cards; an English company line on a bilingual card is not the company.
- phones: every full number, one entry each, in the printed style, labels and carrier names
  ("Vivo") left out. A whole local number printed after the first one keeps the form it is
  printed in, as the development labels write it: "(11) 4000-1234 / 4000-5678" is
  "(11) 4000-1234" and "4000-5678". Where the line abbreviates further numbers to their last
  digits, each is completed from the first:
  "080-2345 6789/90" is "080-2345 6789" and "080-2345 6790"; a range gives its first and its
  last number ("+971 4 555 7310 to 14": "+971 4 555 7310", "+971 4 555 7314"; "02-1234-5670~3"),
  not the ones between, which are not printed. An extension stays in its number, as the
  development labels write it ("(02) 2345-6789 #123"). Registration, tax, QQ and PO Box
  numbers are never phones.
- address: the printed lines joined with ", " in printed order (" " for Japanese and Chinese),
  including a country line when printed; opening hours are not part of it.
"""


# ---------------------------------------------------------------- people and companies


def _person_varied(rng: random.Random, fake: Faker, card: VariedContent) -> tuple[str, str]:
    if card.locale in WORLD_LOCALES:
        return world_person(rng, fake, card, bilingual=card.bilingual)
    return _person(rng, fake, card)


def _title(rng: random.Random, card: VariedContent, key: str) -> None:
    titles = _pick((WORLD_TITLES, TITLES), key)
    index = rng.randrange(len(titles))
    card.title = titles[index]
    if card.bilingual and key in TITLES_EN:
        card.title_alt = TITLES_EN[key][index]
    departments = _pick((WORLD_DEPARTMENTS, DEPARTMENTS), key)
    roll = rng.random()
    if key in ("ko", "zh_TW", "zh_CN") and roll < 0.3:
        card.title = f"{rng.choice(departments)} {card.title}"  # one printed line
    elif roll < (0.7 if key in ("ko", "zh_TW", "zh_CN") else 0.18):
        card.department = rng.choice(departments)


def _company_varied(rng: random.Random, fake: Faker, card: VariedContent) -> str:
    """Set the company as printed; returns the ASCII stem of the domain."""
    if card.locale in WORLD_LOCALES:
        card.company, stem, alt = world_company(rng, fake, card.locale)
        if card.bilingual:
            card.company_alt = alt
        return stem
    card.company, stem = _company(rng, fake, card.locale, card.language)
    return stem


def _logo(rng: random.Random, card: VariedContent, stem: str) -> str:
    """A logo word over a descriptor; the company is the two joined unless a legal name is
    printed too. Returns the domain stem."""
    key = vocab_key(card.locale)
    if card.locale in CJK:
        # A Latin logo over the native legal name, which stays the company: the English name's
        # industry ("Hongda Electronics Co., Ltd.") or a neutral word.
        english = (card.company_alt or "").split(" Co.")[0].split(" ", 1)[1:]
        descriptor = english[0] if english else rng.choice(("GROUP", "Corporation", "Holdings"))
        card.logo = (stem.split("-")[0].upper(), descriptor)
        return stem
    if card.locale == "ru_RU":
        word = rng.choice(RU_LOGO_WORDS)
    elif _p(rng, 0.25):
        word = "".join(rng.choice("ABCDEFGHKLMNPRSTVXZ") for _ in range(rng.choice((2, 3))))
    else:
        word = rng.choice(LOGO_HEADS) + rng.choice(LOGO_TAILS)
        word = word.upper() if _p(rng, 0.5) else word
    plain_descriptor = rng.choice(LOGO_DESCRIPTORS.get(key[:2], LOGO_DESCRIPTORS["en"]))
    descriptor = plain_descriptor.upper() if _p(rng, 0.5) else plain_descriptor
    card.logo = (word, descriptor)
    card.company = f"{word} {descriptor}"
    if _p(rng, 0.3):
        forms = WORLD_LEGAL_FORMS.get(card.locale) or LEGAL_FORMS[card.locale]
        form = rng.choice(forms)
        plain = f"{word.title() if len(word) > 3 else word} {plain_descriptor}"
        if card.locale == "ru_RU":
            card.legal_small = f"{form} «{word.title()}»"
        else:
            card.legal_small = f"{plain}{form}" if form.startswith(",") else f"{plain} {form}"
        card.company = card.legal_small
    slug = ascii_slug(translit(word)) or stem
    return rng.choice((slug, slug + ascii_slug(translit(descriptor.split()[0]))[:6]))


def _shop_words(rng: random.Random, fake: Faker, card: VariedContent) -> dict[str, str]:
    """{family}, {given}, {brand} of a shop name, in the locale's script."""
    if card.locale in ("zh_TW", "zh_CN"):
        family = rng.choice(ZH_SURNAMES)[1 if card.locale == "zh_CN" else 0]
        return {"family": family, "given": family, "brand": brand_word(rng, fake, card.locale)}
    family, given = fake.last_name().split()[-1], fake.first_name()
    if card.locale in WORLD_LOCALES:
        brand = brand_word(rng, fake, card.locale)
    elif card.language == "en":
        brand = rng.choice(BRAND_HEADS) + rng.choice(BRAND_TAILS)
    else:
        brand = fake.last_name().split()[-1]
    return {"family": family, "given": given, "brand": brand}


def _shop(rng: random.Random, fake: Faker, card: VariedContent, key: str) -> tuple[str, str]:
    """A shop's name, services and hours; returns (ASCII stem of the shop's words or "" in
    another script, the person's role)."""
    kinds = SHOP_KINDS.get(key) or SHOP_KINDS["en"]
    pattern, services, role = rng.choice(kinds)
    words = _shop_words(rng, fake, card)
    if words["family"].endswith("s"):  # Rivers' Bakery, not Rivers's
        pattern = pattern.replace("{family}'s", "{family}'")
    card.company = pattern.format(**words)
    card.services = rng.sample(services, rng.randint(2, len(services)))
    if _p(rng, 0.7):
        card.hours = list(rng.choice(OPENING_HOURS.get(key) or OPENING_HOURS["en"]))
    latin = [ascii_slug(w) for w in card.company.split() if w.isascii() and w[:1].isalpha()]
    return "".join(latin[:2]) if card.locale not in CJK else "", role


# A person's card printing what the firm's people do under its name, besides the title.
TRADE_RATE = 0.15


def _trade(seed: int, card: VariedContent, key: str) -> None:
    """A job-like line under the firm's name ("Tax Consultant") on a card whose person has a
    title of their own. Drawn from its own generator, so the cards drawn before this line
    existed stay the same otherwise."""
    rng = random.Random(f"trade-{seed}")
    trades = TRADE_LINES.get(key[:2])
    if card.title and trades and card.locale not in CJK and _p(rng, TRADE_RATE):
        card.trade = rng.choice(trades)
        card.features.append("trade-line")


# ---------------------------------------------------------------- the card


def _draw_kind(rng: random.Random, locale: str, company_only: bool | None) -> str:
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    if kind == "given-only" and locale not in GIVEN_ONLY_LOCALES:
        kind = "person"
    if company_only is True and kind in ("person", "given-only"):
        kind = "shop" if rng.random() < 0.6 else "company"
    elif company_only is False and kind in ("company", "shop"):
        kind = "person"
    return kind


def make_varied_content(
    rng: random.Random, locale: str, seed: int, *, company_only: bool | None
) -> VariedContent:
    """Everything printed on card ``seed`` of the varied mix, drawn from ``rng`` and Faker."""
    fake = world_faker(locale, seed) if locale in WORLD_LOCALES else seeded_faker(locale, seed)
    key = vocab_key(locale)
    card = VariedContent(locale=locale, language=locale[:2])
    card.kind = _draw_kind(rng, locale, company_only)
    card.bilingual = locale in ("ko_KR", "zh_TW", "zh_CN") and _p(rng, 0.55)
    dense, sparse = _p(rng, 0.15), _p(rng, 0.12)
    if dense and sparse:
        sparse = False
    card.features += [f"kind-{card.kind}"] + (["dense"] if dense else []) + (
        ["sparse"] if sparse else []
    )  # fmt: skip
    stem = _company_varied(rng, fake, card)
    role = None
    if card.kind in ("shop", "given-only"):
        card.company_alt = None
        stem, role = _shop(rng, fake, card, key)
    elif _p(rng, 0.22):
        stem = _logo(rng, card, stem)
        card.features.append("logo-descriptor")
    tlds = WORLD_TLDS.get(locale) or TLDS[locale]
    domain = f"{stem}.{rng.choice(tlds)}"
    if _p(rng, 0.12):
        card.tagline = rng.choice(BIG_SLOGANS.get(key) or BIG_SLOGANS["en"])
        card.big_tagline = True
        card.features.append("big-tagline")
    elif _p(rng, 0.15):
        card.tagline = rng.choice(_pick((WORLD_TAGLINES, TAGLINES), key))

    names: tuple[str, str] | None = None
    if card.kind == "person":
        names = _person_varied(rng, fake, card)
        if _p(rng, 0.9 if not sparse else 0.6):
            _title(rng, card, key)
        if locale == "en_IN" and _p(rng, 0.15):
            card.degrees = rng.choice(IN_DEGREES)
        if _p(rng, 0.1):
            card.spaced_name = True
            card.features.append("letter-spaced-name")
            if locale not in CJK:
                card.name, card.given_name, card.family_name = (
                    (card.name or "").upper(),
                    (card.given_name or "").upper(),
                    (card.family_name or "").upper(),
                )
        elif card.title and not card.department and _p(rng, 0.18):
            card.name_title_sep = (
                rng.choice(("  ", " | ", "　"))
                if locale in CJK
                else rng.choice(NAME_TITLE_SEPARATORS)
            )
            card.features.append("name-title-row")
        if dense and _p(rng, 0.6):
            card.services = list(rng.choice(SERVICE_LINES.get(key) or SERVICE_LINES["en"]))
        _trade(seed, card, key)
    elif card.kind == "given-only":
        given = fake.first_name()
        card.name = card.given_name = given
        pattern = rng.choice(ASK_FOR.get(key[:2]) or ASK_FOR["en"])
        card.name_prefix = pattern.split("{given}")[0] or None
        if role and _p(rng, 0.3):
            card.title = role
    if key == "en_IN" and card.kind != "person" and _p(rng, 0.3):
        card.script_line = (rng.choice(IN_BLESSINGS), "deva", True)
    elif locale == "en_AE" and _p(rng, 0.3):
        card.script_line = (rng.choice(AE_ARABIC_LINES), "arab", False)

    webmail_rate = {"shop": 0.5, "given-only": 0.5}.get(card.kind, 0.05)
    if locale in ("en_IN", "ko_KR", "zh_CN", "ru_RU") and card.kind != "person":
        webmail_rate = 0.65
    own_domain = card.kind in ("person", "company") or stem != ""
    _mail_and_web(
        rng,
        card,
        names=names,
        domain=domain if own_domain else None,
        webmail_rate=webmail_rate,
        sparse=sparse,
    )
    area = None
    if not sparse and (_p(rng, 0.85) or card.kind in ("shop", "company")):
        card.address_lines, area = _address_varied(rng, fake, card)
    card.phones = _phones_varied(rng, card, area=area, dense=dense, sparse=sparse)
    if not sparse and _p(rng, 0.35 if dense or locale == "en_IN" else 0.14):
        card.registrations.append(_registration(rng, locale))
        if dense and _p(rng, 0.5):
            second = _registration(rng, locale)
            if second.split()[0] != card.registrations[0].split()[0]:
                card.registrations.append(second)
        card.registration_inline = bool(card.phones) and _p(rng, 0.35)
        card.features.append("registration")
    if card.kind == "given-only":
        card.features.append("ask-for" if card.name_prefix else "given-name-only")
    return card
