"""Whole cards through the public entry points."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_contact, extract_text, read_values, text_reading
from cardscan.models import CONTACT_KEYS, Box, Contact, Line, OcrResult, Phone, Word

JP_CARD = """株式会社ひかり電機
営業部 部長
山田 太郎
TARO YAMADA
〒150-0002 東京都渋谷区渋谷3-12-8
TEL:03-5555-0101FAX:03-5555-0102
E-mail:t.yamada@hikari-denki.co.jp"""

BR_CARD = """Fernanda Ribeiro
Gerente de Projetos
Construtora Horizonte Ltda.
Fone: (31) 3222-4455
Cel: (31) 9 9555-0143
fernanda.ribeiro©horizonte.com.br
www.horizonte.com.br
Av. Afonso Pena, 1500 - Centro
Belo Horizonte - MG"""

DE_CARD = """Stahlwerk Kessler GmbH
Dipl.-Ing. Jonas Kessler
Leiter Entwicklung
T +49 89 1234567 | F +49 89 1234568
M +49 171 2345678
j.kessler@stahlwerk-kessler.de
Industriestraße 7, 80339 München"""

US_CARD = """Orchard Labs
Emily Carter
VP of Engineering
Phone: (415) 555-0132
emily@orchardlabs.io
https://orchardlabs.io/
500 Howard Street, Suite 300
San Francisco, CA 94105"""

IN_CARD = """Arjun Mehta
Senior Consultant
Vriddhi Analytics Pvt. Ltd.
Mobile : +91 98450 12345
Tel : +91 (80) 4155 0172
E-mail : arjun.mehta@vriddhi.in"""

COMPANY_ONLY = """BRIGHTWAVE STUDIOS
Photography & Film
+1 415 555 0132
hello@brightwave.com
www.brightwave.com"""


def _phones(c: Contact) -> list[tuple[str, str | None, str]]:
    return [(p.number, p.e164, p.kind) for p in c.phones]


def test_japanese_card() -> None:
    c = extract_text(JP_CARD)
    got = (c.name, c.family_name, c.given_name, c.title, c.company, c.emails, c.address)
    want = (
        "山田 太郎",
        "山田",
        "太郎",
        "営業部 部長",
        "株式会社ひかり電機",
        ("t.yamada@hikari-denki.co.jp",),
        "〒150-0002 東京都渋谷区渋谷3-12-8",
    )
    assert got == want, JP_CARD
    assert _phones(c) == [
        ("03-5555-0101", "+81355550101", "work"),
        ("03-5555-0102", "+81355550102", "fax"),
    ], JP_CARD


def test_brazilian_card() -> None:
    c = extract_text(BR_CARD)
    assert (c.name, c.title, c.company) == (
        "Fernanda Ribeiro",
        "Gerente de Projetos",
        "Construtora Horizonte Ltda.",
    ), BR_CARD
    assert c.emails == ("fernanda.ribeiro@horizonte.com.br",), BR_CARD
    assert c.websites == ("www.horizonte.com.br",), BR_CARD
    assert _phones(c) == [
        ("(31) 3222-4455", "+553132224455", "work"),
        ("(31) 9 9555-0143", "+5531995550143", "mobile"),
    ], BR_CARD
    assert c.address == "Av. Afonso Pena, 1500 - Centro, Belo Horizonte - MG", BR_CARD


def test_german_card() -> None:
    c = extract_text(DE_CARD)
    assert (c.name, c.given_name, c.family_name) == (
        "Dipl.-Ing. Jonas Kessler",
        "Jonas",
        "Kessler",
    ), DE_CARD
    assert (c.title, c.company) == ("Leiter Entwicklung", "Stahlwerk Kessler GmbH"), DE_CARD
    assert [p.kind for p in c.phones] == ["work", "fax", "mobile"], DE_CARD
    assert c.address == "Industriestraße 7, 80339 München", DE_CARD


def test_us_card() -> None:
    c = extract_text(US_CARD)
    assert (c.name, c.title, c.company) == ("Emily Carter", "VP of Engineering", "Orchard Labs"), (
        US_CARD
    )
    assert c.websites == ("https://orchardlabs.io/",), US_CARD
    assert _phones(c) == [("(415) 555-0132", "+14155550132", "work")], US_CARD
    assert c.address == "500 Howard Street, Suite 300, San Francisco, CA 94105", US_CARD


def test_indian_card() -> None:
    c = extract_text(IN_CARD)
    assert (c.name, c.title, c.company) == (
        "Arjun Mehta",
        "Senior Consultant",
        "Vriddhi Analytics Pvt. Ltd.",
    ), IN_CARD
    assert [p.kind for p in c.phones] == ["mobile", "work"], IN_CARD


def test_company_only_card_has_no_name() -> None:
    c = extract_text(COMPANY_ONLY)
    assert (c.name, c.given_name, c.family_name) == (None, None, None), COMPANY_ONLY
    assert c.company == "BRIGHTWAVE STUDIOS", COMPANY_ONLY


def test_empty_text() -> None:
    c = extract_text("")
    assert (c.name, c.emails, c.phones, c.address) == (None, (), (), None)


@pytest.mark.parametrize(
    "text",
    [JP_CARD, BR_CARD, DE_CARD, US_CARD, IN_CARD, COMPANY_ONLY],
    ids=["jp", "br", "de", "us", "in", "company"],
)
def test_contract_shape(text: str) -> None:
    data = extract_text(text, source="card.jpg").to_dict()
    assert tuple(data) == CONTACT_KEYS, text
    assert data["source"] == "card.jpg" and data["engine"] == "text" and data["text"] == text, text
    assert set(data["confidence"]) == {
        "name",
        "title",
        "company",
        "emails",
        "phones",
        "websites",
        "address",
    }, text
    assert all(0.0 <= v <= 1.0 for v in data["confidence"].values()), text
    assert all(p["kind"] in ("mobile", "work", "fax", "other") for p in data["phones"]), text


def _word(text: str, x: int, y: int, h: int) -> Word:
    return Word(text, 0.9, Box(x, y, 10 * len(text), h))


def test_extract_contact_uses_line_height_and_engine() -> None:
    # No title and no email: only the larger font says which line is the name.
    lines = (
        Line((_word("Greenfield", 10, 10, 20), _word("Bakery", 120, 10, 20))),
        Line((_word("Hannah", 10, 40, 40), _word("Moss", 90, 40, 40))),
        Line(
            (
                _word("+44", 10, 90, 18),
                _word("20", 50, 90, 18),
                _word("7946", 80, 90, 18),
                _word("0000", 130, 90, 18),
            )
        ),
        Line((_word("Fresh", 10, 120, 18), _word("Bread", 70, 120, 18))),
    )
    ocr = OcrResult(engine="rapidocr", lines=lines, width=400, height=200)
    c = extract_contact(ocr, source="x.jpg", card=2, region="GB")
    assert (c.name, c.card, c.engine, c.source) == ("Hannah Moss", 2, "rapidocr", "x.jpg"), ocr.text
    assert c.phones == (Phone("+44 20 7946 0000", "+442079460000", "other"),), ocr.text


def test_explicit_region_wins() -> None:
    text = "Jane Doe\n020 7946 0000\njane@orchard.io"
    assert [p.e164 for p in extract_text(text, region="GB").phones] == ["+442079460000"], text


# (printed name, the address line as OCR read it with the "E" label glued on, the address)
GLUED = [
    ("Sean Davies", "Esean.davies@stonebridge.co.uk", "sean.davies@stonebridge.co.uk"),
    ("Ana Souza", "eana.souza@lumen.com.br", "ana.souza@lumen.com.br"),
    # a shared mailbox, no person
    ("Lumen Engenharia Ltda.", "econtato@lumen.com.br", "contato@lumen.com.br"),
    # "E." or "E-" printed as the label: its period or hyphen goes with it
    ("Paul Girard", "E.p.girard@ateliers-sud.fr", "p.girard@ateliers-sud.fr"),
    ("Mia Brandt", "E-mia.brandt@nordhafen.de", "mia.brandt@nordhafen.de"),
]


@pytest.mark.parametrize(("name", "ocr_line", "want"), GLUED)
def test_glued_e_label_dropped_when_the_rest_matches_the_name(name, ocr_line, want):
    contact = extract_text(f"{name}\n{ocr_line}")
    assert contact.emails == (want,), (name, ocr_line, contact.emails)


@pytest.mark.parametrize(
    "text",
    [
        "Eva Stone\nevastone@quarry.co.uk",  # first+last: the e belongs to the name
        "Ethan Miles\nemiles@harbour.com",  # flast
    ],
)
def test_real_leading_e_is_kept(text):
    contact = extract_text(text)
    assert contact.emails == (text.splitlines()[1],), (text, contact.emails)


@pytest.mark.parametrize("labels", [("HP", "Telp"), ("Hand Phone", "Tlp"), ("WA", "Landline")])
def test_phone_labels_left_without_their_numbers_are_no_text(labels: tuple[str, str]) -> None:
    """Every label of data/phone_labels.txt is dropped with its number, not left for the
    company or the name to take ("Budi Santoso HP: Telp")."""
    mobile, work = labels
    text = f"Nadia Kusuma\n{mobile}: 0812-3456-7890\n{work}: (021) 555-1234"
    got = extract_text(text, region="ID")
    assert got.company is None, (text, got.company)


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("E V E N T S", "EVENTS"),
        ("E le k t rot ec h n i k", "Elektrotechnik"),  # OCR joined some of the letters
        ("S R K Rao", "S R K Rao"),  # initials and a surname
        ("M S R Murthy", "M S R Murthy"),
        ("CONSULTINGENGINEERS", "CONSULTING ENGINEERS"),  # word spaces lost
        ("INTERNATIONAL", "INTERNATIONAL"),  # one word
        # a business word's first letters cut off by a space
        ("KORVA In mobiliaria", "KORVA Inmobiliaria"),
        ("TALEN I ngeniería", "TALEN Ingeniería"),
        ("LG Electronics", "LG Electronics"),  # a short word of its own
    ],
)
def test_letter_spaced_lines_are_closed_up_and_glued_business_words_split(
    printed: str, want: str
) -> None:
    rest = read_values(text_reading(printed), None).lines[0].rest
    assert rest == want, f"{printed!r} → {rest!r}"
