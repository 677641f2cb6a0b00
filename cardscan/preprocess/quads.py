"""Quadrilateral helpers shared by the card-finding strategies: ordering, size, overlap."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True, eq=False)  # compared by identity: fields hold arrays
class Candidate:
    quad: np.ndarray  # 4×2 float32, ordered top-left, top-right, bottom-right, bottom-left
    score: float  # 0..1, higher is more card-like
    strategy: str  # which proposal strategy found it (for debugging and benchmarks)


def order_corners(points: np.ndarray) -> np.ndarray:
    """Order four points as top-left, top-right, bottom-right, bottom-left."""
    pts = np.asarray(points, dtype=np.float32).reshape(4, 2)
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()
    ordered = np.array(
        [pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]],
        dtype=np.float32,
    )
    if len({tuple(p) for p in ordered.tolist()}) == 4:
        return ordered
    # A card tilted near 45° can make the sum/difference rule pick one point twice; order
    # by angle around the centre instead, starting from the point nearest the top-left.
    centre = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0])
    ring = pts[np.argsort(angles)]  # clockwise in image coordinates (y down)
    start = int(np.argmin(ring.sum(axis=1)))
    return np.roll(ring, -start, axis=0).astype(np.float32)


def quad_size(quad: np.ndarray) -> tuple[float, float]:
    """Width and height of a quadrilateral: the longer of each pair of opposite sides."""
    tl, tr, br, bl = quad
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    return float(width), float(height)


def quad_area(quad: np.ndarray) -> float:
    return float(abs(cv2.contourArea(np.asarray(quad, np.float32))))


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


def side_on_frame(
    quad: np.ndarray, shape: tuple[int, ...], *, margin_fraction: float = 0.01
) -> bool:
    """True when one side runs along the image's frame: the card continues outside the photo
    (or the outline is the photo itself), so flattening it would cut the card."""
    height, width = shape[:2]
    margin = margin_fraction * max(height, width)
    for a, b in zip(quad, np.roll(quad, -1, axis=0)):
        for axis, limit in ((0, width - 1), (1, height - 1)):
            if max(a[axis], b[axis]) <= margin or min(a[axis], b[axis]) >= limit - margin:
                return True
    return False


def expand_quad(quad: np.ndarray, fraction: float) -> np.ndarray:
    """Push every corner away from the centre by ``fraction`` of its distance: a thin margin
    so a corner placed a pixel inside the card edge cannot shave text off the flattened card."""
    centre = quad.mean(axis=0)
    return (centre + (quad - centre) * (1 + fraction)).astype(np.float32)


def intersection_area(a: np.ndarray, b: np.ndarray) -> float:
    """Area shared by two convex quadrilaterals."""
    area, _ = cv2.intersectConvexConvex(a.astype(np.float32), b.astype(np.float32))
    return float(area)


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Shared area over the smaller quad's area: 1 when one lies inside the other."""
    smaller = min(quad_area(a), quad_area(b))
    return intersection_area(a, b) / smaller if smaller > 0 else 0.0


def inside_fraction(inner: np.ndarray, outer: np.ndarray) -> float:
    """Share of ``inner``'s area that lies within ``outer``."""
    area = quad_area(inner)
    return intersection_area(inner, outer) / area if area > 0 else 0.0


def encloses(outer: np.ndarray, inner: np.ndarray) -> bool:
    """``inner`` lies (nine tenths of it) inside the larger ``outer``."""
    return inside_fraction(inner, outer) > 0.9 and quad_area(outer) > quad_area(inner)


def made_of_panels(
    outer: np.ndarray,
    parts: list[np.ndarray],
    *,
    min_fill: float = 0.85,
    max_gap: float = 0.02,
    max_aspect: float = 2.2,
) -> bool:
    """Rule: ``outer`` is one card printed in panels (a coloured band beside a white field)
    when it encloses every part, the parts fill at least ``min_fill`` of it, each touches
    another (a gap under ``max_gap`` of the card's size) and it is shaped like a card (long
    side at most ``max_aspect`` times the short one). Two cards lying apart leave a gap."""
    if not all(encloses(outer, part) for part in parts):
        return False
    area = quad_area(outer)
    if sum(quad_area(p) for p in parts) < min_fill * area:
        return False
    sides = np.linalg.norm(np.roll(outer, -1, axis=0) - outer, axis=1)
    if max(sides) > max_aspect * min(sides):
        return False
    least = max_gap * float(np.sqrt(area))
    return all(
        any(gap_between(a, b) <= least for j, b in enumerate(parts) if j != i)
        for i, a in enumerate(parts)
    )


def gap_between(a: np.ndarray, b: np.ndarray) -> float:
    """The distance between two outlines: the nearest corner of either to the other's sides
    (0 when a corner lies inside the other)."""

    def nearest(corners: np.ndarray, other: np.ndarray) -> float:
        contour = other.reshape(-1, 1, 2).astype(np.float32)
        return min(
            max(0.0, -cv2.pointPolygonTest(contour, (float(x), float(y)), True))
            for x, y in corners.reshape(-1, 2)
        )

    return min(nearest(a, b), nearest(b, a))


def panel_unions(quads: list[np.ndarray], *, max_gap: float = 0.02) -> list[np.ndarray]:
    """Rule: two outlines that touch and together make one card-shaped outline
    (:func:`made_of_panels`: a coloured band over a white field, each found alone by its
    colour) propose that outline, the smallest rectangle around both."""
    out = []
    for i, a in enumerate(quads):
        for b in quads[i + 1 :]:
            both = np.concatenate([a, b]).astype(np.float32)
            union = order_corners(cv2.boxPoints(cv2.minAreaRect(both)))
            if made_of_panels(union, [a, b], max_gap=max_gap):
                out.append(union)
    return out
