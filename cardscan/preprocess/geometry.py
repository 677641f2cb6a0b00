"""Flatten and resize: pure geometric steps."""

from __future__ import annotations

import cv2
import numpy as np

from cardscan.preprocess.card import quad_size


def flatten(image: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Warp the quadrilateral ``quad`` of ``image`` to an upright rectangle of its own size."""
    width, height = quad_size(quad)
    w, h = max(1, int(round(width))), max(1, int(round(height)))
    target = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    return cv2.warpPerspective(image, matrix, (w, h), flags=cv2.INTER_CUBIC)


def level(image: np.ndarray, degrees: float) -> np.ndarray:
    """``image`` turned counter-clockwise by ``degrees`` (lines sloping down to the right by
    that much come out level), on a canvas grown to keep every corner, the new corners
    filled with the nearest edge's colour."""
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(round(h * sin + w * cos)), int(round(h * cos + w * sin))
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    return cv2.warpAffine(
        image, matrix, (new_w, new_h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )


def scale_long_side(image: np.ndarray, *, long_side: int) -> np.ndarray:
    """Resize so the longer side is ``long_side`` pixels (area filter down, cubic up)."""
    factor = long_side / max(image.shape[:2])
    if abs(factor - 1.0) < 0.05:
        return image
    interp = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    return cv2.resize(image, None, fx=factor, fy=factor, interpolation=interp)
