"""The name lexicons built from public name statistics (scripts/build_lexicons.py)."""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

import pytest

from cardscan.extract.lexicon import fold, has_cjk, is_cjk_char, load, misread_of

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "cardscan" / "extract" / "data"
LATIN = ("given_names", "surnames")
GENERATED = (*LATIN, "surnames_cjk")


@cache
def folded(name: str) -> frozenset[str]:
    return frozenset(fold(entry) for entry in load(name))


@cache
def builder():
    """scripts/build_lexicons.py as a module (its pure helpers; the sources are not needed)."""
    spec = importlib.util.spec_from_file_location(
        "build_lexicons", ROOT / "scripts" / "build_lexicons.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_lexicons", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", GENERATED)
def test_loads_and_is_compact(name: str) -> None:
    entries = load(name)
    assert len(entries) >= (500 if name == "surnames_cjk" else 5000)
    assert (DATA / f"{name}.txt").stat().st_size < 400 * 1024


@pytest.mark.parametrize("name", GENERATED)
def test_entries_are_nfc_single_words_without_duplicates(name: str) -> None:
    entries = load(name)
    assert all(unicodedata.normalize("NFC", e) == e for e in entries)
    assert all(not re.search(r"\s", e) for e in entries)
    keys = [fold(e) for e in entries]
    assert len(keys) == len(set(keys)), "two entries fold to the same key"


@pytest.mark.parametrize("name", GENERATED)
def test_sorted_by_folded_key(name: str) -> None:
    entries = list(load(name))
    assert entries == sorted(entries, key=lambda e: (fold(e), e))


@pytest.mark.parametrize("name", LATIN)
def test_latin_entries_are_name_shaped(name: str) -> None:
    shape = re.compile(r"[^\W\d_](?:[^\W\d_]|['-](?=[^\W\d_]))*\Z")
    bad = [e for e in load(name) if not shape.match(e) or has_cjk(e) or len(fold(e)) < 2]
    assert not bad


def test_cjk_entries_are_han_or_hangul() -> None:
    for entry in load("surnames_cjk"):
        assert 1 <= len(entry) <= 3, entry
        assert all(is_cjk_char(ch) for ch in entry), entry


@pytest.mark.parametrize("name", GENERATED)
def test_header_names_sources_and_licences(name: str) -> None:
    text = resources.files("cardscan.extract.data").joinpath(f"{name}.txt").read_text("utf-8")
    head = [line for line in text.splitlines() if line.startswith("#")]
    assert any("scripts/build_lexicons.py" in line for line in head)
    assert any(line.startswith("# Sources:") for line in head)
    assert any(re.search(r"\[(MIT|CC0|public domain)", line) for line in head)


def test_readme_documents_every_generated_file() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name in GENERATED:
        assert f"{name}.txt" in readme
    assert "scripts/build_lexicons.py" in readme


@pytest.mark.parametrize(
    "name",
    [
        # English (US, UK)
        "James", "Mary", "Olivia", "Mark", "Frank",
        # Portuguese / Brazilian, Spanish
        "Maria", "João", "José", "Ana", "Carlos", "Lucía",
        # German, Dutch, French, Italian
        "Jürgen", "Klaus", "Pieter", "Daan", "François", "Jean-Pierre", "Giuseppe", "Francesca",
        # Indian
        "Priya", "Rahul", "Sanjay",
        # Japanese, Korean, Chinese, Vietnamese (romanised)
        "Hiroshi", "Yuki", "Taro", "Jae", "Hyun", "Wei", "Jun", "Minh", "Thanh",
        # Arabic, Turkish, Persian
        "Mohammed", "Mohamed", "Fatima", "Omar", "Ahmet", "Mehmet", "Ayşe",
    ],
)  # fmt: skip
def test_well_known_given_names(name: str) -> None:
    assert fold(name) in folded("given_names")


@pytest.mark.parametrize(
    "name",
    [
        "Smith", "Johnson", "Silva", "Santos", "García", "Fernández", "Müller", "Schmidt",
        "Jansen", "Dubois", "Rossi", "Kowalski", "Tanaka", "Sato", "Suzuki", "Kim", "Lee",
        "Park", "Nguyen", "Tran", "Wang", "Chen", "Singh", "Patel", "Yılmaz", "Haddad", "Khan",
    ],
)  # fmt: skip
def test_well_known_surnames(name: str) -> None:
    assert fold(name) in folded("surnames")


@pytest.mark.parametrize(
    "name",
    [
        "佐藤",
        "鈴木",
        "田中",
        "高橋",
        "高橋",
        "渡辺",
        "王",
        "李",
        "张",
        "張",
        "陳",
        "欧阳",
        "김",
        "이",
        "박",
    ],
)
def test_well_known_cjk_surnames(name: str) -> None:
    assert name in load("surnames_cjk")


def test_native_spellings_are_kept() -> None:
    assert {"João", "Jürgen", "François"} <= set(load("given_names"))
    assert {"Müller", "Gonçalves"} <= set(load("surnames"))


@pytest.mark.parametrize(
    "word",
    ["Sales", "Grant", "Will", "Bank", "May", "Art", "Page", "Rich", "Young", "Street",
     "Manager", "Director", "Office", "Santa", "Bella", "Van", "De"],
)  # fmt: skip
def test_card_words_are_not_given_names(word: str) -> None:
    assert fold(word) not in folded("given_names")


@pytest.mark.parametrize("word", ["Sales", "Grant", "Young", "Page", "Rich", "Street"])
def test_card_words_are_not_surnames(word: str) -> None:
    assert fold(word) not in folded("surnames")


def test_builder_cleans_raw_spellings() -> None:
    b = builder()
    assert b.clean("JEAN-PIERRE") == ["Jean-Pierre"]
    assert b.clean("o'brien") == ["O'Brien"]
    assert b.clean("McDonald") == ["McDonald"]
    assert b.clean("Maria Carmen") == []
    assert b.clean("van der Berg", surname=True) == ["Berg"]
    assert b.clean("X") == [] and b.clean("R2D2") == [] and b.clean("佐藤") == []
    assert b.clean("Itō", japanese=True) == ["Ito"]
    assert b.clean("satou", japanese=True) == ["Satou", "Sato"]
    assert b.clean("inoue", japanese=True) == ["Inoue"]


def test_builder_recognises_toned_pinyin() -> None:
    b = builder()
    syllables = frozenset({"chen", "ming", "zhe", "se"})
    assert b.is_toned_pinyin("Chén", syllables)
    assert b.is_toned_pinyin("Míngzhé", syllables)
    assert not b.is_toned_pinyin("Chen", syllables)  # no tone mark
    assert not b.is_toned_pinyin("José", syllables)  # not pinyin


def test_builder_prefers_native_spelling() -> None:
    b = builder()
    cand = b.Candidate(spellings={"Jurgen": 0.07, "Jürgen": 0.04}, native={"Jurgen", "Jürgen"})
    assert b.display_form(cand) == "Jürgen"
    ascii_only = b.Candidate(spellings={"Muller": 1.0, "Müller": 0.9}, native={"Müller"})
    assert b.display_form(ascii_only) == "Müller"


@pytest.mark.parametrize(
    ("word", "form", "want"),
    [
        ("nortwind", "northwind", True),  # one letter lost
        ("northwlnd", "northwind", True),  # one letter misread
        ("nortwlnd", "northwind", False),  # two slips in a short form: another word
        ("harbourlime.com", "harbourline.co", True),  # two slips in a long form
        ("northwind", "northwind", False),  # the same: no misread
    ],
)
def test_a_misread_changes_one_letter_or_two_in_long_ones(word: str, form: str, want: bool) -> None:
    assert misread_of(word, form) is want, (word, form)


def test_edit_distance_with_a_limit_stops_once_past_it() -> None:
    from cardscan.extract.lexicon import edit_distance

    assert edit_distance("director", "drector", limit=1) == 1
    assert edit_distance("director", "salesman", limit=1) == 2  # past the limit: limit + 1
    assert edit_distance("director", "salesman") > 2


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("company_words", "INGENIERIA"),  # Ingeniería, capitals printed without the accent
        ("company_words", "Eletronica"),  # Eletrônica, the accent lost by OCR
        ("titles", "SECRETARIA EXECUTIVA"),
        ("titles", "Geschaftsfuhrer"),
    ],
)
def test_an_accented_entry_also_matches_its_bare_letters(name: str, text: str) -> None:
    from cardscan.extract.lexicon import matcher

    assert matcher(name).search(text), (name, text)


def test_a_cyrillic_letter_with_a_mark_is_a_letter_of_its_own() -> None:
    from cardscan.extract.lexicon import unaccented

    assert (unaccented("й"), unaccented("í"), unaccented("ß")) == ("й", "i", "ß")


def test_a_logo_over_a_kind_of_firm_printed_without_its_accent_is_one_name() -> None:
    from cardscan.extract import extract_text

    text = "Lucía Ortega\nKOVAR\nINGENIERIA\nTel. +34 931 555 064\nlucia@kovar.es"
    assert extract_text(text).company == "KOVAR INGENIERIA", text


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Storgata 5", True),  # a compound with its stem
        ("Straße 3", True),  # the suffix alone
        ("Ágata Ferrer", False),  # a given name ending in the letters of "-gata"
    ],
)
def test_a_suffix_entry_needs_a_stem_or_stands_alone(text: str, street: bool) -> None:
    from cardscan.extract.lexicon import matcher

    assert bool(matcher("street_words").search(text)) is street, text
