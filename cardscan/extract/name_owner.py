"""A shop's card naming its owner by a given name the lexicons lack ("Aradhana" under
"Falcon Phone Repair"): the last resort of the name's choice, when no candidate had
evidence enough and the card's firm was found."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from .lexicon import fold, letters_only, matcher
from .lines import CardLine, list_items
from .name_text import lone_word, only_person_label

# The confidence given to an owner's name found this way.
OWNER_SCORE = 0.3
# A lone word this long at most: longer ones are brands and place names run together.
MAX_OWNER_LETTERS = 12
# The owner's name is set this much larger than the card's median line at least: an item of
# what the shop sells or a country printed alone is set as small as the rest.
OWNER_SIZE = 1.25


def lone_owner(
    lines: list[CardLine],
    taken: frozenset[int],
    domain_labels: Sequence[str],
    locals_: Sequence[str] = (),
) -> CardLine | None:
    """Rule: on a card whose firm was found and that names no person otherwise, the one
    line left that is a single capitalised word (:func:`name_text.lone_word`: no word of
    firms, titles, slogans or places), printed OWNER_SIZE times the card's median line,
    that no other line, domain or mailbox (``locals_``) of the card repeats and that stands
    beside no line naming only a kind of firm (:func:`_brands`), is the owner's given name.
    Two such lines, or none, name nobody."""
    heights = [ln.height for ln in lines if ln.height > 0 and ln.rest]
    median = statistics.median(heights) if heights else 0
    items = list_items(lines)
    found = [
        ln
        for ln in lines
        if ln.index not in taken
        and ln.index not in items
        and not ln.had_values
        and _owner_shaped(ln.rest, median, ln.height)
        and not _brands(ln, lines, domain_labels, locals_)
    ]
    return found[0] if len(found) == 1 else None


def _owner_shaped(text: str, median: float, height: int) -> bool:
    """A lone word, no longer than MAX_OWNER_LETTERS, set large, and no label naming the
    person ("Demandez", "Contact:": the name is beside it, not it)."""
    word = text.strip()
    if only_person_label(word):
        return False
    return lone_word(word) and len(word) <= MAX_OWNER_LETTERS and height >= OWNER_SIZE * median


def _brands(
    line: CardLine, lines: list[CardLine], domain_labels: Sequence[str], locals_: Sequence[str]
) -> bool:
    """The word is printed again on another line, spells part of a domain, opens a mailbox
    run on into more letters ("HANBIT", hanbitsystems2020@…) or stands beside a line naming
    only a kind of firm ("HANBIT" over "Holdings"): a brand's."""
    word = fold(line.rest.strip())
    others = [fold(ln.rest) for ln in lines if ln.index != line.index]
    boxes = [fold(local) for local in locals_]
    return (
        any(word in other for other in others)
        or any(word in letters_only(label) for label in domain_labels)
        or any(box.startswith(word) and box[len(word) : len(word) + 1].isalpha() for box in boxes)
        or any(only_kind(lines, i) for i in (line.index - 1, line.index + 1))
    )


def only_kind(lines: list[CardLine], index: int) -> bool:
    """The line at ``index`` says only what kind of business this is ("Trattoria", "Padaria")."""
    if not 0 <= index < len(lines):
        return False
    rest = lines[index].rest
    found = matcher("company_words")
    return bool(found.search(rest)) and not any(ch.isalpha() for ch in found.sub("", rest))
