"""Signs that an email was misread which need nothing but the address itself.

A second reader that misreads the line the same way agrees with a wrong address, and a
card may print neither a website nor a name in Latin letters to compare it with. Some
misreads still show in the address alone: a country code no country has ("….co.ok"), a
mail provider's name one letter off ("@gmal.com"), a shared mailbox's word one letter off
("indo@"), an initial that is a digit ("1.nunes@"). Each sign is a rule of its own; none
repairs the address, since which letter was misread is a guess: it is shown for review
(cardscan.email_agreement).
"""

from __future__ import annotations

from . import patterns as P
from .domains import country_tlds, free_mail_labels, long_providers, main_label
from .lexicon import fold, load, misread_of
from .name_parts import name_words

# The shortest shared mailbox word a near miss is looked for (as domains.MIN_PROVIDER_LETTERS
# for a provider's name): shorter ones ("hr", "hi", "team") are too often another word a
# letter away.
MIN_MAILBOX_LETTERS = 4


def no_country_code(domain: str) -> bool:
    """Rule: the last label has two letters and is no country's code ("acme.co.ok")."""
    last = domain.rpartition(".")[2].lower()
    return len(last) == 2 and last.isalpha() and last not in country_tlds()


def provider_misspelt(domain: str) -> str | None:
    """Rule: the domain's name is no mail provider's but one letter off a provider's name of
    MIN_PROVIDER_LETTERS or more ("gmal" for gmail): that provider's name, else None."""
    label = main_label(domain)
    if label is None or label in free_mail_labels():
        return None
    return next((p for p in sorted(long_providers()) if misread_of(label, p, slips=1)), None)


def mailbox_misspelt(local: str, name: str | None) -> str | None:
    """Rule: the local part's first word, all letters, is no shared mailbox's word but one
    letter swapped for another in one of MIN_MAILBOX_LETTERS or more ("indo" for info,
    "emall" for email), and no word of the printed name ("salem" is a name, not a slip of
    "sales"): that mailbox word, else None. A letter added or lost is left alone: "infos"
    and "contacts" are mailboxes of their own."""
    word = P.LOCAL_PART_SPLIT.split(local.lower())[0]
    if not word.isalpha() or word in load("generic_mailboxes"):
        return None
    if name and word in {fold(w) for w in name_words(name)}:
        return None
    return next(
        (
            box
            for box in load("generic_mailboxes")
            if len(box) >= MIN_MAILBOX_LETTERS
            and len(box) == len(word)
            and misread_of(word, box, slips=1)
        ),
        None,
    )


def digit_initial(local: str) -> bool:
    """Rule: the local part opens with one digit, a separator and a letter ("1.nunes",
    "0_silva"): an initial is a letter, so that digit is one misread (l, I or O)."""
    return P.DIGIT_INITIAL.match(local) is not None


def misread_signs(address: str, name: str | None) -> list[str]:
    """Why the address alone looks misread (empty when it does not)."""
    local, _, domain = address.partition("@")
    signs = []
    if no_country_code(domain):
        signs.append(f"no country has the code .{domain.rpartition('.')[2]}")
    if provider := provider_misspelt(domain):
        signs.append(f"one letter from the mail provider {provider}")
    if box := mailbox_misspelt(local, name):
        signs.append(f"one letter from the shared mailbox {box}@")
    if digit_initial(local):
        signs.append("an initial read as a digit")
    return signs
