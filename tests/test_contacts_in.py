from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from cardscan.contacts_in import contact_from_mapping, read_contacts
from cardscan.errors import InputFileError
from cardscan.models import Contact, Phone
from cardscan.output import write_contacts


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
                Phone("800 123", None, "other"),
            ),
            websites=("https://conceicao.example/a;b=1", "https://filhos.example"),
            address="Rua das Flores 12, 1200-195 Lisboa",
            confidence={"name": 0.91, "emails": 0.99},
            engine="tesseract",
            text="José Conceição\nHead of Data, EMEA\u2028odd line separator",
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
        Contact(
            source="-", card=2, company="Northwind Analytics", emails=("hello@northwind.example",)
        ),
        Contact(source="cards/blank.jpg"),
        # A sole trader whose business carries her name: FN equals ORG, yet it is a name.
        Contact(source="cards/ruiz.jpg", name="Ana Ruiz", company="Ana Ruiz"),
        Contact(source="cards/mail-only.jpg", emails=("office@ruiz.example",)),
    ]


def as_dicts(contacts: list[Contact]) -> list[dict]:
    return [c.to_dict() for c in contacts]


def round_trip(fmt: str, contacts: list[Contact]) -> list[Contact]:
    stream = io.StringIO()
    write_contacts(contacts, fmt, stream)
    return read_contacts(io.StringIO(stream.getvalue()))


@pytest.mark.parametrize("fmt", ["jsonl", "json", "vcard"])
def test_round_trip_is_exact(fmt: str) -> None:
    assert as_dicts(round_trip(fmt, people())) == as_dicts(people())


def test_csv_round_trip_keeps_all_but_phone_details() -> None:
    # The contract's CSV holds phones by their number only: kind and e164 do not survive.
    plain = [
        dataclasses.replace(c, phones=tuple(Phone(p.number, None) for p in c.phones))
        for c in people()
    ]
    assert as_dicts(round_trip("csv", people())) == as_dicts(plain)


def test_reads_a_path_and_bytes_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "contacts.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        write_contacts(people(), "jsonl", stream)
    assert as_dicts(read_contacts(path)) == as_dicts(people())
    data = "\ufeff".encode() + path.read_bytes()
    assert as_dicts(read_contacts(io.BytesIO(data))) == as_dicts(people())


def test_empty_input() -> None:
    assert read_contacts(io.StringIO("\n  \n")) == []


def test_bad_jsonl_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"source": "a.jpg"}\n\n{"source": "b.jpg",\n', encoding="utf-8")
    with pytest.raises(InputFileError, match=r"c\.jsonl: line 3: not valid JSON") as info:
        read_contacts(path)
    assert info.value.exit_code == 3


def test_wrong_types_are_refused_with_the_line() -> None:
    text = '{"source": "a.jpg"}\n{"source": "b.jpg", "emails": 5}\n'
    with pytest.raises(InputFileError, match="line 2: emails must be a list"):
        read_contacts(io.StringIO(text))


def test_lone_email_string_is_accepted() -> None:
    (contact,) = read_contacts(io.StringIO(json.dumps({"name": "Ana", "emails": "ana@x.example"})))
    assert contact.emails == ("ana@x.example",)


def test_bad_csv_row_is_named() -> None:
    text = "source,card,name\na.jpg,0,Ana\nb.jpg,two,Bo\n"
    with pytest.raises(InputFileError, match="line 3: card must be a whole number"):
        read_contacts(io.StringIO(text))


def test_csv_from_a_spreadsheet() -> None:
    text = "name;emails;phones\nAna Ruiz;ana@ruiz.example;+34 600 000 000\n"
    (contact,) = read_contacts(io.StringIO(text))
    assert contact.name == "Ana Ruiz"
    assert contact.emails == ("ana@ruiz.example",)
    assert contact.phones == (Phone("+34 600 000 000", None),)


def test_not_a_contacts_file() -> None:
    with pytest.raises(InputFileError, match="line 1"):
        read_contacts(io.StringIO("hello world\n"))


def test_vcard_from_another_program(tmp_path: Path) -> None:
    path = tmp_path / "book.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nN:Chen;Bo;;;\r\nORG:Kite Labs;Research\r\n"
        "TEL;TYPE=WORK,VOICE:+1 555 0199\r\nTEL;TYPE=CELL:+1 555 0142\r\n"
        "EMAIL;TYPE=INTERNET:bo@kite.example\r\n"
        "ADR;TYPE=WORK:;;1 Main St;Springfield;IL;62701;USA\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    (contact,) = read_contacts(path)
    assert contact.source == str(path)
    assert (contact.name, contact.given_name, contact.family_name) == ("Bo Chen", "Bo", "Chen")
    assert contact.company == "Kite Labs, Research"
    assert [(p.number, p.kind) for p in contact.phones] == [
        ("+1 555 0199", "work"),
        ("+1 555 0142", "mobile"),
    ]
    assert contact.address == "1 Main St, Springfield, IL, 62701, USA"


def test_unclosed_vcard_is_named() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:B\n"
    with pytest.raises(InputFileError, match="line 5: vCard never closed"):
        read_contacts(io.StringIO(text))


def test_broken_vcard_names_its_start() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nnot a property\nEND:VCARD\n"
    with pytest.raises(InputFileError, match="vCard starting at line 5"):
        read_contacts(io.StringIO(text))


def test_a_lone_address_is_a_list_of_one_unless_lists_only() -> None:
    data = {"source": "c.jpg", "emails": "ana@northwind.example"}
    assert contact_from_mapping(data).emails == ("ana@northwind.example",), data
    for key in ("emails", "phones", "websites"):
        with pytest.raises(ValueError) as caught:
            contact_from_mapping({"source": "c.jpg", key: "x"}, lists_only=True)
        assert str(caught.value) == f"{key} must be a list", key
