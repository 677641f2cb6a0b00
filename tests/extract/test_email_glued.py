"""Emails whose "@" OCR lost or misread, found by the card's own domain (email_glued.py)."""

from __future__ import annotations

import pytest

from cardscan.extract import REVIEW_BELOW, extract_text
from cardscan.extract.email_glued import local_backed

FOUND = [
    (
        "the @ read as a letter, the given name backs the local part",
        "Teodor Vance\nSales Director\nE teodorivancebridge.co.uk\nwww.vancebridge.co.uk",
        "teodor@vancebridge.co.uk",
    ),
    (
        "the @ read as two letters, a shared mailbox",
        "Lumen Ltda.\ninfogrlumenbrasil.com.br\nwww.lumenbrasil.com.br",
        "info@lumenbrasil.com.br",
    ),
    (
        "the @ lost, an initial and the surname",
        "Teodor Vance\nGerente\nt.vancevancebridge.co.uk\nvancebridge.co.uk",
        "t.vance@vancebridge.co.uk",
    ),
    (
        "the @ read as a bracket, the domain known from another email",
        "Elodia Marsal\nelodiamarsal(posadaverde.com\ninfo@posadaverde.com",
        "elodiamarsal@posadaverde.com",
    ),
    (
        "a mail provider's domain, the @ read as a letter",
        "Teodor Vance\nChairman\nteodor_vancegyahoo.com\nwww.vancebridge.co.uk",
        "teodor_vance@yahoo.com",
    ),
    (
        "a mail provider's domain, the @ lost",
        "Teodor Vance\nteodorvancehotmail.com",
        "teodorvance@hotmail.com",
    ),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_an_email_whose_at_was_lost_is_found_by_the_cards_domain(text: str, want: str) -> None:
    contact = extract_text(text)
    assert want in contact.emails, text
    assert all(want.partition("@")[0] not in site for site in contact.websites), text


NOT_FOUND = [
    # nothing on the card backs "xqz", so there is no telling where the "@" was
    "Lumen Ltda.\nxqzlumenbrasil.com.br\nwww.lumenbrasil.com.br",
    # a website as printed
    "Lumen Ltda.\nhttp://lumenbrasil.com.br\nwww.lumenbrasil.com.br",
    # no host of the card's own to find it by
    "Lumen Ltda.\ninfoglumenbrasil.com.br",
    # a mail provider's domain, but nothing backs "xqz"
    "Teodor Vance\nxqzgmail.com",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_email_is_made_up_without_the_cards_domain_and_a_backed_local_part(text: str) -> None:
    assert extract_text(text).emails == (), text


@pytest.mark.parametrize(
    ("local", "others", "want"),
    [
        ("info", [], 1.0),
        ("teodor", ["Teodor Vance"], 0.8),
        ("tvance", ["Teodor Vance"], 1.0),
        ("teodori", ["Teodor Vance"], 0.0),  # contains the name: too weak to cut there
        ("teodor", ["+44 20 5555 0142 Teodor Vance"], 0.0),  # a line of values is no name
    ],
)
def test_local_backed(local: str, others: list[str], want: float) -> None:
    assert local_backed(local, others) == want, (local, others)


def test_an_email_rebuilt_around_a_lost_at_is_shown_for_review() -> None:
    """Where the "@" was is a guess: the user confirms the address before it is mailed."""
    text = "Teodor Vance\nSales Director\nE teodorivancebridge.co.uk\nwww.vancebridge.co.uk"
    contact = extract_text(text)
    assert contact.emails == ("teodor@vancebridge.co.uk",), text
    assert "emails" in contact.doubtful_fields(REVIEW_BELOW), contact.confidence
    printed = extract_text("Teodor Vance\nSales Director\nE teodor@vancebridge.co.uk")
    assert "emails" not in printed.doubtful_fields(REVIEW_BELOW), printed.confidence


def test_the_cards_website_stays_when_the_glued_word_also_read_as_one() -> None:
    """After "(" the glued word reads as a website too; the printed one is the card's."""
    text = "Elodia Marsal\nE elodiamarsal(posadaverde.com\nwww.posadaverde.com"
    contact = extract_text(text)
    assert contact.emails == ("elodiamarsal@posadaverde.com",), text
    assert contact.websites == ("www.posadaverde.com",), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the low line read as a space: the name in full backs the word before
        ("Teodora Vance\nE teodora vance@vancebridge.com", ("teodora_vance@vancebridge.com",)),
        # a label before the address is no part of it
        ("Teodora Vance\nE-mail vance@vancebridge.com", ("vance@vancebridge.com",)),
        # the address already spells the name in full
        ("Teodora Vance\nContact tvance@vancebridge.com", ("tvance@vancebridge.com",)),
    ],
)
def test_a_low_line_read_as_a_space_in_an_address(text: str, want: tuple[str, ...]) -> None:
    contact = extract_text(text)
    assert contact.emails == want, text
    rebuilt = "_" in want[0]
    assert ("emails" in contact.doubtful_fields(REVIEW_BELOW)) == rebuilt, contact.confidence
