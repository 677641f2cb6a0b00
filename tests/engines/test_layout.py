import numpy as np
import pytest

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


def _quad(x, y, width, height, degrees):
    """A line outline (corners clockwise from the top left) sloping down by ``degrees``."""

    a = np.radians(degrees)
    along, down = np.array([np.cos(a), np.sin(a)]), np.array([-np.sin(a), np.cos(a)])
    tl = np.array([x, y], dtype=float)
    tr = tl + width * along
    return np.array([tl, tr, tr + height * down, tl + height * down])


def test_line_tilt_is_the_length_weighted_median_slope():
    from cardscan.engines.layout import line_tilt

    quads = [_quad(10, 10 + 40 * i, 400, 30, 6.0) for i in range(3)]
    quads.append(_quad(10, 200, 90, 30, -20.0))  # a short slanted logo: too short to count
    assert abs(line_tilt(quads) - 6.0) < 0.01, quads


def test_line_tilt_is_zero_with_too_few_long_lines():
    from cardscan.engines.layout import line_tilt

    quads = [_quad(10, 10, 400, 30, 8.0), _quad(10, 60, 400, 30, 8.0)]
    assert line_tilt(quads) == 0.0


def _band(paper: int, ink: int):
    """A 40-pixel grey band with a bar of ``ink`` grey across its middle."""

    band = np.full((40, 200, 3), paper, np.uint8)
    band[15:25, 20:180] = ink
    return band


def test_a_tinted_strip_becomes_black_ink_on_white():
    from cardscan.engines.layout import ink_on_white

    out = ink_on_white(_band(190, 110))
    assert out[2, 2].tolist() == [255, 255, 255], out[2, 2]  # the paper
    assert out[20, 100].tolist() == [0, 0, 0], out[20, 100]  # the ink


def test_light_type_on_a_dark_strip_is_turned_over():
    from cardscan.engines.layout import ink_on_white

    out = ink_on_white(_band(50, 210))
    assert out[2, 2].tolist() == [255, 255, 255], out[2, 2]
    assert out[20, 100].tolist() == [0, 0, 0], out[20, 100]


def test_stacked_strips_keep_their_ink_apart_from_the_white_gaps():
    """A grey strip stacked on white would be thresholded as one dark band: its paper must
    come out as white as the gaps."""
    from cardscan.engines.layout import stack_strips

    stacked, spans = stack_strips([_band(190, 110), _band(50, 210)], gap=10)
    (top, bottom), _ = spans
    assert stacked[top + 2, 2].tolist() == [255, 255, 255]
    assert stacked[top + 20, 100].tolist() == [0, 0, 0]
    assert stacked[0, 0].tolist() == [255, 255, 255]


@pytest.mark.parametrize(("paper", "ink"), [(235, 30), (40, 220)])
def test_ink_touching_the_cut_edges_is_painted_over_outside_the_line_rows(paper, ink):
    """A neighbour's feet at the top edge go; the line's own letters stay; a neighbour's head
    at the bottom edge that touches a letter is cut at the line's last row, not erased."""
    from cardscan.engines.layout import without_edge_ink

    cut = np.full((64, 120, 3), paper, np.uint8)
    cut[0:8, 10:30] = ink  # the line above
    cut[18:46, 40:60] = ink  # a letter of the line
    cut[44:64, 70:80] = ink  # the line below, touching ...
    cut[40:46, 60:80] = ink  # ... a letter's stroke
    out = without_edge_ink(cut, rows=(16, 48))
    assert out[4, 20].tolist() == [paper] * 3, (paper, ink)
    assert out[30, 50].tolist() == [ink] * 3, (paper, ink)
    assert out[47, 75].tolist() == [ink] * 3, (paper, ink)
    assert out[55, 75].tolist() == [paper] * 3, (paper, ink)


def test_a_cut_with_no_ink_at_its_edges_is_left_as_it_is():
    from cardscan.engines.layout import without_edge_ink

    band = _band(190, 110)
    assert without_edge_ink(band, rows=(10, 30)) is band


def test_a_taller_word_beside_the_gap_does_not_hide_a_column_break():
    # A firm in small type, then the person's name in larger type further right on the row:
    # four small-type heights apart, under three of the large name's.
    words = [w("Northwind", 10, 0, 150, 30), w("AG", 170, 0, 40, 30)]
    words += [w("Lena", 340, 0, 90, 55), w("Ortiz", 440, 0, 100, 55)]
    lines = group_lines(words)
    assert [ln.text for ln in lines] == ["Northwind AG", "Lena Ortiz"], lines


def test_word_spaces_and_punctuation_do_not_split_a_line():
    words = [w("Tel", 10, 10, 50, 20), w("-", 70, 18, 8, 4), w("555", 90, 10, 50, 20)]
    lines = group_lines(words)
    assert [ln.text for ln in lines] == ["Tel - 555"], lines


def _read(text, conf, x):
    return Word(text, conf, Box(x, 10, 12 * len(text), 20))


def test_unsure_short_marks_on_a_surely_read_line_are_dropped():
    from cardscan.engines.layout import without_stray_marks
    from cardscan.models import Line

    line = Line(
        (
            _read("Se", 0.28, 0),
            _read("Sales", 0.96, 40),
            _read("Manager", 0.97, 120),
            _read("eg", 0.26, 220),
        )
    )
    assert without_stray_marks(line).text == "Sales Manager", line.text


@pytest.mark.parametrize(
    ("words", "why"),
    [
        ((("+32", 0.08), ("489", 0.94)), "digits read unsurely are still a number's"),
        ((("Tees", 0.18), ("iris", 0.32)), "no word read surely: nothing to tell marks by"),
        ((("과장", 0.3), ("Manager", 0.95)), "another script is read less surely throughout"),
        ((("Head", 0.9), ("of", 0.6), ("Sales", 0.9)), "a short word read fairly surely"),
    ],
)
def test_what_is_kept(words, why):
    from cardscan.engines.layout import without_stray_marks
    from cardscan.models import Line

    line = Line(tuple(_read(t, c, 60 * i) for i, (t, c) in enumerate(words)))
    assert without_stray_marks(line) == line, why
