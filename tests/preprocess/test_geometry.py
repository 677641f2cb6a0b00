"""Levelling a photo whose lines slope (preprocess/geometry.py), on rendered images."""

from __future__ import annotations

import cv2
import numpy as np

from cardscan.preprocess.geometry import level


def _slope_of_bar(image: np.ndarray) -> float:
    """The slope in degrees of the one dark bar on a light image (down to the right > 0)."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    ys, xs = np.nonzero(gray < 128)
    return float(np.degrees(np.arctan(np.polyfit(xs, ys, 1)[0])))


def _bar(degrees: float) -> np.ndarray:
    image = np.full((400, 600, 3), 245, np.uint8)
    cv2.rectangle(image, (100, 190), (500, 210), (20, 20, 20), -1)
    matrix = cv2.getRotationMatrix2D((300, 200), -degrees, 1.0)  # clockwise: slopes down
    return cv2.warpAffine(image, matrix, (600, 400), borderValue=(245, 245, 245))


def test_a_bar_sloping_down_comes_out_level() -> None:
    tilted = _bar(7.0)
    assert abs(_slope_of_bar(tilted) - 7.0) < 0.5  # the test image slopes as meant
    assert abs(_slope_of_bar(level(tilted, 7.0))) < 0.5


def test_levelling_keeps_every_corner_on_a_larger_canvas() -> None:
    image = np.full((400, 600, 3), 245, np.uint8)
    out = level(image, 10.0)
    assert out.shape[0] > 400 and out.shape[1] > 600, out.shape
    assert int(out.min()) >= 240  # the new corners take the edge's colour, not black
