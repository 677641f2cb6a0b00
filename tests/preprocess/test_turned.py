"""A card read right but held upside down (cardscan/preprocess/turned.py)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from cardscan import pipeline
from cardscan.engines import get_engine
from cardscan.models import Box, Line, OcrResult, Word
from cardscan.pipeline import ScanOptions, read_card, rotate
from cardscan.preprocess.turned import probe_lines, reads_back_turned
from tests.conftest import render_card

LINES = [
    ("Rosalind Okafor", 60),
    ("Director of Operations", 36),
    ("Tel +44 20 7946 0321", 32),
    ("rosalind.okafor@meridianfreight.example", 30),
]


def _reading(texts: list[str]) -> OcrResult:
    lines = tuple(
        Line((Word(text, 0.97, Box(60, 20 + 100 * i, 24 * len(text), 40)),))
        for i, text in enumerate(texts)
    )
    return OcrResult("fake", lines, width=1200, height=500)


class _Recogniser:
    """A recogniser without a line classifier: it reads a crop right only the way up the
    line is printed (each fake line is marked by a dark bar under it), and counts its
    calls. ``held_upside_down``: the card's image is turned, so its crops read only turned."""

    def __init__(self, ocr: OcrResult, *, held_upside_down: bool) -> None:
        self.calls = 0
        self.held_upside_down = held_upside_down
        self.by_width = {line.box.w: line.text for line in ocr.lines}

    def __call__(self, crops):
        self.calls += 1
        out = []
        for crop in crops:
            bar_on_top = bool(crop[0].mean() < 128)  # the crop was turned by 180°
            readable = bar_on_top == self.held_upside_down
            width = min(self.by_width, key=lambda w: abs(crop.shape[1] - w))
            text = self.by_width[width]
            out.append((text if readable else "Lorem", 0.9))
        return out


def _marked(ocr: OcrResult) -> np.ndarray:
    """A white image whose line boxes have a dark bottom row below the box: cut with a margin,
    a crop has its dark row at the bottom, and at the top once turned."""
    image = np.full((ocr.height, ocr.width, 3), 255, np.uint8)
    for line in ocr.lines:
        b = line.box
        image[b.bottom : b.bottom + 12, b.x - 30 : b.right + 30] = 0
    return image


@pytest.mark.parametrize("held_upside_down", [False, True])
def test_lines_that_read_back_only_turned_mean_the_card_is_upside_down(held_upside_down) -> None:
    ocr = _reading(["Director of Operations", "Tel +44 20 7946 0321", "Rosalind Okafor"])
    image = _marked(ocr)
    recogniser = _Recogniser(ocr, held_upside_down=held_upside_down)
    assert reads_back_turned(image, ocr, recogniser) is held_upside_down, held_upside_down
    # An upright card is read back once; a turned one once more, turned.
    assert recogniser.calls == (2 if held_upside_down else 1)


def test_only_long_confident_lines_in_the_engines_scripts_are_probed() -> None:
    ocr = _reading(["Tel +44 20 7946 0321", "CEO", "Елена Гурьева", "Director of Operations"])
    probed = [ln.text for ln in probe_lines(ocr)]
    assert probed == ["Director of Operations", "Tel +44 20 7946 0321"], probed


def test_a_card_without_probe_lines_is_not_turned() -> None:
    ocr = _reading(["CEO", "LTD"])
    assert not reads_back_turned(_marked(ocr), ocr, lambda crops: [("", 0.0)] * len(crops))


@pytest.mark.slow
def test_a_card_orientation_left_upside_down_is_turned_upright(monkeypatch) -> None:
    """Orientation keeps a card turned by 180° (its ink vote was weak); RapidOCR read every
    line right all the same. The recogniser reads the lines back only when turned, so the
    card is turned upright and read again."""
    card = render_card(LINES)
    engine = get_engine("rapidocr")

    def kept_upside_down(image, read, **_):
        return read(rotate(image, 180)), 180

    monkeypatch.setattr(pipeline, "read_upright", kept_upside_down)
    ocr, rotation = read_card(card, ScanOptions(engine="rapidocr"))
    assert rotation == 0, [ln.text for ln in ocr.lines]
    upright = rotate(card, rotation)
    name = next(ln for ln in ocr.lines if "Rosalind" in ln.text)
    crop = upright[name.box.y : name.box.bottom, name.box.x : name.box.right]
    assert "Rosalind" in engine.read_line(cv2.copyMakeBorder(crop, 8, 8, 8, 8, 0))[0]


@pytest.mark.parametrize("turned", [0, 3])
def test_a_reading_whose_lines_were_not_turned_is_not_read_back(monkeypatch, turned) -> None:
    """The read-back check costs a second reading of the longest lines; only a reading whose
    lines the engine's classifier turned can be of a card held upside down."""
    ocr = _reading(["Director of Operations", "Tel +44 20 7946 0321"])
    ocr = OcrResult(ocr.engine, ocr.lines, ocr.width, ocr.height, turned=turned)
    checked = []
    monkeypatch.setattr(pipeline, "read_upright", lambda image, read, **_: (ocr, 0))
    monkeypatch.setattr(pipeline, "_reader", lambda options: lambda image: ocr)
    monkeypatch.setattr(
        pipeline, "reads_back_turned", lambda *a: checked.append(a[1].turned) or False
    )
    assert read_card(_marked(ocr), ScanOptions(engine="rapidocr")) == (ocr, 0)
    assert checked == ([turned] if turned else []), turned
