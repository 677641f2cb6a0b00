"""Signs of a misread in the address alone (cardscan.extract.email_shape); made-up addresses."""

from __future__ import annotations

import pytest

from cardscan.extract.email_shape import (
    digit_initial,
    mailbox_misspelt,
    misread_signs,
    no_country_code,
    provider_misspelt,
)


@pytest.mark.parametrize(
    ("domain", "sign"),
    [
        ("harbourlane.co.ok", True),  # ".uk" with its "u" read as "o"
        ("harbourlane.co.uk", False),
        ("harbourlane.eu", False),
        ("harbourlane.su", False),
        ("harbourlane.com.br", False),
        ("harbourlane.com", False),  # three letters: not judged
    ],
)
def test_a_two_letter_domain_no_country_has(domain: str, sign: bool) -> None:
    assert no_country_code(domain) is sign, domain


@pytest.mark.parametrize(
    ("domain", "provider"),
    [
        ("gmal.com", "gmail"),
        ("hotmaii.com", "hotmail"),
        ("yaho.co.jp", "yahoo"),
        ("gmail.com", None),
        ("mail.ru", None),  # a provider of its own, one letter from gmail
        ("harbourlane.com", None),
    ],
)
def test_a_mail_provider_one_letter_off(domain: str, provider: str | None) -> None:
    assert provider_misspelt(domain) == provider, domain


@pytest.mark.parametrize(
    ("local", "name", "mailbox"),
    [
        ("indo", None, "info"),
        ("emall.kato", "Kato Rin", "email"),
        ("saies", None, "sales"),
        ("info", None, None),
        ("infos", None, None),  # a letter added: a mailbox of its own
        ("service1", None, None),  # digits: a numbered mailbox
        ("salem_alnoor", "Salem Al Noor", None),  # a word of the name
        ("hi", None, None),  # too short to judge
    ],
)
def test_a_shared_mailbox_one_letter_off(local: str, name: str | None, mailbox) -> None:
    assert mailbox_misspelt(local, name) == mailbox, (local, name)


def test_misread_signs_name_every_sign_and_none_for_a_plain_address() -> None:
    assert len(misread_signs("indo@gmal.co.ok", None)) == 3
    assert misread_signs("rin.kato@harbourlane.co.uk", "Kato Rin") == []


@pytest.mark.parametrize(
    ("local", "sign"),
    [
        ("1.nunes", True),
        ("0_silva", True),
        ("l.nunes", False),
        ("nunes1", False),
        ("2024.expo", False),  # a year, not an initial
        ("r2.d2", False),
    ],
)
def test_an_initial_read_as_a_digit(local: str, sign: bool) -> None:
    assert digit_initial(local) is sign, local
    assert bool(misread_signs(f"{local}@harbourlane.co.uk", None)) is sign, local
