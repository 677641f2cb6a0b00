"""Layout: which OCR lines sit side by side on one row and which are stacked into one block.

RapidOCR reads one detection per printed fragment, so a logo "NORDIC" over "FREIGHT", or
a name set large over two lines, arrives as separate lines. Field pickers ask here which
lines belong together. Thresholds are fractions of the line height, so they hold at any
image size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cardscan.models import Box

from .lines import CardLine


@dataclass(frozen=True)
class Group:
    """Lines read as one piece of text: a row of fragments, or rows stacked into a block."""

    lines: tuple[CardLine, ...]
    text: str
    box: Box
    rows: int
    last: Box  # the bottom row: what may be stacked under this group continues from it

    @property
    def indices(self) -> tuple[int, ...]:
        return tuple(line.index for line in self.lines)

    @property
    def height(self) -> int:
        """The tallest line's height: a block is as prominent as its largest type."""
        return max(line.height for line in self.lines)

    @property
    def confidence(self) -> float:
        return min(line.confidence for line in self.lines)


# A box of letters that reach below the line ("Desert Rose Contracting") is taller than one of
# letters that do not ("LLC") set in the same type, by their descent: about a fifth.
DESCENDER_ALLOWANCE = 1.25
_DESCENDERS = frozenset("gjpqy,;")


def _descends(text: str) -> bool:
    return any(ch in _DESCENDERS for ch in text)


def same_row(
    left: CardLine,
    right: CardLine,
    *,
    min_overlap: float = 0.6,
    max_gap: float = 0.8,
    max_ratio: float = 1.35,
) -> bool:
    """``right`` continues ``left`` on the same printed row: type of about the same size
    (heights within ``max_ratio``; DESCENDER_ALLOWANCE more for words after the line whose
    letters do not reach below it, "… Contracting" + "LLC": a logo's mark before a name is
    no such case), overlapping by at least ``min_overlap`` of the smaller
    height, and a gap of at most ``max_gap`` × the taller height."""
    a, b = left.box, right.box
    if a is None or b is None:
        return False
    if b.h < a.h and _descends(left.text) and not _descends(right.text):
        max_ratio *= DESCENDER_ALLOWANCE
    if max(a.h, b.h) > max_ratio * max(1, min(a.h, b.h)):
        return False
    overlap = min(a.bottom, b.bottom) - max(a.y, b.y)
    gap = b.x - a.right
    tall = max(a.h, b.h)
    return overlap >= min_overlap * min(a.h, b.h) and -0.5 * tall <= gap <= max_gap * tall


def stacked(
    upper: Box,
    lower: Box,
    *,
    max_gap: float = 0.7,
    min_overlap: float = 0.3,
    max_ratio: float = 1.8,
    logo_share: float = 0.5,
) -> bool:
    """``lower`` is the next row of the same block as ``upper``: just below it (a gap of at
    most ``max_gap`` × the smaller height, or × ``logo_share`` of the larger one when that is
    more: a logo's descriptor is set apart in proportion to the logo), overlapping it
    sideways by ``min_overlap`` of the narrower width, in type at most ``max_ratio`` times
    larger or smaller."""
    small, large = sorted((upper.h, lower.h))
    if small <= 0 or large > max_ratio * small:
        return False
    gap = lower.y - upper.bottom
    # A descender-deep logo box may reach over the small line set right under it.
    if not -0.5 * large <= gap <= max_gap * max(small, logo_share * large):
        return False
    side = min(upper.right, lower.right) - max(upper.x, lower.x)
    return side >= min_overlap * min(upper.w, lower.w)


def join_fragments(texts: list[str]) -> str:
    """Fragments of one row as one text; single letters read apart ("z", "E", "o") rejoin,
    and a fragment the next one opens with is left out (a logo letter beside the name it
    starts: "鑫" then "鑫鼎贸易有限公司")."""
    texts = [text for text, nxt in zip(texts, [*texts[1:], ""]) if not _opens(nxt, text)]
    out = texts[0]
    for previous, text in zip(texts, texts[1:]):
        single = len(text) == 1 and len(previous) == 1 and text.isalpha() and previous.isalpha()
        out += ("" if single else " ") + text
    return out


def _opens(text: str, start: str) -> bool:
    """``text`` is longer than ``start`` and opens with it (case aside)."""
    return len(start) < len(text) and text.casefold().startswith(start.casefold())


def rows(lines: list[CardLine], *, max_gap: float = 0.8) -> list[Group]:
    """Lines merged into rows: each fragment joins the row whose last fragment it continues
    (:func:`same_row`, with gaps up to ``max_gap`` × the line height)."""
    found: list[list[CardLine]] = []
    for line in sorted((ln for ln in lines if ln.box is not None and ln.rest), key=_left_then_top):
        for row in found:
            if same_row(row[-1], line, max_gap=max_gap):
                row.append(line)
                break
        else:
            found.append([line])
    groups = [_group(row, 1) for row in found]
    return sorted(groups, key=lambda g: (g.box.y, g.box.x))


def _left_then_top(line: CardLine) -> tuple[int, int]:
    assert line.box is not None
    return (line.box.x, line.box.y)


def _group(lines: list[CardLine], n_rows: int, text: str | None = None) -> Group:
    box = lines[0].box
    assert box is not None
    for line in lines[1:]:
        assert line.box is not None
        box = box.union(line.box)
    return Group(tuple(lines), text or join_fragments([ln.rest for ln in lines]), box, n_rows, box)


def stacks(row_groups: list[Group], *, max_rows: int = 3, max_ratio: float = 1.8) -> list[Group]:
    """Every row, and each run of up to ``max_rows`` rows stacked under it (see :func:`stacked`)."""
    out = []
    for start, current in enumerate(row_groups):
        out.append(current)
        for _ in range(max_rows - 1):
            below = [
                g
                for g in row_groups[start + 1 :]
                if stacked(current.last, g.box, max_ratio=max_ratio)
            ]
            if not below:
                break
            nxt = min(below, key=lambda g: g.box.y)
            current = Group(
                (*current.lines, *nxt.lines),
                f"{current.text} {nxt.text}",
                current.box.union(nxt.box),
                current.rows + 1,
                nxt.box,
            )
            out.append(current)
    return out


# Blank space taller than this many line heights between two lines counts as a line apart.
BLOCK_GAP = 3.0


def gap_between(a: Box | None, b: Box | None) -> float:
    """The blank height between two boxes printed one over the other, negative when they
    share a row; infinite for a line without a box (text input)."""
    if a is None or b is None:
        return math.inf
    return max(a.y, b.y) - min(a.bottom, b.bottom)


def gap_toward(
    line: CardLine, target: CardLine, lines: list[CardLine], *, skip: tuple[int, ...] = ()
) -> float:
    """The blank height between ``line`` and the nearest line printed on ``target``'s side of
    it (above or below) in the sideways span of the two, ``target`` included and the lines
    of ``skip`` left out; infinite without boxes."""
    a, b = line.box, target.box
    if a is None or b is None:
        return math.inf
    left, right = min(a.x, b.x), max(a.right, b.right)
    gaps = [
        gap_between(a, o.box)
        for o in lines
        if o.index != line.index
        and o.index not in skip
        and o.box is not None
        and (o.box.y > a.y) == (b.y > a.y)
        and min(o.box.right, right) > max(o.box.x, left)
    ]
    return min(gaps, default=math.inf)


def lines_apart(
    lines: list[CardLine], first: int, second: int, *, ignore: frozenset[int] = frozenset()
) -> int:
    """How many lines apart two lines are printed, counting only the lines of their own
    column: the lines whose middle lies between theirs and that reach into the sideways span
    of the two, except those in ``ignore``. On a two-column card the other column's lines,
    which OCR reads interleaved, do not count. Without boxes, the difference of the reading
    positions; two lines on one row are at most one apart."""
    if first == second:
        return 0
    a, b = lines[first].box, lines[second].box
    if a is None or b is None:
        low_i, high_i = sorted((first, second))
        return high_i - low_i - sum(low_i < i < high_i for i in ignore)
    if min(a.bottom, b.bottom) > max(a.y, b.y):  # side by side on one row
        return 1
    low, high = sorted((a.center_y, b.center_y))
    left, right = min(a.x, b.x), max(a.right, b.right)
    between = sum(
        1
        for line in lines
        if line.index not in (first, second)
        and line.index not in ignore
        and line.box is not None
        and low < line.box.center_y < high
        and min(line.box.right, right) > max(line.box.x, left)
    )
    # Blank space as tall as a few lines sets two blocks apart as a line between them would.
    blank = between == 0 and gap_between(a, b) >= BLOCK_GAP * max(a.h, b.h, 1)
    return between + 1 + int(blank)


# A title line set with the firm's rows is at most this share of its blank toward the name
# away from them.
FIRM_GAP_SHARE = 0.5


def set_with_the_firm(
    line: CardLine, firm: tuple[int, ...], name_lines: tuple[int, ...], lines: list[CardLine]
) -> bool:
    """Rule: a title line set with a row of the firm's name, at most FIRM_GAP_SHARE of the
    blank toward the person's name away from it ("Pineworks SA" over "Avocats", the name set
    apart below), says what the firm does."""
    if not firm or not name_lines:
        return False
    to_firm = min(gap_between(line.box, lines[i].box) for i in firm)
    toward_name = gap_toward(line, lines[name_lines[0]], lines, skip=firm)
    return to_firm < FIRM_GAP_SHARE * toward_name
