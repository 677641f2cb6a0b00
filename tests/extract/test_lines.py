"""Lines of a card as extraction sees them (cardscan.extract.lines)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cardscan.extract import extract_text
from cardscan.extract.lines import (
    CardLine,
    cyrillic_read_back,
    latin_read_back,
    list_items,
    main_script_is_cjk,
    with_label_before,
)


def card_lines(*texts: str) -> list[CardLine]:
    return [
        CardLine(i, t, t.lstrip("-*•» "), height=30, confidence=0.99, had_values=False)
        for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (("• Rações", "Pet Shop Aurora"), {0}),  # a bullet opens an item on its own
        (("- Uniforms", "- Alterations", "Ravi Tailors"), {0, 1}),
        (("* Cut", "* Colour", "Salon Mira"), {0, 1}),
        (("> 국제물류", "> 창고보관", "김민준"), {0, 1}),  # arrow bullets OCR read as ">"
        (("- 해외영업", ". 물류대행", "박서준"), {0, 1}),  # one bullet read "-", the next "."
        (("> Kestrel Freight", "Anna Berg"), set()),  # one alone: a logo's mark
        (("- Nordlicht Maschinenbau GmbH", "Anna Berg"), set()),  # a lone dash: a logo's mark
        (("Anna Berg", "Sales - North", "+49 30 1234 5678"), set()),  # a dash inside a line
        # The space after one item's dash lost, in a list of them: still an item.
        (("- Cloud backups", "-Managed hosting", "- Help desk", "Anna Berg"), {0, 1, 2}),
        (("-Nordlicht Maschinenbau GmbH", "Anna Berg"), set()),  # glued, and no list
        # Two items, only one read with its space: a list all the same.
        (("-커트", "- 염색", "한빛 헤어살롱"), {0, 1}),
        (("-Alterations", "- Uniforms", "Ravi Tailors"), {0, 1}),
        # Between two items, an item whose dash OCR lost.
        (("- 수제 반찬", "도시락", "- 명절 음식 주문", "한솔반찬가게"), {0, 1, 2}),
        (("ㆍ 염색", "ㆍ커트", "미소 헤어살롱"), {0, 1}),  # Korean middle-dot bullets
        (("・不動産売買", "・賃貸管理", "山田不動産"), {0, 1}),  # Japanese ones
        (("ㆍ 김영일", "해외사업부 상무"), set()),  # one alone: a mark beside a name
    ],
)
def test_list_items(texts: tuple[str, ...], want: set[int]) -> None:
    assert list_items(card_lines(*texts)) == want, texts


def test_a_line_between_items_in_another_type_size_is_no_item() -> None:
    """A heading or a name set larger between two items is not an item of theirs."""
    lines = card_lines("- Side dishes", "Hansol Banchan", "- Holiday orders")
    lines[1] = replace(lines[1], height=60)
    assert list_items(lines) == {0, 2}, [ln.text for ln in lines]


def test_a_firm_after_a_lone_dash_is_still_the_firm() -> None:
    text = "- Nordlicht Maschinenbau GmbH\nAnna Berg\nVertrieb\nanna.berg@nordlicht.example.de"
    contact = extract_text(text)
    assert contact.company == "Nordlicht Maschinenbau GmbH", (text, contact.company)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ΦaKC +7 (831) 323-58-22", "ФаКС +7 (831) 323-58-22"),
        ("OΓPH 1027700132195", "ОГРН 1027700132195"),
        ("∏H-∏T 9:00-18:00", "ПН-ПТ 9:00-18:00"),
        ("ООО «Πporpecc»", "ООО «Прогресс»"),
        ("Αθήνα, Ελλάδα", "Αθήνα, Ελλάδα"),  # Greek words stay Greek
        ("Mocква MockBa", "Mocква MockBa"),  # no Greek sign: nothing says which script
    ],
)
def test_cyrillic_read_with_greek_look_alikes_is_read_back(text: str, want: str) -> None:
    assert cyrillic_read_back(text) == want, text


def test_a_fax_label_read_in_greek_look_alikes_still_labels_the_fax() -> None:
    text = "Анна Лапина\nМенеджер\nООО «Вектор»\nΦaKC +7 (831) 323-58-22"
    phones = extract_text(text, region="RU").phones
    assert [p.kind for p in phones] == ["fax"], text


def test_a_cyrillic_word_read_in_latin_look_alikes_is_read_back_on_a_cyrillic_card() -> None:
    texts = ["BEKTOP", "Юридические услуги", "Калинина Нинель Вениаминовна", "vektor@example.ru"]
    assert latin_read_back(texts) == [
        "ВЕКТОР",
        "Юридические услуги",
        "Калинина Нинель Вениаминовна",
        "vektor@example.ru",  # a value stays as read
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ["ACME", "Jane Doe", "Chief Executive Officer"],  # a Latin card: nothing to read back
        ["BOX", "Sales Manager", "Иванов"],  # mostly Latin letters
    ],
)
def test_latin_words_stay_on_a_card_not_written_in_cyrillic(texts: list[str]) -> None:
    assert latin_read_back(texts) == texts


def test_only_words_made_all_of_look_alikes_are_read_back() -> None:
    texts = ["BEKTOP Group", "Транспортная компания", "Иванов Иван Иванович", "Менеджер"]
    assert latin_read_back(texts)[0] == "ВЕКТОР Group", texts  # G and u look like no Cyrillic


def test_a_firm_read_in_latin_look_alikes_comes_out_in_cyrillic() -> None:
    text = "OOO «TEXHO»\nИванов Иван Иванович\nМенеджер по продажам\n+7 495 123-45-67"
    assert extract_text(text).company == "ООО «ТЕХНО»", text


def test_a_city_and_its_abbreviation_read_in_latin_look_alikes_are_read_back() -> None:
    """ "г." (город) read as "r.", "Омск" as "Omck" (м read as "m")."""
    texts = ["Иванов Иван Иванович", "Менеджер", "644001, r. Omck, ул. Ленина, д. 5"]
    assert latin_read_back(texts)[2] == "644001, г. Омск, ул. Ленина, д. 5", texts


def test_a_small_letter_with_a_stop_inside_a_word_or_an_email_stays() -> None:
    texts = ["Иванов Иван Иванович", "Менеджер", "ivan.r@example.ru", "Guest e.g. Москва"]
    assert latin_read_back(texts)[2:] == ["ivan.r@example.ru", "Guest e.g. Москва"], texts


def test_latin_words_of_the_word_lists_stay_latin_on_a_cyrillic_card() -> None:
    texts = ["Иванов Иван Иванович", "CEO", "MOB: +7 912 345-67-89", "Генеральный директор"]
    assert latin_read_back(texts) == texts  # "CEO", "MOB" are Latin on any card


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("Northwind Traders\nRavi Patel\nDesignation: Sales Manager\n+91 98450 12345", "title",
         "Sales Manager"),
        ("Northwind Traders\nName - Ravi Patel\nDesig. - Sales Manager\n+91 98450 12345", "name",
         "Ravi Patel"),
        ("Firm: Northwind Traders\nRavi Patel\nOwner\n+91 98450 12345", "company",
         "Northwind Traders"),
        ("Northwind Traders\nRavi Patel\nPosition:-Sales Manager\n+91 98450 12345", "title",
         "Sales Manager"),
    ],
)  # fmt: skip
def test_a_fields_own_label_is_no_part_of_its_value(text: str, field: str, want: str) -> None:
    """Form-like cards label the person's fields: "Designation:", "Name - ", "Firm:"."""
    assert getattr(extract_text(text, region="IN"), field) == want, text


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Ten. +7 (812) 555-01-42", "+7", "Ten."),  # "Тел." misread, opening the line
        ("Celt: 512-555-0143", "512", "Celt:"),
        ("Acme Widgets Ltd. +44 20 5555 0142", "+44", None),  # after other words: the firm's
        ("Owen Calloway 512-555-0143", "512", None),
    ],
)
def test_a_short_label_before_a_value_goes_with_it(
    text: str, value: str, label: str | None
) -> None:
    start = text.index(value)
    want = text.index(label) if label else start
    assert with_label_before(text, (start, len(text))) == (want, len(text)), text


def _sized(rows: list[tuple[str, int]]) -> list[CardLine]:
    return [
        CardLine(i, t, t, height=h, confidence=0.99, had_values=False)
        for i, (t, h) in enumerate(rows)
    ]


def test_a_card_in_both_scripts_with_a_large_latin_logo_is_a_cjk_card() -> None:
    """Everything said in Hangul is said again in Latin letters, and a Latin logo is set
    large: the Latin side is a translation, the card is Korean."""
    rows = [
        ("박민준", 48),
        ("Min-jun Park", 32),
        ("Team Leader", 28),
        ("HANUL", 64),
        ("Precision", 27),
        ("한울정밀 주식회사", 31),
        ("Hanul Precision Co., Ltd.", 23),
    ]
    assert main_script_is_cjk(_sized(rows)), rows


def test_a_latin_card_with_its_firms_name_in_han_is_no_cjk_card() -> None:
    rows = [
        ("Daniel Weber", 40),
        ("Sales Director, Asia Pacific", 24),
        ("Northwind Trading GmbH", 30),
        ("北风贸易", 24),
        ("Hafenstrasse 12, 20457 Hamburg", 22),
    ]
    assert not main_script_is_cjk(_sized(rows)), rows
