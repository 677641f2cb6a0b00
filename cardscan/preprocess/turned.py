"""Is a card read right but held upside down? The line recogniser says.

RapidOCR's full reading runs a line classifier that turns each upside-down line before
reading it, so a card turned by 180° reads as well as an upright one, and when the ink's
vote is weak (a thin or monospaced font) orientation may keep it turned
(:mod:`preprocess.orient`). Everything cut from the "upright" card is then upside down: the
second readings of emails, phones and names, which use the recogniser alone and read
garbage there, and the pictures of the card and its lines a person checks in the review.
The recogniser alone reads a cut-out line only the way up it is printed, so reading a few
lines back both ways tells which way up the card is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

import cv2
import numpy as np

from cardscan.models import Line, OcrResult
from cardscan.script import has_other_script

LineReader = Callable[[Sequence[np.ndarray]], list[tuple[str, float]]]

# The longest lines of at least MIN_CHARS letters or digits read with at least MIN_CONFIDENCE
# are read back, up to PROBE_LINES of them.
PROBE_LINES = 2
MIN_CHARS = 6
MIN_CONFIDENCE = 0.8
# Read back this alike (difflib ratio, averaged over the lines) as first read, the card is
# upright and nothing more is read; turned, the lines must read back this much more alike.
UPRIGHT_LIKENESS = 0.7
TURNED_MARGIN = 0.3


def probe_lines(ocr: OcrResult, *, count: int = PROBE_LINES) -> list[Line]:
    """The longest confidently read lines in the engine's own scripts (lines Tesseract read
    for a script the engine cannot read would read back as nothing either way)."""
    usable = [
        line
        for line in ocr.lines
        if sum(ch.isalnum() for ch in line.text) >= MIN_CHARS
        and line.confidence >= MIN_CONFIDENCE
        and not has_other_script(line.text)
    ]
    return sorted(usable, key=lambda line: -len(line.text))[:count]


def _cut(image: np.ndarray, line: Line) -> np.ndarray:
    box = line.box
    pad = max(2, box.h // 4)
    y0, x0 = max(0, box.y - pad), max(0, box.x - pad)
    return image[y0 : box.bottom + pad, x0 : box.right + pad]


def _likeness(lines: list[Line], read: list[tuple[str, float]]) -> float:
    pairs = zip(lines, read, strict=True)
    return sum(SequenceMatcher(None, ln.text, text).ratio() for ln, (text, _) in pairs) / len(lines)


def reads_back_turned(
    image: np.ndarray,
    ocr: OcrResult,
    read_lines: LineReader,
    *,
    upright_likeness: float = UPRIGHT_LIKENESS,
    turned_margin: float = TURNED_MARGIN,
) -> bool:
    """Rule: the card's longest lines (:func:`probe_lines`), cut out of ``image`` (the image
    ``ocr`` read) and read by the recogniser alone, read back clearly more alike to ``ocr``
    turned by 180° than as they are: the card is upside down. A card whose lines read back
    ``upright_likeness`` alike as they are costs no second read."""
    lines = probe_lines(ocr)
    crops = [_cut(image, line) for line in lines]
    if not lines or not all(crop.size for crop in crops):
        return False
    as_is = _likeness(lines, read_lines(crops))
    if as_is >= upright_likeness:
        return False
    turned = _likeness(lines, read_lines([cv2.rotate(c, cv2.ROTATE_180) for c in crops]))
    return turned >= as_is + turned_margin
