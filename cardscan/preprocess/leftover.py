"""Text the card outlines leave out: a card the finder missed beside the ones it found (a
dark card on a dark table, a pale card on a pale one), found by its characters.

Pure function: pixels and outlines in, a quadrilateral (or None) out, in the coordinates of
the image passed in. The work happens on a copy scaled to a fixed size, and every length is
a fraction of that copy's long side.
"""

from __future__ import annotations

import cv2
import numpy as np

from cardscan.preprocess.card import working_copy
from cardscan.preprocess.light import character_boxes, side_by_side


def text_outside(
    image: np.ndarray,
    outlines: list[np.ndarray],
    *,
    work_size: int = 800,
    min_chars: int = 20,
    apart_fraction: float = 0.04,
    margin_fraction: float = 0.15,
) -> np.ndarray | None:
    """The box (TL, TR, BR, BL) around the characters printed outside every outline, when
    they are another card's; None when there are none or they belong to a found one.

    Rule: character-shaped blobs sitting side by side on rows (light.character_boxes, of
    dark ink or of light ink, whichever finds more) whose centres lie outside every
    outline; they are another card's when there are at least ``min_chars`` of them and none
    lies within ``apart_fraction`` of the long side of an outline: text running up to an
    outline's edge is the rest of that card (an outline that caught a colour band or a
    panel printed on it), while another card lies across a strip of table. The box is the
    characters' extent grown by ``margin_fraction`` of the long side: small type is not
    found at the working size, and the card reaches beyond its larger lines.
    """
    if not outlines:
        return None
    small = working_copy(image, work_size)
    scale = small.shape[1] / image.shape[1]
    inside = np.zeros(small.shape[:2], np.uint8)
    for outline in outlines:
        cv2.fillConvexPoly(inside, np.round(outline * scale).astype(np.int32), 255)
    apart = max(3, round(apart_fraction * work_size)) | 1
    near = cv2.dilate(inside, np.ones((apart, apart), np.uint8))
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    found = max((_characters_outside(ink, inside) for ink in (gray, 255 - gray)), key=len)
    if len(found) < min_chars or _touching(found, near):
        return None
    margin = margin_fraction * work_size
    x0, y0 = found[:, 0].min() - margin, found[:, 1].min() - margin
    x1 = (found[:, 0] + found[:, 2]).max() + margin
    y1 = (found[:, 1] + found[:, 3]).max() + margin
    box = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32) / scale
    limit = np.array([image.shape[1] - 1, image.shape[0] - 1], np.float32)
    return np.clip(box, 0, limit)


def _characters_outside(gray: np.ndarray, inside: np.ndarray) -> np.ndarray:
    """The (x, y, w, h) character boxes on text rows whose centre is not ``inside``."""
    boxes = character_boxes(gray)
    if len(boxes) == 0:
        return boxes.reshape(0, 4)
    boxes = boxes[side_by_side(boxes).any(axis=1)]
    return boxes[inside[_centre_y(boxes, inside), _centre_x(boxes, inside)] == 0]


def _touching(boxes: np.ndarray, near: np.ndarray) -> bool:
    return bool((near[_centre_y(boxes, near), _centre_x(boxes, near)] > 0).any())


def _centre_x(boxes: np.ndarray, mask: np.ndarray) -> np.ndarray:
    return np.clip(boxes[:, 0] + boxes[:, 2] // 2, 0, mask.shape[1] - 1)


def _centre_y(boxes: np.ndarray, mask: np.ndarray) -> np.ndarray:
    return np.clip(boxes[:, 1] + boxes[:, 3] // 2, 0, mask.shape[0] - 1)


def without_cards(image: np.ndarray, outlines: list[np.ndarray]) -> np.ndarray:
    """A copy of ``image`` with every outline painted over in the median colour of the rest,
    so that reading around them reads none of their text."""
    mask = np.zeros(image.shape[:2], np.uint8)
    for outline in outlines:
        cv2.fillConvexPoly(mask, np.round(outline).astype(np.int32), 255)
    out = image.copy()
    if (mask == 0).any():
        out[mask > 0] = _median_outside(image, mask)
    return out


def _median_outside(image: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The per-channel median (NumPy's: the two middle values averaged, rounded down) of the
    8-bit pixels where ``mask`` is 0, from each channel's histogram: sorting a phone photo's
    millions of pixels took most of a second."""
    planes = cv2.split(image) if image.ndim == 3 else [image]
    outside = (mask == 0).astype(np.uint8)
    median = []
    for plane in planes:
        counts = cv2.calcHist([plane], [0], outside, [256], [0, 256]).ravel().cumsum()
        n = int(counts[-1])
        low, high = np.searchsorted(counts, [(n - 1) // 2 + 1, n // 2 + 1])
        median.append((int(low) + int(high)) // 2)
    return np.array(median if image.ndim == 3 else median[0], dtype=image.dtype)
