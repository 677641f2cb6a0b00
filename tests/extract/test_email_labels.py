"""An "E" label glued onto an address: dropped on evidence only."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.email_labels import drop_glued_label_letter
from cardscan.extract.emails import emails_in_line


@pytest.mark.parametrize(
    ("line", "capital"),
    [
        ("Eallana@macedo-tec.com.br", True),
        ("Ea.diaz@macedo-tec.com.br", True),
        ("eallana@macedo-tec.com.br", False),  # no capital: nothing seen
        ("EALLANA@MACEDO-TEC.COM.BR", False),  # printed in capitals
        ("Emma.Stroud@vancebridge.com", False),  # capitalised words, as some cards print
        ("Ed@vancebridge.com", False),  # too short to tell
        ("E.allana@macedo-tec.com.br", True),  # with the label's stop
        ("E-allana@macedo-tec.com.br", True),
        ("E.Allana@macedo-tec.com.br", False),  # a capitalised word after it
    ],
)
def test_the_labels_capital_before_a_lower_case_address_is_seen(line: str, capital: bool) -> None:
    (found,) = emails_in_line(line, 0)
    assert found.capital_label is capital, line
    if capital:
        assert found.repaired, line  # the capital makes the reading a guess


@pytest.mark.parametrize(
    ("address", "name", "want"),
    [
        ("eallana@macedo-tec.com.br", None, "allana@macedo-tec.com.br"),
        ("ea.diaz@macedo-tec.com.br", None, "a.diaz@macedo-tec.com.br"),
        ("ea.diaz@macedo-tec.com.br", "Ana Diaz", "a.diaz@macedo-tec.com.br"),
        # a given name or a shared mailbox word of its own stays
        ("emma@vancebridge.com", None, "emma@vancebridge.com"),
        ("email@vancebridge.com", None, "email@vancebridge.com"),
        # her initial and surname: the whole spells the name as well as the rest
        ("estroud@vancebridge.com", "Emma Stroud", "estroud@vancebridge.com"),
    ],
)
def test_a_capital_label_is_dropped_unless_the_whole_is_a_word(
    address: str, name: str | None, want: str
) -> None:
    assert drop_glued_label_letter(address, name, capital=True) == want, (address, name)


def test_without_the_capital_an_unexplained_e_stays() -> None:
    address = "ea.diaz@macedo-tec.com.br"
    assert drop_glued_label_letter(address, None) == address


def test_a_card_without_a_name_loses_the_glued_label() -> None:
    text = "Macedo Tecnologia Ltda.\nEa.diaz@macedo-tec.com.br\nwww.macedo-tec.com.br"
    assert extract_text(text).emails == ("a.diaz@macedo-tec.com.br",), text


def test_a_capital_label_and_its_stop_are_dropped() -> None:
    text = "Salon Zora\nE.friseur.zora@example.com\nTel. 0711 555 0142"
    assert extract_text(text).emails == ("friseur.zora@example.com",), text


def test_an_icons_letter_that_spells_the_persons_initial_is_kept() -> None:
    """"fsales@" opens its line: an icon's letter before "sales@" by its look, but with
    it the local part spells the person's initial and family name, and the name (Sales is
    also a family name) is his."""
    text = "Moura Comércio Ltda.\nFábio Lima Sales\nGerente\nfsales@moura-comercio.com.br"
    contact = extract_text(text)
    assert (contact.name, contact.emails) == (
        "Fábio Lima Sales",
        ("fsales@moura-comercio.com.br",),
    ), text


def test_an_icons_letter_before_a_shared_mailbox_is_still_dropped() -> None:
    text = "Moura Comércio Ltda.\nFábio Lima\nGerente\nfsales@moura-comercio.com.br"
    assert extract_text(text).emails == ("sales@moura-comercio.com.br",), text


def test_a_label_e_before_a_shared_mailbox_stays_when_the_whole_spells_the_name() -> None:
    address = "esales@moura-comercio.com.br"
    assert drop_glued_label_letter(address, "Eduarda Lima Sales") == address
    assert drop_glued_label_letter(address, "Fábio Lima") == "sales@moura-comercio.com.br"
