"""Phone numbers: as printed, E.164 when valid, kind from the label before them."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.phones import find_phones
from cardscan.extract.region import infer_region

# (id, region, line, [(number as printed, e164, kind), ...])
CASES = [
    ("us tel", "US", "Tel: (415) 555-0132", [("(415) 555-0132", "+14155550132", "work")]),
    ("us cell dots", "US", "Cell 415.555.0199", [("415.555.0199", "+14155550199", "mobile")]),
    ("us plus one", "US", "+1 212 555 0147", [("+1 212 555 0147", "+12125550147", "other")]),
    (
        "us ext",
        "US",
        "P +1 (305) 555-2115 Ext. 111",
        [("+1 (305) 555-2115 Ext. 111", "+13055552115", "work")],
    ),
    ("uk (0)", "GB", "T +44 (0) 20 7946 0000", [("+44 (0) 20 7946 0000", "+442079460000", "work")]),
    (
        "uk mobile unlabelled",
        "GB",
        "+44 (0) 7911 123456",
        [("+44 (0) 7911 123456", "+447911123456", "mobile")],
    ),
    (
        "de t and f",
        "DE",
        "T +49 30 1234567 | F +49 30 1234568",
        [("+49 30 1234567", "+49301234567", "work"), ("+49 30 1234568", "+49301234568", "fax")],
    ),
    ("de mobil", "DE", "Mobil: +49 171 2345678", [("+49 171 2345678", "+491712345678", "mobile")]),
    (
        "de handy national",
        "DE",
        "Handy 0171 2345678",
        [("0171 2345678", "+491712345678", "mobile")],
    ),
    ("br fixo", "BR", "(11) 3456-7890", [("(11) 3456-7890", "+551134567890", "other")]),
    (
        "br celular",
        "BR",
        "Celular: (21) 9 8765-4321",
        [("(21) 9 8765-4321", "+5521987654321", "mobile")],
    ),
    ("br fone/fax", "BR", "Fone/Fax: (11) 3392-3817", [("(11) 3392-3817", "+551133923817", "fax")]),
    ("in mobile", "IN", "+91 98450 12345", [("+91 98450 12345", "+919845012345", "mobile")]),
    ("in tel", "IN", "Tel : +91 (80) 4112 0547", [("+91 (80) 4112 0547", "+918041120547", "work")]),
    (
        "jp run together",
        "JP",
        "TEL:06-6531-0157FAX:06-6531-0158",
        [("06-6531-0157", "+81665310157", "work"), ("06-6531-0158", "+81665310158", "fax")],
    ),
    ("jp national", "JP", "03-1234-5678", [("03-1234-5678", "+81312345678", "other")]),
    ("jp keitai", "JP", "携帯 090-1234-5678", [("090-1234-5678", "+819012345678", "mobile")]),
    ("jp denwa", "JP", "電話 03-1234-5678", [("03-1234-5678", "+81312345678", "work")]),
    ("fr tel", "FR", "Tél. +33 1 42 68 53 00", [("+33 1 42 68 53 00", "+33142685300", "work")]),
    (
        "fr portable",
        "FR",
        "Portable 06 12 34 56 78",
        [("06 12 34 56 78", "+33612345678", "mobile")],
    ),
    ("es movil", "ES", "Móvil: +34 612 345 678", [("+34 612 345 678", "+34612345678", "mobile")]),
    (
        "plus number any region",
        "US",
        "M: +49 151 23456789",
        [("+49 151 23456789", "+4915123456789", "mobile")],
    ),
    (
        "m label lower ignored kind",
        "US",
        "Phone +1 646 555 0188.",
        [("+1 646 555 0188", "+16465550188", "work")],
    ),
]


@pytest.mark.parametrize(
    ("region", "text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_phones(region: str, text: str, want: list[tuple[str, str | None, str]]) -> None:
    got = [(f.phone.number, f.phone.e164, f.phone.kind) for f in find_phones([text], region)]
    assert got == want, text


NOT_PHONES = [
    ("jp postcode", "JP", "〒550-0005 大阪府大阪市西区西本町1-2-17"),
    ("br cep", "BR", "CEP 01310-100 São Paulo - SP"),
    ("bare cep", "BR", "01310-100"),
    ("date", "US", "Since 2019-04-12"),
    ("us zip", "US", "Austin, TX 78701"),
    ("de postcode street", "DE", "Hauptstraße 12, 10115 Berlin"),
    ("short number", "US", "Suite 1200"),
]


@pytest.mark.parametrize(
    ("region", "text"), [c[1:] for c in NOT_PHONES], ids=[c[0] for c in NOT_PHONES]
)
def test_not_phones(region: str, text: str) -> None:
    assert find_phones([text], region) == [], text


def test_digits_in_email_and_website_are_not_phones() -> None:
    text = "Ana Lima\nana.lima2019123456@solaris.com.br\nwww.solaris1234567.com.br"
    assert extract_text(text, region="BR").phones == (), text


def test_possible_number_with_label_has_no_e164() -> None:
    text = "Tel: 1234 5678 90"
    got = find_phones([text], "US")
    assert [(f.phone.number, f.phone.e164) for f in got] == [("1234 5678 90", None)], text


def test_duplicate_numbers_collapse() -> None:
    text = "+55 11 3456-7890\n(11) 3456-7890"
    assert len(find_phones(text.splitlines(), "BR")) == 1, text


REGIONS = [
    ("calling code", "Tel +49 30 1234567", [], "DE"),
    ("email tld", "Ana", ["solaris.com.br"], "BR"),
    ("jp tld", "", ["hikari.co.jp"], "JP"),
    ("uk tld", "", ["tidewater.co.uk"], "GB"),
    ("generic tld ignored", "", ["orchard.io"], "US"),
    ("country name", "Calle Mayor 5, 28013 Madrid, España", [], "ES"),
    ("kana", "営業部 やまだ", [], "JP"),
    ("fallback", "Jane Doe", [], "US"),
]


@pytest.mark.parametrize(
    ("text", "hosts", "want"), [c[1:] for c in REGIONS], ids=[c[0] for c in REGIONS]
)
def test_infer_region(text: str, hosts: list[str], want: str) -> None:
    assert infer_region(text, hosts) == want, text


def test_region_inferred_from_email_for_brazilian_card() -> None:
    text = "Rafael Costa\nGerente Comercial\n(11) 3456-7890\nrafael@casaverde.com.br"
    phones = extract_text(text).phones
    assert [p.e164 for p in phones] == ["+551134567890"], text
