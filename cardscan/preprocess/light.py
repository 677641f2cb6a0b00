"""Light and size: pure image steps that make a flattened card easier to read.

Every size below is a fraction of the image (or of its text height), so the steps behave the
same on a 900-pixel and a 4000-pixel card. Order for a pipeline: invert_if_dark, then
even_illumination (it copes with either polarity), then scale_for_text (which assumes dark
text on a light card).
"""

from __future__ import annotations

import cv2
import numpy as np

# Work on a copy this long for the cheap estimates (background, polarity); a card's text and
# background are still clear at this size.
WORK_LONG_SIDE = 600


def _gray(image: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image


def _shrink(image: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    """``image`` scaled down so its longer side is at most ``long_side``; and the factor used."""
    factor = min(1.0, long_side / max(image.shape[:2]))
    if factor >= 1.0:
        return image, 1.0
    return cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA), factor


def _odd(n: float, *, minimum: int = 3) -> int:
    return max(minimum, int(n) | 1)


# ----------------------------------------------------------------------------- illumination


def background_level(
    lightness: np.ndarray, *, kernel_fraction: float = 0.06, work_long_side: int = WORK_LONG_SIDE
) -> np.ndarray:
    """The paper's brightness under the text, same size as ``lightness`` (float32).

    Rule: a morphological closing with a square ``kernel_fraction`` of the short side wipes
    out dark strokes narrower than the kernel, a median blur of the same size smooths what
    is left; done on a small copy, because light varies slowly, then scaled back up.
    """
    small, _ = _shrink(lightness, work_long_side)
    k = _odd(kernel_fraction * min(small.shape[:2]))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    smooth = cv2.medianBlur(closed, k)
    h, w = lightness.shape[:2]
    return cv2.resize(smooth, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)


def even_illumination(
    image: np.ndarray,
    *,
    kernel_fraction: float = 0.06,
    paper_level: float = 235.0,
    max_gain: float = 3.0,
    dark: bool | None = None,
) -> np.ndarray:
    """``image`` with shadows and light gradients divided out; colours and grey levels kept.

    Rule: the L channel (Lab) is divided by its background estimate (:func:`background_level`)
    and scaled so the paper lands at ``paper_level``; a and b are untouched, so coloured text
    stays coloured and nothing is binarised. The gain is capped at ``max_gain`` so a large dark
    area (a logo block, the table beyond the card) is not blown up into noise. A dark card
    (``dark``; None asks :func:`is_dark_card`) is evened on its inverted lightness, so the
    light text is not taken for paper; it stays a dark card.
    """
    if dark is None:
        dark = is_dark_card(image)
    if image.ndim == 2:
        return _even(image, kernel_fraction, paper_level, max_gain, dark)
    lab = cv2.cvtColor(image, cv2.COLOR_BGR2LAB)
    lab[:, :, 0] = _even(lab[:, :, 0], kernel_fraction, paper_level, max_gain, dark)
    return cv2.cvtColor(lab, cv2.COLOR_LAB2BGR)


def _even(
    channel: np.ndarray, kernel_fraction: float, level: float, max_gain: float, dark: bool
) -> np.ndarray:
    if not dark:
        return _divide(channel, kernel_fraction, level, max_gain)
    return 255 - _divide(255 - channel, kernel_fraction, level, max_gain)


def _divide(
    channel: np.ndarray, kernel_fraction: float, level: float, max_gain: float
) -> np.ndarray:
    background = background_level(channel, kernel_fraction=kernel_fraction)
    gain = np.minimum(level / np.maximum(background, 1.0), max_gain)
    return np.clip(channel.astype(np.float32) * gain, 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------- polarity


def is_dark_card(
    image: np.ndarray,
    *,
    min_contrast: float = 40.0,
    bright_ratio: float = 1.5,
    max_background: float = 140.0,
    work_long_side: int = WORK_LONG_SIDE,
) -> bool:
    """True for light text on a dark card.

    Rule: the background is the median grey; the text is the pixels next to edges that
    differ from it by ``min_contrast``. The card is dark when the background is under
    ``max_background`` and such pixels brighter than the background outnumber the darker ones
    ``bright_ratio`` times. Only edge neighbours count, so the solid inside of a dark logo on
    a light card does not outvote the dark text around it.
    """
    gray, _ = _shrink(_gray(image), work_long_side)
    background = float(np.median(gray))
    if background >= max_background:
        return False
    edges = cv2.Canny(cv2.GaussianBlur(gray, (3, 3), 0), 50, 150)
    near = cv2.dilate(edges, np.ones((3, 3), np.uint8)) > 0
    values = gray[near].astype(np.float32) - background
    brighter = int((values > min_contrast).sum())
    darker = int((values < -min_contrast).sum())
    return brighter > bright_ratio * max(darker, 1)


def invert_if_dark(image: np.ndarray, **kwargs: float) -> np.ndarray:
    """Dark text on a light card: ``image`` inverted when :func:`is_dark_card` says so."""
    return 255 - image if is_dark_card(image, **kwargs) else image


# ----------------------------------------------------------------------------- text size


def character_boxes(
    image: np.ndarray,
    *,
    block_fraction: float = 0.03,
    offset: float = 15.0,
    min_height_fraction: float = 0.004,
    max_height_fraction: float = 0.2,
    max_aspect: float = 2.5,
) -> np.ndarray:
    """(x, y, w, h) rows of the character-shaped blobs of dark ink in ``image``.

    Rule: connected components of an adaptive threshold (window ``block_fraction`` of the long
    side, ink ``offset`` grey levels below the local mean, after a slight blur against sensor
    noise), kept when ``min_height_fraction`` of the long side (at least 4 px) to
    ``max_height_fraction`` of the short side high, 0.15 to ``max_aspect`` times as wide as
    high, with ink covering 15–95 % of the box.
    """
    gray = cv2.GaussianBlur(_gray(image), (3, 3), 0)
    long_side = max(gray.shape[:2])
    block = _odd(block_fraction * long_side, minimum=15)
    ink = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, offset
    )
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    x, y = stats[1:, cv2.CC_STAT_LEFT], stats[1:, cv2.CC_STAT_TOP]
    w, h, area = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, 4]
    aspect = w / np.maximum(h, 1)
    fill = area / np.maximum(w * h, 1)
    keep = (
        (h >= max(4.0, min_height_fraction * long_side))
        & (h <= max_height_fraction * min(gray.shape[:2]))
        & (aspect >= 0.15)
        & (aspect <= max_aspect)
        & (fill >= 0.15)
        & (fill <= 0.95)
    )
    return np.stack([x, y, w, h], axis=1)[keep]


def side_by_side(boxes: np.ndarray, *, max_gap: float = 1.0, max_boxes: int = 2000) -> np.ndarray:
    """Square mask of box pairs that sit next to each other on one text line: vertical extents
    overlapping by half the smaller height, heights within 2×, a horizontal gap under
    ``max_gap`` times the larger height. Only the ``max_boxes`` largest boxes take part (a
    noisy photo has thousands of specks; the text is among the larger blobs)."""
    n = len(boxes)
    near = np.zeros((n, n), bool)
    chosen = np.argsort(-boxes[:, 2] * boxes[:, 3])[:max_boxes] if n else np.zeros(0, int)
    x, y, w, h = (boxes[chosen, i].astype(np.float32)[:, None] for i in range(4))
    overlap = np.minimum(y + h, (y + h).T) - np.maximum(y, y.T)
    smaller, larger = np.minimum(h, h.T), np.maximum(h, h.T)
    gap = np.maximum(x.T - (x + w), x - (x.T + w.T))
    pair = (overlap >= 0.5 * smaller) & (larger <= 2 * smaller)
    pair &= (gap < max_gap * larger) & (gap > -smaller)
    np.fill_diagonal(pair, False)
    near[np.ix_(chosen, chosen)] = pair
    return near


def estimate_text_height(image: np.ndarray, *, min_components: int = 8) -> float | None:
    """Median x-height of the text in pixels (dark text on light), or None when fewer than
    ``min_components`` characters are found.

    Rule: :func:`character_boxes` that have a neighbour on their line (:func:`side_by_side`;
    letters sit in rows, texture and noise specks mostly do not); after dropping specks under
    half the median height, the lowest crowded height (:func:`_lowest_common_height`).
    """
    boxes = character_boxes(image)
    boxes = boxes[side_by_side(boxes).any(axis=1)]
    if len(boxes) < min_components:
        return None
    heights = boxes[:, 3].astype(np.float32)
    heights = heights[heights >= 0.5 * np.median(heights)]
    return _lowest_common_height(heights) if heights.size >= min_components else None


def _lowest_common_height(
    heights: np.ndarray, *, tolerance: float = 0.1, common: float = 0.6
) -> float:
    """The smallest height shared (within ``tolerance``) by at least ``common`` times as many
    characters as the most shared one; the median of its cluster.

    Mixed-case text has two crowds: x-height letters and cap-height letters/digits (a phone
    number or an email adds many of the latter); the x-height crowd is the lower one.
    """
    values = np.unique(heights)
    counts = np.array(
        [
            ((heights >= v / (1 + tolerance)) & (heights <= v * (1 + tolerance))).sum()
            for v in values
        ]
    )
    chosen = values[np.flatnonzero(counts >= common * counts.max())[0]]
    cluster = heights[(heights >= chosen / (1 + tolerance)) & (heights <= chosen * (1 + tolerance))]
    return float(np.median(cluster))


def text_layout(
    image: np.ndarray, *, max_gap: float = 0.35, ratio: float = 2.0, min_pairs: int = 20
) -> tuple[str | None, float]:
    """Without OCR: the direction of the text lines and, for rows, how upright they look.

    Direction: "across" when the characters sit side by side in rows, "down" when they
    stack in columns (the card lies on its side), None when unclear. Rule: count character
    pairs closer than ``max_gap`` heights along rows and along columns (letters in a word
    nearly touch, lines are further apart); one wins with ``ratio`` times the other's pairs
    and at least ``min_pairs``.

    Vote (-1..1, 0 unless "across"): neighbouring letters whose tops differ (an ascender, a
    capital or a digit beside an x-height letter) against those whose bottoms differ (a
    descender), by a fifth of the smaller height. Upright Latin text has many more of the
    former; upside down the counts swap. Pairs of neighbours cannot be misled by tilt.
    """
    boxes = character_boxes(image, max_aspect=1 / 0.15)
    rows = side_by_side(boxes, max_gap=max_gap)
    across = int(rows.sum()) // 2
    down = int(side_by_side(boxes[:, [1, 0, 3, 2]], max_gap=max_gap).sum()) // 2
    if max(across, down) < min_pairs:
        return None, 0.0
    if down >= ratio * across:
        return "down", 0.0
    if across < ratio * down:
        return None, 0.0
    i, j = np.nonzero(np.triu(rows))
    top, bottom = boxes[:, 1], boxes[:, 1] + boxes[:, 3]
    reach = 0.2 * np.minimum(boxes[i, 3], boxes[j, 3])
    tops = int((np.abs(top[i] - top[j]) > reach).sum())
    bottoms = int((np.abs(bottom[i] - bottom[j]) > reach).sum())
    return "across", (tops - bottoms) / (tops + bottoms) if tops + bottoms >= min_pairs else 0.0


def scale_for_text(
    image: np.ndarray,
    *,
    target_height: float = 22.0,
    min_long_side: int = 1000,
    max_long_side: int = 2400,
) -> np.ndarray:
    """``image`` resized so its median x-height is ``target_height`` pixels.

    Rule: factor = target / :func:`estimate_text_height`, with the long side kept within
    ``min_long_side``..``max_long_side`` (so a mis-measure cannot make a thumbnail or a
    poster); when no text height can be measured, only those bounds apply.
    """
    long_side = max(image.shape[:2])
    measured = estimate_text_height(image)
    wanted = long_side * (target_height / measured) if measured else long_side
    wanted = min(max(wanted, min_long_side), max_long_side)
    factor = wanted / long_side
    if abs(factor - 1.0) < 0.05:
        return image
    interp = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    return cv2.resize(image, None, fx=factor, fy=factor, interpolation=interp)


__all__ = [
    "background_level",
    "character_boxes",
    "estimate_text_height",
    "even_illumination",
    "invert_if_dark",
    "is_dark_card",
    "scale_for_text",
    "side_by_side",
    "text_layout",
]
