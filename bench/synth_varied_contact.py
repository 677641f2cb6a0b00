"""How a card of the varied mix can be reached: its phone lines (several numbers on a line,
extensions, carrier labels), registration numbers that are not phones, e-mails, website and
address."""

from __future__ import annotations

import dataclasses
import random

import phonenumbers
from faker import Faker

from bench.synth_content import PhoneEntry, _address, _email_local, _website
from bench.synth_phone_formats import REGION
from bench.synth_phones import alternatives, number_range, phone, same_area
from bench.synth_varied_content import VariedContent, _p, _pick, vocab_key
from bench.synth_words import GENERIC_MAILBOXES, LABEL_SETS
from bench.synth_words_varied import ADDRESS_EXTRAS, CARRIERS, COUNTRIES, REGISTRATIONS
from bench.synth_words_world import GENERIC_MAILBOXES as WORLD_MAILBOXES
from bench.synth_words_world import LABEL_SETS as WORLD_LABEL_SETS
from bench.synth_words_world import WEBMAIL
from bench.synth_world import WORLD_LOCALES, romanise_hangul
from bench.synth_world_address import world_address

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
    local = False  # the tail is a whole local number, not an abbreviated ending
    if way == "same-area":
        shared = same_area(rng, first.number, loc)
        if shared:
            tail, local = [(rng.choice((" / ", " / ", ", ")), *shared)], True
    elif way == "range":
        ranged = number_range(rng, first.number, loc, joiner="~" if loc == "ko_KR" else " to ")
        if ranged:
            tail = [("~" if loc == "ko_KR" else " to ", *ranged)]
    if not tail:
        tail = [("/", printed, full) for printed, full in alternatives(rng, first.number, loc)]
    # A whole local number after the first is the truth as printed, as the development labels
    # write it ("2555-0101" after "(11) 2555-0100/"); a shorter ending stands for the full one.
    if local:
        return [first] + [
            PhoneEntry(None, printed, first.kinds, joiner=joiner, printed=printed, dialable=full)
            for joiner, printed, full in tail
        ]
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
