"""How the row chosen for the company grows into the firm's whole name: the logo or name
above a descriptor or a bare legal form, a fragment below, the rest of a wrapped name, the
name printed in full elsewhere or in the card's main script (company.pick_company)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from . import patterns as P
from .blocks import Group, stacked
from .company_forms import has_business_word, is_fragment, only_kind
from .lexicon import fold, has_cjk, has_legal_form, letters_only, matcher
from .lines import CardLine
from .name_parts import given_names, surnames
from .name_text import latin_name_shape
from .titles import has_title_word
from .wrapped import dangles

# How many lines apart a company's name in the card's other script is printed from it.
TWIN_DISTANCE = 2


def in_main_script(group: Group, candidates: list[Group], cjk_card: bool) -> Group:
    """Rule: a card printing its company's name in two scripts ("新鑫國際有限公司" over
    "Xinxin International Co., Ltd.") gives it in the card's main script: the chosen name
    in the other script gives way to a candidate in the main one printed within
    TWIN_DISTANCE lines of it that says "company" by a legal form or a kind of business."""
    if has_cjk(group.text) == cjk_card:
        return group
    first, last = min(group.indices), max(group.indices)
    twins = [
        other
        for other in candidates
        if has_cjk(other.text) == cjk_card
        and (has_legal_form(other.text) or has_business_word(other.text))
        and min(abs(i - j) for i in other.indices for j in (first, last)) <= TWIN_DISTANCE
    ]
    return min(twins, key=lambda g: (g.rows, min(abs(i - first) for i in g.indices)), default=group)


def names_no_firm(text: str) -> bool:
    """Only kinds of business and a legal form, no name of its own ("Trading LLC",
    "Logistics Pvt. Ltd."): a firm's legal name always says whose it is."""
    if not has_legal_form(text):
        return False
    rest = matcher("company_words").sub("", matcher("legal_forms").sub("", text))
    return not any(ch.isalpha() for ch in rest)


def with_name_above(group: Group, candidates: list[Group]) -> Group:
    """Rule: a row that names no firm (:func:`names_no_firm`) goes on from the row stacked
    over it ("Dune General" over "Trading LLC"): the block of both is the company."""
    if group.rows != 1 or not names_no_firm(group.text):
        return group
    return min(_rows_over(group, candidates), key=lambda g: len(g.lines), default=group)


def _rows_over(group: Group, candidates: list[Group]) -> list[Group]:
    """The two-row blocks that end in the group's row: it and the row stacked over it."""
    last = group.lines[-1].index
    return [g for g in candidates if g.rows == 2 and g.lines[-1].index == last]


def with_form_above(group: Group, candidates: list[Group]) -> Group:
    """Rule: a row that is only a name in guillemets ("«Техно-Логистик»") goes on from the row
    stacked over it when that row names a legal form or a kind of firm and no name of its
    own ("Группа компаний", "Ремонт квартир"): the firm's name is printed with its form."""
    if group.rows != 1 or not P.GUILLEMET_NAME.fullmatch(group.text.strip()):
        return group
    above = (g for g in _rows_over(group, candidates) if len(g.lines) == 2)
    return next((g for g in above if _form_only(g.lines[0].rest)), group)


def _form_only(text: str) -> bool:
    """A legal form or a kind of firm, with no name in guillemets."""
    return "«" not in text and (has_legal_form(text) or has_business_word(text))


# A logo's word over a descriptor is set at least this large against it (a smaller word
# over the firm's line is a heading or a department).
LOGO_MIN_HEIGHT_RATIO = 1.0
# How far over its descriptor a logo's row may be set, in the logo's heights.
LOGO_GAP_SHARE = 1.0
# Words a logo's row in capitals may have ("ARBOR & VALE" counts its "&").
MAX_LOGO_WORDS = 3


def with_logo_above(group: Group, candidates: list[Group], lines: Sequence[CardLine]) -> Group:
    """Rule: a row saying what kind of firm it is ("Energy Solutions", "Dental Care") under a
    logo's row, stacked and set no smaller (:func:`is_logo_row`: "SOLARA" over "Energy
    Solutions"), is the descriptor of the name above: the block of both is the company, as
    with a row that is only a kind of business ("Zenix" over "Software"). A row with a legal
    form or a family name ("Johnson Plumbing") names the firm by itself; CJK names are
    written whole on one row."""
    if group.rows != 1 or has_legal_form(group.text) or not has_business_word(group.text):
        return group
    if has_cjk(group.text) or any(fold(w) in surnames() for w in P.LETTER_RUN.findall(group.text)):
        return group
    row = group.lines[-1]
    for other in candidates:
        if other.rows != 2 or len(other.lines) != 2 or other.lines[-1] is not row:
            continue
        logo = other.lines[0]
        if is_logo_row(logo.rest) and logo.height >= LOGO_MIN_HEIGHT_RATIO * row.height:
            return other
    return _logo_set_apart(group, candidates, lines) or group


def _logo_set_apart(
    group: Group, candidates: list[Group], lines: Sequence[CardLine]
) -> Group | None:
    """A logo's row set further above its descriptor than rows of one block are
    (blocks.stacked's own gap), by up to LOGO_GAP_SHARE of the logo's height, over it
    sideways with no line of the card between: the block of both."""
    row = group.lines[-1]
    for other in candidates:
        logo = other.lines[0]
        if other.rows != 1 or len(other.lines) != 1 or not is_logo_row(logo.rest):
            continue
        if _logo_over(logo, row, lines):
            return _block_of(other, group)
    return None


# Words a descriptor under a chosen logo may have ("Property Services", "Consultoria
# Contábil ME"); a longer row says more than what kind of firm it is.
MAX_DESCRIPTOR_ROW_WORDS = 4


def with_descriptor_below(
    group: Group, candidates: list[Group], lines: Sequence[CardLine], labels: Sequence[str] = ()
) -> Group:
    """Rule: the mirror of :func:`with_logo_above`: a logo's row chosen for itself (its
    domain, its size) with a row saying what kind of firm it is set under it in smaller
    type ("MAMONT" over "Property Services", "NORMONT" over "AVOCATS"), over it sideways
    with no line of the card between, is given with its descriptor. A row the card's domain
    spells after the logo's word is its descriptor too, whatever its words ("KESTO" over
    "Legal", kestolegal.com: :func:`_spelled_after`)."""
    logo = group.lines[0]
    if group.rows != 1 or len(group.lines) != 1 or not is_logo_row(logo.rest):
        return group
    for other in candidates:
        row = other.lines[0]
        if other.rows != 1 or len(other.lines) != 1:
            continue
        if not (_descriptor(row.rest) or _spelled_after(logo.rest, row.rest, labels)):
            continue
        if _logo_over(logo, row, lines):
            return _block_of(group, other)
    return group


def _spelled_after(logo: str, row: str, labels: Sequence[str]) -> bool:
    """A domain label is the logo's letters followed by all the row's ("KESTO" and "Legal"
    ↔ kestolegal): the firm names itself by both."""
    head, tail = letters_only(logo), letters_only(row)
    return bool(head and tail) and any(letters_only(label) == head + tail for label in labels)


def _descriptor(text: str) -> bool:
    """A row saying what kind of firm it is, in MAX_DESCRIPTOR_ROW_WORDS words at most."""
    return has_business_word(text) and len(P.LETTER_RUN.findall(text)) <= MAX_DESCRIPTOR_ROW_WORDS


def logo_blocks(groups: Sequence[Group], lines: Sequence[CardLine]) -> list[Group]:
    """Rule: a logo's row set apart over a row saying what kind of firm it is ("ORION" over
    "Real Estate", further apart than the rows of one block are: :func:`_logo_over`) is a
    candidate for the company as one block, scored as the other blocks are, rather than only
    grown into once its descriptor is chosen alone."""
    singles = [g for g in groups if g.rows == 1 and len(g.lines) == 1]
    known = {g.indices for g in groups}
    out = []
    for logo in singles:
        if not is_logo_row(logo.text):
            continue
        for row in singles:
            if not _descriptor(row.text) or has_legal_form(row.text) or has_cjk(row.text):
                continue
            block = _block_of(logo, row)
            if block.indices not in known and _logo_over(logo.lines[0], row.lines[0], lines):
                out.append(block)
    return out


def _logo_over(logo: CardLine, row: CardLine, lines: Sequence[CardLine]) -> bool:
    """``logo`` is set over ``row``, no smaller (LOGO_MIN_HEIGHT_RATIO), at most
    LOGO_GAP_SHARE of its own height above it and over it sideways, no line of the card
    between them."""
    if logo.box is None or row.box is None or logo is row:
        return False
    if logo.height < LOGO_MIN_HEIGHT_RATIO * row.height or row.box.y < logo.box.bottom:
        return False
    if not stacked(logo.box, row.box, max_gap=LOGO_GAP_SHARE, logo_share=1.0, max_ratio=math.inf):
        return False
    return not any(_between(line, logo, row) for line in lines)


def _block_of(upper: Group, lower: Group) -> Group:
    """The two one-row groups as one block of two rows, read top to bottom."""
    box = upper.box.union(lower.box)
    return Group((upper.lines[0], lower.lines[0]), f"{upper.text} {lower.text}", box, 2, lower.box)


def _between(line: CardLine, upper: CardLine, lower: CardLine) -> bool:
    """The line is printed under ``upper`` and over ``lower``, in their sideways span."""
    box, top, bottom = line.box, upper.box, lower.box
    if box is None or top is None or bottom is None or line in (upper, lower):
        return False
    side = min(box.right, max(top.right, bottom.right)) - max(box.x, min(top.x, bottom.x))
    return box.y >= top.bottom - box.h / 2 and box.bottom <= bottom.y + box.h / 2 and side > 0


def is_logo_row(text: str) -> bool:
    """One word of letters ("Solara"), or up to MAX_LOGO_WORDS in capitals ("ARBOR & VALE"),
    saying nothing else: no business word, legal form or digit, and not a person's name
    (a known given name opening a name-shaped row)."""
    words = text.split()
    if not words or any(ch.isdigit() for ch in text) or has_legal_form(text) or has_cjk(text):
        return False
    if has_business_word(text) or has_title_word(text):
        return False
    if len(words) > 1 and not (text.isupper() and len(words) <= MAX_LOGO_WORDS):
        return False
    if sum(ch.isalpha() for ch in text) < 2:
        return False
    return not (fold(words[0]) in given_names() and latin_name_shape(text))


def with_fragment_below(group: Group, candidates: list[Group]) -> Group:
    """Rule: a name goes on in a row stacked under it that opens with "&", is only a legal
    form ("Galaxy Hardware" over "& Paints") or only a name in guillemets ("Салон красоты"
    over "«Орион»"); a row opening in lower case may be an address ("г. Казань") and is left
    to the scores."""
    size = len(group.indices)
    for other in candidates:
        below = other.lines[-1].rest
        joins = (
            below.split()[:1] in (["&"], ["+"])
            or (is_fragment(below) and below[0].isupper())
            or bool(P.QUOTED_NAME_ONLY.match(below))
        )
        if other.indices[:size] == group.indices and len(other.indices) == size + 1 and joins:
            return other
    return group


# Words a line printing the firm in full may add between the logo's words and the legal
# form: what the firm does ("KLV" -> "KLV Ingenieria SL", "NS" -> "NS Marine Services, Inc.").
MAX_DESCRIPTOR_WORDS = 2


def in_full(group: Group, candidates: list[Group]) -> Group:
    """Rule: a name chosen without a legal form (a logo, "NS" over "Marine Services") that
    another line prints in full, the same words then at most MAX_DESCRIPTOR_WORDS words
    saying what the firm does and any legal form ("NS Marine Services, Inc.", "NS
    Marine"), is given in full. A logo whose letters only spell a legal form ("KK", "AG")
    counts as without one."""
    if has_legal_form(group.text) and not is_fragment(group.text):
        return group
    words = _folded_words(group.text)
    for other in candidates:
        if other.rows != 1:
            continue
        rest = _folded_words(other.text)
        if len(rest) > len(words) and rest[: len(words)] == words:
            tail = " ".join(other.text.split()[len(group.text.split()) :])
            descriptor = P.LETTER_RUN.findall(matcher("legal_forms").sub("", tail))
            if len(descriptor) <= MAX_DESCRIPTOR_WORDS:
                return other
    return group


def with_wrapped_rest(group: Group, candidates: list[Group]) -> Group:
    """Rule: a name whose line ends in a word or sign a name cannot end in ("Society of",
    "Sunrise Tours &", "Comércio de": wrapped.dangles) goes on in the row stacked right
    under it: the block of both is the company."""
    if group.rows != 1 or not dangles(group.lines[-1].text):
        return group
    last = group.lines[-1].index
    below = [g for g in candidates if g.rows == 2 and g.lines[0].index == last]
    return min(below, key=lambda g: len(g.lines), default=group)


def _folded_words(text: str) -> list[str]:
    return [fold(w) for w in P.LETTER_RUN.findall(text)]


def with_its_name(
    best: tuple[float, Group, float], scored: list[tuple[float, Group, float]]
) -> tuple[float, Group, float]:
    """Rule: a line that only says what kind of firm this is ("Software Solutions") is not
    the company when a block holding it and the name it describes ("TECHNOVA" over it)
    scores as a company too: the block is the company."""
    _, group, _ = best
    if not only_kind(group.text):
        return best
    holding = [s for s in scored if set(group.indices) < set(s[1].indices)]
    return max(holding, key=lambda s: s[0]) if holding else best
