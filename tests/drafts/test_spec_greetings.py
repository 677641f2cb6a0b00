"""Every person on the project's spec cards (tests/extract/cards_by_country/) gets a thank-you
that follows the greeting rules: formal, never a guessed gender or given name, a printed
Dr./Prof. kept with the family name ("Dear Dr. Mitchell,"), otherwise the full name in
natural case; the title only in English inside the sentence.

The expected greeting and sentence title per card are written by hand from the card's
text, not copied from the program.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from cardscan.drafts.profile import Profile
from cardscan.drafts.render import Choices, person_key, render
from cardscan.models import Contact
from tests.extract.cards_by_country import CARDS, UNSPECIFIED

# card id → (whom "Dear …," names, the title in "your work as …" or None for "the team")
EXPECTED: dict[str, tuple[str, str | None]] = {
    "us-classic-company-first": ("Megan O'Connor", "Director of Product Management"),
    "us-middle-initial-long-title": (
        "Robert J. Whitaker",
        "Senior Vice President",
    ),
    "us-honorific-and-degree": ("Dr. Mitchell", "Chief Medical Officer"),
    "us-all-caps-realtor": ("Marcus Bell", "Real Estate Agent"),
    "us-slogan-and-badges": ("Jake Turner", "Project Estimator"),
    "us-department-line": ("Kevin Alvarez", "Account Executive"),
    "us-name-dash-title-same-line": ("Daniel Park", "Founder & CEO"),
    "us-attorney-pllc": ("Rachel Kim", "Attorney at Law"),
    "us-plumber-slogan-service-list": ("Mike Donovan", "Master Plumber"),
    "uk-ltd-company-first": ("Oliver Pembroke", "Head of Client Services"),
    "uk-professor-postnominal-no-comma": ("Prof. Carmichael", "Consultant Orthopaedic Surgeon"),
    "uk-all-caps-name-matches-company": ("James Ashworth", "Managing Director"),
    "uk-plc-name-comma-title": ("Amelia Hartley", "Finance Director"),
    "ie-irish-particle-surname-dac": ("Siobhán Ní Bhriain", "Marketing Manager"),
    "ie-apostrophe-surname-ltd": ("Conor O'Sullivan", "Tour Operations Manager"),
    "ca-postnominal-peng": ("Sophie Tremblay", "Senior Structural Engineer"),
    "ca-quebec-hyphenated-given-name": ("Jean-François Bouchard", None),
    "au-pty-ltd-abn": ("Liam Fitzgerald", "Sales Consultant"),
    "de-dipl-ing-geschaeftsfuehrer-service-list": ("Matthias Vogel", None),
    "de-dr-mba-ag": ("Dr. Schmidt", None),
    "de-ek-inhaber-label": ("Petra Hoffmann", None),  # info@: only when picked
    "de-ansprechpartner-label": ("Tobias Berger", None),
    "de-all-caps-name-umlaut": ("Stefan Krüger", None),
    "at-mag-prokuristin": ("Katharina Gruber", None),
    "ch-ag-leiter": ("Lukas Meier", None),
    "fr-sarl-gerant": ("Thomas Lenoir", None),  # contact@: only when picked
    "fr-sas-directrice-commerciale": ("Marie-Claire Dubois", None),
    "fr-family-name-in-caps": ("Jean-Luc Moreau", None),
    "be-flemish-bv-descriptor-line": ("Els Peeters", None),
    "be-french-dr-without-dot": ("Dr. Lambert", None),
    "es-sl-gerente-general-two-surnames": ("Javier Martínez López", None),
    "mx-lic-sa-de-cv": ("Ana Gabriela Ramírez Torres", None),
    "mx-ing-gerente-de-planta": ("Carlos Alberto Hernández", None),
    "ar-name-pipe-title-sa": ("Martín Sosa", None),
    "br-maria-jose-dos-santos-ltda": ("Maria José dos Santos", None),
    "br-joao-pedro-de-oliveira-sa": ("João Pedro de Oliveira", None),
    "br-me-proprietario": ("Francisco Alves", None),
    "br-name-pipe-title-ltda": ("Maria Santos", None),
    "pt-lda-diretora-compound-given": ("Ana Rita Ferreira", None),
    "it-srl-responsabile": ("Giulia Ferraro", None),
    "it-dott-spa": ("Marco Bianchi", None),  # Dott. is any graduate: no English form
    "nl-bv-van-der": ("Pieter van der Berg", None),
    "nl-ing-prefix-de-vries": ("Sanne de Vries", None),
    "se-ab-forsaljningschef": ("Erik Lindqvist", None),
    "no-as-daglig-leder": ("Ingrid Haugen", None),
    "fi-oy-bilingual-title": ("Mikko Järvinen", "CEO"),  # the English half of the title
    "dk-aps-indehaver": ("Mette Sørensen", None),
    # A leading initial: which word is the family name is not safe to say.
    "in-dr-initial-degree-line": ("Dr. K. Ramesh Babu", "Senior Consultant – Orthopaedics"),
    "in-pvt-ltd-priya-sharma": ("Priya Sharma", "Assistant Vice President - Sales"),
    "in-caps-proprietor-dealers-line": ("Rajesh Kumar Gupta", "Proprietor"),
    "jp-kabushiki-prefix-kachou-romanised": ("山田 太郎", None),
    "jp-kabushiki-suffix-shachou": ("佐藤 花子", None),
    "jp-buchou-name-without-space": ("鈴木一郎", None),
    "jp-kachou-title-own-line": ("高橋 美咲", None),
    "jp-english-side-romanised": ("Kenji Watanabe", "General Manager"),
    "kr-hangul-main-romanised-below": ("김민준", None),
    "kr-english-co-ltd": ("Seo-yeon Park", "Senior Manager"),
    "cn-chinese-main-english-name-below": ("陈志明", None),
    "cn-english-main-family-first-romanised": ("Wang Lei", "Purchasing Manager"),
    "vn-jsc-vietnamese-title": ("Nguyễn Văn An", None),
    "tr-as-satis-muduru": ("Ayşe Yılmaz", None),
    "ae-eng-prefix-llc": ("Omar Al-Farsi", "Operations Manager"),
    "bh-wll-al-surname": ("Khalid Al Mansoori", "General Manager"),
    "il-ltd-vp": ("Yael Cohen", "VP Business Development"),
    "pl-sp-z-oo-kierownik": ("Katarzyna Nowak", None),
    "ru-ooo-romanised": ("Dmitry Volkov", "Commercial Director"),
}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _spec_people() -> list[Any]:
    """(card id, the contact a careful reader types from the card) for each person card."""
    people = []
    for case in CARDS:
        text, want = case.values
        if not want["name"]:
            continue
        fields = {k: (None if v is UNSPECIFIED else v) for k, v in want.items()}
        emails = tuple(_EMAIL.findall(text)) or (f"{case.id}@example.com",)
        contact = Contact(source=f"{case.id}.png", emails=emails, **fields)
        people.append(pytest.param(contact, id=case.id))
    return people


def test_every_spec_person_has_an_expected_greeting() -> None:
    assert {p.id for p in _spec_people()} == set(EXPECTED)


@pytest.mark.parametrize("contact", _spec_people())
def test_greeting_and_title_follow_the_rules(contact: Contact, profile: Profile) -> None:
    card = contact.source.removesuffix(".png")
    salutation, title = EXPECTED[card]
    picked = Choices(picked={person_key(contact.emails[0])})  # a role mailbox, picked
    (draft,) = render("thank-you", [contact], profile, picked).drafts
    first_line = draft.body.splitlines()[0]
    assert first_line == f"Dear {salutation},", (contact.name, contact.title, first_line)
    about = f"your work as {title}," if title else "learning more about the team,"
    assert about in draft.body, (contact.title, draft.body)
    assert ".." not in draft.body
