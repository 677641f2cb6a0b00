"""What a name's words say about it: a known family name, Russian and Ukrainian endings
and patronymics, initials opening it as South Indian cards print them."""

from __future__ import annotations

from . import address_patterns as AP
from . import patterns as P
from .address_text import has_street_word
from .lexicon import fold, has_cjk, romanised
from .name_cjk import known_cjk_family
from .name_parts import family_first_names, is_patronymic, surnames, without_honorifics


def known_family_name(text: str, words: list[str]) -> bool:
    """The name ends in a known surname ("… Ferreira"), starts with a romanised East Asian
    family name printed first ("KIM Min Jun", "Nguyen Van An"), or a CJK name starts with a
    known family name (伊藤淳)."""
    if has_cjk(text):
        return known_cjk_family(text)
    if len(words) < 2:
        return False
    if cyrillic_name_endings(words):
        return True
    last, first = fold(romanised(words[-1])), fold(romanised(words[0]))
    return last in surnames() or (len(words) <= 4 and first in family_first_names())


def cyrillic_name_endings(words: list[str]) -> bool:
    """Rule: a Cyrillic name of two to four words, one a patronymic ("Сергеевич") or the
    first or last a family name by its ending ("Петрова", "Шевченко", "ХОХЛОВ"): Russian and
    Ukrainian names are recognised by their endings, not by a list."""
    if not 2 <= len(words) <= 4:
        return False
    if any(map(is_patronymic, words)):
        return True
    return bool(P.CYRILLIC_SURNAME.match(words[0]) or P.CYRILLIC_SURNAME.match(words[-1]))


def full_cyrillic_name(words: list[str]) -> bool:
    """Rule: three Cyrillic words of which the second or the third is a patronymic
    ("Логинов Савва Августович", "Савва Августович Логинов") are a person's full name as
    Russian and Ukrainian cards print it: no firm, street or trade is named so."""
    return len(words) == 3 and any(map(is_patronymic, words[1:]))


# Initials that open a name ("K. V. Ramana Murthy", "K.V. RAMANA MURTHY"): at most this many.
MAX_LEADING_INITIALS = 3


def initials_first(text: str) -> bool:
    """Rule: one to MAX_LEADING_INITIALS initials (a letter and a dot, or dotted letters run
    together) before one to three words of three letters or more, all name-shaped, is a
    person's name as South Indian cards print it (the initials stand for the family and the
    father's name): evidence enough even when the lexicons know neither word."""
    if has_street_word(text) or AP.PO_BOX_WORDS.search(text):
        return False
    tokens = P.GLUED_INITIAL.sub(r"\1. ", without_honorifics(text)).split()
    lead = 0
    while lead < len(tokens) and P.INITIAL.match(tokens[lead]):
        lead += 1
    rest = tokens[lead:]
    if not 1 <= lead <= MAX_LEADING_INITIALS or not 1 <= len(rest) <= 3:
        return False
    return all(w.isalpha() and len(w) >= 3 and w[0].isupper() for w in rest)
