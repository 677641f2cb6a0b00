"""A name's parts: its words, and which are the given and which the family name.

Word lists: data/given_names.txt, data/surnames.txt, data/surnames_cjk.txt (built from
public name statistics, see data/README.md) and data/family_first_surnames.txt.
"""

from __future__ import annotations

from functools import cache

from nameparser import HumanName

from cardscan.script import is_hangul_char

from . import patterns as P
from .lexicon import Lexicon, fold, has_cjk, load, matcher


def _honorific_pattern() -> Lexicon:
    return matcher("honorifics", case_sensitive_short=True)


def name_words(text: str) -> list[str]:
    """The words of a name without honorifics and degrees ("Dr. Jane Roe, PhD" → Jane, Roe)."""
    tokens = text.replace(",", " ").split()
    words = [
        raw.strip(".,") for raw, skip in zip(tokens, _honorifics(tokens), strict=True) if not skip
    ]
    return [w for w in words if w]


def _honorifics(tokens: list[str]) -> list[bool]:
    """Which tokens are honorifics or degrees (not initials), one in brackets counting
    right after another ("Dr. (Mrs.) Sunita Rao")."""
    flags: list[bool] = []
    for raw in tokens:
        bracketed = raw[:1] == "(" and raw[-1:] == ")" and bool(flags) and flags[-1]
        bare = raw[1:-1] if bracketed else raw
        flags.append(bool(_honorific_pattern().fullmatch(bare)) and not P.INITIAL.match(bare))
    return flags


def is_degree_word(word: str) -> bool:
    """One degree or honorific as printed ("MBA", "B.Tech", "Dr.")."""
    return bool(_honorific_pattern().fullmatch(word))


def is_degree_line(text: str) -> bool:
    """Rule: every word of the line is a degree or an honorific, a specialty in brackets
    aside ("B.Tech, MBA", "MBBS, MD (Medicine)"): qualifications, not a name or a firm."""
    bare = P.BRACKETED.sub(" ", text)
    words = [w for w in P.DEGREE_SEPARATOR.split(bare) if w]
    return bool(words) and all(_honorific_pattern().fullmatch(w) for w in words)


@cache
def given_names() -> frozenset[str]:
    """Folded given names of data/given_names.txt."""
    return frozenset(fold(n) for n in load("given_names"))


# Where romanised names are printed family name first ("Wang Lei" on a Shanghai card).
FAMILY_FIRST_REGIONS = frozenset({"CN", "TW", "HK", "MO", "KR", "VN"})
# Where people carry two family names ("Javier Martínez López", "Ana Paula Ferreira Costa").
DOUBLE_SURNAME_REGIONS = frozenset(
    [
        "ES",
        "PT",
        "BR",
        "AO",
        "MZ",
        "MX",
        "AR",
        "CL",
        "CO",
        "PE",
        "VE",
        "EC",
        "UY",
        "PY",
        "BO",
        "CR",
        "PA",
        "DO",
        "GT",
        "HN",
        "SV",
        "NI",
        "CU",
        "PR",
    ]
)


def split_name(name: str, region: str | None = None) -> tuple[str | None, str | None]:
    """(given, family) of a name as printed.

    CJK names put the family first: the first word, or, without a space, the longest
    leading family name from data/surnames_cjk.txt (two characters when none is known
    for a name of four or more). Romanised Chinese, Korean and Vietnamese names put it
    first too when their first word is such a family name and the last word is not a
    surname, or the card is from a country that writes them so ("Wang Lei", "TRAN MINH
    KHOA"). A word in capitals among words that
    are not ("Elif YILDIZ", "MORIKAWA Daisuke") is the family name. On a card from a
    Spanish- or Portuguese-speaking country, when known given names lead and two or more
    other words follow, those words are the family name ("Ana Paula Ferreira Costa").
    Everything else goes through nameparser.
    """
    if has_cjk(name):
        return _split_cjk(name)
    words = name_words(name)
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if len(words) >= 2 and len(capitals) == 1 and not all(w.isupper() for w in words):
        family = capitals[0]
        return " ".join(w for w in words if w is not family) or None, family
    if len(words) >= 2 and _family_first(words, region):
        return " ".join(words[1:]), words[0]
    leading = _leading_given(words) if region in DOUBLE_SURNAME_REGIONS else 0
    if 1 <= leading < len(words) - 1:  # "Javier Martínez López": both surnames are the family
        return " ".join(words[:leading]), " ".join(words[leading:])
    parsed = HumanName(without_honorifics(name))
    given = " ".join(p for p in (parsed.first, parsed.middle) if p) or None
    return given, parsed.last or None


def without_honorifics(name: str) -> str:
    """The name's own words as printed, honorifics and degrees left out ("Prof. Helen
    Carmichael FRCS" → "Helen Carmichael")."""
    tokens = name.replace(",", " ").split()
    kept = [raw for raw, skip in zip(tokens, _honorifics(tokens), strict=True) if not skip]
    return " ".join(kept) or name


def _leading_given(words: list[str]) -> int:
    """How many words at the start are known given names or initials."""
    count = 0
    for word in words:
        if fold(word) in given_names() or P.INITIAL.match(word + "."):
            count += 1
        else:
            break
    return count if count and fold(words[0]) in given_names() else 0


def _family_first(words: list[str], region: str | None) -> bool:
    """The first word is an East Asian family name and the last is not another surname,
    unless the card is from a family-first country ("Wang Lei", "Nguyen Van An" yes;
    "Kim Smith", "Mai Nguyen" no: with two words, a family name at both ends is read in
    Western order)."""
    first, last = fold(words[0]), fold(words[-1])
    family_first = family_first_names()
    if first not in family_first or (len(words) == 2 and last in family_first):
        return False
    return region in FAMILY_FIRST_REGIONS or last not in surnames() or last in family_first


@cache
def surnames() -> frozenset[str]:
    """Folded family names of data/surnames.txt (Latin script)."""
    return frozenset(fold(n) for n in load("surnames"))


@cache
def family_first_names() -> frozenset[str]:
    """Folded romanised family names of languages that print them first (Wang, Kim, Nguyen)."""
    return frozenset(fold(n) for n in load("family_first_surnames"))


@cache
def cjk_surnames() -> frozenset[str]:
    """Family names in Han characters or Hangul (data/surnames_cjk.txt, and the Korean
    ones of two syllables in data/surnames_ko_compound.txt)."""
    return frozenset(load("surnames_cjk")) | frozenset(load("surnames_ko_compound"))


# A Korean given name is two syllables far more often than one or three.
HANGUL_GIVEN_SYLLABLES = 2


def _shorter_family_first(name: str) -> bool:
    """Rule: a Hangul name of a family name and HANGUL_GIVEN_SYLLABLES syllables, whose
    two-syllable family name opens with a one-syllable one, takes the shorter ("황보람" is
    황 + 보람 far more often than 황보 + 람)."""
    return (
        all(is_hangul_char(ch) for ch in name)
        and len(name) == 1 + HANGUL_GIVEN_SYLLABLES
        and name[:1] in cjk_surnames()
    )


def _split_cjk(name: str) -> tuple[str | None, str | None]:
    tokens = name.split()
    if len(tokens) >= 2:
        return " ".join(tokens[1:]), tokens[0]
    for size in (2, 1):
        if size == 2 and _shorter_family_first(name):
            continue
        if len(name) > size and name[:size] in cjk_surnames():
            return name[size:], name[:size]
    family_len = 1 if len(name) <= 3 else 2
    return name[family_len:] or None, name[:family_len]


def surname_like_a_street(text: str) -> bool:
    """Rule: on a line without a digit (an address has a house number), street words that are
    each a surname after a given name are a person's name ("Sarah Lane", "Marcelo Estrada",
    "Laura Sala"), not a street."""
    found = list(matcher("street_words").finditer(text))
    if not found or any(ch.isdigit() for ch in text):
        return False
    for word in found:
        before = text[: word.start()].split()
        if fold(word.group()) not in surnames() or not before:
            return False
        if fold(before[-1].strip(".,")) not in given_names():
            return False
    return True


def is_patronymic(word: str) -> bool:
    """A Russian or Ukrainian patronymic by its ending ("Сергеевич", "ГОРДЕЕВИЧ", "Іванівна"),
    in capitals too, as cards set names."""
    return bool(P.CYRILLIC_PATRONYMIC.match(word[:1] + word[1:].lower()))


def is_known_name_word(word: str) -> bool:
    """A given name or a family name of the lexicons."""
    folded = fold(word)
    return folded in given_names() or folded in surnames()


# A row of this many words, a given name first and a family name last, is a person's name.
PERSON_ROW_WORDS = (2, 3)


def given_then_family(row: str) -> bool:
    """A row of PERSON_ROW_WORDS words opening with a known given name and ending with a
    known family name ("Ravi Patel", "Suresh Kumar Rao")."""
    words = [fold(w) for w in row.split()]
    low, high = PERSON_ROW_WORDS
    return low <= len(words) <= high and words[0] in given_names() and words[-1] in surnames()


# Words of a couple's names on one card ("Ravi & Priya Shah", "John Smith & Mary Jones"),
# at most.
COUPLE_WORDS = 6


def couple_halves(text: str) -> tuple[str, str] | None:
    """Rule: two people sharing a card are printed as "Ravi & Priya Shah": the line splits at
    its one "&" into halves that each open with a known given name, which a
    firm's "Smith & Jones" or "Marks & Spencer" does not. The halves, or None."""
    parts = P.COUPLE_JOINER.split(text.strip())
    if len(parts) != 2 or len(text.split()) > COUPLE_WORDS:
        return None
    left, right = (part.split() for part in parts)
    if not left or not right:
        return None
    if any(fold(half[0]) not in given_names() for half in (left, right)):
        return None
    return parts[0].strip(), parts[1].strip()
