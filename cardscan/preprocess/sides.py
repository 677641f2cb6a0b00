"""A quad's sides against the image: how much of each side is a card-like edge, and snapping
the sides onto the edges nearby.

Everything samples the blurred working image at sub-pixel points, a few thousand per quad and
all four sides at once, which is far cheaper than full-image gradient maps. Lengths are in
pixels of the working image the :class:`EdgeMap` was built from.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cardscan.preprocess.quads import order_corners

_REMAP_COLUMNS = 1024  # cv2.remap wants maps narrower than 32767; fold long point lists


@dataclass(frozen=True)
class EdgeMap:
    """The blurred working image. Colour differences use all three channels, so a yellow card
    on a grey table of the same brightness still has an edge."""

    colour: np.ndarray  # blurred, float32, 3 channels
    gray: np.ndarray  # blurred grey uint8, for Canny

    @classmethod
    def build(cls, image: np.ndarray, *, blur_sigma: float) -> EdgeMap:
        blurred = cv2.GaussianBlur(image, (0, 0), blur_sigma)
        if blurred.ndim == 2:
            return cls(cv2.merge([blurred] * 3).astype(np.float32), blurred)
        return cls(blurred.astype(np.float32), cv2.cvtColor(blurred, cv2.COLOR_BGR2GRAY))

    @property
    def shape(self) -> tuple[int, int]:
        return self.gray.shape[:2]

    def sample(self, points: np.ndarray) -> np.ndarray:
        """Colours at sub-pixel ``points`` (..., 2) as (..., 3); the frame replicated outside the
        image, so the edge of the photo never looks like an edge in it."""
        flat = points.reshape(-1, 2).astype(np.float32)
        count = len(flat)
        rows = max(1, -(-count // _REMAP_COLUMNS))
        cols = min(count, _REMAP_COLUMNS) if count else 1
        padded = np.zeros((rows * cols, 2), np.float32)
        padded[:count] = flat
        maps = padded.reshape(rows, cols, 2)
        values = cv2.remap(
            self.colour, maps[..., 0], maps[..., 1], cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REPLICATE,
        )  # fmt: skip
        return values.reshape(-1, 3)[:count].reshape(*points.shape[:-1], 3)

    def across(self, points: np.ndarray, normal: np.ndarray) -> np.ndarray:
        """Colour gradient across ``normal`` (unit vectors, broadcast against ``points``
        (..., 2)), in grey levels per pixel (central difference)."""
        both = np.stack(np.broadcast_arrays(points + normal, points - normal))
        values = self.sample(both)
        diff = values[0] - values[1]
        return np.sqrt((diff * diff).sum(axis=-1)) / 2


def side_normals(quad: np.ndarray) -> np.ndarray:
    """Unit normals (4, 2) of sides TL→TR, TR→BR, BR→BL, BL→TL, pointing out of the quad."""
    vectors = np.roll(quad, -1, axis=0) - quad
    normals = np.stack([-vectors[:, 1], vectors[:, 0]], axis=1)
    normals /= np.maximum(1e-6, np.linalg.norm(normals, axis=1, keepdims=True))
    midpoints = (quad + np.roll(quad, -1, axis=0)) / 2
    outward = ((midpoints - quad.mean(axis=0)) * normals).sum(axis=1) >= 0
    return (normals * np.where(outward, 1, -1)[:, None]).astype(np.float32)


def side_points(quad: np.ndarray, samples: int) -> np.ndarray:
    """``samples`` points along the middle 84 % of each side (clear of rounded corners)."""
    t = np.linspace(0.08, 0.92, samples, dtype=np.float32)[None, :, None]
    return quad[:, None, :] + t * (np.roll(quad, -1, axis=0) - quad)[:, None, :]


def strongest_edges(
    edges: EdgeMap, points: np.ndarray, normals: np.ndarray, band: float
) -> tuple[np.ndarray, np.ndarray]:
    """At each of ``points`` (4, n, 2): the strongest edge within ±band across its side's
    normal, as moved points (4, n, 2) and strengths (4, n)."""
    offsets = np.arange(-band, band + 0.5, 1.0, dtype=np.float32)
    grid = points[:, :, None, :] + offsets[None, None, :, None] * normals[:, None, None, :]
    strength = edges.across(grid, normals[:, None, None, :])
    best = strength.argmax(axis=2)
    moved = np.take_along_axis(grid, best[..., None, None], axis=2)[:, :, 0]
    return moved, np.take_along_axis(strength, best[..., None], axis=2)[..., 0]


def edge_like(
    edges: EdgeMap,
    points: np.ndarray,
    normals: np.ndarray,
    *,
    edge_threshold: float,
    contrast_offset: float,
    consistency: float = 0.5,
) -> np.ndarray:
    """Which of ``points`` (m, n, 2) — n points on each of m straight edges with unit
    ``normals`` (m, 2) — look like a card's edge: sharp (gradient at least
    ``edge_threshold``) between colours that differ the same way as along the rest of that
    edge. A row of text or a wood-grain line is sharp too, but its contrast comes and goes
    (letters and gaps) or flips along it."""
    normal = normals[:, None, :]
    strength = edges.across(points, normal)
    values = edges.sample(
        np.stack([points - contrast_offset * normal, points + contrast_offset * normal])
    )
    contrast = values[0] - values[1]
    typical = np.median(contrast, axis=1, keepdims=True)
    tolerance = consistency * np.maximum(np.linalg.norm(typical, axis=2), edge_threshold)
    consistent = np.linalg.norm(contrast - typical, axis=2) <= tolerance
    return (strength >= edge_threshold) & consistent


def side_support(
    edges: EdgeMap,
    quad: np.ndarray,
    *,
    band: float,
    samples: int,
    edge_threshold: float,
    contrast_offset: float,
) -> np.ndarray:
    """For each side, the share of its length within ±band pixels of which there is a
    card-like edge (see :func:`edge_like`)."""
    normals = side_normals(quad)
    points, _ = strongest_edges(edges, side_points(quad, samples), normals, band)
    good = edge_like(
        edges, points, normals, edge_threshold=edge_threshold, contrast_offset=contrast_offset
    )
    return good.mean(axis=1)


def _intersect(p: np.ndarray, d: np.ndarray, q: np.ndarray, e: np.ndarray) -> np.ndarray | None:
    """Where line p + s·d meets line q + t·e (None when they are nearly parallel)."""
    det = d[0] * (-e[1]) - d[1] * (-e[0])
    if abs(det) < 1e-6:
        return None
    s = ((q[0] - p[0]) * (-e[1]) - (q[1] - p[1]) * (-e[0])) / det
    return p + s * d


def _fit(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A robust straight line through ``points``: (point on it, unit direction)."""
    vx, vy, x0, y0 = cv2.fitLine(points, cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    return np.array([x0, y0], np.float32), np.array([vx, vy], np.float32)


def _corners(lines: list[tuple[np.ndarray, np.ndarray]], quad: np.ndarray, limit: float):
    """Corners where consecutive side lines cross, or None when one wandered more than
    ``limit`` pixels from the corner it replaces (the fit latched onto something else)."""
    corners = []
    for i in range(4):
        corner = _intersect(*lines[i - 1], *lines[i])
        if corner is None or np.linalg.norm(corner - quad[i]) > limit:
            return None
        corners.append(corner)
    return order_corners(np.array(corners, np.float32))


def refine_quad(
    edges: EdgeMap,
    quad: np.ndarray,
    *,
    band: float,
    samples: int,
    edge_threshold: float,
    min_fit_fraction: float = 0.4,
) -> np.ndarray:
    """Snap each side to the strongest straight edge within ±band of it (robust line fit)
    and re-intersect neighbouring sides; sides with too little edge along them stay put."""
    normals = side_normals(quad)
    points, strength = strongest_edges(edges, side_points(quad, samples), normals, band)
    lines = []
    for i in range(4):
        strong = strength[i] >= edge_threshold
        if strong.mean() < min_fit_fraction:
            lines.append((quad[i].astype(np.float32), np.array([normals[i][1], -normals[i][0]])))
        else:
            lines.append(_fit(points[i][strong]))
    refined = _corners(lines, quad, 3 * band)
    return quad if refined is None else refined
