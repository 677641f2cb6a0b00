"""Made-up cards and readings for the tests of cardscan.engines.scripts and
cardscan.engines.script_completion."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.engines import tesseract
from cardscan.models import Box, Line, OcrResult, Word

NOTO = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
KOREAN_FACE = 1  # NotoSansCJK-Regular.ttc: JP, KR, SC, TC, HK faces in this order


def line(text: str, box: Box, confidence: float = 0.95) -> Line:
    return Line((Word(text, confidence, box),))


def reading(*lines: Line) -> OcrResult:
    return OcrResult("rapidocr", tuple(lines), width=1000, height=600)


def needs(pack: str, font: Path) -> None:
    if pack not in tesseract.installed_languages():
        pytest.skip(f"Tesseract's {pack} data is not installed (make test installs it)")
    if not font.exists():
        pytest.skip(f"{font} is missing (make test installs the Noto fonts)")


def korean_line_card(text: str, *, below: str | None = None) -> tuple[np.ndarray, Box]:
    """A white card with ``text`` in Korean type at (60, 100), perhaps a Latin line under
    it at (60, 200); the card and the Korean line's box."""
    img = Image.new("RGB", (1050, 300), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(NOTO_CJK), 36, index=KOREAN_FACE)
    x0, y0, x1, y1 = draw.textbbox((60, 100), text, font=font)
    draw.text((60, 100), text, font=font, fill="black")
    if below:
        draw.text((60, 200), below, font=ImageFont.truetype(str(NOTO), 30), fill="black")
    card = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    return card, Box(x0, y0, x1 - x0, y1 - y0)
