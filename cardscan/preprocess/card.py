"""Find a card's outline in a photo: candidate quadrilaterals from several strategies.

Every function here is pure: pixels in, quadrilaterals (4×2 float arrays in the
coordinates of the image passed in) out.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# Business cards are 1.4–1.9 times as long as they are wide (ISO 7810 ID-1 is 1.59,
# US cards 1.75, Japanese 1.65); leave room for perspective.
CARD_ASPECT_RANGE = (1.15, 2.3)


@dataclass(frozen=True)
class Candidate:
    quad: np.ndarray  # 4×2, ordered top-left, top-right, bottom-right, bottom-left
    score: float
    strategy: str


def order_corners(points: np.ndarray) -> np.ndarray:
    """Order four points as top-left, top-right, bottom-right, bottom-left."""
    pts = np.asarray(points, dtype=np.float32).reshape(4, 2)
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()
    return np.array(
        [pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]],
        dtype=np.float32,
    )


def quad_size(quad: np.ndarray) -> tuple[float, float]:
    """Width and height of a quadrilateral: the longer of each pair of opposite sides."""
    tl, tr, br, bl = quad
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    return float(width), float(height)


def corners_on_border(
    quad: np.ndarray, shape: tuple[int, ...], *, margin_fraction: float = 0.01
) -> int:
    """How many corners lie on the image's frame: such an outline is the frame, a shadow or
    glare cut by it, not a card's own edge."""
    height, width = shape[:2]
    margin = margin_fraction * max(height, width)
    xs, ys = quad[:, 0], quad[:, 1]
    on = (xs <= margin) | (xs >= width - 1 - margin) | (ys <= margin) | (ys >= height - 1 - margin)
    return int(on.sum())


def score_quad(
    quad: np.ndarray,
    contour_area: float,
    shape: tuple[int, ...],
    *,
    min_area_fraction: float = 0.08,
    max_area_fraction: float = 0.97,
    max_border_corners: int = 1,
) -> float:
    """0 for implausible outlines; else larger for bigger, more rectangular, card-shaped ones."""
    image_area = float(shape[0] * shape[1])
    if corners_on_border(quad, shape) > max_border_corners:
        return 0.0
    quad_area = float(cv2.contourArea(quad.astype(np.float32)))
    if quad_area <= 0:
        return 0.0
    fraction = quad_area / image_area
    if not min_area_fraction <= fraction <= max_area_fraction:
        return 0.0
    if not cv2.isContourConvex(quad.astype(np.float32)):
        return 0.0
    width, height = quad_size(quad)
    aspect = max(width, height) / max(1.0, min(width, height))
    lo, hi = CARD_ASPECT_RANGE
    if not lo <= aspect <= hi:
        return 0.0
    fill = min(1.0, contour_area / quad_area)
    return fill * (0.5 + 0.5 * min(1.0, fraction / 0.5))


def _quads_from_mask(mask: np.ndarray, strategy: str, *, max_contours: int = 5) -> list[Candidate]:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found = []
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:max_contours]:
        area = float(cv2.contourArea(contour))
        hull = cv2.convexHull(contour)
        peri = cv2.arcLength(hull, True)
        approx = cv2.approxPolyDP(hull, 0.02 * peri, True)
        if len(approx) == 4:
            quad = order_corners(approx)
        else:
            # Rounded or clipped corners: the minimum-area rectangle is a fair outline.
            quad = order_corners(cv2.boxPoints(cv2.minAreaRect(hull)))
            area *= 0.9  # trust a fitted rectangle a little less than a true four-gon
        score = score_quad(quad, area, mask.shape)
        if score > 0:
            found.append(Candidate(quad, score, strategy))
    return found


def edge_candidates(gray: np.ndarray, *, blur_fraction: float = 0.006) -> list[Candidate]:
    """Strategy 1: closed outlines from Canny edges (card edge against any background)."""
    k = max(3, int(min(gray.shape) * blur_fraction) | 1)
    blurred = cv2.GaussianBlur(gray, (k, k), 0)
    edges = cv2.Canny(blurred, 30, 100)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, kernel, iterations=2)
    return _quads_from_mask(closed, "edges")


def brightness_candidates(gray: np.ndarray, *, blur_fraction: float = 0.02) -> list[Candidate]:
    """Strategy 2: the card as a region brighter (or darker) than its background (Otsu)."""
    k = max(3, int(min(gray.shape) * blur_fraction) | 1)
    blurred = cv2.GaussianBlur(gray, (k, k), 0)
    _, light = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    found = []
    for mask, name in ((light, "bright"), (255 - light, "dark")):
        opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
        found.extend(_quads_from_mask(opened, name))
    return found


def find_card(
    image: np.ndarray, *, work_size: int = 800, min_score: float = 0.55
) -> np.ndarray | None:
    """The best card outline in ``image`` (full-resolution coordinates), or None."""
    scale = work_size / max(image.shape[:2])
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    candidates = edge_candidates(gray) + brightness_candidates(gray)
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.score)
    if best.score < min_score:
        return None
    return best.quad / scale
