"""Email addresses: tolerant candidates, OCR repairs, then strict validation."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

from . import patterns as P
from .domains import free_mail_repaired, known_tlds, tld_repaired
from .lexicon import fold, load
from .textmap import MappedText


@dataclass(frozen=True)
class FoundEmail:
    address: str  # normalised, lower-case
    line: int  # index of the card line it was read on
    span: tuple[int, int]  # characters of that line it occupies
    repaired: bool  # whether an OCR repair was needed to read it
    # Built around an "@" OCR lost (email_glued.py): where the "@" was is a guess.
    rebuilt: bool = False
    # Read with an "E" label's capital glued before it (capital_label_glued).
    capital_label: bool = False
    # The letter taken off as an icon's (icon_letter_glued), "" when none was.
    icon_letter: str = ""


def known_tld(label: str) -> bool:
    """A domain's last label is trusted when it is on the TLD list or is any two-letter
    country code."""
    label = label.lower()
    return label in known_tlds() or (len(label) == 2 and label.isalpha())


def _repair_at_signs(text: MappedText) -> MappedText:
    """OCR reads "@" as © or ®, cards write "(at)"; stray spaces also surround the "@"."""
    text = text.sub(P.AT_LOOKALIKE, "@")
    text = text.sub(P.AT_SPELLED, "@")
    # A bare " at " is English prose ("Visit us at acme.com") unless the address opens the line.
    text = text.sub(P.AT_BARE_WORD, lambda m: m.group("lead") + m.group("local") + "@")
    if "@" in text.text:
        text = text.sub(P.DOT_SPELLED, ".")
    return text.sub(P.SPACES_AROUND_AT, "@")


def _repair_domain_separators(text: MappedText) -> MappedText:
    """After an "@", a comma or spaced dot before a TLD-looking label was meant as a
    dot ("x ,com"), unless that label opens the next address ("x.com, info@x.com").
    """
    pos = text.text.find("@")
    while pos != -1:
        cursor = pos + 1
        while True:
            label = re.match(r"[A-Za-z0-9-]+", text.text[cursor:])
            if not label:
                break
            cursor += label.end()
            slip = P.DOMAIN_SEPARATOR_SLIP.match(text.text, cursor)
            if not slip:
                break
            sep = slip.group(0)
            next_label = slip.group("label")
            if P.NEXT_LOCAL_PART.match(text.text, slip.end()):
                break  # "…com, info@…": the next address opens there
            if sep == "." or (sep.strip() in {".", ","} and known_tld(next_label)):
                text = text.replace_span(slip.start(), slip.end(), ".")
                cursor = slip.start() + 1
            else:
                break
        pos = text.text.find("@", cursor)
    return text


def strip_glued_label(local: str) -> str:
    """Drop an "E-mail"/"Email" label OCR glued onto the local part.

    Only when the join is visible: a hyphenated label ("E-Mailjohn"), a change of case at
    the join ("Emailjohn", "EMAILjohn") or a capitalised label and a dash or a low line
    ("Email-john", "EMAIL_john"). "emailjohn" and "mail-john" stay, they may be the real
    address.
    """
    match = P.EMAIL_LABEL_PREFIX.match(local)
    if not match:
        return local
    label, rest = match.group("label"), match.group("rest")
    if rest[0] in "-_" and label[0].isupper() and rest[1:2].isalnum():
        return rest[1:]  # "Email-rk@…", "EMAIL_rk@…": a capitalised label and a dash or a low line
    if not rest[0].isalnum():
        return local
    visible_join = (
        "-" in label or (label[0].isupper() and rest[0].islower()) or local[len(label)] in ":."
    )
    return rest if visible_join else local


# The capital an "E:" label is printed with.
CAPITAL_LABEL = "E"


# What may follow the label's capital before the address ("E.friseur@", "E-anna@").
CAPITAL_LABEL_STOPS = ".-"


def capital_label_glued(local: str) -> bool:
    """Rule: the local part, as read, is a capital "E", maybe with its stop or dash, glued
    before letters and digits all in lower case ("Eallana", "Ea.diaz", "E.friseur"):
    addresses are printed in lower case or in capitals, not with their first letter alone a
    capital, so that capital is likely the label's."""
    rest = local[1:]
    if rest[:1] and rest[0] in CAPITAL_LABEL_STOPS:
        rest = rest[1:]
    return (
        len(local) >= 3
        and local[0] == CAPITAL_LABEL
        and rest[:1].isalnum()
        and any(c.isalpha() for c in rest)
        and rest == rest.lower()
    )


# Shortest shared mailbox word an icon's letter is taken off ("info", not "hr" or "hi"),
# and the words a letter before them turns into another word ("steam", "gmail", "whelp").
MIN_MAILBOX_AFTER_ICON = 4
WORDS_AFTER_A_LETTER = frozenset({"team", "mail", "help"})


def icon_letter_glued(local: str) -> bool:
    """Rule: a local part opening its line as one small letter glued before a shared
    mailbox's word ("sinfo", "fsales"): the icon printed before the address, read as a
    letter (as "lwww." is the globe's)."""
    rest = local[1:]
    word = P.LOCAL_PART_SPLIT.split(rest)[0]
    return (
        local[:1].isalpha()
        and local[0].islower()
        and len(word) >= MIN_MAILBOX_AFTER_ICON
        and word not in WORDS_AFTER_A_LETTER
        and is_generic(rest)
        and not is_generic(local)
    )


def _trim_glued_tail(domain: str) -> str:
    """Cut text glued after the TLD ("acme.comTel" → "acme.com") when the case changes there."""
    head, _, last = domain.rpartition(".")
    if known_tld(last):
        return domain
    for cut in range(len(last) - 1, 1, -1):
        if known_tld(last[:cut]) and last[:cut].islower() and last[cut].isupper():
            return f"{head}.{last[:cut]}"
    return domain


def validate(local: str, domain: str) -> str | None:
    """email_validator's normalised form in lower case, or None when it is not an address."""
    if not known_tld(domain.rpartition(".")[2]):
        return None
    try:
        result = validate_email(f"{local}@{domain}", check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.normalized.lower()


def emails_in_line(text: str, line: int) -> list[FoundEmail]:
    """Every valid address on one line, with the span of the original line it came from."""
    normalised = unicodedata.normalize("NFKC", text)
    if len(normalised) != len(text):
        normalised = text  # keep offsets exact; NFKC only matters for full-width forms
    original = MappedText.of(normalised)
    repaired = _repair_domain_separators(_repair_at_signs(original))
    found = []
    for match in P.EMAIL_CANDIDATE.finditer(repaired.text):
        local = strip_glued_label(match.group("local"))
        opens_line = not repaired.text[: match.start("local")].strip()
        icon = opens_line and local == match.group("local") and icon_letter_glued(local)
        letter, local = (local[0], local[1:]) if icon else ("", local)
        domain = _trim_glued_tail(match.group("domain"))
        address = validate(local, free_mail_repaired(tld_repaired(domain)))
        if address is None:
            continue
        start = match.end("local") - len(local)
        end = match.start("domain") + len(domain)
        span = repaired.original_span(start, end)
        changed = repaired.text[start:end] != text[span[0] : span[1]]
        capital = capital_label_glued(local)
        # A capital label or an icon is a guess: the address is shown as repaired.
        changed = changed or capital or icon or address != f"{local}@{domain}"
        found.append(
            FoundEmail(address, line, span, changed, capital_label=capital, icon_letter=letter)
        )
    return found


def find_emails(lines: list[str]) -> list[FoundEmail]:
    """Addresses on the card in reading order, each once."""
    seen: set[str] = set()
    out = []
    for index, text in enumerate(lines):
        for email in emails_in_line(text, index):
            if email.address not in seen:
                seen.add(email.address)
                out.append(email)
    return out


def is_generic(address: str) -> bool:
    """Shared mailboxes (info@, sales@ ...) are never a person's main address."""
    local = address.partition("@")[0]
    return P.LOCAL_PART_SPLIT.split(local)[0] in set(load("generic_mailboxes"))


def order_emails(addresses: list[str], name: str | None) -> list[str]:
    """Main address first: one agreeing with the name, then personal ones, shared mailboxes last."""

    def rank(item: tuple[int, str]) -> tuple[int, int]:
        index, address = item
        local = fold(address.partition("@")[0])
        if name and any(len(part) >= 3 and part in local for part in fold(name).split()):
            return (0, index)
        return (2 if is_generic(address) else 1, index)

    return [a for _, a in sorted(enumerate(addresses), key=rank)]
