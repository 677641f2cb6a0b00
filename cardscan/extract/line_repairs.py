"""What OCR does to a line's text, undone before fields are picked from it: look-alike
characters of some scripts, letter-spaced words read one letter at a time, a title word
misread by a letter, a premises word glued to its number."""

from __future__ import annotations

from . import address_patterns as AP
from . import patterns as P
from .company_forms import (
    cut_business_word_closed,
    cyrillic_form_repaired,
    korean_form_repaired,
    only_kind,
    unglued_at_case_changes,
    unglued_business_words,
)
from .kana import japanese_repaired
from .title_misreads import repaired_title_words, zeros_read_as_o
from .titles import respaced_title

# Fewer letters than this set apart are initials or a short word ("A B C"), not a word.
MIN_SPACED_LETTERS = 4
# Share of a letter-spaced line's tokens that OCR still reads as single letters, or the
# longest mean token it leaves ("E le k t rot ec h n i k": 1.6); words run longer.
SPACED_SHARE = 0.75
MAX_SPACED_MEAN = 2.0


def _respaced(rest: str) -> str:
    """The line's text with a letter-spaced title split into its words ("G R A P H I C D E S I
    G N E R"), any other letter-spaced word closed up ("E V E N T S" → "EVENTS", "T ranspo
    r t s" → "Transports"), as OCR reads each spaced letter as a word, and capitals or
    words changing case read without their word spaces split (company_forms)."""
    title = respaced_title(rest)
    if title is not None:
        return title
    words = rest.split()
    closed = "".join(words) if _letter_spaced(words) or _spaced_kind(words) else rest
    return unglued_at_case_changes(unglued_business_words(cut_business_word_closed(closed)))


def _spaced_kind(words: list[str]) -> bool:
    """Rule: a letter-spaced word that OCR read partly closed up ("ODON T O LOGI A": too few
    single letters for :func:`_letter_spaced`) is closed up when, whole, it is a kind of
    business: at least MIN_SPACED_LETTERS pieces of letters, two of them single letters."""
    if len(words) < MIN_SPACED_LETTERS or not all(w.isalpha() for w in words):
        return False
    return sum(len(w) == 1 for w in words) >= 2 and only_kind("".join(words))


def _letter_spaced(words: list[str]) -> bool:
    """Rule: at least MIN_SPACED_LETTERS tokens of letters only, mostly single letters or
    short pieces (SPACED_SHARE, MAX_SPACED_MEAN), none after the first a capitalised word of
    its own: "S R K Rao" is initials and a name."""
    if len(words) < MIN_SPACED_LETTERS or not all(w.isalpha() for w in words):
        return False
    if any(len(w) > 1 and w[0].isupper() and w[1:].islower() for w in words[1:]):
        return False
    alone = sum(len(w) == 1 for w in words)
    mean = sum(map(len, words)) / len(words)
    return alone >= SPACED_SHARE * len(words) or mean <= MAX_SPACED_MEAN


# Separators in a printed line that make it a list of services, not a title.
MIN_LIST_SEPARATORS = 2


def repaired_line(rest: str, printed: str) -> str:
    """A line's text with what OCR does to some scripts and type undone: katakana read as
    Han look-alikes, a Russian or Korean legal form read as look-alikes, letter-spaced
    words, a premises word glued to its number ("Shop40"), "P.0. Box" read with a zero, a
    title word misread by a letter ("Managing Drector") unless the ``printed`` line lists
    services ("Implantes · Ortodontia · Clareamento": a service, not a misread job)."""
    text = korean_form_repaired(cyrillic_form_repaired(japanese_repaired(rest)))
    if len(P.LIST_SEPARATOR.findall(printed)) < MIN_LIST_SEPARATORS:
        text = repaired_title_words(zeros_read_as_o(text))
    text = _respaced(text)
    text = AP.PO_BOX_ZERO.sub(lambda m: m.group().replace("0", "O"), text)
    return AP.GLUED_UNIT_NUMBER.sub(r"\1 ", text)
