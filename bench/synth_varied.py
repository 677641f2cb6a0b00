"""The varied mix: more locales and more kinds of card than the default corpus, for fitting
extraction weights on cards unlike the ones the rules were written for.

    make_card(seed, mix="varied")   # bench/synth.py; python -m bench.synth --mix varied

On top of the default corpus's cards this draws: six more locales (``synth_world``); trade
cards naming a first name only; shop cards with services and opening hours; a logo word over a
descriptor instead of a company line; slogans printed larger than the company; letter-spaced
names; name and title on one row; addresses over two or three lines; several numbers on one
line (a second number on the same area code, alternative last digits, ranges, extensions,
carrier names); registration numbers that are not phones; cards without a website, without an
e-mail, with two e-mails; dense and sparse cards.

Truth is what is printed (``synth_content``'s principle). Conventions where the development
labels are silent are listed in ``TRUTH_CONVENTIONS``.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from faker import Faker

from bench.synth_content import (
    LATIN_LOCALES,
    REGION,
    CardContent,
    PhoneEntry,
    _address,
    _company,
    _email_local,
    _person,
    _website,
    ascii_slug,
    seeded_faker,
)
from bench.synth_phones import alternatives, number_range, phone, same_area
from bench.synth_words import (
    BRAND_HEADS,
    BRAND_TAILS,
    DEPARTMENTS,
    GENERIC_MAILBOXES,
    LABEL_SETS,
    LEGAL_FORMS,
    TAGLINES,
    TITLES,
    TLDS,
)
from bench.synth_words_varied import (
    ADDRESS_EXTRAS,
    ASK_FOR,
    BIG_SLOGANS,
    CARRIERS,
    COUNTRIES,
    LOGO_DESCRIPTORS,
    LOGO_HEADS,
    LOGO_TAILS,
    NAME_TITLE_SEPARATORS,
    OPENING_HOURS,
    REGISTRATIONS,
    RU_LOGO_WORDS,
    SERVICE_LINES,
    SHOP_KINDS,
)
from bench.synth_words_world import (
    AE_ARABIC_LINES,
    IN_BLESSINGS,
    IN_DEGREES,
    TITLES_EN,
    WEBMAIL,
    ZH_SURNAMES,
)
from bench.synth_words_world import DEPARTMENTS as WORLD_DEPARTMENTS
from bench.synth_words_world import GENERIC_MAILBOXES as WORLD_MAILBOXES
from bench.synth_words_world import LABEL_SETS as WORLD_LABEL_SETS
from bench.synth_words_world import LEGAL_FORMS as WORLD_LEGAL_FORMS
from bench.synth_words_world import TAGLINES as WORLD_TAGLINES
from bench.synth_words_world import TITLES as WORLD_TITLES
from bench.synth_words_world import TLDS as WORLD_TLDS
from bench.synth_world import (
    WORLD_LOCALES,
    brand_word,
    romanise_hangul,
    translit,
    world_address,
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
- company: as printed in the main script; a logo word over a descriptor is the two joined with
  one space ("NORTHWIND LOGISTICS GROUP"); when the full legal name is also printed (small
  print, or the native name under a Latin logo on CJK cards), the legal name; a shop's name
  for shop cards; an English company line on a bilingual card is not the company.
- phones: every full number, one entry each, in the printed style, labels and carrier names
  ("Vivo") left out. Where one printed line abbreviates further numbers, each is completed from
  the first: "(11) 4000-1234 / 4000-5678" is "(11) 4000-1234" and "(11) 4000-5678";
  "080-2345 6789/90" is "080-2345 6789" and "080-2345 6790"; a range gives its first and its
  last number ("+971 4 555 7310 to 14": "+971 4 555 7310", "+971 4 555 7314"; "02-1234-5670~3"),
  not the ones between, which are not printed. An extension stays in its number, as the
  development labels write it ("(02) 2345-6789 #123"). Registration, tax, QQ and PO Box
  numbers are never phones.
- address: the printed lines joined with ", " in printed order (" " for Japanese and Chinese),
  including a country line when printed; opening hours are not part of it.
"""


@dataclass
class VariedContent(CardContent):
    """A card of the varied mix: ``CardContent`` plus what only the renderer needs."""

    kind: str = "person"
    bilingual: bool = False  # Korean or Chinese card with English name/title/company lines
    features: list[str] = field(default_factory=list)
    company_alt: str | None = None  # the company in English on a bilingual card
    title_alt: str | None = None
    logo: tuple[str, str] | None = None  # (word, descriptor) printed instead of a company line
    legal_small: str | None = None  # the legal name printed in small type (it is the company)
    big_tagline: bool = False
    spaced_name: bool = False
    name_title_sep: str | None = None
    name_prefix: str | None = None  # "Ask for " before a first-name-only name
    script_line: tuple[str, str, bool] | None = None  # (text, script, above the company?)
    degrees: str | None = None
    services: list[str] = field(default_factory=list)
    hours: list[str] = field(default_factory=list)
    registrations: list[str] = field(default_factory=list)
    registration_inline: bool = False  # the first id printed on the last phone's line

    @property
    def address(self) -> str | None:
        if not self.address_lines:
            return None
        return (" " if self.language in ("ja", "zh") else ", ").join(self.address_lines)

    def dialable(self) -> dict[str, str]:
        """Truth number -> the number libphonenumbers checks (without an extension)."""
        return {p.number: p.dialable or p.number for p in self.phones}


def vocab_key(locale: str) -> str:
    """Which vocabulary table row a locale reads: the language, or the locale where it differs."""
    if locale in ("zh_TW", "zh_CN", "en_IN", "en_AE"):
        return locale
    return locale[:2]


def _pick(tables: tuple[dict[str, Any], dict[str, Any]], key: str, fallback: str = "en") -> Any:
    """The row of the world table or of the default one; Gulf English reads English rows."""
    world, default = tables
    if key in world:
        return world[key]
    return default.get(key) or default[fallback]


def _p(rng: random.Random, rate: float) -> bool:
    return rng.random() < rate


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


# ---------------------------------------------------------------- phones


def _label_set(rng: random.Random, card: VariedContent) -> tuple[str, str, str, str]:
    key = vocab_key(card.locale)
    return rng.choice(_pick((WORLD_LABEL_SETS, LABEL_SETS), key))


def _list_on_one_line(
    rng: random.Random, card: VariedContent, first: PhoneEntry, style: int, area: str | None
) -> list[PhoneEntry]:
    """One printed line holding more than one number, in a way the locale prints it."""
    loc = card.locale
    ways = ["same-area", "two-mobiles"]
    if loc in ("en_IN", "ru_RU", "pt_BR", "de_DE", "en_GB"):
        ways.append("alternatives")
    if loc in ("en_AE", "en_IN", "en_GB", "en_US", "ko_KR"):
        ways.append("range")
    way = rng.choice(ways)
    if first.kinds == ("mobile",) or way == "two-mobiles":
        kind = first.kinds
        second = phone(rng, loc, kind[0], style, area=area)
        joiner = rng.choice((" / ", ", ", "  ", " | "))
        # The second is often printed in the national form: "+91 98450 12345, 97390 54321".
        if second.startswith("+") and _p(rng, 0.6):
            parsed = phonenumbers.parse(second, REGION[loc])
            second = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
            if loc == "en_IN" and kind == ("mobile",):
                second = second.removeprefix("0")
        return [first, PhoneEntry(None, second, kind, joiner=joiner)]
    tail: list[tuple[str, str, str]] = []  # (joiner, printed, full number)
    if way == "same-area":
        shared = same_area(rng, first.number, loc)
        if shared:
            tail = [(rng.choice((" / ", " / ", ", ")), *shared)]
    elif way == "range":
        ranged = number_range(rng, first.number, loc, joiner="~" if loc == "ko_KR" else " to ")
        if ranged:
            tail = [("~" if loc == "ko_KR" else " to ", *ranged)]
    if not tail:
        tail = [("/", printed, full) for printed, full in alternatives(rng, first.number, loc)]
    return [first] + [
        PhoneEntry(None, full, first.kinds, joiner=joiner, printed=printed)
        for joiner, printed, full in tail
    ]


def _extension(rng: random.Random, card: VariedContent, number: str) -> tuple[str, str | None]:
    """An office number with an extension or direct-dial suffix, the way the locale prints it."""
    ext = str(rng.randint(10, 899))
    suffix = {
        "zh_TW": rng.choice((f" #{ext}", f" ext.{ext}", f" 分機{ext}")),
        "ru_RU": f" доб. {ext}",
        "en_US": rng.choice((f" Ext. {ext}", f" x{ext}")),
        "en_IN": f" Extn. {ext}",
        "ko_KR": f" (내선 {ext})",
    }.get(card.locale)
    if suffix is None:
        return number, None
    return number + suffix, number


def _phones_varied(
    rng: random.Random, card: VariedContent, *, area: str | None, dense: bool, sparse: bool
) -> list[PhoneEntry]:
    loc = card.locale
    style = rng.randrange(12)
    work_l, mobile_l, fax_l, _ = _label_set(rng, card)
    person = card.kind in ("person", "given-only")
    want_work = _p(rng, 0.75 if person else 0.9)
    want_mobile = (person and _p(rng, 0.65)) or (not person and _p(rng, 0.45)) or not want_work
    fax_rate = 0.35 if loc in ("ja_JP", "de_DE", "pt_BR", "ko_KR", "zh_TW", "zh_CN") else 0.15
    want_fax = not sparse and card.kind != "shop" and _p(rng, fax_rate)
    entries: list[PhoneEntry] = []
    if want_work:
        number = phone(rng, loc, "work", style, area=area)
        entry = PhoneEntry(work_l, number, ("work",))
        if _p(rng, 0.2):
            printed, dial = _extension(rng, card, number)
            if dial:
                entry = PhoneEntry(work_l, printed, ("work",), dialable=dial)
        entries.append(entry)
    if want_mobile and not (sparse and entries):
        label = mobile_l
        if loc == "pt_BR" and _p(rng, 0.35):
            label = rng.choice(CARRIERS)
        entries.append(PhoneEntry(label, phone(rng, loc, "mobile", style), ("mobile",)))
    if not sparse and entries and _p(rng, 0.55 if card.kind == "shop" or dense else 0.2):
        card.features.append("phone-list")
        at = rng.randrange(len(entries))
        if entries[at].dialable is None:  # no list after an extension
            entries[at : at + 1] = _list_on_one_line(rng, card, entries[at], style, area)
    if dense and _p(rng, 0.5):
        extra_l = rng.choice(CARRIERS) if loc == "pt_BR" else mobile_l
        entries.append(PhoneEntry(extra_l, phone(rng, loc, "mobile", style + 1), ("mobile",)))
    if want_fax:
        entries.append(PhoneEntry(fax_l, phone(rng, loc, "fax", style, area=area), ("fax",)))
    if len(entries) == 1 and _p(rng, 0.1):
        entries[0] = dataclasses.replace(entries[0], label=None)
    numbers = [p.number for p in entries]
    if len(set(numbers)) < len(numbers):  # a redraw met an earlier number: keep the first
        entries = [p for i, p in enumerate(entries) if p.number not in numbers[:i]]
    return entries


def _registration(rng: random.Random, locale: str) -> str:
    label, pattern = rng.choice(REGISTRATIONS[locale])
    filled = "".join(
        rng.choice("0123456789") if ch == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if ch == "@" else ch
        for ch in pattern
    )  # fmt: skip
    sep = "" if label.endswith((" T", " DE", " B", " FR", "#")) else " "
    return f"{label}{sep}{filled}"


# ---------------------------------------------------------------- emails, web, address


def _mail_and_web(
    rng: random.Random,
    card: VariedContent,
    *,
    names: tuple[str, str] | None,
    domain: str | None,
    webmail_rate: float,
    sparse: bool,
) -> None:
    """E-mails and website; ``domain`` None: a shop without one (free mail, no site)."""
    key = vocab_key(card.locale)
    webmail = domain is None or _p(rng, webmail_rate)
    if webmail:
        provider = rng.choice(WEBMAIL.get(key) or ("gmail.com", "hotmail.com", "yahoo.com"))
        if domain:
            stem = domain.split(".")[0].replace("-", "")
        elif card.locale == "ko_KR":  # a Korean shop romanises its name: 세움 → seum
            stem = romanise_hangul((card.company or "").split()[0])
        else:
            stem = rng.choice(("shop", "store", "service"))
        local = _email_local(rng, *names) if names else stem + rng.choice(("", "", "1", "2020"))
        if provider == "qq.com":
            local = str(rng.randint(10**7, 10**10))
        card.emails.append(f"{local}@{provider}")
    elif names and _p(rng, 0.9 if not sparse else 0.5):
        card.emails.append(f"{_email_local(rng, *names)}@{domain}")
    if domain is None:
        card.features.append("no-website")
        return
    if not card.emails or _p(rng, 0.12):
        mailbox = rng.choice(_pick((WORLD_MAILBOXES, GENERIC_MAILBOXES), key))
        address = f"{mailbox}@{domain}"
        if address not in card.emails and (not sparse or not card.emails):
            card.emails.append(address)
    if len(card.emails) > 1:
        card.features.append("two-emails")
    if names and card.emails and _p(rng, 0.1):
        card.emails.clear()
        card.websites.append(_website(rng, domain))
        card.features.append("website-only")
        return
    site_rate = 0.25 if webmail else (0.35 if sparse else 0.75)
    if _p(rng, site_rate) or (not card.emails and not webmail):
        card.websites.append(_website(rng, domain))
    else:
        card.features.append("no-website")


def _fill(text: str, rng: random.Random, fake: Faker) -> str:
    return text.format(
        n=rng.randint(100, 1900),
        k=rng.randint(1, 12),
        L=rng.choice("ABCDE"),
        family=fake.last_name().split()[-1],
    )


def _address_varied(
    rng: random.Random, fake: Faker, card: VariedContent
) -> tuple[list[str], str | None]:
    loc = card.locale
    if loc in WORLD_LOCALES:
        lines, area = world_address(rng, loc)
    else:
        lines, area = _address(rng, fake, loc), None
        if loc in ADDRESS_EXTRAS and (_p(rng, 0.35) or len(lines) == 1 and _p(rng, 0.2)):
            extra = _fill(rng.choice(ADDRESS_EXTRAS[loc]), rng, fake)
            lines = [lines[0], extra, *lines[1:]]
    if _p(rng, 0.12) and loc not in ("ja_JP", "zh_CN"):
        lines = [*lines, rng.choice(COUNTRIES[loc])]
    if len(lines) > 1:
        card.features.append(f"address-{len(lines)}-lines")
    return lines, area


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
