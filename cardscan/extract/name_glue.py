"""Names OCR read without their spaces, split again: by an email's local part, by a change
of case, or where known given names and surnames meet."""

from __future__ import annotations

from . import patterns as P
from .emails import is_generic
from .lexicon import fold
from .name_parts import given_names, surnames


def unglue_name(text: str, locals_: list[str]) -> str | None:
    """Re-split a name OCR printed without its space ("MARTAHOLLOWAY") using an email's local part.

    Only when the word's letters equal the local part's pieces joined
    (marta.holloway); the space goes back where the pieces meet, unless a hyphen of the
    printed name stands there ("HEIDE-MARIEDRUBIN", heidemarie.drubin → "HEIDE-MARIE
    DRUBIN").
    """
    word = text.strip()
    letters = word.replace("-", "")
    if " " in word or not letters.isalpha() or word.startswith("-") or "--" in word:
        return None
    for local in locals_:
        parts = [p for p in P.LOCAL_PART_SPLIT.split(fold(local)) if p]
        if len(parts) >= 2 and all(p.isalpha() for p in parts) and fold(letters) == "".join(parts):
            return _spaced_keeping_hyphens(word, parts)
    return None


def _spaced_keeping_hyphens(word: str, parts: list[str]) -> str:
    """``word`` with a space where one of ``parts`` ends, unless a hyphen is printed there."""
    ends, total = set(), 0
    for part in parts[:-1]:
        total += len(part)
        ends.add(total)
    out, count = [], 0
    for ch in word:
        if ch != "-" and count in ends and out and out[-1] != "-":
            out.append(" ")
        out.append(ch)
        count += ch != "-"
    return "".join(out)


def unglue_by_case(text: str) -> str | None:
    """A name whose words OCR read without the space, split where a lower-case letter meets a
    capital ("MariaSilva" → "Maria Silva") when a part is a known given name or surname."""
    word = text.strip()
    if " " in word or not word.isalpha():
        return None
    parts = P.CASE_CHANGE.split(word)
    if len(parts) < 2:
        return None
    known = fold(parts[0]) in given_names() or fold(parts[-1]) in surnames()
    return " ".join(parts) if known else None


# Name particles that open a surname glued to its next part ("MacArthur", "VanDyke"):
# no word of a name read without its space.
GLUED_PARTICLES = frozenset({"mac", "van", "von", "der", "den", "del", "dos", "das", "san"})


def unglue_words_by_case(text: str) -> str | None:
    """Rule: in a name of several words, a word whose parts OCR read without their spaces
    ("MariaFernandaCosta Moura"), split where a lower-case letter meets a capital when every
    part is a known given name or surname of MIN_NAME_PART letters or more and no particle
    (GLUED_PARTICLES: "McDonald", "MacArthur" stay whole), and the word is no known name of
    its own ("MaryAnn"); None when no word splits."""
    words = text.split()
    out = [_case_parts(word) for word in words]
    return " ".join(out) if len(words) > 1 and out != words else None


def _case_parts(word: str) -> str:
    parts = P.CASE_CHANGE.split(word)
    whole = len(parts) > 1 and word.isalpha() and not _known(word) and all(
        len(p) >= MIN_NAME_PART and _known(p) and fold(p) not in GLUED_PARTICLES for p in parts
    )
    return " ".join(parts) if whole else word


def _known(word: str) -> bool:
    folded = fold(word)
    return folded in given_names() or folded in surnames()


def unglue_by_lexicon(text: str) -> str | None:
    """Letter-spaced capitals OCR read as one word ("MARIASILVA", or letter by letter once
    closed up): split where a known given name meets a known surname (the longest given
    name that leaves one)."""
    word = text.strip()
    if " " in word or not word.isalpha() or len(word) < 6 or not word.isupper():
        return None  # letter-spaced names are set in capitals; "Vasanthan" is one word
    folded = fold(word)
    if folded in given_names() or folded in surnames():
        return None  # one name ("Anjali" is not "Anja li")
    for cut in range(len(word) - 2, 1, -1):
        if folded[:cut] in given_names() and folded[cut:] in surnames():
            return f"{word[:cut]} {word[cut:]}"
    return None


# The fewest letters left of a name split by one known part (unglue_by_email).
MIN_NAME_PART = 3


def unglue_by_email(text: str, locals_: list[str]) -> str | None:
    """Letter-spaced capitals read as one word that a personal email spells with no
    separator ("LUNNACAMARGO", lunnacamargo@…): the email says the word is the person's
    name, so one known part is enough to split it: a known surname ending it (the longest),
    else a known given name starting it, each leaving at least MIN_NAME_PART letters."""
    word = text.strip()
    if " " in word or not word.isalpha() or not word.isupper():
        return None
    folded = fold(word)
    if folded not in {fold(local) for local in locals_}:
        return _unglue_by_email_part(word, locals_)
    cuts = range(MIN_NAME_PART, len(word) - MIN_NAME_PART + 1)
    for cut in cuts:
        if folded[cut:] in surnames():
            return f"{word[:cut]} {word[cut:]}"
    for cut in reversed(cuts):
        if folded[:cut] in given_names():
            return f"{word[:cut]} {word[cut:]}"
    return None


# A surname an email spells this long marks where it starts in a glued word; a shorter one
# ("lee", "kim") only when a known given name is left before it.
MIN_EMAIL_SURNAME = 4


def _unglue_by_email_part(word: str, locals_: list[str]) -> str | None:
    """Letter-spaced capitals read as one word whose end is the surname a personal email
    spells ("TOMOKIYUZURIHA", yuzuriha@…, t.yuzuriha@… or tyuzuriha@…, the initial then
    opening it): the space goes where the surname begins, each side at least MIN_NAME_PART
    letters and the surname MIN_EMAIL_SURNAME unless a known given name is left before it. A
    word that is itself a known name is left whole, and shared mailboxes (info@, sales@) name
    nobody."""
    folded = fold(word)
    if folded in given_names() or folded in surnames():
        return None
    for local in locals_:
        parts = [p for p in P.LOCAL_PART_SPLIT.split(fold(local)) if p]
        if not parts or not all(p.isalpha() for p in parts) or is_generic(local):
            continue
        for initial, surname in _surname_spellings(parts):
            rest = len(folded) - len(surname)
            if min(len(surname), rest) < MIN_NAME_PART or not folded.endswith(surname):
                continue
            evident = len(surname) >= MIN_EMAIL_SURNAME or folded[:rest] in given_names()
            if folded.startswith(initial) and evident:
                return f"{word[:rest]} {word[rest:]}"
        given = _given_spelt(folded, parts)
        if given:
            return f"{word[:given]} {word[given:]}"
    return None


def _given_spelt(folded: str, parts: list[str]) -> int:
    """Rule: a local part of one word that opens the glued word, MIN_EMAIL_SURNAME letters or
    more, ends where the surname begins, MIN_NAME_PART letters at least, when it is a known
    given name ("MASONAMBLE", mason@…) or what follows it is a known surname
    ("MAYSANUNES", maysa@…: the email spells one part, the lexicon the other): its length,
    else 0."""
    if len(parts) != 1:
        return 0
    given = parts[0]
    long_enough = len(given) >= MIN_EMAIL_SURNAME and len(folded) - len(given) >= MIN_NAME_PART
    if not long_enough or not folded.startswith(given):
        return 0
    known = given in given_names() or folded[len(given) :] in surnames()
    return len(given) if known else 0


def unglue_word_by_email(text: str, locals_: list[str]) -> str | None:
    """Rule: in a name of several words set in capitals, a word that opens with what a
    personal email spells after the words before it ("NAYARA PERALGOMILA", nayaraperal@…:
    "peral"), MIN_EMAIL_SURNAME letters or more, and leaves a known surname of MIN_NAME_PART
    letters or more ("GOMILA"), is two words OCR read without their space: the first
    surname the email spells, and a second one it leaves out. What is left must be a
    surname, so "JOHN SMITHSON" stays whole beside johnsmit@."""
    words = text.split()
    if len(words) < 2 or not all(w.isalpha() and w.isupper() for w in words):
        return None
    spelt = [
        "".join(p for p in P.LOCAL_PART_SPLIT.split(fold(local)) if p)
        for local in locals_
        if not is_generic(local)
    ]
    for index in range(1, len(words)):
        before, word = fold("".join(words[:index])), fold(words[index])
        for local in spelt:
            cut = len(local) - len(before)  # the letters the email spells after them
            left = word[cut:]
            fits = cut >= MIN_EMAIL_SURNAME and len(left) >= MIN_NAME_PART
            if fits and local == before + word[:cut] and left in surnames():
                glued = words[index]
                return " ".join([*words[:index], glued[:cut], glued[cut:], *words[index + 1 :]])
    return None


def _surname_spellings(parts: list[str]) -> list[tuple[str, str]]:
    """(the given name's initial, or "", and the surname) an email's local part may spell:
    its last part after another ("t.yuzuriha"), or, alone, the whole of it ("yuzuriha") or
    all but its first letter, the given name's initial ("tyuzuriha")."""
    if len(parts) > 1:
        return [(parts[0][0], parts[-1])]
    return [("", parts[0]), (parts[0][0], parts[0][1:])]


# Letters at least glued after a name's last word for the rest to be a word of its own.
MIN_GLUED_TAIL = 3


def spelled_head(text: str, locals_: list[str]) -> str | None:
    """Rule: a row that opens with the name an email's local part spells in two parts or
    more ("jacques_clement"), its last word glued to what the row goes on with ("Jacques
    Clémentconsultant senior": OCR lost the space before the title), holds that name, cut
    where the spelled letters end ("Jacques Clément")."""
    words = text.split()
    for local in locals_:
        parts = [p for p in P.LOCAL_PART_SPLIT.split(fold(local)) if p]
        if len(parts) < 2 or len(words) < len(parts) or not all(p.isalpha() for p in parts):
            continue
        *head, last = words[: len(parts)]
        folded = fold(last)
        if [fold(w) for w in head] != parts[:-1] or len(folded) != len(last):
            continue  # fold keeps a word's length unless it spells ß or ligatures out
        cut = len(parts[-1])
        if folded.startswith(parts[-1]) and len(folded) - cut >= MIN_GLUED_TAIL:
            return " ".join([*head, last[:cut]])
    return None
