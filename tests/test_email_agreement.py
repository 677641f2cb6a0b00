"""What the rest of the card says about its emails and name (cardscan.email_agreement)."""

from __future__ import annotations

import pytest

from cardscan import email_agreement as agreement
from cardscan.email_agreement import agreement_opinions, name_forms, near_miss
from cardscan.extract import find_emails
from cardscan.models import Box, Contact, Line, Word
from cardscan.verify import doubted


def test_name_forms_are_the_usual_local_parts() -> None:
    assert {"lia", "lopez", "lialopez", "llopez", "lial", "lopezl"} <= name_forms("Dr. Lia Lopez")


@pytest.mark.parametrize(
    ("local", "name", "miss"),
    [
        ("ilopez", "Lia Lopez", True),  # "l" read as "i"
        ("lia.lopes", "Lia Lopez", True),  # one letter off the whole name
        ("llopez", "Lia Lopez", False),  # a form of the name
        ("sales", "Lia Lopez", False),  # nothing like the name: no opinion
        ("kim", "Kim Park", False),  # short forms are not judged
    ],
)
def test_a_local_part_one_letter_from_the_name_is_a_misread(local, name, miss) -> None:
    word = "".join(ch for ch in local if ch.isalpha())
    assert (near_miss(word, name_forms(name)) is not None) is miss, (local, name)


def contact(**fields) -> Contact:
    return Contact(source="x", **fields)


def test_agreement_opinions_doubt_emails_near_the_name_or_the_website() -> None:
    near_name = contact(name="Lia Lopez", emails=("ilopez@brightwater.example",))
    near_site = contact(emails=("lia@brlghtwater.com",), websites=("www.brightwater.com",))
    fine = contact(name="Lia Lopez", emails=("lia.lopez@brightwater.com", "info@brightwater.com"))
    assert doubted(agreement_opinions(near_name)) == {"emails"}
    assert doubted(agreement_opinions(near_site)) == {"emails"}
    assert doubted(agreement_opinions(fine)) == set()


def test_agreement_opinions_doubt_an_address_that_looks_misread_on_its_own() -> None:
    # Nothing else on the card to compare with: the sign is in the address itself.
    for address in ("indo@harbourlane.com", "lia.lopez@gmal.com", "lia@harbourlane.co.ok"):
        assert doubted(agreement_opinions(contact(emails=(address,)))) == {"emails"}, address


@pytest.mark.parametrize(
    ("address", "doubt"),
    [
        ("maria81l@mailbox.example", True),  # the "@"'s stroke read as "l"
        ("joao.p2i@mailbox.example", True),
        ("maria81@mailbox.example", False),
        ("maria.l@mailbox.example", False),  # an initial after a separator
        ("r2d2@mailbox.example", False),
    ],
)
def test_a_letter_after_the_digits_before_the_at_is_doubted(address: str, doubt: bool) -> None:
    assert (doubted(agreement_opinions(contact(emails=(address,)))) == {"emails"}) is doubt, address


@pytest.mark.parametrize(
    ("address", "read_again", "site", "doubt"),
    [
        # the second reader dropped letters; the name and the website agree with the first
        (
            "leonard.wilson@vertexworks.co.uk",
            "leonardwson@vertework.co.uk",
            "vertexworks.co.uk",
            False,
        ),
        ("james_sanford@perkins.co", "james_sanford@peekins.co", "www.perkins.co", False),
        # an "E" label glued on in the first reading is dropped before the name is compared
        (
            "eleonard.wilson@vertexworks.co.uk",
            "leonardwson@vertexworks.co.uk",
            "vertexworks.co.uk",
            False,
        ),
        # only the punctuation differs: which one is printed is a real question
        (
            "leonard.wilson@vertexworks.co.uk",
            "leonard_wilson@vertexworks.co.uk",
            "vertexworks.co.uk",
            True,
        ),
        # the website does not back the domain
        ("leonard.wilson@vertexworks.co.uk", "leonardwson@vertework.co.uk", "vertex.com", True),
        # a misread letter makes the local part no form of the name
        (
            "ieonard.wilson@vertexworks.co.uk",
            "leonard.wilson@vertexworks.co.uk",
            "vertexworks.co.uk",
            True,
        ),
    ],
)
def test_a_reading_backed_by_the_name_and_the_website_outweighs_a_second_readers_slip(
    address: str, read_again: str, site: str, doubt: bool
) -> None:
    opinion = agreement.Opinion("emails", address, False, f"read again as {read_again}", read_again)
    kept = agreement.outweighed(
        opinion, "Leonard Wilson" if "leonard" in address else "James Sanford", [site]
    )
    assert (kept.agrees is False) is doubt, (address, read_again, site, kept)


def test_an_email_is_compared_with_the_website_as_read_not_as_respelled() -> None:
    """Extraction gives the website the email's spelling; the doubt on the email stays."""
    respelled = contact(emails=("lia@brlghtwater.com",), websites=("www.brlghtwater.com",))
    assert doubted(agreement_opinions(respelled, ["www.brightwater.com"])) == {"emails"}
    assert doubted(agreement_opinions(respelled)) == set()


def _line(text: str, confidence: float) -> Line:
    words = text.split()
    return Line(tuple(Word(w, confidence, Box(10 * i, 0, 9, 12)) for i, w in enumerate(words)))


@pytest.mark.parametrize(
    ("address", "confidence", "websites", "doubt"),
    [
        # nothing confirms the address and the engine was unsure of its line
        ("mkt.team7@vantorq.com.br", 0.95, [], True),
        # read with confidence: trusted as read
        ("mkt.team7@vantorq.com.br", 0.995, [], False),
        # the local part is a form of the printed name
        ("lia.lopez@vantorq.com.br", 0.95, [], False),
        ("llopez@vantorq.com.br", 0.95, [], False),
        # the domain names the website printed on its own line
        ("mkt.team7@vantorq.com.br", 0.95, ["www.vantorq.com.br"], False),
        # a website of another firm does not confirm it
        ("mkt.team7@vantorq.com.br", 0.95, ["www.fernhill.co.uk"], True),
    ],
)
def test_an_unsure_reading_nothing_confirms_is_doubted(
    address: str, confidence: float, websites: list[str], doubt: bool
) -> None:
    lines = [_line("Lia Lopez", 0.99), _line(address, confidence)]
    emails = find_emails([line.text for line in lines])
    opinions = agreement.unconfirmed_opinions(lines, emails, "Lia Lopez", websites)
    assert (doubted(opinions) == {"emails"}) is doubt, (address, confidence, websites, opinions)


@pytest.mark.parametrize(
    ("name", "emails", "doubt"),
    [
        # no word of it a known name, and the person's email spells someone else
        ("Prime Logistix", ("rahul.mehta@primelogistix.example",), True),
        ("Grand Vista", ("anita@grandvista.example",), True),
        # a known given name or surname, or an email that spells it, backs the name
        ("Rahul Mehta", ("anita@grandvista.example",), False),
        ("Zorvek Talun", ("zorvek.talun@example.com",), False),
        ("Zorvek Talun", ("ztalun@example.com",), False),
        # nothing to compare with: no email, or only a mailbox of the firm
        ("Zorvek Talun", (), False),
        ("Zorvek Talun", ("info@example.com",), False),
        ("김성진", ("sjkim@example.kr",), False),  # CJK names are not in these lexicons
        ("Дарина", ("k.sorokina@example.ru",), False),  # nor Cyrillic ones
    ],
)
def test_a_name_nothing_on_the_card_backs_is_doubted(name: str, emails: tuple, doubt: bool) -> None:
    got = doubted(agreement.unbacked_opinions(contact(name=name, emails=emails)))
    assert got == ({"name"} if doubt else set()), (name, emails)


def test_an_initial_read_as_a_digit_is_doubted_even_when_the_surname_agrees() -> None:
    """"1.nunes@" next to "Lara Nunes": the name check sees "nunes" and agrees, the shape
    of the address does not."""
    read = contact(name="Lara Nunes", emails=("1.nunes@gmail.com",))
    right = contact(name="Lara Nunes", emails=("l.nunes@gmail.com",))
    assert doubted(agreement_opinions(read)) == {"emails"}, read.emails
    assert doubted(agreement_opinions(right)) == set(), right.emails
