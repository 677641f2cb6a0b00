"""Titles wrapped over two lines (cardscan/extract/wrapped.py)."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_contact, extract_text
from cardscan.extract.wrapped import dangles

from .layout_helpers import card_text, ocr


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vice President of", True),
        ("Head of Sales &", True),
        ("Diretora de", True),
        ("Leiter für", True),
        ("Senior Manager,", True),
        ("Vice President", False),
        ("Head of Sales", False),
        ("Chief Executive Officer", False),
    ],
)
def test_a_title_cannot_end_in_a_preposition_or_a_joining_sign(text: str, want: bool) -> None:
    assert dangles(text) is want, text


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (
            "John Smith\nVice President of\nBusiness Development\nFernhill Ltd\n+44 20 5555 0123",
            "Vice President of Business Development",
            "Fernhill Ltd",
        ),
        # the second line is no row of the firm's name
        (
            "John Smith\nHead of Sales &\nMarketing\nFernhill Ltd",
            "Head of Sales & Marketing",
            "Fernhill Ltd",
        ),
        (
            "Maria Souza\nDiretora de\nRecursos Humanos\nVantorq Ltda.",
            "Diretora de Recursos Humanos",
            "Vantorq Ltda.",
        ),
        (
            "Jonas Weber\nLeiter für\nVertrieb und Marketing\nFernhill GmbH",
            "Leiter für Vertrieb und Marketing",
            "Fernhill GmbH",
        ),
        # a department after a comma: the title keeps its job (titles.job_part) and the
        # department is not taken for the firm
        (
            "John Smith\nSenior Manager,\nCorporate Communications\nFernhill Ltd",
            "Senior Manager",
            "Fernhill Ltd",
        ),
        # a title that ends well does not take the next line
        (
            "John Smith\nSales Director\nBusiness Development\nFernhill Ltd",
            "Sales Director",
            "Fernhill Ltd",
        ),
    ],
)
def test_a_title_wrapped_over_two_lines_is_read_whole(text: str, title: str, company: str) -> None:
    contact = extract_text(text)
    assert (contact.title, contact.company) == (title, company), text


def test_a_line_in_other_type_or_elsewhere_is_not_the_titles_second_line() -> None:
    """The name read after a dangling title line, printed larger and apart, stays the name."""
    rows = (
        ("Fernhill Ltd", 60, 40, 40),
        ("Director of", 60, 120, 22),
        ("Laura Becker", 60, 260, 44),
        ("+44 20 5555 0123", 60, 400, 20),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert contact.name == "Laura Becker", card_text(rows)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Jordan Blake\nChief Executive\nOfficer\nFernhill Ltd\n+44 20 5555 0123", None),
        ("Jordan Blake\nSenior Business\nDevelopment Manager\nFernhill Ltd", None),
        ("Jordan Blake\nRegional Sales\nManager\nFernhill Ltd\n+44 20 5555 0123", None),
        ("Jordan Blake\nSr. Software\nEngineer\nFernhill Ltd", "Sr. Software Engineer"),
        # a department over the title: a unit word or a list of departments
        ("Jordan Blake\nAccounts Department\nGeneral Manager\nFernhill Ltd", "General Manager"),
        ("Jordan Blake\nSales & Marketing\nAsst. Manager\nFernhill Ltd", "Asst. Manager"),
        ("Jordan Blake\nProcurement\nSales Executive\nFernhill Ltd", "Sales Executive"),
        ("Jordan Blake\nManaging\nDirector\nFernhill Ltd", "Managing Director"),
        # the name over the title is the name
        ("Fernhill Ltd\nJordan Blake\nManager\n+44 20 5555 0123", "Manager"),
    ],
)
def test_a_titles_first_half_printed_over_it_is_the_titles(text: str, title: str | None) -> None:
    """The line over a short title line, plain words of titles and departments, is the
    first half of a title broken over two lines (wrapped.wrapped_head)."""
    lines = text.splitlines()
    want = title or f"{lines[1]} {lines[2]}"
    assert extract_text(text).title == want, text


def test_a_line_in_other_type_is_not_the_titles_first_half() -> None:
    rows = (
        ("Fernhill Ltd", 60, 40, 40),
        ("Jordan Blake", 60, 120, 30),
        ("Global Strategy", 60, 170, 40),
        ("Manager", 60, 215, 20),
        ("+44 20 5555 0123", 60, 400, 20),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert contact.title == "Manager", card_text(rows)
