"""restore_cjk_spaces: printed gaps inside short CJK lines come back as spaces."""

from __future__ import annotations

import numpy as np
import pytest

from cardscan.engines.rapidocr import restore_cjk_spaces


def pieces(chars: str, gaps: list[float], *, height: float = 40.0, width: float = 40.0):
    """One RapidOCR word result per character, left to right, with the given gaps (× height)."""
    out, x = [], 0.0
    for k, ch in enumerate(chars):
        if k:
            x += gaps[k - 1] * height
        quad = np.array([[x, 0], [x + width, 0], [x + width, height], [x, height]])
        out.append((ch, 0.99, quad))
        x += width
    return out


@pytest.mark.parametrize(
    ("text", "gaps", "want"),
    [
        (
            "佐々木健二",
            [0.0, 0.0, 0.8, 0.0],
            "佐々木 健二",
        ),  # wide printed gap between family and given
        ("中野裕子", [0.0, 0.2, -0.02], "中野 裕子"),  # one recogniser step is enough when alone
        ("総務企画部部長", [0.0, 0.0, 0.0, 0.0, 0.3, 0.0], "総務企画部 部長"),
        ("代表取締役社長", [0.0, 0.0, 0.14, 0.0, 0.14, 0.0], "代表取締役社長"),  # below min_gap
        ("東京都港区", [0.32, 0.2, 0.32, 0.3], "東京都港区"),  # letter-spaced: even gaps
        ("石井 正人", [0.0, 0.9, 0.0], "石井 正人"),  # the space read already is kept, not doubled
        ("部長", [0.0], "部長"),
    ],
)
def test_restores_printed_gaps(text: str, gaps: list[float], want: str) -> None:
    got = restore_cjk_spaces(text, pieces(text.replace(" ", ""), gaps))
    assert got == want, f"{text!r} with gaps {gaps}: {got!r}"


def test_long_lines_are_left_as_read() -> None:
    text = "愛知県名古屋市中区栄町"
    gaps = [0.0, 0.0, 0.6] + [0.0] * 7
    assert restore_cjk_spaces(text, pieces(text, gaps)) == text


def test_latin_words_and_mismatched_pieces_are_left_alone() -> None:
    latin = [("KENJI", 0.9, np.zeros((4, 2))), ("SASAKI", 0.9, np.zeros((4, 2)))]
    assert restore_cjk_spaces("KENJI SASAKI", latin) == "KENJI SASAKI"
    assert restore_cjk_spaces("佐々木健二", pieces("佐々", [0.9])) == "佐々木健二"
    assert restore_cjk_spaces("佐々木健二", None) == "佐々木健二"
