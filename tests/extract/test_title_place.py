"""A title found by its place next to the name when no line holds a job word (title_place.py).

The jobs here ("Storyteller", "Rainmaker") are on purpose not in data/titles.txt: the rule is
for the jobs a vocabulary cannot know. The cards are made up; the phone numbers are in the
UK's drama range (020 7946 0xxx) or Berlin's fictional range.
"""

from __future__ import annotations

import pytest

from cardscan.extract import extract_contact, extract_text
from cardscan.extract.title_place import PLACED_TITLE_SCORE, title_after_name
from cardscan.extract.titles import has_title_word

from .layout_helpers import card_lines, ocr

UNKNOWN_JOBS = ("Storyteller", "Rainmaker")


@pytest.mark.parametrize("job", UNKNOWN_JOBS)
def test_the_jobs_used_here_are_not_in_the_vocabulary(job):
    assert not has_title_word(job), f"{job!r} is a title word now: pick another unknown job"


FOUND = [
    # The line right under the name.
    (
        "Northwind Analytics Ltd\nPriya Raman\nStoryteller\npriya@northwind-analytics.co.uk\n"
        "+44 20 7946 0321",
        "Storyteller",
    ),
    # A line of values only between them does not part them.
    (
        "Priya Raman\npriya@northwind-analytics.co.uk\nRainmaker\nNorthwind Analytics Ltd",
        "Rainmaker",
    ),
    # A department's word in the title does not make it a firm's line.
    (
        "Brightwater Surveys GmbH\nElke Brandt\nMarketing Storyteller\n+49 30 23125 000",
        "Marketing Storyteller",
    ),
    # Degrees between the name and the title do not part them.
    (
        "Northwind Analytics Ltd\nPriya Raman\nB.Sc., LL.B.\nRainmaker\n+44 20 7946 0321",
        "Rainmaker",
    ),
    # Nothing free under the name (the address is): the line over it, the firm found.
    ("Brightwater Surveys GmbH\nRainmaker\nElke Brandt\nMusterweg 12, 10115 Berlin", "Rainmaker"),
    # After the name on its row, set off by a comma, a dash or a bar.
    ("Brightwater Surveys GmbH\nElke Brandt- Map Whisperer\n+49 30 23125 000", "Map Whisperer"),
    ("Brightwater Surveys GmbH\nElke Brandt | Rainmaker\nRainmaker Studio", "Rainmaker"),
]


@pytest.mark.parametrize(("text", "title"), FOUND)
def test_a_line_beside_the_name_with_no_job_word_is_the_title(text, title):
    assert extract_text(text).title == title, text


NOT_FOUND = [
    # Over the name, but no firm was found: the line may be the firm's own.
    "Rainmaker\nElke Brandt\nelke@brightwater-surveys.de",
    # A one-word name is a shop's card: the line under it says what the shop does.
    "Odette\nPneumatiques\nodette@pneus-odette.fr\n+44 20 7946 0987",
    # A department alone is no title (the label convention).
    "Brightwater Surveys GmbH\nElke Brandt\nForschung & Entwicklung\nelke@brightwater-surveys.de",
    "Brightwater Surveys GmbH\nElke Brandt\nPesquisa e Desenvolvimento\n+49 30 23125 000",
    # A street or a line with digits is no title.
    "Northwind Analytics Ltd\nPriya Raman\nHarbour Road\n+44 20 7946 0321",
    "Northwind Analytics Ltd\nPriya Raman\nUnit 4B\n+44 20 7946 0321",
    # Degrees are qualifications, not a job.
    "Northwind Analytics Ltd\nPriya Raman\nB.Sc., LL.B.\n+44 20 7946 0321",
    # A line that names a kind of firm is no title.
    "Priya Raman\nNorthwind Freight Solutions\n+44 20 7946 0321",
    "Priya Raman\nLOGISTICS GROUP\n+44 20 7946 0321",
    "Brightwater Surveys GmbH\nElke Brandt\nGeomatics Group\n+49 30 23125 000",
    # A line opening with a noun for a part of the firm names that part.
    "Brightwater Surveys GmbH\nElke Brandt\nAbteilung Kartografie\n+49 30 23125 000",
    "Brightwater Surveys GmbH\nElke Brandt\nCoastal Survey Section\n+49 30 23125 000",
    "ООО «Северный ветер»\nИрина Волкова\nОтдел логистики\n+7 495 000-00-00",
    # Signs a title does not hold: a misreading or a list.
    "Northwind Analytics Ltd\nPriya Raman\n* Rainmaker *\n+44 20 7946 0321",
    # Items of a list under the name say what the firm offers.
    "Priya Raman\n- Audit & assurance\n- Tax advisory\nNorthwind Partners LLP\n+44 20 7946 0321",
    # A CJK line with no rank word describes the firm (CJK ranks are closed lists).
    "한빛전자\n김민수\n욕실 리모델링\n010-0000-0000",
    "みなと陶房\n佐藤 花子\n季節の器\n03-0000-0000",
    # A slogan of sentences, a brand in capitals.
    "Brightwater Surveys GmbH\nElke Brandt\nGenau. Schnell. Fair.\n+49 30 23125 000",
    "Northwind Analytics Ltd\nPriya Raman\nNORVEX\n+44 20 7946 0321",
    # A word said twice is a slogan's parallel, not a job.
    "Northwind Analytics Ltd\nPriya Raman\nFresh bread, fresh start\n+44 20 7946 0321",
    "Brightwater Surveys GmbH\nElke Brandt\nKlare Karten, klare Wege\n+49 30 23125 000",
    # Opening days are no job.
    "Brightwater Surveys GmbH\nElke Brandt\nGeöffnet Montag bis Freitag\n+49 30 23125 000",
    # One word in the plural names what the shop offers; a job is singular.
    "Moura Chaves Ltda.\nFalar com Dalva Reis\nFechaduras\n+55 71 3703-0000",
    "Northwind Analytics Ltd\nPriya Raman\nCerraduras\n+44 20 7946 0321",
    # After the name on its row but not set off from it, or naming a firm or a street.
    "Northwind Analytics Ltd\nPriya Raman Storyteller\n+44 20 7946 0321",
    "Priya Raman, Northwind Freight Solutions\n+44 20 7946 0321",
    "Northwind Analytics Ltd\nPriya Raman - Harbour Road\n+44 20 7946 0321",
    # A line repeating a word of the firm's name or opening its domain's name names the
    # firm, here misread ("Analitycs") and with a misread legal form ("Lfd"); not a job.
    "NORTHWIND ANALYTICS\nPriya Raman\nNorthwind Analitycs Lfd\n+44 20 7946 0321",
    "Northwind Analytics Ltd\nPriya Raman\nKestrelwood Creative\npriya@kestrelwood.co.uk",
    # Short pieces only: specks or a torn word, not a job the vocabulary lacks.
    "Northwind Analytics Ltd\nPriya Raman\ncs)\n+44 20 7946 0321",
    "Northwind Analytics Ltd\nPriya Raman\nab e\n+44 20 7946 0321",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_line_beside_the_name_that_is_something_else_is_no_title(text):
    assert extract_text(text).title is None, text


def test_a_word_in_capitals_under_a_name_in_capitals_is_the_title():
    """A card set in capitals throughout: a capital word is its style, no brand's mark."""
    text = "NORTHWIND ANALYTICS LTD\nPRIYA RAMAN\nRAINMAKER\n+44 20 7946 0321"
    assert extract_text(text).title == "RAINMAKER", text


def test_a_line_set_larger_than_the_name_is_no_title():
    card = ocr(
        ("Priya Raman", 60, 60, 30),
        ("Rainmaker", 60, 110, 48),
        ("Northwind Analytics Ltd", 60, 300, 24),
        ("+44 20 7946 0321", 60, 340, 22),
    )
    contact = extract_contact(card, source="test")
    assert contact.name == "Priya Raman"
    assert contact.title is None, contact


def test_the_title_is_looked_for_in_the_names_column_only():
    # Two columns: the line under the name is the title; the other column's lines, read
    # interleaved, do not come between them.
    card = ocr(
        ("Priya Raman", 60, 60, 30),
        ("+44 20 7946 0321", 600, 80, 22),
        ("Storyteller", 60, 100, 22),
        ("priya@northwind-analytics.co.uk", 600, 120, 22),
        ("Northwind Analytics Ltd", 60, 300, 26),
    )
    assert extract_contact(card, source="test").title == "Storyteller"


def test_a_placed_title_keeps_its_measured_precision_as_confidence():
    # The calibration table was fitted on titles holding a job word (0.86 at its lowest).
    contact = extract_text(FOUND[0][0])
    assert contact.title == "Storyteller"
    assert 0 < contact.confidence["title"] <= PLACED_TITLE_SCORE, contact.confidence


@pytest.mark.parametrize(
    ("row", "name", "remainder", "job"),
    [
        ("Priya Raman, Data Storyteller", "Priya Raman", "Data Storyteller", "Data Storyteller"),
        ("Priya Raman- Rainmaker", "Priya Raman", "Rainmaker", "Rainmaker"),
        ("Priya Raman | Rainmaker", "Priya Raman", "Rainmaker", "Rainmaker"),
        # Not set off from the name, or before it, or naming a firm: no job.
        ("Priya Raman Rainmaker", "Priya Raman", "Rainmaker", None),
        ("Rainmaker, Priya Raman", "Priya Raman", "Rainmaker", None),
        ("Priya Raman, Northwind Solutions", "Priya Raman", "Northwind Solutions", None),
    ],
)
def test_the_job_after_the_name_on_its_row(row, name, remainder, job):
    """title_after_name is given the name's row, the name and what the row holds besides."""
    (line,) = card_lines((row, 40, 40, 30))
    assert title_after_name(line, name, remainder) == job, row
