"""Text left outside the card outlines: another card the finder missed, or the rest of one."""

from __future__ import annotations

import cv2
import numpy as np

from cardscan.preprocess.leftover import text_outside, without_cards
from cardscan.preprocess.quads import inside_fraction
from tests.conftest import render_card, warp_onto

WHITE = [
    ("Orla Brennan", 60),
    ("Chief Engineer", 36),
    ("Brennan Marine Engineering Ltd", 36),
    ("orla@brennan.ie", 32),
]
DARK = [
    ("Tomas Vidal", 60),
    ("Head of Sales", 36),
    ("Vidal Logistica Integral S.L.", 36),
    ("tomas@vidal.es", 32),
]
# Where the cards lie on a 1600 × 1800 photo: one above the other, a strip of table between.
UPPER = np.float32([[120, 100], [1300, 150], [1270, 800], [90, 760]])
LOWER = np.float32([[200, 1000], [1450, 1040], [1410, 1700], [170, 1660]])


def dark_table(cards: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """The cards warped onto a dark, noisy table (1600 × 1800)."""
    rng = np.random.default_rng(5)
    photo = np.clip(38 + rng.normal(0, 6, (1800, 1600, 1)), 0, 255).astype(np.uint8)
    photo = photo.repeat(3, axis=2)
    for card, dst in cards:
        warp_onto(photo, card, dst)
    return photo


def test_the_text_of_a_card_the_finder_missed_is_boxed() -> None:
    photo = dark_table([(render_card(WHITE), UPPER), (render_card(DARK, dark=True), LOWER)])
    box = text_outside(photo, [UPPER])
    assert box is not None
    assert inside_fraction(box, UPPER) < 0.1, box.round().tolist()
    # The dark card's lines (its upper left, where render_card writes) are in the box.
    text_corner = LOWER[0] + np.float32([90, 70])
    assert cv2.pointPolygonTest(box.reshape(-1, 1, 2), tuple(map(float, text_corner)), False) > 0


def test_text_running_up_to_an_outline_is_that_cards_own() -> None:
    """The outline caught the right half of a card (a colour panel): the text beside it is
    the rest of that card, not another one."""
    wide = render_card([("Orla Brennan of Brennan Engineering", 60), *WHITE[1:]], size=(1600, 600))
    photo = dark_table([(wide, UPPER)])
    right_half = np.float32([UPPER[0] + (UPPER[1] - UPPER[0]) * 0.6, UPPER[1], UPPER[2],
                             UPPER[3] + (UPPER[2] - UPPER[3]) * 0.6])  # fmt: skip
    assert text_outside(photo, [right_half]) is None


def test_a_bare_table_around_the_card_holds_no_text() -> None:
    photo = dark_table([(render_card(WHITE), UPPER)])
    assert text_outside(photo, [UPPER]) is None


def test_the_found_cards_are_painted_over_in_the_tables_colour() -> None:
    photo = dark_table([(render_card(WHITE), UPPER)])
    painted = without_cards(photo, [UPPER])
    inside = np.zeros(photo.shape[:2], np.uint8)
    cv2.fillConvexPoly(inside, UPPER.astype(np.int32), 255)
    assert painted[inside > 0].std() == 0  # one colour
    assert abs(float(painted[inside > 0].mean()) - 38) < 5  # the table's
    assert (painted[inside == 0] == photo[inside == 0]).all()  # the rest untouched
