"""The Tesseract wrapper: the loaded library and the command line give the same table."""

import shutil

import pytest

from cardscan.engines import tesseract
from tests.conftest import render_card

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

LINES = [("Dana Whitfield", 46), ("dana.whitfield@example.org", 30)]


def test_table_from_tsv_reads_columns_and_skips_short_rows():
    tsv = "5\t1\t1\t1\t1\t1\t3\t20\t321\t32\t91.5\tjane@example.com\nbroken row\n"
    table = tesseract.table_from_tsv(tsv)
    assert table["text"] == ["jane@example.com"], table
    assert (table["left"], table["conf"], table["line_num"]) == ([3], [91.5], [1]), table


def test_library_and_command_line_read_the_same_words(monkeypatch):
    pytest.importorskip("tesserocr")
    card = render_card(LINES, size=(900, 300))
    loaded = tesseract.read_words(card, lang="eng", psm=tesseract.UNIFORM_BLOCK_PSM)
    monkeypatch.setattr(tesseract, "_library", lambda lang: None)  # the pytesseract path
    spawned = tesseract.read_words(card, lang="eng", psm=tesseract.UNIFORM_BLOCK_PSM)
    assert loaded.text == spawned.text, (loaded.text, spawned.text)
    assert "dana.whitfield@example.org" in loaded.text, loaded.text
    boxes = [w.box for ln in loaded.lines for w in ln.words]
    assert boxes == [w.box for ln in spawned.lines for w in ln.words], boxes


def test_tessdata_dir_is_where_the_language_packs_are():
    folder = tesseract.tessdata_dir()
    assert folder is not None and "eng" in tesseract.installed_languages(), folder


def test_read_words_drops_stray_marks(monkeypatch):
    """A speck read as "eg" at 26 % beside a title read surely is not part of the line."""
    table = {
        "text": ["Sales", "Manager", "eg"],
        "conf": [96, 97, 26],
        "left": [10, 120, 300],
        "top": [10, 10, 8],
        "width": [100, 150, 30],
        "height": [30, 30, 34],
        "block_num": [1, 1, 1],
        "par_num": [1, 1, 1],
        "line_num": [1, 1, 1],
    }
    monkeypatch.setattr(tesseract, "image_data", lambda image, lang, psm: table)
    import numpy as np

    read = tesseract.read_words(np.zeros((60, 400), np.uint8), lang="eng")
    assert read.text == "Sales Manager", read.text
