"""Long lines the line classifier turned by mistake are read again without it."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from cardscan.engines import get_engine
from cardscan.engines.rapidocr import line_cut, squeezed_by_classifier
from tests.conftest import _font


def quad(x: float, y: float, w: float, h: float) -> np.ndarray:
    return np.float32([[x, y], [x + w, y], [x + w, y + h], [x, y + h]])


@pytest.mark.parametrize(
    ("w", "h", "want"),
    [(800, 30, True), (240, 30, False), (241, 30, True), (30, 800, False), (100, 0, False)],
)
def test_squeezed_lines_are_the_long_ones(w: float, h: float, want: bool) -> None:
    assert squeezed_by_classifier(quad(10, 10, w, h)) is want, f"{w}×{h}"


def test_line_cut_straightens_a_tilted_box() -> None:
    image = np.zeros((200, 400, 3), np.uint8)
    image[50:80, 100:300] = 255  # the "line": a white bar
    cut = line_cut(image, quad(100, 50, 200, 30))
    assert cut.shape[:2] == (30, 200)
    assert cut.mean() > 250, "the cut holds only the bar"
    tilted = np.float32([[100, 60], [300, 40], [303, 70], [103, 90]])
    assert line_cut(image, tilted).shape[:2] == (30, 201)


def long_phone_line() -> np.ndarray:
    """A card's phone row in one colour, labels and numbers set 22 px apart, at a size where
    RapidOCR 3's line classifier (which squeezes a line to 4:1) takes its first line box for
    upside down, and the recogniser then reads scraps ("TE4 H D")."""
    parts = ["TELEFON", "+49 (0)40 71399464", "HANDY", "+49 (0)170 8982583"]
    img = Image.new("RGB", (1050, 200), (249, 247, 242))
    draw, x = ImageDraw.Draw(img), 60.0
    for part in parts:
        draw.text((x, 80), part, font=_font(24), fill=(30, 30, 30))
        x += draw.textlength(part, font=_font(24)) + 22
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


@pytest.fixture
def rapidocr():
    engine = get_engine("rapidocr")
    if not engine.available():
        pytest.skip(engine.unavailable_reason())
    return engine


def test_a_long_line_is_read_whole(rapidocr) -> None:
    text = " ".join(line.text for line in rapidocr.recognize(long_phone_line()).lines)
    assert "71399464" in text and "8982583" in text, text


def test_the_classifiers_misreading_is_what_was_replaced(rapidocr) -> None:
    raw = rapidocr._engine()(long_phone_line(), use_det=True, use_cls=True, use_rec=True)
    if "71399464" in " ".join(raw.txts or ()):
        pytest.skip("this RapidOCR's classifier reads the line right: nothing to read again")
    ours = [line.text for line in rapidocr.recognize(long_phone_line()).lines]
    assert any("71399464" in text for text in ours), f"raw {raw.txts}, ours {ours}"
