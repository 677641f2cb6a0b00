import numpy as np
import pytest

from cardscan.preprocess import prepare
from cardscan.preprocess.card import corners_on_border, find_card, order_corners
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
