"""Tesseract's second reading of lines the first engine could not read
(cardscan.engines.second_reading)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.engines.second_reading import box_reading
from cardscan.models import Box

from .script_cards import KOREAN_FACE, NOTO, NOTO_CJK, needs


def stacked_lines(text: str, *, gap: int, size: int) -> tuple[np.ndarray, Box]:
    """A made-up card: a short Korean line printed ``gap`` pixels under a Latin name with
    descenders and over another Korean line, all ``size`` pixels; the card and the middle
    line's box."""
    img = Image.new("RGB", (600, 300), "white")
    draw = ImageDraw.Draw(img)
    korean = ImageFont.truetype(str(NOTO_CJK), size, index=KOREAN_FACE)
    latin = ImageFont.truetype(str(NOTO), size)
    x0, y0, x1, y1 = draw.textbbox((60, 120), text, font=korean)
    draw.text((60, 120), text, font=korean, fill="black")
    name_bottom = draw.textbbox((0, 0), "Jun-gyu Kimgy", font=latin)[3]
    draw.text((60, y0 - gap - name_bottom), "Jun-gyu Kimgy", font=latin, fill="black")
    below_top = draw.textbbox((0, 0), "영업부", font=korean)[1]
    draw.text((60, y1 + gap - below_top), "영업부", font=korean, fill="black")
    card = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    return card, Box(x0, y0, x1 - x0, y1 - y0)


@pytest.mark.parametrize("gap", [1, 2])
def test_a_short_line_between_close_neighbours_is_read(gap: int) -> None:
    """The cut around the line catches its neighbours' feet and heads, with which Tesseract
    reads nothing there, as a single line or raw."""
    needs("kor", NOTO_CJK)
    needs("Hangul", NOTO_CJK)
    card, box = stacked_lines("실장", gap=gap, size=24)
    read = box_reading(card, box, "Hangul+kor+eng")  # as script_completion asks
    assert read is not None and read.text == "실장", (gap, read)
