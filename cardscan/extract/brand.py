"""The business name when nothing names it: the card's largest type, if it looks like a brand."""

from __future__ import annotations

import statistics
from dataclasses import replace

from .blocks import Group, rows, stacked, stacks
from .company import CompanyChoice, choice_of, may_name_a_firm, usable_group
from .company_forms import has_business_word, only_kind
from .lexicon import has_cjk, matcher
from .lines import CardLine, line_after, list_items
from .titles import has_title_word, names_only_a_department


def pick_brand(
    lines: list[CardLine], excluded: set[int], *, has_person: bool, stand_out: float = 1.3
) -> CompanyChoice | None:
    """No evidence named the company: the largest block on the card, if it looks like a brand.

    The block (up to three stacked rows of similar type) must be printed at least
    ``stand_out`` × larger than the median of the card's other lines. With a person on the
    card it must also be a single short line that is not a title.
    """
    if any(line.box is None for line in lines):
        return None
    items = list_items(lines)
    free = [ln for ln in lines if ln.index not in excluded and may_name_a_firm(ln, items)]
    candidates = [
        g
        for g in stacks(rows(free), max_ratio=1.8)
        if usable_group(g, excluded) and _brand_shaped(g.text) and _stands_out(g, lines, stand_out)
    ]
    if has_person:
        candidates = [
            g
            for g in candidates
            if g.rows == 1 and len(g.text.split()) <= 3 and not has_title_word(g.text)
        ]
    if not candidates:
        return None
    tallest = max(g.height for g in candidates)
    best = max((g for g in candidates if g.height >= tallest), key=lambda g: (g.rows, -g.box.y))
    return with_kind_below(choice_of(0.5, best), best, lines, excluded)


# A logo's descriptor is set smaller than the logo, at most this many times.
DESCRIPTOR_RATIO = 3.5


def with_kind_below(
    choice: CompanyChoice, group: Group, lines: list[CardLine], excluded: set[int]
) -> CompanyChoice:
    """Rule: a brand set large with a line right under it in smaller type that only says
    what kind of business it is ("CORVIK" over "INMOBILIARIA") is named with it: the
    descriptor is part of the firm's name, as the logo prints it."""
    below = line_after(group.lines[-1].index, lines)
    if below is None or below.index in excluded or not only_kind(below.rest):
        return choice
    upper, lower = group.lines[-1].box, below.box
    if upper is None or lower is None or not stacked(upper, lower, max_ratio=DESCRIPTOR_RATIO):
        return choice
    text = f"{choice.text} {below.rest}"
    return replace(choice, indices=(*choice.indices, below.index), text=text)


def _stands_out(group: Group, lines: list[CardLine], ratio: float) -> bool:
    others = [ln.height for ln in lines if ln.index not in group.indices and ln.height > 0]
    return not others or group.height >= ratio * statistics.median(others)


# A Latin brand has a word of at least this many letters, unless set in capitals ("LG", "3M").
MIN_BRAND_WORD = 3


def _brand_shaped(text: str) -> bool:
    """Short, mostly letters, capitalised words, none of the words that mark other lines,
    not a department's name (titles.names_only_a_department); words all shorter than
    MIN_BRAND_WORD in mixed case ("e Lu") are pieces of a logo read as letters."""
    words = text.split()
    letters = sum(ch.isalpha() for ch in text)
    if not 1 <= len(words) <= 5 or letters < 3 or letters < 0.6 * len(text.replace(" ", "")):
        return False
    if max(map(len, words)) < MIN_BRAND_WORD and not (has_cjk(text) or text.isupper()):
        return False
    if matcher("non_name_words").search(text) and not has_business_word(text):
        return False
    if names_only_a_department(text):
        return False  # "Sales & Marketing", "해외영업부": a part of a firm, not its name
    capitalised = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return has_cjk(text) or capitalised * 2 >= len(words)
