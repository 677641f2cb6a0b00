from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
import vobject

from cardscan.extract.confidence import REVIEW_BELOW
from cardscan.models import CONTACT_KEYS, Contact, Phone
from cardscan.output import FORMATS, write_contacts


def people() -> list[Contact]:
    return [
        Contact(
            source="cards/conceicao.jpg",
            name="José Conceição",
            given_name="José",
            family_name="Conceição",
            title="Head of Data, EMEA",
            company="Conceição & Filhos; Lda.",
            emails=("jose@conceicao.example", "info@conceicao.example"),
            phones=(
                Phone("+351 912 345 678", "+351912345678", "mobile"),
                Phone("+351 21 000 0001", "+351210000001", "fax"),
                Phone("21 000 0002", None, "work"),
            ),
            websites=("https://conceicao.example",),
            address="Rua das Flores 12, 1200-195 Lisboa",
            confidence={"name": 0.91, "emails": 0.99},
            engine="tesseract",
            text="José Conceição\nHead of Data, EMEA",
        ),
        Contact(
            source="cards/yamada.png",
            card=1,
            name="山田 太郎",
            given_name="太郎",
            family_name="山田",
            company="北風アナリティクス株式会社",
            emails=("taro@kitakaze.example",),
            engine="rapidocr",
        ),
    ]


def write(fmt: str, contacts: list[Contact] | None = None) -> str:
    stream = io.StringIO()
    count = write_contacts(people() if contacts is None else contacts, fmt, stream)
    assert count == (2 if contacts is None else len(contacts))
    return stream.getvalue()


def test_jsonl_has_exactly_the_contract_keys() -> None:
    lines = write("jsonl").splitlines()
    assert len(lines) == 2
    for line, contact in zip(lines, people(), strict=True):
        data = json.loads(line)
        assert tuple(data) == CONTACT_KEYS
        assert data == contact.to_dict()
    assert "José Conceição" in lines[0] and "山田 太郎" in lines[1]  # not \u escapes


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "vcard"])
def test_output_streams_as_contacts_arrive(fmt: str) -> None:
    stream = io.StringIO()
    seen: list[int] = []

    def slow() -> Iterator[Contact]:
        for contact in people():
            seen.append(len(stream.getvalue()))
            yield contact

    write_contacts(slow(), fmt, stream)
    # The first contact was already written when the second was asked for.
    assert seen[1] > seen[0]


def test_json_is_a_list() -> None:
    assert json.loads(write("json")) == [c.to_dict() for c in people()]
    assert json.loads(write("json", [])) == []


def test_csv_columns_and_cells() -> None:
    rows = list(csv.DictReader(io.StringIO(write("csv"))))
    assert tuple(rows[0]) == CONTACT_KEYS
    first = rows[0]
    assert first["emails"] == "jose@conceicao.example; info@conceicao.example"
    # The apostrophe keeps a spreadsheet from taking "+351 …" for a sum (see csv_cell).
    assert first["phones"] == "'+351 912 345 678; +351 21 000 0001; 21 000 0002"
    assert json.loads(first["confidence"]) == {"name": 0.91, "emails": 0.99}
    assert first["text"] == "José Conceição\nHead of Data, EMEA"
    assert rows[1]["title"] == "" and rows[1]["card"] == "1"


def test_vcard_fields() -> None:
    cards = list(vobject.readComponents(write("vcard")))
    assert len(cards) == 2
    card = cards[0]
    assert card.version.value == "3.0"
    assert card.fn.value == "José Conceição"
    assert (card.n.value.given, card.n.value.family) == ("José", "Conceição")
    assert card.org.value == ["Conceição & Filhos; Lda."]
    assert card.title.value == "Head of Data, EMEA"
    assert [e.value for e in card.contents["email"]] == list(people()[0].emails)
    types = [(t.value, t.params["TYPE"]) for t in card.contents["tel"]]
    assert types == [
        ("+351 912 345 678", ["CELL"]),
        ("+351 21 000 0001", ["FAX"]),
        ("21 000 0002", ["WORK"]),
    ]
    assert card.url.value == "https://conceicao.example"
    assert card.adr.value.street == "Rua das Flores 12, 1200-195 Lisboa"
    assert cards[1].fn.value == "山田 太郎"


def test_vcard_without_a_name_still_has_fn() -> None:
    text = write("vcard", [Contact("x.jpg", company="Northwind Analytics")])
    assert next(vobject.readComponents(text)).fn.value == "Northwind Analytics"


def test_unknown_format() -> None:
    assert "table" in FORMATS
    with pytest.raises(ValueError, match="xml"):
        write_contacts([], "xml", io.StringIO())


def doubtful_and_sure() -> list[Contact]:
    low = REVIEW_BELOW - 0.1
    return [
        Contact(
            "doubt.jpg",
            name="Ada Quill",
            company="Quill Works",
            emails=("ada@quill.example",),
            address="1 Lane, Leeds",
            confidence={"name": low, "company": 0.97, "emails": 0.95, "address": low, "title": 0.0},
        ),
        Contact(
            "sure.jpg",
            name="Bo Brook",
            emails=("bo@brook.example",),
            confidence={"name": REVIEW_BELOW, "emails": 0.99, "company": 0.0},
        ),
    ]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "vcard"])
def test_other_formats_do_not_flag(fmt: str) -> None:
    text = write(fmt, doubtful_and_sure())
    assert "Ada Quill ?" not in text and "review" not in text
    if fmt == "jsonl":
        first = json.loads(text.splitlines()[0])
        assert first == doubtful_and_sure()[0].to_dict()
        assert first["confidence"]["name"] == REVIEW_BELOW - 0.1
