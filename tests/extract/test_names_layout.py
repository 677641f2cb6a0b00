"""Names that need the layout: two scripts, two lines, the card's main script."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_contact

from .layout_helpers import card_text, ocr


def people(rows):
    contact = extract_contact(ocr(*rows), source="-")
    return contact.name, contact.name_alt, contact.given_name, contact.family_name


JAPANESE_CARD = (
    ("株式会社みなと精機", 60, 40, 40),
    ("営業部 部長", 60, 120, 30),
    ("佐々木 健二", 60, 170, 60),
    ("KENJI SASAKI", 60, 240, 30),
    ("大阪府大阪市北区梅田1-2-3", 60, 400, 28),
    ("sasaki@minato-seiki.example", 60, 440, 26),
)
ENGLISH_CARD_WITH_KANJI = (
    ("HARBOUR TRADING JSC", 60, 40, 40),
    ("Managing Director", 600, 200, 32),
    ("中田 洋平", 640, 240, 32),
    ("YOHEI NAKATA", 560, 280, 38),
    ("12 Harbour Road, District 3, Ho Chi Minh City", 60, 450, 24),
    ("nakata@harbourtrading.example", 60, 490, 24),
)


def test_name_in_the_cards_main_script_and_the_other_as_alt() -> None:
    got = people(JAPANESE_CARD)
    assert got == ("佐々木 健二", "KENJI SASAKI", "健二", "佐々木"), card_text(JAPANESE_CARD)


def test_latin_card_keeps_the_latin_name_first() -> None:
    got = people(ENGLISH_CARD_WITH_KANJI)
    want = ("YOHEI NAKATA", "中田 洋平", "YOHEI", "NAKATA")
    assert got == want, card_text(ENGLISH_CARD_WITH_KANJI)


def test_name_set_large_over_two_lines() -> None:
    rows = (
        ("ALEXANDRA", 80, 100, 70),
        ("KOWALCZYK", 80, 180, 70),
        ("Art Director", 80, 300, 30),
        ("alexandra@studiokowal.example", 80, 400, 26),
    )
    assert people(rows)[0] == "ALEXANDRA KOWALCZYK", card_text(rows)


def test_closing_abbreviation_keeps_its_period() -> None:
    rows = (
        ("Cartório Azul", 80, 40, 40),
        ("Benedito S. Amaral Jr.", 80, 200, 32),
        ("Escrevente Juramentado", 80, 240, 26),
        ("benedito@cartorioazul.example", 80, 400, 24),
    )
    assert people(rows)[0] == "Benedito S. Amaral Jr.", card_text(rows)


def test_line_stacked_next_to_a_name_is_not_glued_on() -> None:
    rows = (
        ("Tomás Ferreira", 80, 100, 40),
        ("Consultor de Vendas", 80, 150, 30),
        ("tomas@vendasplus.example", 80, 300, 24),
    )
    assert people(rows)[0] == "Tomás Ferreira", card_text(rows)


def test_name_words_read_as_two_detections_on_one_row() -> None:
    """A name set with wide letter spacing comes from the engine as two boxes side by side."""
    rows = (
        ("ANAND", 100, 100, 40),
        ("KRISHNAN", 300, 100, 40),
        ("Sales Executive", 100, 160, 20),
        ("Mob: +91 98450 12345", 100, 200, 20),
    )
    assert people(rows)[0] == "ANAND KRISHNAN", card_text(rows)


def test_a_name_piece_beside_the_chosen_one_joins_it_when_the_email_spells_both() -> None:
    """The middle initial's dot lost, the engine cut the row after it; the piece alone is a
    given name and an initial, which the rest of the card cannot tell from a whole name."""
    rows = (
        ("Oriella V", 240, 65, 46),
        ("Dastoorwala", 500, 68, 40),
        ("Sales & Marketing", 360, 143, 30),
        ("Asst. Manager", 390, 177, 28),
        ("Nilgiri Infotech Ltd.", 280, 235, 32),
        ("PHONE (0422) 555 0141", 340, 323, 28),
        ("oriella_dastoorwala@nilgiri-infotech.in", 330, 380, 26),
    )
    assert people(rows)[0] == "Oriella V Dastoorwala", card_text(rows)


def test_two_columns_far_apart_are_not_one_name() -> None:
    rows = (
        ("Priya", 60, 100, 30),
        ("Menon", 900, 100, 30),
        ("Graphic Designer", 60, 150, 20),
    )
    assert people(rows)[0] != "Priya Menon", card_text(rows)


def test_a_person_label_beside_the_name_labels_it() -> None:
    """A shop card prints "Ask for" in small type left of a large given name."""
    rows = (
        ("Nila Tailors", 70, 120, 56),
        ("Ask for", 65, 267, 52),
        ("Vasanthan", 260, 243, 78),
        ("Alterations · Uniforms", 70, 360, 32),
        ("PHONE: 0484-2932512", 70, 550, 30),
    )
    assert people(rows)[0] == "Vasanthan", card_text(rows)


def test_a_large_name_on_a_card_whose_company_is_elsewhere_is_the_person() -> None:
    """No title, a shared mailbox, a name of no list: the large two-word line is the person."""
    rows = (
        ("Tvisha Ranganathan", 60, 60, 64),
        ("www.koyiltextiles.example", 60, 150, 30),
        ("Phone 0422-4755499", 60, 190, 24),
        ("enquiry@koyiltextiles.example", 60, 230, 28),
        ("Koyil Textiles", 60, 400, 34),
    )
    assert people(rows)[0] == "Tvisha Ranganathan", card_text(rows)


def test_a_lone_word_over_a_title_is_the_persons_given_name() -> None:
    """A shop owner's card: a given name of no list, "Owner" right under it, the shop's name
    in smaller type at the foot."""
    rows = (
        ("Ishanvi", 60, 60, 44),
        ("Owner", 60, 112, 28),
        ("Recharge · Accessories · Mobile repairs", 60, 160, 22),
        ("Cell 097310 05522", 60, 300, 20),
        ("novamobile2020@gmail.com", 60, 330, 24),
        ("Nova Mobile Care", 60, 420, 30),
    )
    assert people(rows)[0] == "Ishanvi", card_text(rows)


def test_a_lone_word_far_above_a_title_is_not_taken_for_a_name() -> None:
    """The title is read next but printed across the card: it says nothing of the word."""
    rows = (
        ("Ishanvi", 60, 60, 44),
        ("Owner", 60, 400, 28),
        ("Cell 097310 05522", 60, 460, 20),
    )
    assert people(rows)[0] is None, card_text(rows)


def test_a_title_read_glued_to_the_name_is_cut_off_it() -> None:
    """OCR lost the spaces after "Dr." and before the title: the title's capital shows where."""
    rows = (
        ("Dr.Ilse WarnkeProkuristin", 60, 40, 35),
        ("Handy 0160 6909236", 60, 120, 29),
        ("Linden Architekten GmbH", 60, 300, 20),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.name, contact.title) == ("Dr. Ilse Warnke", "Prokuristin"), card_text(rows)


def test_a_cjk_name_opening_a_line_of_misread_words_is_the_twin_of_the_latin_name() -> None:
    """The Hangul name and its title misread on one row ("적임 연구?" for 책임연구원), the
    Latin spelling under it: the card's main script gives the name, the Latin one its alt."""
    rows = (
        ("한빛산업 주식회사", 80, 60, 40),
        ("Hanbit Industrial Co., Ltd.", 80, 110, 24),
        ("최 예진 적임 연구?", 80, 220, 34),
        ("Choi Yejin", 80, 270, 24),
        ("Principal Researcher", 80, 300, 20),
        ("서울특별시 중구 세종대로 110", 80, 420, 20),
        ("y.choi@hanbit-ind.example", 80, 450, 20),
    )
    assert people(rows)[:2] == ("최 예진", "Choi Yejin"), card_text(rows)


def _bilingual_card(native_row: str, latin_name: str) -> tuple:
    return (
        (native_row, 80, 60, 40),
        (latin_name, 80, 110, 40),  # as large: the type does not tell which is the name
        ("Sales Manager", 80, 160, 20),
        ("주식회사 새솔무역", 80, 260, 34),
        ("010-3852-1946", 80, 420, 20),
        ("sales@saesol-trade.example", 80, 450, 20),
    )


@pytest.mark.parametrize(
    ("native_row", "latin_name", "want"),
    [
        # The name printed solid, its department and rank after it on the same row.
        ("윤서진 해외영업부 과장", "Yun Seojin", "윤서진"),
        ("陈志远 市场部 经理", "Chen Zhiyuan", "陈志远"),
        # The rank misread, but the Latin name spells the given name (서진 = Seojin).
        ("윤서진 과잠", "Yoon Seojin", "윤서진"),
        # A slogan opening with a word that starts like a family name: no twin.
        ("함께 가는 내일", "Yun Seojin", "Yun Seojin"),
    ],
)
def test_a_cjk_name_printed_solid_before_its_title_is_the_twin(
    native_row: str, latin_name: str, want: str
) -> None:
    rows = _bilingual_card(native_row, latin_name)
    assert people(rows)[0] == want, card_text(rows)
