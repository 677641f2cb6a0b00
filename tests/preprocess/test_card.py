import numpy as np
import pytest

from cardscan.preprocess import prepare
from cardscan.preprocess.card import (
    Candidate,
    corners_on_border,
    drop_unions,
    find_card,
    gap_between,
    order_corners,
    reading_order,
    suppress_overlaps,
)
from cardscan.preprocess.card_shape import aspect_score, plausible_outline
from tests.conftest import place_on_background, render_card


def test_order_corners():
    pts = np.float32([[10, 90], [100, 10], [10, 10], [100, 90]])
    assert order_corners(pts).tolist() == [[10, 10], [100, 10], [100, 90], [10, 90]]


def test_corners_on_border():
    quad = np.float32([[0, 0], [99, 0], [99, 50], [40, 50]])
    assert corners_on_border(quad, (100, 100)) == 3


@pytest.mark.parametrize("dark", [False, True], ids=["light-card", "dark-card"])
def test_card_on_textured_background_is_found(dark):
    card = render_card([("Some Name", 60), ("Some Title", 36)], dark=dark)
    photo, truth = place_on_background(card)
    quad = find_card(photo)
    assert quad is not None, "no outline found"
    # every corner within 3 % of the photo's size of the true corner
    error = np.abs(quad - truth).max()
    assert error < 0.03 * max(photo.shape[:2]), (quad.tolist(), truth.tolist())


def test_flattened_card_has_card_aspect():
    card = render_card([("Some Name", 60)])
    photo, _ = place_on_background(card)
    (prepared,) = prepare(photo)
    h, w = prepared.image.shape[:2]
    assert prepared.outline is not None
    assert 1.5 < w / h < 1.95, (w, h)


def test_no_card_means_whole_image():
    flat = np.full((600, 800, 3), 200, np.uint8)
    (prepared,) = prepare(flat, long_side=1000)
    assert prepared.outline is None
    assert prepared.image.shape[:2] == (750, 1000)


def _cand(quad, score=0.9):
    return Candidate(np.float32(quad), score, "test")


def test_aspect_score_accepts_card_shapes_either_way():
    landscape = np.float32([[0, 0], [175, 0], [175, 100], [0, 100]])
    portrait = landscape[:, ::-1].copy()
    square = np.float32([[0, 0], [100, 0], [100, 100], [0, 100]])
    assert aspect_score(landscape) == 1.0, landscape.tolist()
    assert aspect_score(order_corners(portrait)) == 1.0, portrait.tolist()
    assert aspect_score(square) == 0.0, square.tolist()


def test_outline_along_the_frame_is_not_plausible():
    kwargs = dict(min_area_fraction=0.03, max_area_fraction=0.95, frame_margin_fraction=0.01)
    inside = np.float32([[100, 100], [500, 110], [495, 350], [95, 340]])
    along_left = np.float32([[0, 100], [400, 110], [395, 350], [0, 340]])
    assert plausible_outline(inside, (600, 800), **kwargs), inside.tolist()
    assert not plausible_outline(along_left, (600, 800), **kwargs), along_left.tolist()


def test_enclosing_outline_replaces_a_panel_printed_on_the_card():
    card = _cand([[100, 100], [450, 100], [450, 300], [100, 300]], 0.97)
    panel = _cand([[100, 100], [250, 100], [250, 300], [100, 300]], 1.0)
    kept = suppress_overlaps([panel, card], max_overlap=0.15)
    assert [k.quad.tolist() for k in kept] == [card.quad.tolist()], [k.quad for k in kept]


def test_a_card_in_two_touching_panels_is_one_card():
    """A coloured band beside a white field: both read as outlines, the whole card too."""
    field = _cand([[250, 100], [450, 100], [450, 300], [250, 300]], 0.8)
    band = _cand([[100, 100], [250, 100], [250, 300], [100, 300]], 1.0)
    card = _cand([[100, 100], [450, 100], [450, 300], [100, 300]], 0.7)
    chosen = suppress_overlaps(drop_unions([band, field, card], max_overlap=0.15), max_overlap=0.15)
    assert [c.quad.tolist() for c in chosen] == [card.quad.tolist()], [c.quad for c in chosen]


def test_two_cards_apart_stay_two_cards():
    left = _cand([[100, 100], [300, 100], [300, 220], [100, 220]], 1.0)
    right = _cand([[340, 100], [540, 100], [540, 220], [340, 220]], 0.9)
    both = _cand([[100, 100], [540, 100], [540, 220], [100, 220]], 0.8)
    assert gap_between(left.quad, right.quad) == 40.0
    chosen = suppress_overlaps(drop_unions([left, right, both], max_overlap=0.15), max_overlap=0.15)
    assert len(chosen) == 2, [c.quad for c in chosen]


def test_reading_order_rows_then_columns():
    bottom = _cand([[100, 500], [400, 500], [400, 680], [100, 680]])
    top_right = _cand([[500, 110], [800, 100], [800, 280], [500, 290]])
    top_left = _cand([[100, 100], [400, 100], [400, 280], [100, 280]])
    ordered = reading_order([bottom, top_right, top_left])
    assert ordered == [top_left, top_right, bottom], [c.quad[0].tolist() for c in ordered]
