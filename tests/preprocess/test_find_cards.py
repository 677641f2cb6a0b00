"""find_cards on rendered photos: several cards, busy backgrounds, no card, scale."""

import cv2
import numpy as np
import pytest

from bench.synth import make_card, make_pair
from cardscan.preprocess.card import enclosing_outline, find_cards
from tests.conftest import render_card, warp_onto


def corner_error(quad: np.ndarray, truth: np.ndarray) -> float:
    """Largest corner distance, whichever corner the truth starts from (rotated photos)."""
    truth = np.asarray(truth, np.float32)
    return min(
        float(np.linalg.norm(np.roll(q, s, axis=0) - truth, axis=1).max())
        for q in (quad, quad[::-1])
        for s in range(4)
    )


def place_cards(
    cards: list[np.ndarray], quads: list[np.ndarray], *, canvas: tuple[int, int] = (1600, 1200)
) -> np.ndarray:
    """Cards warped onto a mid-grey noisy table at the given corner positions."""
    width, height = canvas
    rng = np.random.default_rng(1)
    photo = np.clip(110 + rng.normal(0, 10, (height, width, 1)), 0, 255).astype(np.uint8)
    photo = photo.repeat(3, axis=2)
    for card, dst in zip(cards, quads):
        warp_onto(photo, card, dst)
    return photo


def test_two_cards_side_by_side_in_reading_order():
    left = render_card([("Left Person", 60), ("Left Title", 36)])
    right = render_card([("Right Person", 60), ("Right Title", 36)], dark=True)
    truths = [
        np.float32([[60, 420], [760, 400], [770, 810], [70, 820]]),
        np.float32([[830, 380], [1540, 410], [1530, 820], [820, 800]]),
    ]
    photo = place_cards([left, right], truths)
    found = find_cards(photo)
    quads = [c.quad.round().tolist() for c in found]
    assert len(found) == 2, quads
    for cand, truth in zip(found, truths):  # reading order: left card first
        assert corner_error(cand.quad, truth) < 0.03 * 1600, (quads, truths)


def test_two_stacked_cards_from_synth_pair():
    image, cards = make_pair(1000)
    truths = cards[0].meta["effects"]["quads"]
    found = find_cards(image)
    quads = [c.quad.round().tolist() for c in found]
    assert len(found) == 2, quads
    for cand, truth in zip(found, truths):  # reading order: top card first
        assert corner_error(cand.quad, truth) < 0.03 * max(image.shape[:2]), (quads, truths)


@pytest.mark.parametrize("seed", [0, 6, 10], ids=["wood", "wood-dark-card", "wood-2"])
def test_card_on_busy_background_is_found(seed):
    card = make_card(seed, photo=True)
    truth = card.meta["effects"]["quad"]
    found = find_cards(card.image)
    quads = [c.quad.round().tolist() for c in found]
    assert len(found) == 1, (card.meta["effects"]["background"], quads, truth)
    error = corner_error(found[0].quad, truth)
    assert error < 0.03 * max(card.image.shape[:2]), (quads, truth, error)


@pytest.mark.parametrize("kind", ["blank", "noise", "gradient"])
def test_no_card_gives_no_outline(kind):
    rng = np.random.default_rng(3)
    if kind == "blank":
        image = np.full((900, 1200, 3), 180, np.uint8)
    elif kind == "noise":
        image = rng.integers(0, 256, (900, 1200, 3), dtype=np.uint8)
    else:
        image = np.linspace(40, 220, 1200, dtype=np.float32)[None, :, None]
        image = np.broadcast_to(image, (900, 1200, 3)).astype(np.uint8)
    found = find_cards(image)
    assert found == [], (kind, [c.quad.round().tolist() for c in found])


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_flat_render_filling_the_frame_gives_no_outline(dark):
    flat = render_card([("Frame Filler", 60), ("Whole Image", 36)], dark=dark)
    found = find_cards(flat)
    assert found == [], [c.quad.round().tolist() for c in found]


def test_synth_flat_render_gives_no_outline():
    card = make_card(2, photo=False)
    found = find_cards(card.image)
    assert found == [], [c.quad.round().tolist() for c in found]


def test_thresholds_scale_with_image_size():
    card = make_card(0, photo=True)
    big = card.image
    small = cv2.resize(big, None, fx=0.45, fy=0.45, interpolation=cv2.INTER_AREA)
    (found_big,) = find_cards(big)
    (found_small,) = find_cards(small)
    relative_big = found_big.quad / np.float32(big.shape[1::-1])
    relative_small = found_small.quad / np.float32(small.shape[1::-1])
    assert np.abs(relative_big - relative_small).max() < 0.01, (
        relative_big.tolist(),
        relative_small.tolist(),
    )


def test_candidates_are_ordered_quads_with_scores():
    card = make_card(0, photo=True)
    (found,) = find_cards(card.image)
    tl, tr, br, bl = found.quad
    assert found.quad.shape == (4, 2) and found.quad.dtype == np.float32
    assert tl[0] < tr[0] and bl[0] < br[0] and tl[1] < bl[1] and tr[1] < br[1], found.quad
    assert 0.0 < found.score <= 1.0 and found.strategy, (found.score, found.strategy)


def test_max_cards_limits_the_result():
    image, _ = make_pair(1000)
    found = find_cards(image, max_cards=1)
    assert len(found) == 1, [c.quad.round().tolist() for c in found]


def test_the_outline_around_a_colour_band_is_the_card():
    card = np.full((400, 700, 3), 250, np.uint8)
    card[:, 460:] = (160, 90, 20)  # a blue band along the right side, printed on the card
    cv2.putText(card, "Jane Roe", (40, 120), cv2.FONT_HERSHEY_SIMPLEX, 1.6, (30, 30, 30), 3)
    truth = np.float32([[300, 400], [1300, 400], [1300, 971], [300, 971]])
    photo = place_cards([card], [truth])
    band = np.float32([[957, 400], [1300, 400], [1300, 971], [957, 971]])
    outer = enclosing_outline(photo, band)
    assert outer is not None
    assert corner_error(outer, truth) < 0.03 * 1600, outer.round().tolist()
    # Around the whole card there is only the table.
    assert enclosing_outline(photo, truth) is None


def test_a_white_card_beside_a_dark_one_on_a_pale_desk_is_found():
    """The dark card took the first split of "far from the table's colour" for itself, and
    the white card, nearer the pale desk's colour, went with the desk."""
    image, cards = make_pair(31455, mix="varied")  # rendered: a white card above a dark one
    truths = cards[0].meta["effects"]["quads"]
    found = find_cards(image)
    quads = [c.quad.round().tolist() for c in found]
    assert len(found) == 2, quads
    for cand, truth in zip(found, truths):
        assert corner_error(cand.quad, truth) < 0.03 * max(image.shape[:2]), (quads, truths)


def _banner_card(name: str, band: tuple[int, int, int]) -> np.ndarray:
    """A white card whose top three tenths are a band of one strong colour."""
    card = render_card([("", 60), ("", 36), (name, 56), ("Sales Manager", 34)])
    card[: int(0.3 * card.shape[0])] = band
    return card


def _bumpy_table(width: int, height: int) -> np.ndarray:
    """A grey table with a strong woven texture (a fabric): no straight edges to follow."""
    rng = np.random.default_rng(3)
    noise = rng.normal(0, 25, (height, width, 1))
    weave = np.sin(np.linspace(0, 120, width))[None, :, None]
    weave = 30 * weave * np.sin(np.linspace(0, 90, height))[:, None, None]
    return np.clip(150 + noise + weave, 0, 255).astype(np.uint8).repeat(3, axis=2)


def test_cards_in_two_colour_panels_on_a_woven_table_are_found_whole():
    """Each card's band and white field are found apart by their colours, and the table
    gives no outline of the whole card: the two panels make one card together."""
    truths = [
        np.float32([[120, 60], [1200, 110], [1180, 700], [100, 640]]),
        np.float32([[140, 980], [1280, 1040], [1250, 1640], [120, 1600]]),
    ]
    cards = [
        _banner_card("Nadia Okafor", (60, 30, 200)),
        _banner_card("Tomas Vidal", (140, 40, 190)),
    ]
    photo = _bumpy_table(1400, 1800)
    for card, truth in zip(cards, truths):
        warp_onto(photo, card, truth)
    found = find_cards(photo)
    quads = [c.quad.round().tolist() for c in found]
    assert len(found) == 2, quads
    for cand, truth in zip(found, truths):
        assert corner_error(cand.quad, truth) < 0.03 * 1800, (quads, truths)
