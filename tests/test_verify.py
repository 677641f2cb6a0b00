"""The second opinion on emails, phones and names (cardscan.verify)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from cardscan import pipeline, verify
from cardscan.engines import get_engine
from cardscan.extract import find_phones
from cardscan.models import Box, Contact, Line, Word
from cardscan.verify import with_doubts
from tests.conftest import render_card


def test_doubts_lower_only_their_fields() -> None:
    raw = {"name": 0.9, "emails": 0.9, "phones": 1.0}
    assert with_doubts(raw, {"emails"}) == {"name": 0.9, "emails": 0.27, "phones": 1.0}


CARD_LINES = [
    ("Helena Marquardt", 64),
    ("Head of Data Platform", 36),
    ("Brightwater Analytics GmbH", 36),
    ("helena.marquardt@brightwater.example.de", 32),
    ("Tel +49 30 1234 5678", 32),
]


@pytest.fixture(scope="module")
def card() -> np.ndarray:
    return render_card(CARD_LINES)


@pytest.mark.slow
def test_a_clean_card_keeps_its_confidence(card) -> None:
    (read,) = pipeline.scan_image(card, "card.png")
    assert read.emails == ("helena.marquardt@brightwater.example.de",)
    assert read.confidence["emails"] >= 0.6, read.confidence
    assert read.confidence["phones"] >= 0.6, read.confidence


@pytest.mark.slow
def test_a_misread_email_is_caught_by_the_second_reading(card, monkeypatch) -> None:
    """The first reading gets one letter of the email wrong (as a damaged print would make
    it); reading the line again on its own finds the printed address, so the field drops
    under the review threshold."""
    engine = get_engine("rapidocr")
    real = engine.recognize

    def misreading(image, *, lang=None):
        ocr = real(image, lang=lang)
        lines = []
        for line in ocr.lines:
            words = tuple(
                dataclasses.replace(w, text=w.text.replace("helena.", "he1ena."))
                for w in line.words
            )
            lines.append(dataclasses.replace(line, words=words))
        return dataclasses.replace(ocr, lines=tuple(lines))

    monkeypatch.setattr(engine, "recognize", misreading)
    (read,) = pipeline.scan_image(card, "card.png")
    assert read.emails == ("he1ena.marquardt@brightwater.example.de",), read.emails
    assert read.confidence["emails"] < 0.6, read.confidence
    plain = pipeline.scan_image(card, "card.png", pipeline.ScanOptions(skip=frozenset({"verify"})))
    assert plain[0].confidence["emails"] >= 0.6, plain[0].confidence
    # The raw scores the calibration is fitted on carry no doubt; the doubt comes apart.
    doubts: list = []
    options = pipeline.ScanOptions(calibrate=False)
    (raw,) = pipeline.scan_image(card, "card.png", options, doubts=doubts)
    unchecked = pipeline.ScanOptions(calibrate=False, skip=frozenset({"verify"}))
    (undoubted,) = pipeline.scan_image(card, "card.png", unchecked)
    assert doubts == [frozenset({"emails"})], doubts
    assert raw.confidence == undoubted.confidence


@pytest.mark.slow
def test_field_crops_show_each_value_line(card) -> None:
    crops: list = []
    (read,) = pipeline.scan_image(card, "card.png", field_crops=crops)
    (pictures,) = crops
    assert [v for v, _ in pictures["emails"]] == list(read.emails)
    assert [v for v, _ in pictures["name"]] == [read.name]
    for _, crop in pictures["emails"] + pictures["name"]:
        assert crop.ndim == 3 and crop.shape[1] > 3 * crop.shape[0], crop.shape  # a line


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("sean@stonebridge.example", "esean@stonebridge.example", True),  # "E" label glued
        ("sean@stonebridge.example", "eisean@stonebridge.example", True),
        ("tanaka@kaisha.example", "s.tanaka@kaisha.example", False),  # a lost "s."
        ("helena@brightwater.example", "he1ena@brightwater.example", False),
    ],
)
def test_a_glued_label_is_not_a_disagreement(a: str, b: str, same: bool) -> None:
    assert verify._same_address(a, b) is same, (a, b)


class _Reader:
    """A second reader that reads every line as ``text`` and records how many it was given."""

    def __init__(self, text: str) -> None:
        self.text, self.given = text, []

    def read_lines(self, images) -> list[tuple[str, float]]:
        self.given.append(len(images))
        return [(self.text, 0.99)] * len(images)


def _boxed_line(text: str, y: int) -> Line:
    return Line((Word(text, 0.99, Box(10, y, 300, 30)),))


def test_a_line_the_first_second_reader_settles_is_not_read_by_the_next(monkeypatch) -> None:
    first, second = _Reader("ana.ruiz@lumen.es"), _Reader("ana.ruiz@lumen.es")
    monkeypatch.setattr(verify, "_second_readers", lambda name: [first, second])
    image = np.full((200, 400, 3), 255, np.uint8)
    email, other = _boxed_line("ana.ruiz@lumen.es", 20), _boxed_line("Tel 91 555 0101", 80)
    settled = lambda line, texts: line is email and bool(texts)  # noqa: E731
    texts = verify.reread(image, [email, other], "rapidocr", settled)
    assert first.given == [2] and second.given == [1], (first.given, second.given)
    assert texts[email] == ["ana.ruiz@lumen.es"]


@pytest.mark.parametrize(
    ("texts", "agree"),
    [
        (["E-mail: ana.ruiz@lumen.es  Tel +34 91 555 0101"], True),
        (["ana.ruiz@lumen.es"], False),  # the number not read again: ask the next reader
        (["ana.ruiz@lumen.ee  Tel +34 91 555 0101"], False),  # another address
        ([], False),
    ],
)
def test_all_agree_needs_every_value_of_the_line_read_again(texts: list, agree: bool) -> None:
    phones = ["+34 91 555 0101"]
    got = verify.all_agree(["ana.ruiz@lumen.es"], phones, None, texts, "ES")
    assert got is agree, texts


def _phone_line(text: str, confidence: float = 0.99) -> tuple[list[Line], list]:
    line = Line((Word(text, confidence, Box(10, 10, 600, 30)),))
    return [line], find_phones([text], "AE")


@pytest.mark.parametrize(
    ("again", "agrees"),
    [
        ("Tel:(971)45550800|Fax:(971)45550900", True),  # read again as printed
        ("Tel:(971)455508001Fax:(971)45550900", True),  # the bar read as a digit after it
        ("Tel: (971) 4 555 08 00 Fax", True),  # split so that no number parses alone
        ("Tel:(971)45550600|Fax:(971)45550900", False),  # a digit read otherwise
        ("Tel: Fax:", None),  # no number read again: no opinion
    ],
)
def test_a_phone_read_again_is_found_in_the_digits_of_the_second_reading(
    again: str, agrees: bool | None
) -> None:
    lines, phones = _phone_line("Tel:(971)45550800|Fax:(971)45550900")
    first = verify.phone_opinions(lines, phones, {lines[0]: [again]}, "AE")[0]
    assert first.agrees is agrees, (again, first)


@pytest.mark.parametrize(
    ("printed", "region", "built"),
    [
        ("Tel. 0711 386095/21/61", "DE", {"0711 386021", "0711 386061"}),  # list of endings
        ("T: +1 305 555 0140 to 42", "US", {"+1 305 555 0142"}),  # a range: its last
        ("Tel +49 30 1234 5678 Fax +49 30 1234 5679", "DE", set()),  # each printed whole
    ],
)
def test_a_number_built_from_a_list_is_doubted(printed: str, region: str, built: set) -> None:
    """A number the card never prints whole (one of a list sharing its first digits) is a
    guess: it is doubted, and the numbers printed whole are not."""
    line = Line((Word(printed, 0.99, Box(10, 10, 600, 30)),))
    phones = find_phones([printed], region)
    opinions = verify.built_opinions([line], phones)
    assert {o.value for o in opinions} == built, (printed, [p.phone.number for p in phones])
    assert all(o.agrees is False and o.field == "phones" for o in opinions), opinions


def _name_line(text: str) -> Line:
    return Line((Word(text, 0.99, Box(10, 10, 400, 40)),))


@pytest.mark.parametrize(
    ("name", "again", "agrees"),
    [
        # A reader without the script reads Latin look-alikes: no opinion.
        ("Елена Гурьева", ["Enena Fypbeba"], None),
        ("김민준", ["ZDIF"], None),
        # Read again in the name's script, the reading judges it.
        ("Елена Гурьева", ["Enena Fypbeba", "Елена Гурьева"], True),
        ("Елена Гурьева", ["Елена Гурова"], False),
        ("Lena Ortiz", ["Lena Ortiz"], True),
        ("Lena Ortiz", ["Lana Oritz"], False),
        # The title on the name's row, an accent dropped, a letter misread: the same name.
        ("Inês Varela Conceição", ["Ines Varela Conceicao - Gerente de Vendas"], True),
        ("Tomás Ribeiro Araújo", ["Tomas Ribeiro Aratijo coordenador"], True),
        ("Tomás Ribeiro Araújo", ["Tomás Rebelo Araújo – Coordenador"], False),
    ],
)
def test_a_name_is_judged_by_its_second_readings(
    name: str, again: list[str], agrees: bool | None
) -> None:
    line = _name_line(name)
    contact = Contact(source="x", name=name)
    (opinion,) = verify.name_opinions(contact, line, {line: again})
    assert opinion.agrees is agrees, (name, again, opinion)


@pytest.mark.parametrize(
    ("confidence", "again", "agrees"),
    [
        (0.99, "Tel: Fax:", None),  # read surely, nothing read again: no opinion
        (0.87, "Tel: Fax:", False),  # read unsurely and nobody else reads a number there
        (0.87, "Tel:(971)45550800|Fax:(971)45550900", True),  # read again the same
    ],
)
def test_a_number_read_unsurely_that_no_one_reads_again_is_doubted(
    confidence: float, again: str, agrees: bool | None
) -> None:
    """Blur that makes the engine misread the digits leaves the second readers nothing."""
    lines, phones = _phone_line("Tel:(971)45550800|Fax:(971)45550900", confidence)
    first = verify.phone_opinions(lines, phones, {lines[0]: [again]}, "AE")[0]
    assert first.agrees is agrees, (confidence, again, first)
