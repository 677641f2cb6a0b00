"""How a draft addresses a person: the greeting, names in natural case, role mailboxes.

The greeting is formal and never guesses gender: a courtesy title printed on the card
with a family name it is sure of ("Dr. Jane Roe" → "Dr. Roe"), otherwise the full name as
printed without honorifics or degrees ("Dear Haruto Sato,", "Dear 山田 太郎," in its own
order). Greeting by the given name alone is too familiar in much of the world (Japan,
Germany, Korea …), and a given name split off by a guess can be a name nobody has.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from nameparser import HumanName

from cardscan.extract import is_generic, name_words, without_honorifics
from cardscan.script import has_cjk

# Courtesy titles printed before a name that an English greeting can keep; the gender
# ones only when printed (never guessed). Keys are folded, without the full stop.
_COURTESY = {
    "dr": "Dr.",
    "dra": "Dr.",
    "prof": "Prof.",
    "profa": "Prof.",
    "professor": "Prof.",
    "univ.-prof": "Prof.",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
}
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
# Shared mailboxes besides extract's list (info@, sales@ …): a thank-you is for a person.
_ROLE_MAILBOXES = frozenset(
    [
        "vertrieb",
        "verkauf",
        "einkauf",
        "buchhaltung",
        "personal",
        "bewerbung",
        "bewerbungen",
        "karriere",
        "praxis",
        "zentrale",
        "ventes",
        "commercial",
        "rh",
        "recrutement",
        "accueil",
        "vendite",
        "amministrazione",
        "ufficio",
        "ventas",
        "rrhh",
        "empleo",
        "compras",
        "recepcion",
        "comercial",
        "verkoop",
        "inkoop",
        "receptie",
        "finance",
        "accounts",
        "billing",
        "invoices",
        "press",
        "media",
        "noreply",
        "no-reply",
        "webmaster",
        "postmaster",
        "orders",
        "bookings",
        "reservations",
        "recruiting",
        "talent-acquisition",
        "recruitment",
    ]
)


class Greeting(NamedTuple):
    """The name after "Dear", and the name for the To: header."""

    salutation: str
    display: str


def natural_case(text: str | None) -> str | None:
    """A name as a person writes it: "MARCUS BELL" → "Marcus Bell", "anna" → "Anna",
    "Jean-Luc MOREAU" → "Jean-Luc Moreau"; mixed case as printed stays ("van der Berg",
    "McDonald"). Particles and Mc/O' follow nameparser's capitalisation."""
    if not text or not _has_cased(text):
        return text
    words = text.split()
    parsed = HumanName(text)
    parsed.capitalize(force=True)
    capitalised = str(parsed).split()
    if [w.casefold() for w in capitalised] != [w.casefold() for w in words]:
        capitalised = [_capitalise(w) for w in words]  # nameparser reordered: word by word
    if text.isupper() or text.islower():
        return " ".join(capitalised)
    return " ".join(
        new if (old.isupper() and len(old) > 1) else old for old, new in zip(words, capitalised)
    )


def greeting(name: str | None, family_name: str | None) -> Greeting:
    """Whom "Dear …," names, in natural case; empty when no name was read."""
    if not name or not name.strip():
        return Greeting("", "")
    name = " ".join(name.split())
    if has_cjk(name):
        return Greeting(name, name)  # printed order: family first, no case
    full = natural_case(without_honorifics(name)) or name
    courtesy = _courtesy(name)
    if courtesy is None:
        return Greeting(full, full)
    family = natural_case(family_name) if family_name else None
    if family and _family_is_printed_last(full, family) and not _leading_initial(full):
        return Greeting(f"{courtesy} {family}", full)
    return Greeting(f"{courtesy} {full}", full)


def is_role_mailbox(address: str) -> bool:
    """info@, sales@, vertrieb@ …: a company's shared mailbox, not a person's."""
    local = address.partition("@")[0].casefold()
    return is_generic(address) or re.split(r"[._+]", local)[0] in _ROLE_MAILBOXES


def _courtesy(name: str) -> str | None:
    first = name.split()[0].casefold().rstrip(".")
    return _COURTESY.get(first)


def _family_is_printed_last(full: str, family: str) -> bool:
    words = name_words(full)
    family_words = family.split()
    return len(words) > len(family_words) and words[-len(family_words) :] == family_words


def _leading_initial(full: str) -> bool:
    """ "K. Ramesh Babu": in South Indian names a leading initial stands for the family or
    father's name, so which word is the family name is not safe to say."""
    return bool(_INITIAL.match(full.split()[0]))


def _has_cased(text: str) -> bool:
    return any(ch.isupper() or ch.islower() for ch in text)


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
