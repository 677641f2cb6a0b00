"""What goes on a synthetic card: people, companies, phones, emails and addresses per locale.

Everything is drawn from a seeded ``random.Random`` and a seeded Faker so a card's content is a
pure function of its seed. The printed strings *are* the ground truth: whatever is drawn on the
card is exactly what ``CardContent.truth()`` reports.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from faker import Faker

from bench.synth_phone_formats import _digits, _valid, make_phone
from bench.synth_words import (
    BRAND_HEADS,
    BRAND_TAILS,
    DEPARTMENTS,
    GENERIC_MAILBOXES,
    INDUSTRIES,
    JA_INDUSTRIES,
    LABEL_SETS,
    LEGAL_FORMS,
    TAGLINES,
    TITLES,
    TLDS,
)

LATIN_LOCALES: tuple[str, ...] = ("en_US", "en_GB", "pt_BR", "de_DE", "fr_FR", "es_ES")
CJK_LOCALES: tuple[str, ...] = ("ja_JP",)


@dataclass(frozen=True)
class PhoneEntry:
    """One printed phone line; ``kinds`` has two entries for a shared "T/F" number."""

    label: str | None
    number: str
    kinds: tuple[str, ...]
    # Varied mix only. ``joiner``: printed on the previous entry's line after it (" / ", "/",
    # " to "); ``printed``: what is drawn when it is short of the number ("4000-5678" after
    # "(11) 4000-1234", "90" after "080-2345 6789/"); ``dialable``: the number without an
    # extension the printed one carries ("(02) 2345-6789" for "(02) 2345-6789 #123").
    joiner: str | None = None
    printed: str | None = None
    dialable: str | None = None


@dataclass
class CardContent:
    locale: str
    language: str
    name: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    name_alt: str | None = None  # the name in a second script (romanised Japanese)
    title: str | None = None
    department: str | None = None  # printed but not a job title: not in the truth
    company: str | None = None
    tagline: str | None = None
    emails: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    phones: list[PhoneEntry] = field(default_factory=list)
    address_lines: list[str] = field(default_factory=list)

    @property
    def address(self) -> str | None:
        if not self.address_lines:
            return None
        return (" " if self.language == "ja" else ", ").join(self.address_lines)

    def truth(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "title": self.title,
            "company": self.company,
            "emails": list(self.emails),
            "phones": [{"number": p.number, "kind": k} for p in self.phones for k in p.kinds],
            "websites": list(self.websites),
            "address": self.address,
        }


@cache
def _faker(locale: str) -> Faker:
    # Building a Faker is slow (~ms); one per locale, re-seeded for every card, stays deterministic.
    return Faker(locale)


def seeded_faker(locale: str, seed: int) -> Faker:
    fake = _faker(locale)
    fake.seed_instance(seed)
    return fake


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, for email local parts and domain names."""
    text = text.replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", plain)


# ---------------------------------------------------------------- people and companies


def _person(rng: random.Random, fake: Faker, card: CardContent) -> tuple[str, str]:
    """Fill the name fields; returns ASCII (given, family) for building email addresses."""
    if card.locale == "ja_JP":
        given, _, given_ro = fake.first_name_pair()
        family, _, family_ro = fake.last_name_pair()
        card.given_name, card.family_name = given, family
        card.name = f"{family} {given}" if rng.random() < 0.7 else f"{family}{given}"
        if rng.random() < 0.4:
            card.name_alt = (
                f"{given_ro} {family_ro.upper()}"
                if rng.random() < 0.5
                else f"{given_ro} {family_ro}"
            )
        return given_ro, family_ro
    given = fake.first_name()
    family = fake.last_name()
    if card.locale in ("es_ES", "pt_BR") and rng.random() < 0.5:
        second = fake.last_name()
        if second != family:
            family = f"{family} {second}"
    card.given_name, card.family_name = given, family
    prefix = "Dr. " if card.locale == "de_DE" and rng.random() < 0.08 else ""
    card.name = f"{prefix}{given} {family}"
    return given, family.split()[-1] if card.locale == "pt_BR" else family.split()[0]


def _company(rng: random.Random, fake: Faker, locale: str, lang: str) -> tuple[str, str]:
    """Company name as printed (with its legal form) and the ASCII stem of its domain."""
    form = rng.choice(LEGAL_FORMS[locale])
    if locale == "ja_JP":
        family, _, family_ro = fake.last_name_pair()
        industry, industry_ro = rng.choice(JA_INDUSTRIES)
        base = f"{family}{industry}"
        name = f"{form}{base}" if rng.random() < 0.5 else f"{base}{form}"
        family_ro = ascii_slug(family_ro)
        return name, rng.choice(
            (f"{family_ro}-{industry_ro}", f"{family_ro}{industry_ro}", family_ro)
        )
    industry = rng.choice(INDUSTRIES[lang])
    roll = rng.random()
    if roll < 0.4:
        words = [fake.last_name().split()[-1], industry]
    elif roll < 0.6:
        words = [fake.last_name().split()[-1], "&", fake.last_name().split()[-1]]
    else:
        words = [rng.choice(BRAND_HEADS) + rng.choice(BRAND_TAILS), industry]
    if lang in ("fr", "es", "pt") and words[1] == industry and rng.random() < 0.5:
        words = [industry, words[0]]  # "Conseil Dupont" reads more natural in Romance languages
    base = " ".join(words)
    name = f"{base}{form}" if form.startswith(",") else f"{base} {form}"
    slug_words = [ascii_slug(w) for w in words if w != "&"]
    stem = rng.choice(
        (
            "".join(slug_words),
            "-".join(slug_words),
            slug_words[0] if len(slug_words[0]) > 4 else "".join(slug_words),
        )
    )
    return name, stem


def _email_local(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_slug(given.split()[0]), ascii_slug(family)
    return rng.choice(
        (f"{g}.{f}", f"{g}.{f}", f"{g[0]}{f}", g, f"{g}{f}", f"{g}_{f}", f"{g[0]}.{f}", f"{f}.{g}")
    )


def _website(rng: random.Random, domain: str) -> str:
    return rng.choice(
        (f"www.{domain}", f"www.{domain}", domain, f"https://www.{domain}", f"http://{domain}")
    )


def _address(rng: random.Random, fake: Faker, locale: str) -> list[str]:
    n = rng.randint(1, 240)
    if locale == "en_US":
        line1 = f"{n} {fake.street_name()}" + (
            f", Suite {rng.randint(100, 999)}" if rng.random() < 0.35 else ""
        )
        line2 = f"{fake.city()}, {fake.state_abbr(include_territories=False)} {fake.postcode()}"
    elif locale == "en_GB":
        line1, line2 = f"{n} {fake.street_name()}", f"{fake.city()} {fake.postcode()}"
    elif locale == "pt_BR":
        line1 = f"{fake.street_name()}, {n}" + (f" - {fake.bairro()}" if rng.random() < 0.4 else "")
        line2 = rng.choice(
            (
                f"{fake.city()} - {fake.estado_sigla()}, {fake.postcode()}",
                f"CEP {fake.postcode()} - {fake.city()}/{fake.estado_sigla()}",
            )
        )
    elif locale == "de_DE":
        line1 = f"{fake.street_name()} {n}{rng.choice(('', '', '', 'a'))}"
        line2 = f"{fake.postcode()} {fake.city()}"
    elif locale == "fr_FR":
        line1 = f"{n}{rng.choice((',', ''))} {fake.street_name()}"
        city = fake.city()
        line2 = f"{fake.postcode()} {city.upper() if rng.random() < 0.4 else city}"
    elif locale == "es_ES":
        line1 = f"{fake.street_name()}, {n}" + (
            f", {rng.randint(1, 9)}º {rng.choice('ABCD')}" if rng.random() < 0.4 else ""
        )
        line2 = f"{fake.postcode()} {fake.city()}"
    else:
        line1 = f"〒{fake.postcode()}"
        line2 = fake.address().replace("\n", " ")
        if rng.random() < 0.3:
            line2 += f" {fake.building_name()}{rng.randint(2, 12)}F"
    if rng.random() < 0.35:
        sep = " " if locale == "ja_JP" else ", "
        return [f"{line1}{sep}{line2}"]
    return [line1, line2]


def _fax_number(rng: random.Random, locale: str, style: int, entries: list[PhoneEntry]) -> str:
    """Faxes usually sit on the office line's exchange: same number but the last two digits."""
    office = next((e.number for e in entries if e.kinds == ("work",)), None)
    if office is None or rng.random() < 0.3:
        return make_phone(rng, locale, "fax", style)
    for _ in range(10):
        candidate = office[:-2] + _digits(rng, 2)
        if candidate != office and _valid(candidate, locale):
            return candidate
    return make_phone(rng, locale, "fax", style)


def _phones(
    rng: random.Random, locale: str, lang: str, *, company_only: bool, fax_rate: float
) -> list[PhoneEntry]:
    style = rng.randrange(12)
    labels = rng.choice(LABEL_SETS[lang])
    unlabelled = rng.random() < 0.08
    work = rng.random() < (1.0 if company_only else 0.8)
    mobile = not company_only and (rng.random() < 0.6 or not work)
    fax = rng.random() < fax_rate
    entries: list[PhoneEntry] = []
    if work and fax and rng.random() < 0.12:  # one number for phone and fax, printed "T/F"
        entries.append(
            PhoneEntry(labels[3], make_phone(rng, locale, "work", style), ("work", "fax"))
        )
        work = fax = False
    if work:
        entries.append(PhoneEntry(labels[0], make_phone(rng, locale, "work", style), ("work",)))
    if mobile:
        entries.append(PhoneEntry(labels[1], make_phone(rng, locale, "mobile", style), ("mobile",)))
    if fax:
        entries.append(PhoneEntry(labels[2], _fax_number(rng, locale, style, entries), ("fax",)))
    if unlabelled and len(entries) == 1 and entries[0].kinds != ("fax",):
        entries[0] = PhoneEntry(None, entries[0].number, entries[0].kinds)
    return entries


def make_content(rng: random.Random, locale: str, seed: int, *, company_only: bool) -> CardContent:
    fake = seeded_faker(locale, seed)
    lang = locale[:2]
    card = CardContent(locale=locale, language=lang)
    card.company, stem = _company(rng, fake, locale, lang)
    domain = f"{stem}.{rng.choice(TLDS[locale])}"
    if rng.random() < 0.2:
        card.tagline = rng.choice(TAGLINES[lang])
    if not company_only:
        given, family = _person(rng, fake, card)
        if rng.random() < 0.9:
            card.title = rng.choice(TITLES[lang])
        if rng.random() < 0.15:
            card.department = rng.choice(DEPARTMENTS[lang])
        if rng.random() < 0.95:
            card.emails.append(f"{_email_local(rng, given, family)}@{domain}")
    if company_only or rng.random() < 0.1:
        card.emails.append(f"{rng.choice(GENERIC_MAILBOXES[lang])}@{domain}")
    if rng.random() < 0.85:
        card.websites.append(_website(rng, domain))
    fax_rate = 0.45 if lang in ("ja", "de", "pt") else 0.2
    card.phones = _phones(rng, locale, lang, company_only=company_only, fax_rate=fax_rate)
    if rng.random() < 0.85 or company_only:
        card.address_lines = _address(rng, fake, locale)
    return card
