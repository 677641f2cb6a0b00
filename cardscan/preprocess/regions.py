"""Region proposals: masks that may separate cards from the table, and their outlines as quads.

Each mask strategy is cheap and wrong on some photos; the caller scores every proposal by the
same rules, so a strategy only has to put the right outline somewhere in its list.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from cardscan.preprocess.quads import order_corners


@dataclass(frozen=True)
class Proposal:
    quad: np.ndarray  # 4×2 float32, ordered
    fill: float  # region area / quad area: 1 for a solid quadrilateral region
    strategy: str


def _odd(value: float) -> int:
    return max(3, int(value) | 1)


def quads_from_mask(
    mask: np.ndarray,
    strategy: str,
    *,
    min_area: float,
    max_contours: int = 6,
    approx_fraction: float = 0.02,
) -> list[Proposal]:
    """The largest outer outlines of ``mask`` as quads: a four-cornered approximation of the
    convex hull when there is one, else the minimum-area rectangle (rounded or clipped
    corners); the later side refinement straightens either onto the real edges."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    contours = [c for c in contours if cv2.contourArea(c) >= min_area]
    found = []
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:max_contours]:
        area = float(cv2.contourArea(contour))
        hull = cv2.convexHull(contour)
        approx = cv2.approxPolyDP(hull, approx_fraction * cv2.arcLength(hull, True), True)
        if len(approx) == 4:
            quad = order_corners(approx)
        else:
            quad = order_corners(cv2.boxPoints(cv2.minAreaRect(hull)))
        quad_area = abs(float(cv2.contourArea(quad)))
        if quad_area > 0:
            found.append(Proposal(quad, min(1.0, area / quad_area), strategy))
    return found


def edge_masks(gray: np.ndarray, *, close_size: int) -> Iterator[tuple[str, np.ndarray]]:
    """Closed Canny outlines, filled: a card's edge against any background."""
    edges = cv2.Canny(gray, 30, 90)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (close_size, close_size))
    yield "edges", cv2.morphologyEx(edges, cv2.MORPH_CLOSE, kernel, iterations=2)


def _otsu_pair(
    channel: np.ndarray, name: str, kernel: np.ndarray
) -> Iterator[tuple[str, np.ndarray]]:
    """Both sides of an Otsu split, opened so thin bridges (shadows, cables) break."""
    _, high = cv2.threshold(channel, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    yield f"{name}-high", cv2.morphologyEx(high, cv2.MORPH_OPEN, kernel)
    yield f"{name}-low", cv2.morphologyEx(255 - high, cv2.MORPH_OPEN, kernel)


def colour_masks(
    image: np.ndarray, gray: np.ndarray, *, blur_size: int, border_fraction: float
) -> Iterator[tuple[str, np.ndarray]]:
    """Otsu splits of brightness, saturation and distance from the table's colour (the median
    colour of the photo's outer strip, which is mostly table)."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (blur_size, blur_size))
    smooth = cv2.GaussianBlur(gray, (blur_size, blur_size), 0)
    yield from _otsu_pair(smooth, "bright", kernel)
    if image.ndim != 3:
        return
    small = cv2.GaussianBlur(image, (blur_size, blur_size), 0)
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    _, sat = cv2.threshold(hsv[..., 1], 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    yield "saturated", cv2.morphologyEx(sat, cv2.MORPH_OPEN, kernel)
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2LAB).astype(np.float32)
    h, w = gray.shape
    b = max(2, int(border_fraction * max(h, w)))
    strip = np.concatenate(
        [lab[:b].reshape(-1, 3), lab[-b:].reshape(-1, 3), lab[:, :b].reshape(-1, 3),
         lab[:, -b:].reshape(-1, 3)]
    )  # fmt: skip
    distance = np.linalg.norm(lab - np.median(strip, axis=0), axis=2)
    distance = cv2.normalize(distance, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    level, away = cv2.threshold(distance, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    yield "not-table", cv2.morphologyEx(away, cv2.MORPH_OPEN, kernel)
    # A card much further from the table's colour than another (a dark card beside a white
    # one on a pale table) takes the split for itself; split the nearer pixels once more.
    near = distance[distance < level]
    if near.size:
        second, _ = cv2.threshold(near.reshape(1, -1), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        closer = ((distance > second) & (distance < level)).astype(np.uint8) * 255
        yield "not-table-near", cv2.morphologyEx(closer, cv2.MORPH_OPEN, kernel)


def region_proposals(
    image: np.ndarray,
    gray: np.ndarray,
    *,
    min_area: float,
    close_size: int,
    blur_size: int,
    border_fraction: float,
) -> list[Proposal]:
    """Quads from every mask strategy (working-image coordinates)."""
    masks = [
        *edge_masks(gray, close_size=_odd(close_size)),
        *colour_masks(image, gray, blur_size=_odd(blur_size), border_fraction=border_fraction),
    ]
    found = []
    for name, mask in masks:
        found.extend(quads_from_mask(mask, name, min_area=min_area))
    return found
