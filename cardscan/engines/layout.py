"""Group loose word boxes into lines, shared by engines that return words unordered; cut
line boxes out of an image and stack them, for reading them again."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from cardscan.models import Box, Line, Word


def group_lines(words: Iterable[Word], *, overlap: float = 0.5) -> tuple[Line, ...]:
    """Words whose vertical extents overlap by ``overlap`` of the smaller height share a line.

    A word joins the line whose last word it overlaps most; lines are then split where
    the horizontal gap is wider than a few character heights, so two columns stay apart.
    """
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.box.center_y, w.box.x)):
        best, best_score = None, overlap
        for row in rows:
            last = row[-1].box
            inter = min(last.bottom, word.box.bottom) - max(last.y, word.box.y)
            score = inter / max(1, min(last.h, word.box.h))
            if score >= best_score:
                best, best_score = row, score
        if best is None:
            rows.append([word])
        else:
            best.append(word)
    lines: list[Line] = []
    for row in rows:
        lines.extend(_split_columns(sorted(row, key=lambda w: w.box.x)))
    return tuple(sorted(lines, key=lambda ln: (ln.box.y, ln.box.x)))


def _split_columns(row: list[Word], *, gap_heights: float = 3.0) -> list[Line]:
    """Break a row where the gap between words exceeds ``gap_heights`` × the row's median
    word height: a tall word beside the gap (a descender's box, a larger name in the next
    column) must not widen the gap a column break needs."""
    heights = sorted(word.box.h for word in row)
    height = heights[(len(heights) - 1) // 2]  # the lower median: half the words are taller
    pieces: list[list[Word]] = [[row[0]]]
    for prev, word in zip(row, row[1:]):
        if word.box.x - prev.box.right > gap_heights * height:
            pieces.append([word])
        else:
            pieces[-1].append(word)
    return [Line(tuple(p)) for p in pieces]


# A word read this unsurely, this short and with no digit, on a line whose other words were
# read surely, is a mark, an icon or a speck taken for letters ("Se Area Sales Lead
# eg", "JONAS so) BERGEN"); digits are kept (a number's group read unsurely is still its
# digits), and so are words of other scripts, which engines read less surely throughout.
STRAY_CONFIDENCE = 0.4
STRAY_CHARACTERS = 4
SURE_CONFIDENCE = 0.8


def is_stray_mark(word: Word) -> bool:
    """Rule: an unsure (STRAY_CONFIDENCE), short (STRAY_CHARACTERS) Latin or symbol token
    with no digit."""
    text = word.text
    return (
        word.confidence < STRAY_CONFIDENCE
        and len(text) <= STRAY_CHARACTERS
        and not any(ch.isdigit() for ch in text)
        and all(ch.isascii() or not ch.isalpha() for ch in text)
    )


def without_stray_marks(line: Line) -> Line:
    """The line without its stray marks (:func:`is_stray_mark`), when one of its words was
    read surely (SURE_CONFIDENCE); a line read unsurely throughout is kept as read."""
    if not any(w.confidence >= SURE_CONFIDENCE for w in line.words):
        return line
    kept = tuple(w for w in line.words if not is_stray_mark(w))
    return Line(kept) if kept and len(kept) < len(line.words) else line


def line_tilt(
    quads: Sequence[np.ndarray], *, min_lines: int = 3, min_aspect: float = 3.0
) -> float:
    """The median slope in degrees of the top edges of a detector's line outlines (corners
    clockwise from the top left; clockwise slopes positive, as image y runs down), each
    weighted by its length. Lines shorter than ``min_aspect`` × their height, and cards with
    fewer than ``min_lines`` long lines, say 0: too few to tell a tilted photo from a logo."""
    slopes, weights = [], []
    for quad in quads:
        top, side = quad[1] - quad[0], quad[3] - quad[0]
        length, height = float(np.hypot(*top)), float(np.hypot(*side))
        if top[0] <= 0 or length < min_aspect * max(height, 1.0):
            continue
        slopes.append(float(np.degrees(np.arctan2(top[1], top[0]))))
        weights.append(length)
    if len(slopes) < min_lines:
        return 0.0
    order = np.argsort(slopes)
    cumulative = np.cumsum(np.asarray(weights)[order])
    middle = int(np.searchsorted(cumulative, cumulative[-1] / 2))
    return slopes[order[middle]]


# Where a strip's ink and paper are measured: its darkest and lightest percentiles (a few
# pixels of noise or glare aside); the paper is its median grey.
INK_PERCENTILE = 1.0
LIGHT_PERCENTILE = 99.0


def ink_on_white(
    strip: np.ndarray,
    *,
    ink_percentile: float = INK_PERCENTILE,
    light_percentile: float = LIGHT_PERCENTILE,
) -> np.ndarray:
    """One line's cut as dark ink on white paper (BGR): its median grey (the paper) stretched
    to white and its ink to black, light type on a dark band turned over first.

    Rule: stacked on white, a line cut from a tinted or grey card is a grey band the reader's
    single global threshold (Otsu) sets apart from the white gaps as a whole, so the text
    inside it is lost; each strip is made black on white on its own before it is stacked.
    The ink is the extreme farther from the paper."""
    gray = cv2.cvtColor(strip, cv2.COLOR_BGR2GRAY) if strip.ndim == 3 else strip
    paper = float(np.median(gray))
    dark, light = (float(v) for v in np.percentile(gray, [ink_percentile, light_percentile]))
    if light - paper > paper - dark:  # light type on a dark band
        gray, paper, dark = 255 - gray, 255.0 - paper, 255.0 - light
    if paper - dark < 1.0:  # a blank strip
        return cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)
    stretched = (gray.astype(np.float32) - dark) * (255.0 / (paper - dark))
    return cv2.cvtColor(np.clip(stretched, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def without_edge_ink(cut: np.ndarray, *, rows: tuple[int, int]) -> np.ndarray:
    """A line's cut (BGR) with the ink that touches its top or bottom edge painted over in
    the paper's colour outside ``rows`` (the line box's first and last row in the cut).

    Rule: a line cut out with a margin catches the feet of the line above and the heads of
    the line below, and Tesseract (5.5, single-line mode) then reads nothing at all in a
    short line ("실장" under a name). The line's own letters keep to its rows and to the
    inside of the margin; a neighbour's letter that touches one of them is cut at the box's
    edge rather than erased with it. Ink is told from paper by Otsu's threshold, the paper
    being the side the cut's border is on."""
    gray = cv2.cvtColor(cut, cv2.COLOR_BGR2GRAY) if cut.ndim == 3 else cut
    _, light = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    border = np.concatenate([light[0], light[-1], light[:, 0], light[:, -1]])
    ink = 255 - light if np.mean(border) >= 128 else light
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tops, heights = stats[:, cv2.CC_STAT_TOP], stats[:, cv2.CC_STAT_HEIGHT]
    edge = (tops == 0) | (tops + heights >= cut.shape[0])
    edge[0] = False  # the paper itself
    if not edge.any() or not (ink == 0).any():
        return cut
    outside = np.ones(cut.shape[0], dtype=bool)
    outside[max(0, rows[0]) : max(0, rows[1])] = False
    paint = edge[labels] & outside[:, None]
    out = cut.copy()
    out[paint] = np.median(cut[ink == 0], axis=0).astype(cut.dtype)
    return out


def stack_strips(
    strips: Sequence[np.ndarray], *, gap: int
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Strips stacked top to bottom on white, each made ink on white (:func:`ink_on_white`),
    ``gap`` pixels apart and around, and the rows (top, bottom) each strip landed on: one
    image for one OCR call instead of many."""
    strips = [ink_on_white(strip) for strip in strips]
    width = max((s.shape[1] for s in strips), default=1)
    rows, spans, y = [], [], gap
    blank = np.full((gap, width, 3), 255, dtype=np.uint8)
    for strip in strips:
        padded = np.full((strip.shape[0], width, 3), 255, dtype=np.uint8)
        padded[:, : strip.shape[1]] = strip
        rows += [blank, padded]
        spans.append((y, y + strip.shape[0]))
        y += strip.shape[0] + gap
    return np.vstack([*rows, blank]), spans


@dataclass(frozen=True)
class LineCut:
    """A line cut out of an image and scaled: where its corner was, and by how much."""

    image: np.ndarray
    x: int
    y: int
    scale: float


def cut_line(
    image: np.ndarray, box: Box, *, margin: float, height: int, slack: int = 1
) -> LineCut | None:
    """``box`` cut out of ``image`` with ``margin`` of its height (plus ``slack`` pixels)
    around it, scaled to ``height`` pixels high; None when nothing of it is in the image."""
    pad = int(margin * box.h) + slack
    y0, y1 = max(0, box.y - pad), min(image.shape[0], box.bottom + pad)
    x0, x1 = max(0, box.x - pad), min(image.shape[1], box.right + pad)
    crop = image[y0:y1, x0:x1]
    if crop.size == 0:
        return None
    scale = height / crop.shape[0]
    big = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return LineCut(big, x0, y0, scale)
