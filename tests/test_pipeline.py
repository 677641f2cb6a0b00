"""The reading half of the pipeline: card outlines, and the whole photo when an outline fails."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from cardscan import pipeline
from cardscan.engines import get_engine
from cardscan.models import Box, Line, OcrResult, Word
from cardscan.preprocess.quads import quad_area
from cardscan.reading import blank_reading, poor_crop_reading, prefer_whole_photo, text_extent
from tests.conftest import place_on_background


def reading(*texts: str) -> OcrResult:
    lines = tuple(
        Line(tuple(Word(w, 0.95, Box(10 * i, 30 * row, 40, 20)) for i, w in enumerate(t.split())))
        for row, t in enumerate(texts)
    )
    return OcrResult("fake", lines)


CARD = reading(
    "Helena Marquardt",
    "Head of Data Platform",
    "helena.marquardt@brightwater.example.de",
    "Tel +49 30 1234 5678",
)
LOGO = reading("BRIGHTWATER")


@pytest.mark.parametrize(
    ("ocr", "poor"),
    [
        (CARD, False),
        (LOGO, True),  # a logo alone: little text and no value
        (reading("Helena Marquardt", "Head of Data Platform", "Brightwater Analytics"), True),
    ],
    ids=["card", "logo", "no values"],
)
def test_poor_crop_readings(ocr: OcrResult, poor: bool) -> None:
    assert poor_crop_reading(ocr) is poor, ocr.text


@pytest.mark.parametrize(
    ("ocr", "blank"),
    [(reading(), True), (reading("e"), True), (reading("Tel 555 0100"), False), (LOGO, False)],
    ids=["nothing", "a speck", "a number", "a logo"],
)
def test_blank_readings(ocr: OcrResult, blank: bool) -> None:
    assert blank_reading(ocr) is blank, ocr.text


def test_the_whole_photo_wins_with_more_values_and_loses_with_fewer() -> None:
    assert prefer_whole_photo(LOGO, CARD)
    assert not prefer_whole_photo(CARD, LOGO)
    assert not prefer_whole_photo(CARD, CARD)


def test_a_logo_side_keeps_its_outline_unless_the_photo_reads_much_more() -> None:
    logo_side = reading("zeo", "studio")
    assert not prefer_whole_photo(logo_side, reading("zeo", "studio", "x"))
    assert prefer_whole_photo(logo_side, reading("Brightwater Analytics GmbH", "Since 1990 Berlin"))


@pytest.fixture(scope="module")
def photo(plain_card: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return place_on_background(plain_card)


def _top_strip(quad: np.ndarray) -> np.ndarray:
    """An outline around the name line at the top of the card only."""
    return np.float32(
        [
            quad[0],
            quad[1],
            quad[1] + (quad[2] - quad[1]) * 0.22,
            quad[0] + (quad[3] - quad[0]) * 0.22,
        ]
    )


@pytest.mark.slow
def test_an_outline_around_one_line_gives_way_to_the_card_around_it(photo, monkeypatch) -> None:
    image, quad = photo
    top = _top_strip(quad)
    monkeypatch.setattr(pipeline, "find_outlines", lambda *_a, **_k: [top])
    (card,) = pipeline.read_image(image)
    assert not card.whole_photo, card.ocr.text
    assert quad_area(card.card.outline) > 3 * quad_area(top)
    assert "helena.marquardt@brightwater.example.de" in card.ocr.text, card.ocr.text


@pytest.mark.slow
def test_with_no_outline_around_a_poor_one_the_whole_photo_is_read(photo, monkeypatch) -> None:
    image, quad = photo
    top = _top_strip(quad)
    monkeypatch.setattr(pipeline, "find_outlines", lambda *_a, **_k: [top])
    monkeypatch.setattr(pipeline, "enclosing_outline", lambda *_a, **_k: None)
    (card,) = pipeline.read_image(image)
    assert card.whole_photo, card.ocr.text
    assert "helena.marquardt@brightwater.example.de" in card.ocr.text, card.ocr.text


def _band(quad: np.ndarray, top: float, bottom: float) -> np.ndarray:
    """An outline across the card from ``top`` to ``bottom`` (shares of its height)."""
    left, right = quad[3] - quad[0], quad[2] - quad[1]
    return np.float32(
        [
            quad[0] + left * top,
            quad[1] + right * top,
            quad[1] + right * bottom,
            quad[0] + left * bottom,
        ]
    )


@pytest.mark.slow
def test_a_card_found_as_two_bands_is_read_as_one_card(photo, monkeypatch) -> None:
    """A two-tone card: its name band and the rest were found as two outlines; the band
    alone reads no value, so the card around both is read, once, in their place."""
    image, quad = photo
    bands = [_band(quad, 0.0, 0.22), _band(quad, 0.25, 1.0)]
    monkeypatch.setattr(pipeline, "find_outlines", lambda *_a, **_k: bands)
    readings = pipeline.read_image(image)
    assert len(readings) == 1, [r.ocr.text for r in readings]
    (card,) = readings
    assert quad_area(card.card.outline) > 1.2 * quad_area(bands[1])
    assert "Helena Marquardt" in card.ocr.text, card.ocr.text
    assert "helena.marquardt@brightwater.example.de" in card.ocr.text, card.ocr.text


@pytest.mark.slow
def test_two_outlines_with_nothing_around_them_stay_two_cards(photo, monkeypatch) -> None:
    image, quad = photo
    bands = [_band(quad, 0.0, 0.22), _band(quad, 0.25, 1.0)]
    monkeypatch.setattr(pipeline, "find_outlines", lambda *_a, **_k: bands)
    monkeypatch.setattr(pipeline, "enclosing_outline", lambda *_a, **_k: None)
    assert len(pipeline.read_image(image)) == 2


@pytest.mark.slow
def test_an_outline_on_the_bare_desk_gives_no_card(photo, monkeypatch) -> None:
    """Two outlines: the card, and a patch of the desk beside it that reads as nothing."""
    image, quad = photo
    desk = np.float32([[10, 300], [230, 300], [230, 880], [10, 880]])
    monkeypatch.setattr(pipeline, "find_outlines", lambda *_a, **_k: [desk, np.float32(quad)])
    monkeypatch.setattr(pipeline, "enclosing_outline", lambda *_a, **_k: None)
    readings = pipeline.read_image(image)
    assert len(readings) == 1, [r.ocr.text for r in readings]
    assert "helena.marquardt@brightwater.example.de" in readings[0].ocr.text, readings[0].ocr.text


@pytest.mark.slow
def test_outlines_that_all_read_as_nothing_still_give_the_photo_one_card(
    photo, monkeypatch
) -> None:
    image, _ = photo
    left = np.float32([[10, 300], [230, 300], [230, 880], [10, 880]])
    right = np.float32([[1370, 300], [1590, 300], [1590, 880], [1370, 880]])
    monkeypatch.setattr(pipeline, "find_outlines", lambda *_a, **_k: [left, right])
    monkeypatch.setattr(pipeline, "enclosing_outline", lambda *_a, **_k: None)
    readings = pipeline.read_image(image)
    assert len(readings) == 1, [r.ocr.text for r in readings]


@pytest.mark.slow
def test_a_good_outline_is_read_once(photo, monkeypatch) -> None:
    image, quad = photo
    monkeypatch.setattr(pipeline, "find_outlines", lambda *_a, **_k: [np.float32(quad)])
    timer = pipeline.StageTimer()
    calls = []
    real = pipeline.prepare_card
    monkeypatch.setattr(
        pipeline, "prepare_card", lambda *a, **k: calls.append(a[1]) or real(*a, **k)
    )
    (card,) = pipeline.read_image(image, timer=timer)
    assert not card.whole_photo
    assert len(calls) == 1, "the whole photo was prepared although the outline read well"


def _tilted_upside_down(card: np.ndarray, degrees: float) -> np.ndarray:
    """The card filling the photo (no outline to find), turned by 180° less ``degrees``."""
    import cv2

    big = cv2.copyMakeBorder(card, 150, 150, 150, 150, cv2.BORDER_REPLICATE)
    h, w = big.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), 180 - degrees, 1.0)
    return cv2.warpAffine(big, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)


@pytest.mark.slow
def test_a_tilted_photo_without_an_outline_is_levelled_then_turned_upright(plain_card) -> None:
    """RapidOCR turns upside-down lines itself, so only the ink can tell the card is upside
    down, and only on level lines: read as tilted, the lines came back in reverse order with
    the email misread."""
    photo = _tilted_upside_down(plain_card, 8.0)
    assert pipeline.find_outlines(photo) == []  # the case under test: no outline
    (card,) = pipeline.read_image(photo)
    texts = [line.text for line in card.ocr.lines]
    assert texts[0] == "Helena Marquardt", texts
    assert "helena.marquardt@brightwater.example.de" in texts, texts
    # Upright for good: the recogniser alone, which reads a line only the way up it is
    # printed, reads the name back from the card's upright image.
    upright = pipeline.rotate(card.card.image, card.rotation)
    box = card.ocr.lines[0].box
    crop = cv2.copyMakeBorder(upright[box.y : box.bottom, box.x : box.right], 8, 8, 8, 8, 0)
    assert "Helena" in get_engine("rapidocr").read_line(crop)[0], (card.rotation, texts)


@pytest.mark.slow
def test_a_small_card_in_a_photo_without_an_outline_is_read_again_up_close(plain_card) -> None:
    """The card takes a few per cent of a photo whose edges blend into the table (no
    outline): read at the photo's scale, the email came back misread and the phone lost;
    its text's extent, read again on its own, has both."""
    small = cv2.resize(plain_card, None, fx=0.2, fy=0.2, interpolation=cv2.INTER_AREA)
    pad = int(1.6 * small.shape[1])
    photo = cv2.copyMakeBorder(small, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
    assert pipeline.find_outlines(photo) == []  # the case under test: no outline
    (card,) = pipeline.read_image(photo)
    texts = [line.text for line in card.ocr.lines]
    assert "helena.marquardt@brightwater.example.de" in texts, texts
    assert any(text.replace(" ", "") == "Tel+493012345678" for text in texts), texts


def test_the_text_extent_is_grown_by_its_margin_inside_the_image() -> None:
    ocr = OcrResult(
        "fake",
        (
            Line((Word("Helena", 0.9, Box(100, 50, 200, 40)),)),
            Line((Word("Tel", 0.9, Box(120, 150, 80, 30)),)),
        ),
        width=400,
        height=300,
    )
    # lines span x 100..300, y 50..180; 10 % of the longer side (200) is 20 px
    assert text_extent(ocr, margin=0.1) == Box(80, 30, 240, 170)
    assert text_extent(ocr, margin=1.0) == Box(0, 0, 400, 300)  # kept inside the image
    assert text_extent(OcrResult("fake", ()), margin=0.1) is None


@pytest.mark.slow
def test_a_card_the_finder_missed_beside_a_found_one_is_read_as_its_own(monkeypatch) -> None:
    """A dark card on a dark table has no outline; its text, apart from the card found, is
    read on its own (the found card painted over) and gives a second card."""
    from tests.conftest import render_card
    from tests.preprocess.test_leftover import DARK, LOWER, UPPER, WHITE, dark_table

    photo = dark_table([(render_card(WHITE), UPPER), (render_card(DARK, dark=True), LOWER)])
    monkeypatch.setattr(pipeline, "find_outlines", lambda *_a, **_k: [UPPER])
    found, missed = pipeline.read_image(photo)
    assert "orla@brennan.ie" in found.ocr.text, found.ocr.text
    assert "tomas@vidal.es" in missed.ocr.text, missed.ocr.text
    assert "orla" not in missed.ocr.text.casefold(), missed.ocr.text


@pytest.mark.slow
def test_no_card_is_added_for_a_bare_table(monkeypatch) -> None:
    from tests.conftest import render_card
    from tests.preprocess.test_leftover import UPPER, WHITE, dark_table

    photo = dark_table([(render_card(WHITE), UPPER)])
    monkeypatch.setattr(pipeline, "find_outlines", lambda *_a, **_k: [UPPER])
    assert len(pipeline.read_image(photo)) == 1
