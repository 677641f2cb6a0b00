"""RapidOCR counts the lines its classifier turned (OcrResult.turned): a reading that turned
none was read as the card stands, and needs no check for a card held upside down."""

from __future__ import annotations

import cv2

from cardscan.engines import get_engine
from cardscan.engines.rapidocr import turned_count
from tests.conftest import render_card

LINES = [
    ("Marguerite Osei", 60),
    ("Head of Procurement", 36),
    ("Tel +44 161 496 0734", 32),
    ("m.osei@harbourline.example", 30),
]


def test_only_lines_labelled_180_above_the_threshold_were_turned() -> None:
    classes = [("0", 0.99), ("180", 0.95), ("180", 0.85), ("0", 0.6), ("180", 0.91)]
    assert turned_count(classes, 0.9) == 2, classes
    assert turned_count(None, 0.9) == 0


def test_an_upright_card_turns_no_line_and_an_upside_down_one_turns_them() -> None:
    card = render_card(LINES)
    engine = get_engine("rapidocr")
    upright = engine.recognize(card)
    turned = engine.recognize(cv2.rotate(card, cv2.ROTATE_180))
    assert upright.turned == 0, upright.text
    assert turned.turned >= len(LINES) - 1, (turned.turned, turned.text)
