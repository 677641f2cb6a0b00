"""Titles wrapped over two lines: "Vice President of" / "Business Development"."""

from __future__ import annotations

import re
from functools import cache

from . import patterns as P
from .blocks import stacked
from .lexicon import fold, has_legal_form, load, matcher
from .lines import CardLine, line_after, line_before
from .name_parts import surnames
from .titles import has_title_word, is_title_line, title_vocabulary

# The second line is set in the same type as the first: at most this ratio apart in height.
SAME_TYPE = 1.25

# What cannot end a title: a preposition, a conjunction or an article, or a sign joining
# its parts ("Vice President of", "Head of Sales &", "Directora de", "Leiter für").
DANGLING_END = re.compile(
    r"(?:\b(?i:of|and|for|to|the|in|at|de|da|do|dos|das|del|des|du|et|e|y|und|für|der|"
    r"van|von)|[&+,/–—-])\s*$"
)


def dangles(text: str) -> bool:
    """Rule: the text ends in a word or sign a title cannot end in (DANGLING_END)."""
    return bool(DANGLING_END.search(text.strip()))


def wrapped_tail(line: CardLine, lines: list[CardLine]) -> CardLine | None:
    """Rule: the line read right after a title line that dangles (:func:`dangles`, as
    printed) is the rest of that title when it is printed right under it in the same type
    (SAME_TYPE) and is plain words: no value, no title or legal form of its own."""
    if not is_title_line(line) or not dangles(line.text):
        return None
    tail = line_after(line.index, lines)
    if tail is None or tail.had_values or not tail.rest or "@" in tail.rest:
        return None
    if not _in_same_type(line, tail):
        return None
    if has_title_word(tail.rest) or has_legal_form(tail.rest) or len(tail.rest.split()) > 5:
        return None
    return tail if any(ch.isalpha() for ch in tail.rest) else None


def tails(lines: list[CardLine]) -> dict[int, CardLine]:
    """Each wrapped title line's index → its tail line."""
    out = {}
    for line in lines:
        tail = wrapped_tail(line, lines)
        if tail is not None:
            out[line.index] = tail
    return out


# A title's first line holding only qualifying words ("Senior Business" / "Development
# Manager"): at most this many words, over a second line of at most TAIL_WORDS words.
HEAD_WORDS = 3
TAIL_WORDS = 2


def wrapped_head(line: CardLine, lines: list[CardLine], taken: set[int]) -> CardLine | None:
    """Rule: the line printed right above a short title line (TAIL_WORDS) in the same type
    (SAME_TYPE) is the title's first half when it is plain words of the title and
    department vocabulary, HEAD_WORDS at most and none a surname ("Chief Executive" /
    "Officer", "Senior Business" / "Development Manager"): a title broken over two lines,
    whose second half alone lost what kind of manager or officer it was. A unit word, a
    list of departments ("Sales & Marketing", P.NOT_TITLE_HEAD) or one word that is no rank
    (data/title_ranks.txt: "Procurement") makes it the department instead."""
    if line.had_values or len(line.rest.split()) > TAIL_WORDS:
        return None
    head = line_before(line.index, lines)
    if head is None or head.index in taken or head.had_values or dangles(head.text):
        return None
    words = P.LETTER_RUN.findall(head.rest)
    if not 0 < len(words) <= HEAD_WORDS or not all(map(_qualifies, words)):
        return None
    if len(words) == 1 and fold(words[0]) not in _ranks():
        return None  # "Procurement" over "Sales Executive": the department it works in
    if P.NOT_TITLE_HEAD.search(head.rest) or matcher("department_units").search(head.rest):
        return None
    return head if _in_same_type(head, line) else None


def _in_same_type(upper: CardLine, lower: CardLine) -> bool:
    """``lower`` printed right under ``upper`` in the same type (SAME_TYPE); lines without
    boxes (a text reading) count as such."""
    if upper.box is None or lower.box is None:
        return True
    return stacked(upper.box, lower.box, max_ratio=SAME_TYPE)


def _qualifies(word: str) -> bool:
    """A word of the title and department vocabulary or a rank ("Sr"), and no surname."""
    folded = fold(word)
    known = folded in title_vocabulary() or P.SENIORITY.fullmatch(word)
    return bool(known) and folded not in surnames()


@cache
def _ranks() -> frozenset[str]:
    return frozenset(fold(entry.rstrip(".")) for entry in load("title_ranks"))
