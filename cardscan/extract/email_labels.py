"""An "E" label OCR glued onto an address's local part ("E sean@…" read "esean@…").

Cards print "E" or "E:" before the address; where the gap is narrow the engine reads one
word. Which letter opens the address is rarely clear from the address alone, so the label
is dropped only on evidence: what is left is a shared mailbox or spells the printed name
while the whole does not, or the reading shows the label's capital before a local part
printed in lower case.
"""

from __future__ import annotations

from . import patterns as P
from .email_glued import MIN_NAME_AGREEMENT
from .emails import FoundEmail, is_generic, validate
from .lexicon import fold
from .name_email import email_agreement
from .name_parts import given_names

# The letters of a one-letter label before an address, and what may be printed after it.
GLUED_LABEL_LETTERS = "eE"
LABEL_SEPARATORS = ".-_"


def _a_word_of_its_own(local: str) -> bool:
    """The whole local part opens with a given name or a shared mailbox word ("Emma@",
    "Email@")."""
    return fold(P.LOCAL_PART_SPLIT.split(local)[0]) in given_names() or is_generic(local)


def _name_spelt_whole(local: str, rest: str, name: str | None) -> bool:
    """The printed name agrees with the whole local part at least as well as with what is
    left ("estroud@" next to "Emma Stroud": her initial and surname)."""
    if not name:
        return False
    whole = email_agreement(name, [local])
    return whole >= MIN_NAME_AGREEMENT and whole >= email_agreement(name, [rest])


def drop_glued_label_letter(address: str, name: str | None, *, capital: bool = False) -> str:
    """Rule: an address whose local part, without a leading "e", is a known shared mailbox
    ("ekontakt@"; not when the whole spells the name better: "esales@" beside "Eduardo
    Viana Sales") or spells the printed name or one of its words (MIN_NAME_AGREEMENT:
    "esean.davies@", "esean@" next to "Sean Davies") while the whole local part does neither,
    had the "E" label glued on; drop it, with the period or hyphen printed after it
    ("E.t.menard@" → "t.menard@"): a local part never starts with one. ``capital`` says the
    reading showed the label's shape (emails.capital_label_glued): then the "E" is dropped unless
    the whole local part is a word of its own or spells the name as well."""
    local, _, domain = address.partition("@")
    rest = local[1:].lstrip(LABEL_SEPARATORS)
    if len(local) < 3 or local[0] not in GLUED_LABEL_LETTERS or not rest:
        return address
    bare = f"{rest}@{domain}"
    if is_generic(bare) and not is_generic(address) and not _name_spelt_whole(local, rest, name):
        return bare
    if name and email_agreement(name, [rest]) >= MIN_NAME_AGREEMENT > email_agreement(
        name, [local]
    ):
        return bare
    if capital and not _a_word_of_its_own(local) and not _name_spelt_whole(local, rest, name):
        return bare
    return address


def _spelt_only_whole(row: str, whole: str, rest: str) -> bool:
    return email_agreement(row, [whole]) == 1.0 > email_agreement(row, [rest])


def with_icon_letter_back(email: FoundEmail, rows: list[str]) -> FoundEmail:
    """Rule: the letter taken off an address as an icon's (emails.icon_letter_glued: "esales@"
    read as the icon and "sales@") is the local part's own when with it the local part
    spells another row of the card in full (name_email.email_agreement 1.0) and without it less:
    "esales@" beside "Eduardo Viana Sales" is his initial and family name."""
    if not email.icon_letter:
        return email
    local, _, domain = email.address.partition("@")
    whole = f"{email.icon_letter.lower()}{local}"
    others = [row for i, row in enumerate(rows) if i != email.line]
    if not any(_spelt_only_whole(row, whole, local) for row in others):
        return email
    address = validate(whole, domain)
    if address is None:
        return email
    span = (max(0, email.span[0] - 1), email.span[1])
    return FoundEmail(address, email.line, span, True)
