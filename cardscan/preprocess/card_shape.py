"""How card-like an outline is: its aspect ratio, its corners, its sides' support and its
size, each a score from 0 to 1 or a veto (card.py weighs them)."""

from __future__ import annotations

import cv2
import numpy as np

from cardscan.preprocess.quads import corners_on_border, quad_area, side_on_frame

# Business cards are 1.4–1.9 times as long as they are wide (ISO 7810 ID-1 is 1.59,
# US cards 1.75, Japanese 1.65); perspective stretches the outline either way.
CARD_ASPECT_RANGE = (1.15, 2.45)
CARD_ASPECT_TYPICAL = (1.4, 2.1)


def quad_aspect(quad: np.ndarray) -> float:
    """Long side over short side, each the mean of two opposite sides (perspective shortens
    one of each pair; the mean is closer to the card's own shape than the longer one)."""
    sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
    across, down = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    return float(max(across, down) / max(1.0, min(across, down)))


def aspect_score(
    quad: np.ndarray,
    *,
    limits: tuple[float, float] = CARD_ASPECT_RANGE,
    typical: tuple[float, float] = CARD_ASPECT_TYPICAL,
) -> float:
    """1 inside the typical card aspect ratios (either orientation), falling linearly to 0 at
    the limits that perspective can still explain."""
    aspect = quad_aspect(quad)
    lo, hi = limits
    if not lo <= aspect <= hi:
        return 0.0
    if aspect < typical[0]:
        return (aspect - lo) / (typical[0] - lo)
    if aspect > typical[1]:
        return (hi - aspect) / (hi - typical[1])
    return 1.0


def corner_angles(quad: np.ndarray) -> np.ndarray:
    """Interior angles at the four corners, in degrees."""
    prev = np.roll(quad, 1, axis=0) - quad
    nxt = np.roll(quad, -1, axis=0) - quad
    cos = (prev * nxt).sum(axis=1) / np.maximum(
        1e-6, np.linalg.norm(prev, axis=1) * np.linalg.norm(nxt, axis=1)
    )
    return np.degrees(np.arccos(np.clip(cos, -1, 1)))


def squareness_score(
    quad: np.ndarray, *, free_deg: float = 8.0, max_deviation_deg: float = 35.0
) -> float:
    """1 when every corner is within ``free_deg`` of a right angle (mild perspective), 0 at
    ``max_deviation_deg``: a card seen so obliquely is not worth flattening anyway."""
    deviation = float(np.abs(corner_angles(quad) - 90).max())
    return float(np.clip((max_deviation_deg - deviation) / (max_deviation_deg - free_deg), 0, 1))


def edge_score(support: np.ndarray) -> float:
    """How well all four sides lie on strong straight edges: the weakest side counts as much
    as the average, since one invented side is exactly how a crop cuts a card."""
    return float(0.5 * support.min() + 0.5 * support.mean())


def area_score(fraction: float, *, small_fraction: float) -> float:
    """Mild preference for larger outlines: small boxes are more often a logo or a photo
    printed on the card than a card, and a wrong small crop loses most of the card."""
    return float(min(1.0, fraction / small_fraction) ** 0.5)


def plausible_outline(
    quad: np.ndarray,
    shape: tuple[int, ...],
    *,
    min_area_fraction: float,
    max_area_fraction: float,
    frame_margin_fraction: float,
) -> bool:
    """Hard vetoes: convex, not tiny, not the whole photo, not cut by the photo's frame (two
    corners on it, or a side along it)."""
    if not cv2.isContourConvex(quad.astype(np.float32)):
        return False
    fraction = quad_area(quad) / float(shape[0] * shape[1])
    if not min_area_fraction <= fraction <= max_area_fraction:
        return False
    if corners_on_border(quad, shape, margin_fraction=frame_margin_fraction) > 1:
        return False
    return not side_on_frame(quad, shape, margin_fraction=frame_margin_fraction)
