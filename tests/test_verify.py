"""The second opinion on emails, phones and names (cardscan.verify)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from cardscan import pipeline, verify
from cardscan.engines import get_engine
from cardscan.extract import find_emails, find_phones
from cardscan.models import Box, Contact, Line, Word
from cardscan.verify import agreement_opinions, doubted, name_forms, near_miss, with_doubts
from tests.conftest import render_card


def test_name_forms_are_the_usual_local_parts() -> None:
    assert {"lia", "lopez", "lialopez", "llopez", "lial", "lopezl"} <= name_forms("Dr. Lia Lopez")


@pytest.mark.parametrize(
    ("local", "name", "miss"),
    [
        ("ilopez", "Lia Lopez", True),  # "l" read as "i"
        ("lia.lopes", "Lia Lopez", True),  # one letter off the whole name
        ("llopez", "Lia Lopez", False),  # a form of the name
        ("sales", "Lia Lopez", False),  # nothing like the name: no opinion
        ("kim", "Kim Park", False),  # short forms are not judged
    ],
)
def test_a_local_part_one_letter_from_the_name_is_a_misread(local, name, miss) -> None:
    word = "".join(ch for ch in local if ch.isalpha())
    assert (near_miss(word, name_forms(name)) is not None) is miss, (local, name)


def contact(**fields) -> Contact:
    return Contact(source="x", **fields)


def test_agreement_opinions_doubt_emails_near_the_name_or_the_website() -> None:
    near_name = contact(name="Lia Lopez", emails=("ilopez@brightwater.example",))
    near_site = contact(emails=("lia@brlghtwater.com",), websites=("www.brightwater.com",))
    fine = contact(name="Lia Lopez", emails=("lia.lopez@brightwater.com", "info@brightwater.com"))
    assert doubted(agreement_opinions(near_name)) == {"emails"}
    assert doubted(agreement_opinions(near_site)) == {"emails"}
    assert doubted(agreement_opinions(fine)) == set()


@pytest.mark.parametrize(
    ("address", "doubt"),
    [
        ("maria81l@mailbox.example", True),  # the "@"'s stroke read as "l"
        ("joao.p2i@mailbox.example", True),
        ("maria81@mailbox.example", False),
        ("maria.l@mailbox.example", False),  # an initial after a separator
        ("r2d2@mailbox.example", False),
    ],
)
def test_a_letter_after_the_digits_before_the_at_is_doubted(address: str, doubt: bool) -> None:
    assert (doubted(agreement_opinions(contact(emails=(address,)))) == {"emails"}) is doubt, address


@pytest.mark.parametrize(
    ("address", "read_again", "site", "doubt"),
    [
        # the second reader dropped letters; the name and the website agree with the first
        (
            "leonard.wilson@vertexworks.co.uk",
            "leonardwson@vertework.co.uk",
            "vertexworks.co.uk",
            False,
        ),
        ("james_sanford@perkins.co", "james_sanford@peekins.co", "www.perkins.co", False),
        # an "E" label glued on in the first reading is dropped before the name is compared
        (
            "eleonard.wilson@vertexworks.co.uk",
            "leonardwson@vertexworks.co.uk",
            "vertexworks.co.uk",
            False,
        ),
        # only the punctuation differs: which one is printed is a real question
        (
            "leonard.wilson@vertexworks.co.uk",
            "leonard_wilson@vertexworks.co.uk",
            "vertexworks.co.uk",
            True,
        ),
        # the website does not back the domain
        ("leonard.wilson@vertexworks.co.uk", "leonardwson@vertework.co.uk", "vertex.com", True),
        # a misread letter makes the local part no form of the name
        (
            "ieonard.wilson@vertexworks.co.uk",
            "leonard.wilson@vertexworks.co.uk",
            "vertexworks.co.uk",
            True,
        ),
    ],
)
def test_a_reading_backed_by_the_name_and_the_website_outweighs_a_second_readers_slip(
    address: str, read_again: str, site: str, doubt: bool
) -> None:
    opinion = verify.Opinion("emails", address, False, f"read again as {read_again}", read_again)
    kept = verify.outweighed(
        opinion, "Leonard Wilson" if "leonard" in address else "James Sanford", [site]
    )
    assert (kept.agrees is False) is doubt, (address, read_again, site, kept)


def test_an_email_is_compared_with_the_website_as_read_not_as_respelled() -> None:
    """Extraction gives the website the email's spelling; the doubt on the email stays."""
    respelled = contact(emails=("lia@brlghtwater.com",), websites=("www.brlghtwater.com",))
    assert doubted(agreement_opinions(respelled, ["www.brightwater.com"])) == {"emails"}
    assert doubted(agreement_opinions(respelled)) == set()


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


def _line(text: str, confidence: float) -> Line:
    words = text.split()
    return Line(tuple(Word(w, confidence, Box(10 * i, 0, 9, 12)) for i, w in enumerate(words)))


@pytest.mark.parametrize(
    ("address", "confidence", "websites", "doubt"),
    [
        # nothing confirms the address and the engine was unsure of its line
        ("mkt.team7@vantorq.com.br", 0.95, [], True),
        # read with confidence: trusted as read
        ("mkt.team7@vantorq.com.br", 0.995, [], False),
        # the local part is a form of the printed name
        ("lia.lopez@vantorq.com.br", 0.95, [], False),
        ("llopez@vantorq.com.br", 0.95, [], False),
        # the domain names the website printed on its own line
        ("mkt.team7@vantorq.com.br", 0.95, ["www.vantorq.com.br"], False),
        # a website of another firm does not confirm it
        ("mkt.team7@vantorq.com.br", 0.95, ["www.fernhill.co.uk"], True),
    ],
)
def test_an_unsure_reading_nothing_confirms_is_doubted(
    address: str, confidence: float, websites: list[str], doubt: bool
) -> None:
    lines = [_line("Lia Lopez", 0.99), _line(address, confidence)]
    emails = find_emails([line.text for line in lines])
    opinions = verify.unconfirmed_opinions(lines, emails, "Lia Lopez", websites)
    assert (doubted(opinions) == {"emails"}) is doubt, (address, confidence, websites, opinions)


@pytest.mark.parametrize(
    ("name", "emails", "doubt"),
    [
        # no word of it a known name, and the person's email spells someone else
        ("Prime Logistix", ("rahul.mehta@primelogistix.example",), True),
        ("Grand Vista", ("anita@grandvista.example",), True),
        # a known given name or surname, or an email that spells it, backs the name
        ("Rahul Mehta", ("anita@grandvista.example",), False),
        ("Zorvek Talun", ("zorvek.talun@example.com",), False),
        ("Zorvek Talun", ("ztalun@example.com",), False),
        # nothing to compare with: no email, or only a mailbox of the firm
        ("Zorvek Talun", (), False),
        ("Zorvek Talun", ("info@example.com",), False),
        ("김성진", ("sjkim@example.kr",), False),  # CJK names are not in these lexicons
    ],
)
def test_a_name_nothing_on_the_card_backs_is_doubted(name: str, emails: tuple, doubt: bool) -> None:
    got = doubted(verify.unbacked_opinions(contact(name=name, emails=emails)))
    assert got == ({"name"} if doubt else set()), (name, emails)


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


def _phone_line(text: str) -> tuple[list[Line], list]:
    line = Line((Word(text, 0.99, Box(10, 10, 600, 30)),))
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
