"""RapidOCR keeps where its detector found a line its recogniser read as nothing
(OcrResult.unread): a script its models do not know is printed there."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.engines import get_engine
from cardscan.models import Box

NOTO = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
KOREAN_FACE = 1  # NotoSansCJK-Regular.ttc: JP, KR, SC, TC, HK faces in this order


def bakery_card() -> tuple[np.ndarray, Box]:
    """A made-up shop's card: its name in Hangul (which RapidOCR's recogniser reads as
    nothing at this size), a phone number and an email in Latin type; the name's box."""
    if not NOTO_CJK.exists() or not NOTO.exists():
        pytest.skip("the Noto fonts are missing (make test installs them)")
    img = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(img)
    korean = ImageFont.truetype(str(NOTO_CJK), 60, index=KOREAN_FACE)
    x0, y0, x1, y1 = draw.textbbox((60, 40), "새벽 베이커리", font=korean)
    draw.text((60, 40), "새벽 베이커리", font=korean, fill="black")
    latin = ImageFont.truetype(str(NOTO), 30)
    draw.text((60, 400), "Tel. 062-555-0142", font=latin, fill="black")
    draw.text((60, 460), "hello@example.com", font=latin, fill="black")
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR), Box(x0, y0, x1 - x0, y1 - y0)


def test_a_line_read_as_nothing_is_kept_as_an_unread_box() -> None:
    card, name = bakery_card()
    read = get_engine("rapidocr").recognize(card)
    texts = [line.text for line in read.lines]
    assert "hello@example.com" in texts, texts
    assert not any(line.box.y < name.bottom for line in read.lines), texts
    assert len(read.unread) == 1, read.unread
    (box,) = read.unread
    rows = min(box.bottom, name.bottom) - max(box.y, name.y)
    across = min(box.right, name.right) - max(box.x, name.x)
    assert rows > 0.8 * name.h and across > 0.8 * name.w, (box, name)


def test_a_card_read_whole_has_no_unread_box(plain_card: np.ndarray) -> None:
    assert get_engine("rapidocr").recognize(plain_card).unread == ()


def test_unread_boxes_survive_lines_read_again(monkeypatch) -> None:
    """A long line read with little confidence is read again on its own (read_line), which
    runs RapidOCR's pipeline once more: the boxes dropped by the card's reading must not be
    those of the line's."""
    from cardscan.engines import rapidocr

    monkeypatch.setattr(rapidocr, "squeezed_by_classifier", lambda quad: True)
    monkeypatch.setattr(rapidocr, "REREAD_BELOW", 1.01)  # every line is read again
    card, name = bakery_card()
    read = get_engine("rapidocr").recognize(card)
    assert len(read.unread) == 1, read.unread
