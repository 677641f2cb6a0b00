"""Line-segment proposals: quads whose four sides are long straight edges (the card's own
edges, found even when its colour matches the table's and no region stands out).

Lengths are in pixels of the working image the :class:`EdgeMap` was built from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from cardscan.preprocess.quads import order_corners
from cardscan.preprocess.sides import EdgeMap, edge_like


@dataclass
class Line:
    """Collinear Hough segments merged: normal angle, offset, total length, the segments."""

    theta: float
    rho: float
    length: float
    segments: list[np.ndarray] = field(default_factory=list)

    def coverage(self, p: np.ndarray, q: np.ndarray) -> float:
        """Share of the stretch p→q (on this line) that its segments cover."""
        direction = np.array([-np.sin(self.theta), np.cos(self.theta)], np.float32)
        lo, hi = sorted((float(p @ direction), float(q @ direction)))
        spans = sorted(
            sorted((float(seg[:2] @ direction), float(seg[2:] @ direction)))
            for seg in self.segments
        )
        covered, reach = 0.0, lo
        for start, end in spans:
            start, end = max(start, reach), min(end, hi)
            if end > start:
                covered += end - start
                reach = end
        return covered / max(1.0, hi - lo)


def _hough_segments(gray: np.ndarray, *, min_length: float, canny: tuple[int, int]) -> np.ndarray:
    """Straight Canny segments at least ``min_length`` long, as (n, 4) x1, y1, x2, y2."""
    segments = cv2.HoughLinesP(
        cv2.Canny(gray, *canny), 1, np.pi / 180, threshold=int(min_length / 2),
        minLineLength=min_length, maxLineGap=min_length / 8,
    )  # fmt: skip
    if segments is None:
        return np.zeros((0, 4), np.float32)
    return segments.reshape(-1, 4).astype(np.float32)  # OpenCV gives (n, 1, 4) or (n, 4)


def _edge_like_segments(
    edges: EdgeMap,
    segments: np.ndarray,
    *,
    samples: int,
    edge_threshold: float,
    contrast_offset: float,
    min_share: float = 0.6,
) -> np.ndarray:
    """Keep the segments that look like a card's edge along most of their length (text rows
    and wood grain give long Hough segments too, and outnumber the card's four edges)."""
    if len(segments) == 0:
        return segments
    a, b = segments[:, :2], segments[:, 2:]
    vectors = b - a
    normals = np.stack([-vectors[:, 1], vectors[:, 0]], axis=1)
    normals /= np.maximum(1e-6, np.linalg.norm(normals, axis=1, keepdims=True))
    t = np.linspace(0, 1, samples, dtype=np.float32)[None, :, None]
    points = a[:, None, :] + t * vectors[:, None, :]
    good = edge_like(
        edges, points, normals, edge_threshold=edge_threshold, contrast_offset=contrast_offset
    )
    return segments[good.mean(axis=1) >= min_share]


def _merge_collinear(segments: np.ndarray, *, rho_tolerance: float) -> list[Line]:
    """Collinear segments (one edge broken by a finger, glare or a corner) as one line,
    longest first."""
    merged: list[Line] = []
    angle_tol = np.deg2rad(3.0)
    for seg in segments:
        x1, y1, x2, y2 = (float(v) for v in seg)
        # the normal's angle, wrapped at the diagonals where card edges rarely lie, so that
        # near-vertical segments of one edge do not land on both ends of the range
        theta = (float(np.arctan2(x1 - x2, y2 - y1)) + np.pi / 4) % np.pi - np.pi / 4
        rho = x1 * np.cos(theta) + y1 * np.sin(theta)
        length = float(np.hypot(x2 - x1, y2 - y1))
        for line in merged:
            if abs(line.theta - theta) < angle_tol and abs(line.rho - rho) < rho_tolerance:
                total = line.length + length  # length-weighted means
                line.theta = (line.theta * line.length + theta * length) / total
                line.rho = (line.rho * line.length + rho * length) / total
                line.length = total
                line.segments.append(seg)
                break
        else:
            merged.append(Line(theta, rho, length, [seg]))
    merged.sort(key=lambda line: -line.length)
    return merged


def _cross(l1: Line, l2: Line) -> np.ndarray | None:
    a = np.array([[np.cos(l1.theta), np.sin(l1.theta)], [np.cos(l2.theta), np.sin(l2.theta)]])
    if abs(np.linalg.det(a)) < 1e-3:
        return None
    return np.linalg.solve(a, np.array([l1.rho, l2.rho])).astype(np.float32)


def _separation(l1: Line, l2: Line) -> float:
    """Distance from line l1 to the foot point of l2 (for nearly parallel lines)."""
    foot = l2.rho * np.array([np.cos(l2.theta), np.sin(l2.theta)])
    return float(abs(foot @ np.array([np.cos(l1.theta), np.sin(l1.theta)]) - l1.rho))


def _angle_between(t1: float, t2: float) -> float:
    d = abs(t1 - t2) % np.pi
    return min(d, np.pi - d)


def line_quads(
    edges: EdgeMap,
    *,
    min_length: float,
    min_side: float,
    samples: int,
    edge_threshold: float,
    contrast_offset: float,
    max_lines: int = 12,
    parallel_tolerance_deg: float = 20.0,
    square_tolerance_deg: float = 35.0,
    canny: tuple[int, int] = (30, 90),
    min_coverage: float = 0.5,
) -> list[tuple[np.ndarray, float]]:
    """Quads whose four sides are long straight card-like edges: two roughly parallel pairs
    that cross roughly at right angles (perspective bends both), corners inside the image,
    each side at least ``min_coverage`` covered by its segments; with the mean coverage."""
    segments = _hough_segments(edges.gray, min_length=min_length, canny=canny)
    segments = _edge_like_segments(
        edges, segments, samples=samples, edge_threshold=edge_threshold,
        contrast_offset=contrast_offset,
    )  # fmt: skip
    lines = _merge_collinear(segments, rho_tolerance=0.01 * max(edges.shape))[:max_lines]
    par, sq = np.deg2rad(parallel_tolerance_deg), np.deg2rad(square_tolerance_deg)
    pairs = [
        (lines[i], lines[j])
        for i in range(len(lines))
        for j in range(i + 1, len(lines))
        if _angle_between(lines[i].theta, lines[j].theta) < par
        and _separation(lines[i], lines[j]) >= min_side
    ]
    h, w = edges.shape
    quads = []
    for k, (a1, a2) in enumerate(pairs):
        for b1, b2 in pairs[k + 1 :]:
            if abs(_angle_between(a1.theta, b1.theta) - np.pi / 2) > sq:
                continue
            corners = [_cross(a1, b1), _cross(b1, a2), _cross(a2, b2), _cross(b2, a1)]
            if any(c is None for c in corners):
                continue
            pts = np.array(corners, np.float32)
            if pts[:, 0].min() < -2 or pts[:, 1].min() < -2:
                continue
            if pts[:, 0].max() > w + 1 or pts[:, 1].max() > h + 1:
                continue
            # side i runs from corner i to corner i + 1 along these lines
            coverage = [
                line.coverage(pts[i], pts[(i + 1) % 4]) for i, line in enumerate((b1, a2, b2, a1))
            ]
            if min(coverage) >= min_coverage:
                quads.append((order_corners(pts), float(np.mean(coverage))))
    return quads
