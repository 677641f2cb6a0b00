"""Rows and stacked blocks from line geometry."""

from __future__ import annotations

import pytest

from cardscan.extract.blocks import join_fragments, lines_apart, rows, same_row, stacked, stacks
from cardscan.models import Box

from .layout_helpers import card_lines


def test_fragments_of_one_row_join_left_to_right() -> None:
    lines = card_lines(("Verde", 420, 40, 80), ("Campos", 100, 42, 78), ("Tel 2555", 100, 300, 30))
    texts = [g.text for g in rows(lines)]
    assert texts == ["Campos Verde", "Tel 2555"], texts


def test_type_of_another_size_beside_a_line_is_another_row() -> None:
    big, small = card_lines(("JIC", 50, 75, 67), ("KASAI", 181, 82, 23))
    assert not same_row(big, small)


def test_capitals_without_descenders_continue_a_row_whose_box_is_taller() -> None:
    """"LLC" has no letter reaching below the line, so its box is shorter than the words
    before it set in the same type ("…Contracting"); it still ends their row."""
    lines = card_lines(("Brookfen Rose Contracting", 48, 392, 23), ("LLC", 392, 395, 17))
    texts = [g.text for g in rows(lines)]
    assert texts == ["Brookfen Rose Contracting LLC"], texts
    # a logo's mark before a name is no such case: it stays a row of its own
    mark, name = card_lines(("BK", 54, 56, 22), ("Brookfen Energy PLC", 105, 52, 30))
    assert not same_row(mark, name), (mark.box, name.box)


def test_far_apart_fragments_are_separate_columns() -> None:
    left, right = card_lines(("Sales", 50, 100, 30), ("Berlin", 600, 100, 30))
    assert not same_row(left, right)


def test_single_letters_read_apart_rejoin_without_spaces() -> None:
    assert join_fragments(["z", "E", "o"]) == "zEo"
    assert join_fragments(["A", "Team"]) == "A Team"


def test_stacked_needs_closeness_overlap_and_similar_type() -> None:
    upper = Box(100, 100, 300, 40)
    assert stacked(upper, Box(120, 150, 200, 35))  # just below, overlapping
    assert not stacked(upper, Box(120, 260, 200, 35))  # far below
    assert not stacked(upper, Box(500, 150, 200, 35))  # beside, not below
    assert not stacked(upper, Box(120, 145, 200, 12))  # far smaller type
    assert stacked(upper, Box(120, 145, 200, 12), max_ratio=4.0)


def test_stacks_offer_each_row_and_the_runs_below_it() -> None:
    lines = card_lines(("NORDIC", 100, 50, 60), ("FREIGHT", 110, 115, 55), ("Oslo", 600, 400, 25))
    texts = [g.text for g in stacks(rows(lines))]
    assert "NORDIC FREIGHT" in texts, texts
    assert "NORDIC" in texts and "FREIGHT" in texts and "Oslo" in texts, texts
    assert not any("Oslo" in t and "NORDIC" in t for t in texts), texts


def test_lines_apart_counts_only_the_lines_of_their_column() -> None:
    """A two-column card read row by row: the right column's lines fall between the name and
    the title in reading order, but the title is two lines under the name in its column."""
    lines = card_lines(
        ("Lin Wei", 60, 100, 60),  # 0 left column
        ("Tel +886 2 5555 0100", 500, 130, 24),  # 1 right column
        ("Sales Department", 60, 180, 30),  # 2 left
        ("lin.wei@example.com", 500, 190, 24),  # 3 right
        ("General Manager", 60, 230, 30),  # 4 left
    )
    assert lines_apart(lines, 0, 4) == 2, [ln.text for ln in lines]
    assert lines_apart(lines, 0, 2) == 1
    assert lines_apart(lines, 0, 0) == 0


def test_blank_space_of_a_few_lines_sets_two_lines_apart() -> None:
    """Nothing printed between them in their column, but a gap of many line heights: two
    blocks of the card, not neighbours."""
    lines = card_lines(
        ("Solvent Obras S.L.", 60, 60, 34),  # 0
        ("Arquitecto", 60, 100, 26),  # 1: under the firm's name
        ("Tlf. +34 955 55 01 23", 700, 300, 22),  # 2: the other column
        ("Nuria Ferrer", 60, 560, 44),  # 3
        ("Jefa de Obra", 60, 610, 22),  # 4: under the name
    )
    assert lines_apart(lines, 1, 3) == 2, [ln.text for ln in lines]
    assert lines_apart(lines, 3, 4) == 1
    assert lines_apart(lines, 0, 1) == 1


def test_lines_side_by_side_are_one_apart() -> None:
    name, title = card_lines(("Ana Lima", 60, 100, 30), ("Gerente", 400, 102, 28))
    assert lines_apart([name, title], 0, 1) == 1


@pytest.mark.parametrize(
    ("fragments", "want"),
    [
        (["鑫", "鑫鼎贸易有限公司"], "鑫鼎贸易有限公司"),  # a logo letter beside the name
        (["ACME", "Acme Logistics"], "Acme Logistics"),
        (["Acme", "Logistics"], "Acme Logistics"),
        (["z", "E", "o"], "zEo"),
    ],
)
def test_a_fragment_the_next_one_opens_with_is_left_out(fragments: list[str], want: str) -> None:
    assert join_fragments(fragments) == want, fragments
