"""The organisation in a domain name, and how well a line of text agrees with it."""

from __future__ import annotations

from functools import cache

import phonenumbers

from . import patterns as P
from .lexicon import edit_distance, has_cjk, letters_only, load, load_pairs, romanised

# Second-level labels under a country TLD that are not the organisation's name (acme.co.jp).
_SECOND_LEVEL = frozenset(
    {"co", "com", "ne", "or", "ac", "ad", "go", "org", "net", "gov", "edu", "gob", "ltd", "plc"}
)


def main_label(host: str) -> str | None:
    """The organisation part of a host: acme-robotics.com → acme-robotics, minato.co.jp → minato,
    studio-lima.blogspot.com → studio-lima (see data/site_hosts.txt)."""
    labels = [lbl for lbl in host.lower().split(".") if lbl]
    if labels and labels[0] in ("www", "www2", "mail"):
        labels = labels[1:]
    if len(labels) < 2:
        return None
    cut = -3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else -2
    if labels[cut] in set(load("site_hosts")):
        return labels[cut - 1] if len(labels) >= -cut + 1 else None
    return labels[cut]


def is_free_mail(host: str) -> bool:
    """Hosts of public mail providers (gmail.com, yahoo.co.jp) say nothing about the company."""
    label = main_label(host)
    return label is None or label in free_mail_labels()


@cache
def free_mail_labels() -> frozenset[str]:
    """The names of public mail providers (data/free_mail_domains.txt)."""
    return frozenset(load("free_mail_domains"))


# A domain label this long read one letter off on the card is the same name misread (a
# letter of a logo lost or taken for another: "ELTRAVO" ↔ peltravo); shorter labels
# are too often another word a letter away.
MIN_MISREAD_LABEL = 6
MISREAD_AGREEMENT = 0.8


def misread_by_a_letter(line_letters: str, label_letters: str) -> bool:
    """Rule: the line's letters are the label's with one letter lost, added or misread."""
    return edit_distance(line_letters, label_letters, limit=1) == 1


def respelled_by_domain(text: str, labels: list[str]) -> str:
    """Rule: words of a Latin firm name that, together, are one letter off a domain label of
    MIN_MISREAD_LABEL letters or more (:func:`misread_by_a_letter`) are the same name with a
    logo's letter misread or lost ("NoRTHWND" ↔ northwind, "N0RTHWIND" ↔ northwind): the
    word that differs, when the reading marks it as misread (:func:`_looks_misread`), is
    spelled as the domain spells it, in that word's case."""
    if has_cjk(text) or P.CYRILLIC_LETTER.search(text):
        return text
    words = text.split()
    letters = [letters_only(w) for w in words]
    for label in labels:
        want = letters_only(label)
        if len(want) < MIN_MISREAD_LABEL:
            continue
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                if not misread_by_a_letter("".join(letters[start:end]), want):
                    continue
                fixed = _one_word_respelled(words[start:end], letters[start:end], want)
                if fixed is not None:
                    return " ".join(words[:start] + fixed + words[end:])
    return text


def _one_word_respelled(words: list[str], letters: list[str], want: str) -> list[str] | None:
    """The words with the one that differs from ``want`` (the rest spelled as in it)
    respelled, or None when the difference is not inside one word."""
    for i, word in enumerate(words):
        before, after = "".join(letters[:i]), "".join(letters[i + 1 :])
        if len(before) + len(after) >= len(want):
            continue
        if not (want.startswith(before) and want.endswith(after)):
            continue
        middle = want[len(before) : len(want) - len(after)]
        if _looks_misread(word) and edit_distance(letters[i], middle, limit=1) == 1:
            return [*words[:i], _cased_like(word, middle), *words[i + 1 :]]
    return None


def _looks_misread(word: str) -> bool:
    """A word the reading itself marks as misread: a digit among its letters ("N0RTHWIND")
    or capitals where no way of writing a name puts them ("NoRTH", "kESTREL"). A word read
    cleanly may be right where the domain is wrong (an email's "l" read as "i")."""
    core = word.strip(".,;:")
    if not core.isascii() or not any(ch.isalpha() for ch in core):
        return False
    if any(ch.isdigit() for ch in core):
        return True
    return not (core.isupper() or core.islower() or core.istitle())


def _cased_like(word: str, letters: str) -> str:
    if word.isupper():
        return letters.upper()
    return letters.capitalize() if word[:1].isupper() else letters


def firm_agreement(text: str, label: str) -> float:
    """:func:`domain_agreement` of a line that may name the firm; a line in Cyrillic is also
    compared spelt in Latin letters (lexicon.romanised), as Russian and Ukrainian firms
    spell their domains ("«МеридианГрупп»" ↔ meridiangrupp). Not for a free mailbox or a
    person's name: a Russian name spelt in Latin letters is its owner's mailbox."""
    agreement = domain_agreement(text, label)
    if P.CYRILLIC_LETTER.search(text):
        agreement = max(agreement, domain_agreement(romanised(text), label))
    return agreement


def domain_agreement(text: str, label: str) -> float:
    """How well a line's letters match a domain label, 0..1.

    1 exact ("ACME Robotics" ↔ acmerobotics), 0.8 initials or word prefixes using every
    word, maybe followed by a country ("NORDIC FREIGHT" ↔ nordf, "Blue Harbor
    Logistics" ↔ bhlcn), 0.7 word prefixes skipping some words ("VELTRA IT Solutions" ↔
    veltra) or whole words in another order, 0.8 one letter off a label of six or more
    (misread_by_a_letter), 0.6 to 0.75 prefix or containment, else 0.
    """
    line_letters = letters_only(text)
    label_letters = letters_only(label)
    if not line_letters or len(label_letters) < 2:
        return 0.0
    if line_letters == label_letters:
        return 1.0
    if len(label_letters) >= MIN_MISREAD_LABEL and misread_by_a_letter(line_letters, label_letters):
        return MISREAD_AGREEMENT
    words = [letters_only(w) for w in P.NON_LETTERS.split(text)]
    words = [w for w in words if w]
    if len(label_letters) >= 3 and words:
        used = abbreviation(label_letters, words)
        if used is not None:
            return 0.8 if used == len(words) else 0.7
        if whole_words(label_letters, words) or word_and_firm_ending(label_letters, words):
            return 0.7
    if len(label_letters) >= 4 and (
        line_letters.startswith(label_letters) or label_letters in line_letters
    ):
        return 0.6
    if len(line_letters) >= 4 and label_letters.startswith(line_letters):
        # "GREEN LEAF" ↔ greenleafgrocer says more than "GREEN" alone.
        return round(0.6 + 0.15 * len(line_letters) / len(label_letters), 3)
    if len(label_letters) >= 3 and leading_words(label_letters, words):
        return 0.7
    return 0.0


def abbreviation(label: str, words: list[str]) -> int | None:
    """How many words spell ``label`` by their leading letters, in order, or None.

    The first word always contributes; later words may be skipped; a country name or
    two-letter country code may close the label (heliox + turkey, bhl + cn). A single
    word only counts when at least four of its letters are used.
    """
    endings = _country_endings()

    def match(i: int, j: int, used: int, letters: int) -> int | None:
        if i == len(label):
            return used
        if used and letters >= 3 and label[i:] in endings:
            return used
        if j == len(words):
            return None
        word = words[j]
        for k in range(min(len(word), len(label) - i), 0, -1):
            if word[:k] != label[i : i + k]:
                continue
            found = match(i + k, j + 1, used + 1, letters + k)
            if found is not None and (found > 1 or letters + k >= 4):
                return found
        return match(i, j + 1, used, letters) if j > 0 else None

    return match(0, 0, 0, 0)


def leading_words(label: str, words: list[str], *, share: float = 0.6) -> bool:
    """The label opens with two or more of the words in order, run together, which make up
    ``share`` of it ("RIVERSIDE PLUMBING & HEATING" ↔ riversideplumbingpdx)."""
    for count in range(len(words), 1, -1):
        for start in range(len(words) - count + 1):
            run = "".join(words[start : start + count])
            if len(run) >= share * len(label) and label.startswith(run):
                return True
    return False


# What a domain label may add to a firm's distinctive word to say it is a firm or a group
# of them ("krishnagroup", "veltraglobal", "nordcorp"), as a country may (_country_endings).
FIRM_ENDINGS = (
    "group", "groups", "grp", "global", "corp", "inc", "intl", "international", "holdings",
    "hq", "co",
)  # fmt: skip
MIN_ENDED_WORD = 4


def word_and_firm_ending(label: str, words: list[str]) -> bool:
    """Rule: the label is one of the words (MIN_ENDED_WORD letters or more), wherever it is
    printed, and a FIRM_ENDINGS word ("Shree Balaji Enterprises" ↔ balajigroup)."""
    return any(
        len(word) >= MIN_ENDED_WORD
        and label.startswith(word)
        and label[len(word) :] in FIRM_ENDINGS
        for word in words
    )


def whole_words(label: str, words: list[str], used: int = 0) -> bool:
    """The label is two or more of the words (3+ letters each) run together, in any order:
    "The Law Office of Ruth Adler" ↔ adlerlaw."""
    if not label:
        return used >= 2
    return any(
        len(word) >= 3
        and label.startswith(word)
        and whole_words(label[len(word) :], words[:k] + words[k + 1 :], used + 1)
        for k, word in enumerate(words)
    )


@cache
def _country_endings() -> frozenset[str]:
    """Country names and codes (folded, letters only) that may end a company's domain label."""
    endings = set()
    for code, name in load_pairs("countries"):
        endings.add(code.lower())
        endings.add(letters_only(name))
    return frozenset(e for e in endings if len(e) >= 2)


@cache
def known_tlds() -> frozenset[str]:
    """The top-level domains of data/tlds.txt."""
    return frozenset(load("tlds"))


# Letters OCR confuses in a two-letter country domain ("okamoto.ip" for .jp).
TLD_LOOKALIKES = {"i": "jl", "j": "i", "l": "i"}
# Two-letter domains that are a country's: ISO 3166 codes (phonenumbers' regions) and the
# few country domains that are no such code (.uk, .eu, .su; .ac).
_OTHER_CCTLDS = frozenset({"uk", "eu", "ac", "su"})


@cache
def country_tlds() -> frozenset[str]:
    return frozenset(r.lower() for r in phonenumbers.SUPPORTED_REGIONS) | _OTHER_CCTLDS


# The second-level labels countries register firms, networks, schools and offices under
# ("co.jp", "com.br", "ac.kr", "gov.in").
SECOND_LEVELS = ("com", "co", "net", "ne", "org", "or", "ac", "go", "gov", "edu")


def _second_level_glued(label: str) -> str | None:
    """The second level that ``label`` opens when it is no TLD but that level glued to a
    country's code ("cojp" → "co"), else None."""
    if label in known_tlds():
        return None
    for level in SECOND_LEVELS:
        if label.startswith(level) and label[len(level) :] in country_tlds():
            return level
    return None


# Characters OCR reads for the letters of a mail provider's name ("gmai1", "gma1l", "yah0o",
# "hotrnail"), and the shortest provider name repaired: shorter ones ("me", "web", "mail")
# are too often another word a letter away.
PROVIDER_LOOKALIKES = (("1", "l"), ("1", "i"), ("0", "o"), ("rn", "m"), ("i", "l"))
MIN_PROVIDER_LETTERS = 5


@cache
def long_providers() -> frozenset[str]:
    """The mail providers' names of MIN_PROVIDER_LETTERS or more."""
    return frozenset(p for p in free_mail_labels() if len(p) >= MIN_PROVIDER_LETTERS)


def free_mail_repaired(domain: str) -> str:
    """Rule: a domain whose name is no mail provider's, but is one after a look-alike is
    swapped back (PROVIDER_LOOKALIKES, once) or a lost letter put back
    (:func:`_with_letter_lost`), is that provider's ("gmai1.com", "gmal.com" → "gmail.com");
    so is one whose name is a long provider's after a digit OCR made of the "@"'s tail
    ("@8gmail.com"); otherwise the domain as it is."""
    label = main_label(domain)
    if label is None or label in free_mail_labels():
        return domain
    if label[0].isdigit() and label[1:] in long_providers():
        return domain[domain.lower().find(label) + 1 :]
    found = {
        label[:i] + letter + label[i + len(seen) :]
        for seen, letter in PROVIDER_LOOKALIKES
        for i in range(len(label))
        if label.startswith(seen, i)
    } & long_providers()
    if len(found) != 1:
        found = _with_letter_lost(label)
    if len(found) != 1:
        return domain
    start = domain.lower().rfind(label)
    return domain[:start] + found.pop() + domain[start + len(label) :]


def _with_letter_lost(label: str) -> set[str]:
    """The long providers' names ``label`` is with one letter lost ("gmal" for "gmail",
    "hotmal" for "hotmail"): OCR drops a thin letter more often than it adds one."""
    if len(label) < MIN_PROVIDER_LETTERS - 1:
        return set()
    return {
        name
        for name in long_providers()
        if len(name) == len(label) + 1
        and any(name[:i] + name[i + 1 :] == label for i in range(len(name)))
    }


# How OCR reads ".com": "rn" for "m", an "n" for it, a zero for the "o" ("acme.corn",
# "acme.con", "acme.c0m"); none of these is a domain of its own.
COM_MISREADS = frozenset({"corn", "con", "c0m", "corm", "cpm"})


def com_repaired(domain: str) -> str:
    """Rule: a last label, or the one before a country's code ("acme.corn.br"), read as one
    of COM_MISREADS is "com"."""
    labels = domain.split(".")
    for index in (len(labels) - 1, len(labels) - 2):
        if index >= 1 and labels[index].lower() in COM_MISREADS:
            last = index == len(labels) - 1
            if last or labels[-1].lower() in country_tlds():
                labels[index] = "COM" if labels[index].isupper() else "com"
                return ".".join(labels)
    return domain


def tld_repaired(domain: str) -> str:
    """Rule: a two-letter last label that is no country's domain, but is one of the TLD
    list's after one look-alike letter is swapped (TLD_LOOKALIKES), is that domain
    ("shoji.ip" → "shoji.jp"); a last label that is no TLD but a country's second level and
    its code read without the dot between them is the two ("acme.cojp" → "acme.co.jp");
    ".com" misread (:func:`com_repaired`) is ".com"; otherwise the domain as it is."""
    domain = com_repaired(domain)
    head, dot, label = domain.rpartition(".")
    low = label.lower()
    if dot and (glued := _second_level_glued(low)) is not None:
        return f"{head}.{label[: len(glued)]}.{label[len(glued) :]}"
    if not dot or len(low) != 2 or not low.isalpha() or low in country_tlds():
        return domain
    found = {
        low[:i] + other + low[i + 1 :]
        for i, ch in enumerate(low)
        for other in TLD_LOOKALIKES.get(ch, "")
    } & known_tlds()
    return f"{head}.{found.pop()}" if len(found) == 1 else domain
