"""Shared by the spec cards, country by country: how a case is written and checked.

These cases are a specification written by hand, independently of the extractor: each expected
value is what a careful person would type into an address book after reading the card. Every
person, company, domain and phone number here is invented (phone numbers use the fictional
ranges where a country has them, otherwise a valid-looking format).

Conventions
-----------
``name``
    The person's full name exactly as printed on the name line, including a prefixed honorific
    or academic title ("Dr.", "Prof.", "Dipl.-Ing.", "Mag.", "Lic.", "Ing.", "Eng.", "Dott.")
    and post-nominal letters printed on the same line ("Dr. Anna Schmidt, MBA", "Sophie
    Tremblay, P.Eng."), in the letter case printed ("OLIVIA GRANT" stays upper case).
    Not part of the name: a job title sharing the line after a separator ("Maria Santos |
    Gerente Comercial" -> "Maria Santos"), a role label in front of it ("Inh. Petra Hoffmann"
    -> "Petra Hoffmann"; "Inh." means owner), and degrees printed on a line of their own.
    A card that names no person (shop, restaurant, law firm, clinic) has ``name`` None, and then
    ``given_name``, ``family_name`` and ``title`` are None too.
    A card printing the name in two scripts: ``name`` is the one in the card's main script
    (the script most of the card is written in); Contact has no field for the other one.
``given_name`` / ``family_name``
    Substrings of ``name`` in the printed letter case, without honorifics and post-nominals.
    ``given_name`` is every given and middle name or initial ("Robert J.", "Maria José",
    "Ana Gabriela"); ``family_name`` is the whole surname including particles and both Iberian
    surnames ("van der Berg", "dos Santos", "de Oliveira", "Martínez López", "Al Mansoori",
    "Ní Bhriain"). East Asian names printed family name first keep that order in ``name``;
    the split follows the person's actual family name ("山田 太郎" -> family "山田", given
    "太郎"; "Wang Lei" -> family "Wang", given "Lei"; "Nguyễn Văn An" -> family "Nguyễn",
    given "Văn An").
    One deliberate gap: "Dr. K. Ramesh Babu" (South Indian initial standing for the family or
    village name) has no split a careful reader can be sure of, so only its ``name`` is
    specified (``UNSPECIFIED`` below).
``title``
    The job title as printed, with a department or qualifier printed before it or after a dash
    ("営業部 部長", "Manager - Claims & Customer Care") and both jobs of "Toimitusjohtaja /
    CEO"; a department, region or place set after a comma or a slash is not the job ("Senior
    Vice President, Commercial Lending" -> "Senior Vice President"), as in the real cards'
    labels ("job title only").
    A department printed on its own line ("Sales Department"), a slogan, a list of services or
    a line of degrees is not the title.
``company``
    The organisation as printed on its line, with its legal form ("GmbH", "S.A. de C.V.",
    "株式会社" before or after the name, "Co., Ltd."), without slogans or service lists.
"""

from __future__ import annotations

from typing import Any

import pytest

from cardscan.extract import extract_text

from ..layout_helpers import expected_people

FIELDS = ("name", "given_name", "family_name", "title", "company")

UNSPECIFIED: Any = object()  # a field this case deliberately does not pin down


def person(
    id_: str,
    text: str,
    name: str,
    given: str,
    family: str,
    title: str | None,
    company: str | None,
) -> Any:
    want = expected_people(name, given, family, title, company)
    return pytest.param(text.strip("\n"), want, id=id_)


def company_only(id_: str, text: str, company: str) -> Any:
    want = expected_people(None, None, None, None, company)
    return pytest.param(text.strip("\n"), want, id=id_)


def check_card(text: str, want: dict[str, Any]) -> None:
    """Every field the case pins down is what extraction reads from the card's text."""
    contact = extract_text(text)
    wrong = [
        f"{field}: got {getattr(contact, field)!r}, want {expected!r}"
        for field, expected in want.items()
        if expected is not UNSPECIFIED and getattr(contact, field) != expected
    ]
    assert not wrong, "\n".join(wrong) + f"\nfor card:\n{text}"
