import re

import numpy as np
import pytest

from cardscan.engines import ENGINE_NAMES, get_engine
from cardscan.errors import EngineUnavailableError
from cardscan.models import OcrResult
from tests.conftest import render_card


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


@pytest.fixture(params=ENGINE_NAMES)
def engine(request):
    return get_engine(request.param)


def test_engine_reads_a_rendered_card(engine, plain_card):
    result = engine.recognize(plain_card)
    assert isinstance(result, OcrResult)
    assert result.engine == engine.name
    text = _squash(result.text)
    assert "helenamarquardt" in text, result.text
    assert "helena.marquardt@brightwater.example.de" in text, result.text
    assert "brightwater" in text, result.text


def test_engine_gives_words_with_boxes_and_confidences(engine, plain_card):
    result = engine.recognize(plain_card)
    assert len(result.lines) >= 4, result.text
    for line in result.lines:
        for word in line.words:
            assert 0.0 <= word.confidence <= 1.0, word
            assert word.box.w > 0 and word.box.h > 0, word
            assert 0 <= word.box.x < plain_card.shape[1], word
    # lines come top to bottom: the name (printed first) is in the first line
    assert "Helena" in result.lines[0].text, result.text


def test_engine_reads_light_text_on_dark_card(engine):
    card = render_card([("Jonas Whitfield", 64), ("jonas@northpeak.example.com", 34)], dark=True)
    text = _squash(engine.recognize(card).text)
    assert "jonas@northpeak.example.com" in text, text


def test_blank_image_gives_no_lines(engine):
    result = engine.recognize(np.full((300, 500, 3), 255, np.uint8))
    assert result.lines == () and result.text == ""


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(EngineUnavailableError, match="unknown engine 'nope'; choose one of"):
        get_engine("nope")


def test_read_lines_gives_each_line_image_its_own_text_in_order(engine):
    texts = ["ana.lima@lumen.example", "+55 11 4000 1234", "Ana Lima"]
    # Each cut out as verify cuts a line: the text with a small margin.
    images = [render_card([(t, 40)], size=(700, 130))[48:115, 55:690] for t in texts]
    got = engine.read_lines(images)
    assert [_squash(t) for t, _ in got] == [_squash(t) for t in texts], got
    assert all(0.0 < confidence <= 1.0 for _, confidence in got), got


def test_read_lines_of_nothing_is_nothing(engine):
    assert engine.read_lines([]) == []
