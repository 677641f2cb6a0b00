from cardscan.engines.layout import group_lines
from cardscan.models import Box, Word


def w(text, x, y, width=60, height=20):
    return Word(text, 0.9, Box(x, y, width, height))


def test_words_on_one_row_form_one_line_left_to_right():
    lines = group_lines([w("Smith", 80, 12), w("Jane", 10, 10)])
    assert [ln.text for ln in lines] == ["Jane Smith"]


def test_rows_are_ordered_top_to_bottom():
    lines = group_lines([w("second", 10, 60), w("first", 10, 10)])
    assert [ln.text for ln in lines] == ["first", "second"]


def test_wide_gap_splits_columns():
    lines = group_lines([w("left", 10, 10), w("right", 600, 10)])
    assert [ln.text for ln in lines] == ["left", "right"]
