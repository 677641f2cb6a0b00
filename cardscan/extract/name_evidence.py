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


# An email agreeing this much with a candidate (email_agreement) speaks for it as a name.
EMAIL_SPELLS = 0.5


def person_evidence(features: dict[str, float]) -> bool:
    """Rule: a candidate is never invented. It needs a label naming the person ("Ask for"),
    an email, a title, a known name or type size speaking for it, and in CJK a known family
    name at its start (CJK names almost always start with one of a few hundred; a building
    or a shop does not); on a card with no title and no email naming anyone it needs a
    known given or family name (only a given name on a card printing opening hours: a shop)
    and must not sit next to a line that only says what kind of business this is (then it
    is the business's name: "Trattoria" over "Bella Vista"). A full name with a patronymic
    (:func:`full_cyrillic_name`) is a person's wherever it stands: no business is
    named so, whatever kind of business is printed next to it. On a card in a CJK script a
    name in Latin letters needs a known name or an email (:func:`_unbacked_latin_on_cjk_card`).
    A logo's word is no name (:func:`_logo_word`)."""
    if features["cjk"] and not features["family"]:
        return False
    if _unbacked_latin_on_cjk_card(features) or _logo_word(features):
        return False
    if features["labelled"] or features["patronymic"]:  # "Ask for Tarun": a person
        return True
    if features["no_evidence"]:
        return False
    if features["email"] >= EMAIL_SPELLS or features["card_has_title"]:
        return True
    known = features["given"] or (features["family"] and not features["shop_hours"])
    known = known or features["initials"]
    # Set larger than the card's text, a name-shaped line of two or more words on a card
    # whose company is on another line: the person, whatever their name's origin.
    known = known or bool(
        features["taller"] and features["company_elsewhere"] and features["words"] >= 2
    )
    return bool(known) and not features["kind_nearby"]


def _unbacked_latin_on_cjk_card(features: dict[str, float]) -> bool:
    """Rule: on a card whose main script is CJK, a name in Latin letters is the romanised
    twin of the person's name, which holds a known family or given name (Kim, Wang,
    Tanaka, Minjun) or is spelled by the email; one with neither is a misread line (a
    title's translation read as letters) or a brand, not the person."""
    known = features["given"] or features["family"] or features["email"] >= EMAIL_SPELLS
    return bool(features["latin_on_cjk_card"]) and not known


def _logo_word(features: dict[str, float]) -> bool:
    """Rule: one word that the card's domain spells, beside a line saying only what kind of
    business this is ("NURI" over "Holdings", nuri.com), is the firm's logo, even when it
    is also a given name: a person's name is not set as the domain with the kind of firm
    under it."""
    return bool(features["one_word"] and features["domain"] and features["kind_nearby"])
