"""Turning cards upright, on cards rendered by the tests (never real photos)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from cardscan.models import Box, Line, OcrResult, Word
from cardscan.preprocess.light import text_layout
from cardscan.preprocess.orient import (
    is_word_shaped,
    looks_sideways,
    read_upright,
    rotate,
    text_score,
    upright_vote,
)
from cardscan.script import has_hangul
from tests.conftest import _font, render_card

LINES = [
    ("Helena Marquardt", 56),
    ("Head of Data Platform", 34),
    ("Brightwater Analytics GmbH", 34),
    ("helena.marquardt@brightwater.example.de", 30),
    ("Tel +49 30 1234 5678", 30),
]
GARBAGE = "SASATY BF Z9A9d aoueTTeoxe BHutTusesutTbug"


def line_boxes(lines: list[tuple[str, int]]) -> list[Box]:
    """Where render_card draws each line (same start and spacing)."""
    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    boxes, y = [], 60
    for text, size in lines:
        x0, y0, x1, y1 = draw.textbbox((70, y), text, font=_font(size))
        boxes.append(Box(x0, y0, x1 - x0, y1 - y0))
        y += int(size * 1.5)
    return boxes


def ocr_of(texts: list[str], boxes: list[Box], *, confidence: float = 0.95) -> OcrResult:
    lines = []
    for text, box in zip(texts, boxes):
        lines.append(Line(tuple(Word(t, confidence, box) for t in text.split())))
    return OcrResult("fake", tuple(lines))


def turn_box(box: Box, degrees: int, size: tuple[int, int]) -> Box:
    """``box`` of an upright image of ``size`` (w, h) after turning the image clockwise."""
    w, h = size
    if degrees == 90:
        return Box(h - box.bottom, box.x, box.h, box.w)
    if degrees == 180:
        return Box(w - box.right, h - box.bottom, box.w, box.h)
    if degrees == 270:
        return Box(box.y, w - box.right, box.h, box.w)
    return box


class FakeReader:
    """Knows the upright card; reads it well upright, as tall boxes sideways (like RapidOCR),
    and as low-confidence garbage upside down. Counts its calls."""

    def __init__(self, upright: np.ndarray) -> None:
        self.upright, self.calls = upright, 0
        self.boxes = line_boxes(LINES)
        self.size = (upright.shape[1], upright.shape[0])

    def __call__(self, image: np.ndarray) -> OcrResult:
        self.calls += 1
        turned = next(
            d for d in (0, 90, 180, 270) if np.array_equal(rotate(self.upright, d), image)
        )
        boxes = [turn_box(b, turned, self.size) for b in self.boxes]
        if turned == 180:
            return ocr_of([GARBAGE] * len(boxes), boxes, confidence=0.3)
        return ocr_of([text for text, _ in LINES], boxes)


@pytest.fixture(scope="module")
def card() -> np.ndarray:
    return render_card(LINES)


def test_rotate_turns_clockwise(card):
    turned = rotate(card, 90)
    assert turned.shape[:2] == card.shape[1::-1]
    # the top-left corner of the card ends at the top-right
    assert np.array_equal(turned[0, -1], card[0, 0])
    assert rotate(card, 360) is card
    with pytest.raises(ValueError):
        rotate(card, 45)


@pytest.mark.parametrize("token", ["Helena", "GmbH", "McLeod", "O'Neil", "+49", "a.b@c.de", "&"])
def test_word_shaped(token):
    assert is_word_shaped(token), token


@pytest.mark.parametrize("token", ["aoueTTeoxe", "Z9A9d", "BHutTus", "'", "x"])
def test_not_word_shaped(token):
    assert not is_word_shaped(token), token


def test_upright_reading_scores_above_garbage(card):
    boxes = line_boxes(LINES)
    good = ocr_of([t for t, _ in LINES], boxes)
    bad = ocr_of([GARBAGE] * len(boxes), boxes, confidence=0.4)
    assert text_score(good) > 3 * text_score(bad), (good.text, bad.text)


def test_tall_boxes_look_sideways(card):
    size = (card.shape[1], card.shape[0])
    sideways = [turn_box(b, 90, size) for b in line_boxes(LINES)]
    assert looks_sideways(ocr_of([t for t, _ in LINES], sideways))
    assert not looks_sideways(ocr_of([t for t, _ in LINES], line_boxes(LINES)))


def test_ink_says_which_way_is_up(card):
    boxes = line_boxes(LINES)
    ocr = ocr_of([t for t, _ in LINES], boxes)
    size = (card.shape[1], card.shape[0])
    flipped = ocr_of([t for t, _ in LINES], [turn_box(b, 180, size) for b in boxes])
    up, down = upright_vote(card, ocr), upright_vote(rotate(card, 180), flipped)
    assert up > 0.2 and down < -0.2, (up, down)


@pytest.mark.parametrize(
    "turn, expected", [(0, "across"), (90, "down"), (180, "across"), (270, "down")]
)
def test_text_layout_without_ocr(card, turn, expected):
    direction, vote = text_layout(rotate(card, turn))
    assert direction == expected, (turn, direction, vote)
    if turn in (0, 180):
        assert (vote > 0.2) if turn == 0 else (vote < -0.2), (turn, vote)


def test_upright_card_costs_one_reading(card):
    reader = FakeReader(card)
    ocr, degrees = read_upright(card, reader)
    assert (degrees, reader.calls) == (0, 1), (degrees, reader.calls)
    assert "Helena" in ocr.text


@pytest.mark.parametrize("photo_turn", [90, 180, 270])
def test_turned_card_comes_out_upright(card, photo_turn):
    photo = rotate(card, photo_turn)
    reader = FakeReader(card)
    ocr, degrees = read_upright(photo, reader)
    assert degrees == (360 - photo_turn) % 360, (photo_turn, degrees, reader.calls)
    assert "helena.marquardt@brightwater.example.de" in ocr.text, (photo_turn, ocr.text)


@pytest.mark.parametrize("photo_turn", [90, 270])
def test_sideways_card_costs_one_reading(card, photo_turn):
    """The letters stand in columns and their ink picks the quarter turn that stands them
    up: that turn is read first, and the card on its side is not read at all."""
    reader = FakeReader(card)
    ocr, degrees = read_upright(rotate(card, photo_turn), reader)
    assert (degrees, reader.calls) == ((360 - photo_turn) % 360, 1), (photo_turn, reader.calls)


def test_sideways_card_read_without_latin_lines_costs_one_reading(card):
    """A reading with no Latin line (a CJK card) has no ink vote of its own; the letters'
    layout, measured without OCR, says the turn read first is upright."""
    reader = FakeReader(card)

    def cjk(image: np.ndarray) -> OcrResult:
        lines = reader(image).lines
        return ocr_of(["株式会社 東京都港区 営業部"] * len(lines), [ln.box for ln in lines])

    ocr, degrees = read_upright(rotate(card, 90), cjk)
    assert (degrees, reader.calls) == (270, 1), (degrees, reader.calls)


def test_sideways_card_whose_first_turn_reads_poorly_is_searched_as_before(card):
    """When the turn the ink picks reads poorly (blur on that side, a misleading ink), the
    card is read as it lies and at the other quarter turn too, as before the ink's turn was
    tried first, and the best reading is kept: here the one as it lies, since the others
    are garbage."""
    reader = FakeReader(card)
    turns: list[tuple[int, int]] = []

    def poor_when_upright(image: np.ndarray) -> OcrResult:
        ocr = reader(image)
        turns.append(image.shape[:2])
        if image.shape == card.shape:  # upright: read as garbage
            return ocr_of([GARBAGE] * len(ocr.lines), [ln.box for ln in ocr.lines], confidence=0.3)
        return ocr

    ocr, degrees = read_upright(rotate(card, 90), poor_when_upright)
    upright, on_side = card.shape[:2], card.shape[1::-1][:2]
    assert turns == [upright, on_side, upright], turns
    assert degrees == 0 and "Helena" in ocr.text, (degrees, ocr.text)


def test_real_engine_turns_a_sideways_card():
    from cardscan.engines import get_engine
    from cardscan.errors import EngineUnavailableError

    try:
        engine = get_engine("rapidocr")
    except EngineUnavailableError as exc:
        pytest.skip(str(exc))
    card = render_card(LINES[:1] + LINES[3:], size=(900, 420))
    ocr, degrees = read_upright(rotate(card, 90), engine.recognize)
    text = ocr.text.replace(" ", "").lower()
    assert degrees == 270, (degrees, ocr.text)
    assert text.index("helenamarquardt") < text.index("tel"), ocr.text


def test_poorly_read_upright_card_is_not_turned(card):
    """Blur or a busy card gives a poor reading; when the ink says upright, turning is skipped."""
    reader = FakeReader(card)

    def poor(image: np.ndarray) -> OcrResult:
        lines = reader(image).lines
        return OcrResult(
            "fake", tuple(Line(tuple(Word(w.text, 0.4, w.box) for w in ln.words)) for ln in lines)
        )

    ocr, degrees = read_upright(card, poor)
    assert (degrees, reader.calls) == (0, 1), (degrees, reader.calls, ocr.text)


def test_a_turn_the_ink_chose_is_checked_against_its_opposite_when_cjk_was_read_unsurely(
    card, monkeypatch
):
    """Hangul read as a few unsure Han characters: the page's ink vote, which counts Latin
    ascenders, may be Hangul's and wrong, and the reading's Latin print is too small to vote.
    The opposite quarter turn is read too, and the better reading kept."""
    from cardscan.preprocess import orient

    monkeypatch.setattr(orient, "sideways_votes", lambda image: {90: 0.6, 270: -0.6})
    monkeypatch.setattr(orient, "upright_vote", lambda image, ocr, **kw: 0.0)
    reader = FakeReader(card)

    def korean(image: np.ndarray) -> OcrResult:
        boxes = [line.box for line in reader(image).lines]
        turned = next(d for d in (0, 90, 180, 270) if np.array_equal(rotate(card, d), image))
        latin = [text for text, _ in LINES[2:]]
        if turned == 180:  # upside down: the engine flips the Latin lines, not the Hangul
            unsure = ocr_of(["品开品异", "苍丘中器"], boxes[:2], confidence=0.6)
            sure = ocr_of(latin, boxes[2:], confidence=0.99)
            return OcrResult("fake", unsure.lines + sure.lines)
        hangul = ["김민준 주식회사 한빛소프트", "영업부 팀장 서울특별시 강남구"]
        return ocr_of([*hangul, *latin], boxes)

    ocr, degrees = read_upright(rotate(card, 90), korean)
    assert degrees == 270, (degrees, ocr.text)
    assert "김민준" in ocr.text, ocr.text


def _korean_reader(card: np.ndarray, reader: FakeReader, unsure: float = 0.6):
    """A Korean card as the pipeline reads it: the first engine flips the Latin lines of an
    upside-down card itself, but Tesseract's Hangul comes out as a few unsure letters."""

    def korean(image: np.ndarray) -> OcrResult:
        boxes = [line.box for line in reader(image).lines]
        turned = next(d for d in (0, 90, 180, 270) if np.array_equal(rotate(card, d), image))
        latin = [text for text, _ in LINES[2:]]
        if turned == 180:
            noise = ocr_of(["ว ย ง จ", "( 긋)=6ㅜ"], boxes[:2], confidence=unsure)
            sure = ocr_of(latin, boxes[2:], confidence=0.99)
            return OcrResult("fake", noise.lines + sure.lines)
        hangul = ["김민준 주식회사 한빛소프트", "영업부 팀장 서울특별시 강남구"]
        return ocr_of([*hangul, *latin], boxes, confidence=0.95)

    return korean


@pytest.mark.parametrize(
    ("photo_turn", "unsure", "layout"),
    [
        (180, 0.6, ("across", 0.3)),  # a good reading: kept unless the ink says to flip
        (180, 0.2, ("across", 0.3)),  # a poor one whose rows the ink calls upright
        (90, 0.6, ("down", 0.0)),  # on its side, the wrong quarter turn read first
    ],
)
def test_other_script_read_unsurely_costs_a_look_at_the_opposite_turn(
    card, monkeypatch, photo_turn, unsure, layout
):
    """A Korean card upside down: the engine's Latin lines read as well as upright and their
    ink, lower-case emails with as many descenders as ascenders, votes upright; only the
    Hangul, read as a few unsure letters, says otherwise. The opposite turn is read too and
    the better reading kept."""
    from cardscan.preprocess import orient

    monkeypatch.setattr(orient, "sideways_votes", lambda image: {90: 0.6, 270: -0.6})
    monkeypatch.setattr(orient, "text_layout", lambda image: layout)
    monkeypatch.setattr(orient, "upright_vote", lambda image, ocr, **kw: 0.3)
    reader = FakeReader(card)
    ocr, degrees = read_upright(rotate(card, photo_turn), _korean_reader(card, reader, unsure))
    expected = (360 - photo_turn) % 360
    assert degrees == expected, (photo_turn, unsure, degrees, ocr.text)
    assert "김민준" in ocr.text, (photo_turn, unsure, ocr.text)


def test_other_script_read_surely_costs_one_reading(card):
    """A Korean card read upright, its Hangul with confidence: no other turn is read."""
    reader = FakeReader(card)
    ocr, degrees = read_upright(card, _korean_reader(card, reader))
    assert (degrees, reader.calls) == (0, 1), (degrees, reader.calls, ocr.text)


def test_a_turn_missing_the_script_its_numbers_expect_costs_a_look_at_its_opposite(
    card, monkeypatch
):
    """A Korean card on its side, the quarter turn read first upside down: the engine drops
    the Hangul lines without a trace and reads the Latin ones as well as upright, so the
    turn looks settled; the reader's own test says Hangul is missing, and the opposite turn,
    where Tesseract reads it, is read too."""
    from cardscan.preprocess import orient

    monkeypatch.setattr(orient, "sideways_votes", lambda image: {90: 0.4, 270: -0.4})
    monkeypatch.setattr(orient, "text_layout", lambda image: ("down", 0.0))
    monkeypatch.setattr(orient, "upright_vote", lambda image, ocr, **kw: 0.2)
    reader = FakeReader(card)
    latin = [text for text, _ in LINES[3:]]

    def korean(image: np.ndarray) -> OcrResult:
        boxes = [line.box for line in reader(image).lines]
        turned = next(d for d in (0, 90, 180, 270) if np.array_equal(rotate(card, d), image))
        if turned == 180:
            return ocr_of(latin, boxes[3:], confidence=0.99)
        return ocr_of(["김민준", "팀장", "주식회사 한빛소프트", *latin], boxes)

    def no_hangul(ocr: OcrResult) -> bool:
        return "@" in ocr.text and not has_hangul(ocr.text)

    ocr, degrees = read_upright(rotate(card, 90), korean, script_missing=no_hangul)
    assert degrees == 270, (degrees, ocr.text)
    assert "김민준" in ocr.text, ocr.text


def test_a_good_first_reading_is_not_doubted_for_a_script_it_lacks(card):
    """An English card whose numbers say Korea, read well upright: no other turn is read."""
    reader = FakeReader(card)
    ocr, degrees = read_upright(card, reader, script_missing=lambda ocr: True)
    assert (degrees, reader.calls) == (0, 1), (degrees, reader.calls, ocr.text)


def test_a_quarter_turn_is_not_read_when_its_opposite_stood_on_end(card, monkeypatch):
    """A logo card, poorly read at every turn, its layout unclear: at 90° its lines stand on
    end, so they would at 270° too, and that turn is not read."""
    from cardscan.preprocess import orient

    monkeypatch.setattr(orient, "text_layout", lambda image: (None, 0.0))
    reader = FakeReader(card)
    turns = []

    def logo(image: np.ndarray) -> OcrResult:
        boxes = [line.box for line in reader(image).lines][:1]
        turns.append(next(d for d in (0, 90, 180, 270) if np.array_equal(rotate(card, d), image)))
        return ocr_of(["NORTHWIND"], boxes, confidence=0.5)

    read_upright(card, logo)
    assert turns == [0, 180, 90], turns
