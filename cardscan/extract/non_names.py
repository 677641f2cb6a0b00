"""Lines that are something other than a person's name: a title, a firm, an address, a
slogan, opening hours, a kind of business; and the rules that keep a family name which is
also such a word ("Sales", "Ring") a name."""

from __future__ import annotations

from collections.abc import Sequence

from . import patterns as P
from .address_text import has_postcode, has_street_word
from .lexicon import fold, has_cjk, has_legal_form, matcher
from .name_email import email_agreement, mailbox_spells_word
from .name_parts import given_names, is_degree_line, surname_like_a_street, surnames
from .title_misreads import holds_a_title


def is_non_name(text: str, *, locals_: Sequence[str] = ()) -> bool:
    """Lines that are something else: a title, a company, an address, business words, a
    kind of business (Tailors, 華碩電腦, 中華電信), opening hours ("연중무휴"), a slogan,
    or only abbreviations ("Ten. Mo.", labels read in look-alike letters) or short words in
    small letters ("ix lo", pieces of a logo). A street word
    does not count in a name an email's local part (``locals_``) spells in full ("Holger
    Ring" beside hring@…) nor in a surname after a given name (:func:`surname_like_a_street`)."""
    return (
        holds_a_title(text)
        or speaks_to_reader(text)
        or bool(P.OPENING_HOURS.search(text))
        or has_legal_form(text)
        or has_postcode(text)
        or (has_street_word(text) and not _street_word_in_a_name(text, locals_))
        or _non_name_word(text, locals_)
        or _business_word(text)
        or is_degree_line(text)
        or bool(P.ABBREVIATIONS_ONLY.match(text))
        or bool(P.SHORT_SMALL_WORDS_ONLY.match(text))
    )


def _non_name_word(text: str, locals_: Sequence[str]) -> bool:
    """A word of data/non_name_words.txt that no rule makes a family name here."""
    found = [m.group() for m in matcher("non_name_words").finditer(text)]
    return bool(found) and not (
        _framed_by_known_names(text) or all(mailbox_spells_word(text, w, locals_) for w in found)
    )


def _framed_by_known_names(text: str) -> bool:
    """Rule: three or four words opening with a known given name and ending in a known
    surname are a name, whatever the words between ("Yuri Sales Almeida": Portuguese and
    Spanish names carry family names that are also words)."""
    words = [fold(w) for w in text.split()]
    return 3 <= len(words) <= 4 and words[0] in given_names() and words[-1] in surnames()


def _street_word_in_a_name(text: str, locals_: Sequence[str]) -> bool:
    return surname_like_a_street(text) or email_agreement(text, list(locals_)) == 1.0


def speaks_to_reader(text: str) -> bool:
    """Rule: a line holding a word that addresses the reader or speaks for the firm ("Wir
    bewegen Ihre Ideen", "Your partner in print": data/slogan_words.txt) is a slogan, not
    a person, unless that word is also a name ("Su", "You" are surnames)."""
    return any(
        fold(found.group()) not in given_names() and fold(found.group()) not in surnames()
        for found in matcher("slogan_words").finditer(text)
    )


def _business_word(text: str) -> bool:
    """The text names a kind of business ("Tailors", "科技"), in a word that is no one's name
    ("Law", "Bishop" and "Baker" are also surnames)."""
    for found in matcher("company_words").finditer(text):
        if has_cjk(found.group()):
            return True
        word = fold(found.group())
        if word not in surnames() and word not in given_names():
            return True
    return False
