"""Lines that are no person's name (cardscan.extract.non_names), on made-up text."""

from __future__ import annotations

import pytest

from cardscan.extract.non_names import is_non_name


@pytest.mark.parametrize("name", ["Su Wei", "You Jin"])
def test_a_surname_that_is_also_a_slogan_word_stays_a_name(name: str) -> None:
    assert not is_non_name(name), name


@pytest.mark.parametrize("text", ["Ten. Mo.", "Tel. Mob.", "Ph. Fx."])
def test_a_line_of_abbreviations_is_no_name(text: str) -> None:
    assert is_non_name(text), text


@pytest.mark.parametrize(
    ("text", "want"), [("ix lo", True), ("Li Na", False), ("anna de vries", False)]
)
def test_short_words_in_small_letters_are_pieces_of_a_logo(text: str, want: bool) -> None:
    assert is_non_name(text) is want, text


@pytest.mark.parametrize(
    ("text", "locals_", "want"),
    [
        ("Eduarda Lima Sales", ["esales"], False),  # her initial and family name
        ("Eduarda Lima Sales", ["eduarda.sales"], False),
        ("Eduarda Lima Sales", [], True),  # nothing says "Sales" is a family name here
        ("John Smith Sales", ["jsmith"], True),  # the mailbox leaves "Sales" out: a department
    ],
)
def test_a_non_name_word_the_mailbox_spells_is_a_family_name(
    text: str, locals_: list[str], want: bool
) -> None:
    assert is_non_name(text, locals_=locals_) is want, (text, locals_)
