"""Title words OCR misread by a letter (extract/title_misreads.py)."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.title_misreads import (
    repaired_title_words,
    title_word_read_as,
    zeros_read_as_o,
)

REPAIRED = [
    ("Managing Drector", "Managing Director"),  # a letter dropped
    ("SENIOR ENGINEFR", "SENIOR ENGINEER"),  # a letter misread, in capitals
    ("Technical Consultnat", "Technical Consultant"),  # two slips in a long word
    ("Lena Ortiz - Managing Drector", "Lena Ortiz - Managing Director"),  # on the name's row
]


@pytest.mark.parametrize(("line", "expected"), REPAIRED)
def test_a_misread_title_word_is_repaired(line: str, expected: str) -> None:
    assert repaired_title_words(line) == expected, line


KEPT = [
    "Marketng Manager",  # holds a title word already: its other words are left as read
    "Head Offices",  # a plural, not "Officer" misread
    "Agence Web",  # a real word, too short to be taken for "Agente"
    "Drector 12",  # digits: a value line
    "Ramesh Iyer",  # a name
    "Brightline Analytics",  # no title word near any of its words
    "Assistência Técnica",  # an accented word is a word of its language, not "Assistentin"
    "Calidad constante",  # two letters shorter than "consultante": a word of its own
]


@pytest.mark.parametrize("line", KEPT)
def test_other_lines_are_left_as_read(line: str) -> None:
    assert repaired_title_words(line) == line, line


def test_of_equally_near_words_the_longest_is_taken() -> None:
    # "drector" is a letter from "director" and from "rector": OCR drops letters.
    assert title_word_read_as("Drector") == "Director"


def test_the_card_gets_the_repaired_title() -> None:
    text = "Lena Ortiz\nManaging Drector\nNorthwind Traders Ltd.\nlena@northwind.example"
    contact = extract_text(text)
    assert contact.title == "Managing Director", text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Managng Dreclor", "Managing Director"),  # the second needs the first repaired
        ("Opertions Maneger", "Operations Manager"),
    ],
)
def test_both_words_of_a_title_misread_each_are_repaired(line: str, expected: str) -> None:
    assert repaired_title_words(line) == expected, line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("선임연구우", "선임연구원"),  # the last syllable misread
        ("영업부 책입연구원", "영업부 책임연구원"),  # beside its department
        ("代表取締後", "代表取締役"),
    ],
)
def test_a_cjk_title_misread_by_one_character_is_repaired(line: str, expected: str) -> None:
    assert repaired_title_words(line) == expected, line


@pytest.mark.parametrize(
    "line",
    [
        "保長",  # too short: a character away from many words
        "주식회사",  # a real word, no title one character away
        "기술연구소",  # a department, not a title
        "선임연구우원",  # not the same length as the title
    ],
)
def test_other_cjk_words_are_left_as_read(line: str) -> None:
    assert repaired_title_words(line) == line, line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("수썩면구원", "수석연구원"),  # two syllables, each a letter (jamo) off
        ("잭임연구원", "책임연구원"),  # a character off three titles: the one a letter off
        ("잭임연 구원", "책임연구원"),  # read with a space inside
        ("수석 연구", "수석 연구"),  # no title once run together: as read
        ("대포이싸", "대포이싸"),  # two slips in four syllables leave too little
        ("主任研究貝", "主任研究貝"),  # Han characters: one character only, and this is one
    ],
)
def test_a_hangul_title_misread_by_a_letter_per_syllable_is_repaired(
    line: str, expected: str
) -> None:
    assert repaired_title_words(line) == expected, line


def test_a_misread_korean_title_under_the_name_is_the_title() -> None:
    text = "주식회사 한빛소프트\n김민준\n선임연구우\n010-5555-0142\nminjun@hanbit.example.kr"
    assert extract_text(text).title == "선임연구원", text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Managing Dlrecfor", "Managing Director"),  # two slips beside a title word
        ("Leo Dlrecfor", "Leo Dlrecfor"),  # beside a name: one slip only, and this is two
    ],
)
def test_beside_title_words_a_word_may_be_two_letters_off(line: str, expected: str) -> None:
    assert repaired_title_words(line) == expected, line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HSE 0fficer", "HSE Officer"),  # a zero opening a word
        ("Operations Direct0r", "Operations Director"),  # a zero inside a word
        ("0PERATIONS MANAGER", "OPERATIONS MANAGER"),  # in capitals
        ("Room 101", "Room 101"),  # a number stays a number
        ("Studio 0ffice", "Studio 0ffice"),  # no title word once read as O: left as read
    ],
)
def test_a_zero_read_for_an_o_in_a_title_word(line: str, expected: str) -> None:
    assert zeros_read_as_o(line) == expected, line


def test_a_title_with_a_zero_for_an_o_is_the_title() -> None:
    text = "Rashid Kareem\nHSE 0fficer\nr.kareem@palmline.example\nPalmline Shipping FZ-LLC"
    assert extract_text(text).title == "HSE Officer", text


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Tecnlco", "Técnico"),  # the accent OCR dropped with the letter comes back
        ("Главньй", "Главный"),  # й, which folding reads as и, stays й
    ],
)
def test_a_repaired_word_is_spelt_as_the_lexicon_spells_it(word: str, expected: str) -> None:
    assert title_word_read_as(word) == expected, word


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ger ente de Vendas", "Gerente de Vendas"),  # a space read inside the title word
        ("Data Scien tist", "Data Scientist"),
        ("Sales Man ager", "Sales Manager"),  # "Sales Man" are two printed words
        ("DIREC TOR COMERCIAL", "DIRECTOR COMERCIAL"),  # in capitals
        ("Maria Santos", "Maria Santos"),  # no title word made: as read
    ],
)
def test_a_title_word_read_in_two_pieces_is_rejoined(line: str, expected: str) -> None:
    assert repaired_title_words(line) == expected, line
