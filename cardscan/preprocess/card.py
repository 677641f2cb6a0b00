"""Find the business cards in a photo: outlines proposed by several strategies, every one
straightened onto the image's edges and scored by the same card-likeness rules.

Pure functions: pixels in, quadrilaterals (4×2 float32 arrays, TL, TR, BR, BL, in the
coordinates of the image passed in) out. All the work happens on a copy scaled to a fixed
working size, and every length threshold is a fraction of that copy's long side, so the same
photo at any resolution gives the same outlines.

Precision matters more than recall: a wrong outline cuts text off, while no outline falls back
to the whole photo, which still reads. So every rule can veto, and ties go to "no outline".
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cardscan.preprocess.card_shape import (
    CARD_ASPECT_RANGE,
    area_score,
    aspect_score,
    edge_score,
    plausible_outline,
    squareness_score,
)
from cardscan.preprocess.quads import (
    Candidate,
    corners_on_border,
    encloses,
    expand_quad,
    gap_between,
    inside_fraction,
    made_of_panels,
    order_corners,
    overlap,
    panel_unions,
    quad_area,
    quad_size,
)
from cardscan.preprocess.regions import region_proposals
from cardscan.preprocess.segments import line_quads
from cardscan.preprocess.sides import EdgeMap, refine_quad, side_support

__all__ = [
    "CARD_ASPECT_RANGE",
    "Candidate",
    "FinderSettings",
    "corners_on_border",
    "enclosing_outline",
    "find_card",
    "find_cards",
    "order_corners",
    "quad_size",
]

# ---------------------------------------------------------------- choosing among candidates


def _near_duplicate(quad: np.ndarray, kept: list[np.ndarray], tolerance: float) -> bool:
    return any(float(np.abs(quad - other).max()) < tolerance for other in kept)


def drop_unions(
    candidates: list[Candidate], *, max_overlap: float, min_gap: float = 0.02
) -> list[Candidate]:
    """Drop outlines that contain two or more separate good outlines lying apart (a gap of at
    least ``min_gap`` of the outline's size): that is a pair of cards (with the table between
    them) seen as one, not a card. Parts that touch are panels of one card."""
    kept = []
    for outer in candidates:
        inner = [
            c.quad
            for c in candidates
            if c is not outer
            and quad_area(c.quad) < 0.7 * quad_area(outer.quad)
            and inside_fraction(c.quad, outer.quad) > 0.9
        ]
        least = min_gap * float(np.sqrt(quad_area(outer.quad)))
        separate = any(
            overlap(a, b) < max_overlap and gap_between(a, b) > least
            for i, a in enumerate(inner)
            for b in inner[i + 1 :]
        )
        if not separate:
            kept.append(outer)
    return kept


def suppress_overlaps(
    candidates: list[Candidate], *, max_overlap: float, contain_ratio: float = 0.95
) -> list[Candidate]:
    """Greedy non-maximum suppression, best score first, with two exceptions: an outline that
    encloses a kept one and scores nearly as well replaces it, because the smaller one is
    then a panel, photo or colour band printed on the card, and cropping to it cuts text; and
    an outline whose kept parts touch and fill it (:func:`made_of_panels`) replaces them."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: -c.score):
        clashing = [k for k in kept if overlap(cand.quad, k.quad) > max_overlap]
        if not clashing:
            kept.append(cand)
            continue
        if len(clashing) == 1:
            inner = clashing[0]
            if encloses(cand.quad, inner.quad) and cand.score >= contain_ratio * inner.score:
                kept[kept.index(inner)] = cand
        elif made_of_panels(cand.quad, [k.quad for k in clashing]):
            kept = [k for k in kept if k not in clashing] + [cand]
    return kept


def reading_order(candidates: list[Candidate]) -> list[Candidate]:
    """Top to bottom, then left to right within a row (centres less than half a card's height
    apart share a row)."""
    rest = sorted(candidates, key=lambda c: float(c.quad[:, 1].mean()))
    ordered: list[Candidate] = []
    while rest:
        first = rest[0]
        half = 0.5 * float(np.ptp(first.quad[:, 1]))
        row = [c for c in rest if float(c.quad[:, 1].mean() - first.quad[:, 1].mean()) < half]
        ordered.extend(sorted(row, key=lambda c: float(c.quad[:, 0].mean())))
        rest = [c for c in rest if c not in row]
    return ordered


# ---------------------------------------------------------------- the finder


def working_copy(image: np.ndarray, work_size: int) -> np.ndarray:
    """``image`` scaled so its long side is ``work_size``; a big photo is first shrunk by a
    whole factor (OpenCV's fast area-averaging path), then to the exact size."""
    long_side = max(image.shape[:2])
    factor = long_side // work_size
    if factor >= 2:
        image = cv2.resize(image, None, fx=1 / factor, fy=1 / factor, interpolation=cv2.INTER_AREA)
    scale = work_size / max(image.shape[:2])
    h, w = image.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    return cv2.resize(image, size, interpolation=interp)


@dataclass(frozen=True)
class FinderSettings:
    """Every threshold of the finder. Lengths (``*_fraction``) are fractions of the working
    copy's long side (so they scale with the photo); areas are fractions of its area."""

    work_size: int = 800  # long side of the working copy, pixels
    min_score: float = 0.6  # outlines scoring less are not trusted (0..1)
    min_area_fraction: float = 0.03  # smaller outlines are logos or photos printed on cards
    small_area_fraction: float = 0.08  # below this, the area score starts to fall
    max_area_fraction: float = 0.95  # larger outlines are the photo itself
    frame_margin_fraction: float = 0.01  # a corner this close to the frame is "on" it
    blur_fraction: float = 0.0015  # Gaussian sigma before measuring edges
    close_fraction: float = 0.006  # closing kernel that joins broken Canny outlines
    region_blur_fraction: float = 0.02  # smoothing before the colour thresholds
    search_band_fraction: float = 0.02  # how far a side may move when snapped to an edge
    support_band_fraction: float = 0.004  # how far from a side its edge may wander
    contrast_offset_fraction: float = 0.006  # where the colours either side of an edge are read
    samples_per_side: int = 40  # points measured along each side of an outline
    min_line_fraction: float = 0.12  # shortest straight segment worth proposing sides from
    # Canny hysteresis for line segments: low, since a white card on a white table has a
    # faint edge and the side scoring, not Canny, decides what is a card's edge
    line_canny: tuple[int, int] = (10, 30)
    max_line_quads: int = 12  # line-made quads refined per photo (the best by rough score)
    edge_threshold: float = 6.0  # grey levels per pixel for a side to count as an edge
    max_overlap: float = 0.15  # outlines sharing more of the smaller one's area compete
    expand_fraction: float = 0.01  # margin pushed outward around every outline found


def propose(small: np.ndarray, edges: EdgeMap, s: FinderSettings) -> list[tuple]:
    """(quad, fill, strategy) from every strategy, in working-copy coordinates: the colour
    regions first, then the quads made of straight segments ("lines")."""
    long_side = float(max(small.shape[:2]))
    # Masks only need the rough outline (refinement finds the edges): half size is plenty.
    half = cv2.resize(small, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    half_gray = cv2.cvtColor(half, cv2.COLOR_BGR2GRAY) if half.ndim == 3 else half
    up = np.array(small.shape[1::-1], np.float32) / np.array(half.shape[1::-1], np.float32)
    proposals: list[tuple] = [
        (p.quad * up, p.fill, p.strategy)
        for p in region_proposals(
            half,
            half_gray,
            min_area=s.min_area_fraction * half.shape[0] * half.shape[1],
            close_size=round(s.close_fraction * long_side / 2),
            blur_size=round(s.region_blur_fraction * long_side / 2),
            border_fraction=s.frame_margin_fraction * 2,
        )
    ]
    min_side = np.sqrt(s.min_area_fraction * small.shape[0] * small.shape[1] / 2)
    lines = line_quads(
        edges,
        min_length=s.min_line_fraction * long_side,
        min_side=min_side,
        samples=s.samples_per_side // 2,
        edge_threshold=s.edge_threshold,
        contrast_offset=max(2.0, s.contrast_offset_fraction * long_side),
        canny=s.line_canny,
    )
    # for a line quad the "fill" is how much of its sides the segments cover
    return proposals + [(q, coverage, "lines") for q, coverage in lines]


def _vetoes(s: FinderSettings, *, slack: float = 1.0) -> dict[str, float]:
    """The veto thresholds, loosened by ``slack`` for rough proposals refinement may still fix."""
    return {
        "min_area_fraction": s.min_area_fraction * slack,
        "max_area_fraction": s.max_area_fraction,
        "frame_margin_fraction": s.frame_margin_fraction * slack,
    }


def score_outline(
    quad: np.ndarray, fill: float, edges: EdgeMap, s: FinderSettings
) -> tuple[np.ndarray, float]:
    """Snap a proposal onto the image's edges and score it 0..1 (0 when a veto applies)."""
    shape = edges.shape
    long_side = float(max(shape))
    image_area = float(shape[0] * shape[1])
    band = max(2.0, s.search_band_fraction * long_side)
    quad = refine_quad(
        edges, quad, band=band, samples=s.samples_per_side, edge_threshold=s.edge_threshold
    )
    if not plausible_outline(quad, shape, **_vetoes(s)):
        return quad, 0.0
    support = side_support(
        edges,
        quad,
        band=max(1.0, s.support_band_fraction * long_side),
        samples=s.samples_per_side,
        edge_threshold=s.edge_threshold,
        contrast_offset=max(2.0, s.contrast_offset_fraction * long_side),
    )
    score = (
        edge_score(support)
        * aspect_score(quad)
        * squareness_score(quad)
        * area_score(quad_area(quad) / image_area, small_fraction=s.small_area_fraction)
        * (0.8 + 0.2 * fill)  # a solid region filling its outline is a little more credible
    )
    return quad, float(score)


def edge_map(small: np.ndarray, s: FinderSettings) -> EdgeMap:
    return EdgeMap.build(small, blur_sigma=max(0.5, s.blur_fraction * max(small.shape[:2])))


def _vetted(
    proposals: list[tuple], shape: tuple[int, ...], s: FinderSettings, seen: list[np.ndarray]
) -> list[tuple]:
    """The proposals that pass the cheap vetoes (most are not card-shaped at all) and are no
    near-duplicate of one in ``seen``, to which each kept one is added."""
    tolerance = max(1.0, s.support_band_fraction * max(shape[:2]))
    kept = []
    for quad, fill, strategy in proposals:
        if _near_duplicate(quad, seen, tolerance) or aspect_score(quad) == 0:
            continue
        if not plausible_outline(quad, shape, **_vetoes(s, slack=0.5)):
            continue
        seen.append(quad)
        kept.append((quad, fill, strategy))
    return kept


def _refined(proposals: list[tuple], edges: EdgeMap, s: FinderSettings) -> list[Candidate]:
    scored = []
    for quad, fill, strategy in proposals:
        quad, score = score_outline(quad, fill, edges, s)
        if score > 0:
            scored.append(Candidate(quad, round(score, 3), strategy))
    return scored


def _candidates(
    small: np.ndarray, edges: EdgeMap, s: FinderSettings
) -> tuple[list[Candidate], list[np.ndarray], list[np.ndarray]]:
    """The scored candidates (:func:`scored_candidates`), and for a later look at panels
    (:func:`_panel_candidates`) the colour regions proposed and those that passed the
    vetoes."""
    proposals = propose(small, edges, s)
    regions = [p for p in proposals if p[2] != "lines"]
    seen: list[np.ndarray] = []
    kept_regions = _vetted(regions, small.shape, s, seen)
    vetted_regions = list(seen)
    lines = _vetted([p for p in proposals if p[2] == "lines"], small.shape, s, seen)
    if len(lines) > s.max_line_quads:
        # Two cards' edges (and shadows) combine into dozens of quads; refining only the
        # best covered, card-shaped ones keeps the time bounded.
        lines.sort(key=lambda p: -p[1] * aspect_score(p[0]) * squareness_score(p[0]))
        lines = lines[: s.max_line_quads]
    scored = _refined(kept_regions + lines, edges, s)
    return scored, [quad for quad, _, _ in regions], vetted_regions


def scored_candidates(small: np.ndarray, edges: EdgeMap, s: FinderSettings) -> list[Candidate]:
    """Every proposal that survives the vetoes, refined and scored, on the working copy
    (before choosing among overlapping ones); useful for looking at why a card was missed."""
    return _candidates(small, edges, s)[0]


def _panel_candidates(
    regions: list[np.ndarray],
    vetted: list[np.ndarray],
    shape: tuple[int, ...],
    edges: EdgeMap,
    s: FinderSettings,
) -> list[Candidate]:
    """The unions of colour regions that make one card together (quads.panel_unions), no
    near-duplicate of a region already ``vetted``, refined and scored."""
    unions = [(quad, 1.0, "panels") for quad in panel_unions(regions)]
    return _refined(_vetted(unions, shape, s, list(vetted)), edges, s)


def find_cards(image: np.ndarray, *, max_cards: int = 4, **settings: float) -> list[Candidate]:
    """The cards in ``image``: outlines in full-resolution coordinates, in reading order, none
    overlapping another; empty when no outline is trustworthy (use the whole image then).
    ``settings`` override :class:`FinderSettings` fields (thresholds scaled to the image)."""
    s = FinderSettings(**settings)  # type: ignore[arg-type]
    small = working_copy(image, s.work_size)
    edges = edge_map(small, s)
    scored, regions, vetted = _candidates(small, edges, s)
    good = [c for c in scored if c.score >= s.min_score]
    if not good:
        # Cards printed in panels (a coloured band over a white field), each panel found
        # alone by its colour, on a table that gives no outline of the whole: their unions
        # are proposed only now, since a union refined to an outline found already moves
        # its corners by a pixel or two and changes a reading that was right.
        panels = _panel_candidates(regions, vetted, small.shape, edges, s)
        good = [c for c in panels if c.score >= s.min_score]
    chosen = suppress_overlaps(
        drop_unions(good, max_overlap=s.max_overlap), max_overlap=s.max_overlap
    )
    chosen = sorted(chosen, key=lambda c: -c.score)[:max_cards]
    to_full = np.array(
        [image.shape[1] / small.shape[1], image.shape[0] / small.shape[0]], np.float32
    )
    limit = np.array([image.shape[1] - 1, image.shape[0] - 1], np.float32)
    found = []
    for c in chosen:
        quad = np.clip(expand_quad(c.quad, s.expand_fraction) * to_full, 0, limit)
        found.append(Candidate(order_corners(quad), c.score, c.strategy))
    return reading_order(found)


def enclosing_outline(
    image: np.ndarray, outline: np.ndarray, *, min_growth: float = 1.5, **settings: float
) -> np.ndarray | None:
    """The best trusted outline in ``image`` that encloses ``outline`` (both in full-resolution
    coordinates) and is at least ``min_growth`` times its area, or None: where the card is
    when ``outline`` caught only a colour band or a panel printed on it."""
    s = FinderSettings(**settings)  # type: ignore[arg-type]
    small = working_copy(image, s.work_size)
    edges = edge_map(small, s)
    to_small = np.array(
        [small.shape[1] / image.shape[1], small.shape[0] / image.shape[0]], np.float32
    )
    inner = outline * to_small
    around = [
        c
        for c in scored_candidates(small, edges, s)
        if c.score >= s.min_score
        and encloses(c.quad, inner)
        and quad_area(c.quad) >= min_growth * quad_area(inner)
    ]
    if not around:
        return None
    best = max(around, key=lambda c: c.score)
    limit = np.array([image.shape[1] - 1, image.shape[0] - 1], np.float32)
    quad = np.clip(expand_quad(best.quad, s.expand_fraction) / to_small, 0, limit)
    return order_corners(quad)


def find_card(image: np.ndarray, **options: object) -> np.ndarray | None:
    """The best card outline in ``image`` (full-resolution coordinates), or None."""
    cards = find_cards(image, **options)  # type: ignore[arg-type]
    if not cards:
        return None
    return max(cards, key=lambda c: c.score).quad
