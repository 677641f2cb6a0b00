"""How drafts address people: greetings, natural case, titles, role mailboxes."""

from __future__ import annotations

import pytest

from cardscan.drafts.people import greeting, is_role_mailbox, natural_case
from cardscan.drafts.titles import english_title, natural_title


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("MARCUS BELL", "Marcus Bell"),
        ("anna schmidt", "Anna Schmidt"),  # the card's lower case
        ("Jean-Luc MOREAU", "Jean-Luc Moreau"),  # one word in capitals
        ("CONOR O'SULLIVAN", "Conor O'Sullivan"),
        ("PIETER VAN DER BERG", "Pieter van der Berg"),
        ("RONALD MCDONALD", "Ronald McDonald"),
        ("Pieter van der Berg", "Pieter van der Berg"),  # mixed case stays as printed
        ("山田 太郎", "山田 太郎"),
    ],
)
def test_natural_case(printed: str, want: str) -> None:
    assert natural_case(printed) == want, printed


@pytest.mark.parametrize(
    ("name", "family", "want"),
    [
        ("Dr. Jane Roe", "Roe", ("Dr. Roe", "Jane Roe")),
        ("Prof. Helen Carmichael FRCS", "Carmichael", ("Prof. Carmichael", "Helen Carmichael")),
        ("DR. JANE ROE", "ROE", ("Dr. Roe", "Jane Roe")),
        ("Ms. Jordan Lee", "Lee", ("Ms. Lee", "Jordan Lee")),  # printed, so not a guess
        ("Haruto Sato", "Sato", ("Haruto Sato", "Haruto Sato")),  # never "Dear Haruto,"
        ("anna", None, ("Anna", "Anna")),
        ("Dr. K. Ramesh Babu", "Babu", ("Dr. K. Ramesh Babu", "K. Ramesh Babu")),
        ("Dr. Cher", None, ("Dr. Cher", "Cher")),  # no family name read: title and name
        ("", None, ("", "")),
    ],
)
def test_greeting(name: str, family: str | None, want: tuple[str, str]) -> None:
    assert tuple(greeting(name, family)) == want, name


@pytest.mark.parametrize(
    ("title", "natural", "in_sentence"),
    [
        ("SALES DIRECTOR", "Sales Director", "Sales Director"),
        ("VP OF SALES", "VP of Sales", "VP of Sales"),
        ("chief executive officer", "Chief Executive Officer", "Chief Executive Officer"),
        ("Head of Data", "Head of Data", "Head of Data"),
        ("GESCHÄFTSFÜHRER", "Geschäftsführer", None),  # German: left out of the sentence
        ("Directeur commercial", "Directeur commercial", None),
        ("Gerente General", "Gerente General", None),
        ("営業部 部長", "営業部 部長", None),
        ("Toimitusjohtaja / CEO", "Toimitusjohtaja / CEO", "CEO"),
        ("Daglig leder", "Daglig leder", None),
    ],
)
def test_titles(title: str, natural: str, in_sentence: str | None) -> None:
    assert natural_title(title) == natural, title
    assert english_title(title) == in_sentence, title


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("sales@northwind.example", True),
        ("vertrieb@firma.example", True),
        ("info@firma.example", True),
        ("ventes.paris@firme.example", True),
        ("ana.ruiz@northwind.example", False),
        ("s.alesi@northwind.example", False),
    ],
)
def test_role_mailboxes(address: str, role: bool) -> None:
    assert is_role_mailbox(address) is role, address
