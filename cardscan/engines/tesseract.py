"""Tesseract's words with boxes and confidences: through tesserocr (the library, loaded once
per process and language) where it is installed, else through pytesseract (one ``tesseract``
process per call, whose start and model load cost more than reading a few lines)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from collections.abc import Sequence
from functools import cache, lru_cache

import numpy as np

from cardscan.engines.layout import group_lines, stack_strips, without_stray_marks
from cardscan.models import Box, Line, OcrResult, Word

DEFAULT_LANG = "eng"
# Automatic page segmentation: cards mix blocks and columns, which PSM 3 handles.
DEFAULT_PSM = 3
# Sparse text, no order assumed: finds every line of a card, even a lone name in large type.
SPARSE_TEXT_PSM = 11
# One block of text lines: the stacked line crops of engines.scripts.
UNIFORM_BLOCK_PSM = 6
# A single line of text: a line cut out of a card for a second reading.
SINGLE_LINE_PSM = 7
# A single line, without Tesseract's own line finding: reads a cut-out line that the tops and
# bottoms of its neighbours' letters, caught in the cut, make PSM 7 return empty.
RAW_LINE_PSM = 13


def tesseract_config(*, psm: int = DEFAULT_PSM) -> str:
    """Command-line options for one Tesseract call."""
    return f"--psm {psm}"


def words_from_data(data: dict[str, list], *, min_confidence: float = 0.0) -> list[Word]:
    """Turn image_to_data's columns into Words, dropping empty and layout-only rows."""
    words = []
    for text, conf, x, y, w, h in zip(
        data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"]
    ):
        text = str(text).strip()
        confidence = float(conf) / 100.0
        if not text or confidence < min_confidence:
            continue
        words.append(Word(text, max(0.0, confidence), Box(int(x), int(y), int(w), int(h))))
    return words


def installed_languages() -> frozenset[str]:
    """Tesseract's language packs on this machine (empty when Tesseract is missing)."""
    return _language_listing()[1]


def read_words(
    image: np.ndarray, *, lang: str, psm: int = DEFAULT_PSM, own_lines: bool = False
) -> OcrResult:
    """Tesseract's words on ``image`` in ``lang`` (e.g. "kor+eng"), grouped into lines by
    their boxes, or with ``own_lines`` as Tesseract's layout analysis found them (which keeps
    two columns apart however close they are)."""
    data = image_data(image, lang=lang, psm=psm)
    lines = own_line_groups(data) if own_lines else group_lines(words_from_data(data))
    lines = tuple(without_stray_marks(line) for line in lines)
    return OcrResult(TesseractEngine.name, lines, width=image.shape[1], height=image.shape[0])


def image_data(image: np.ndarray, *, lang: str, psm: int) -> dict[str, list]:
    """Tesseract's table of the page, blocks, lines and words on ``image`` (the columns of
    pytesseract's image_to_data), from the loaded library when it can be had."""
    # One thread per call: parallelism comes from cardscan's workers, not from OpenMP.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    api = _library(lang)
    if api is None:
        import pytesseract

        return pytesseract.image_to_data(
            _rgb(image), lang=lang, config=tesseract_config(psm=psm), output_type="dict"
        )
    from PIL import Image

    with _LIBRARY_LOCK:
        api.SetPageSegMode(psm)
        api.SetImage(Image.fromarray(np.ascontiguousarray(_rgb(image))))
        return table_from_tsv(api.GetTSVText(0))


# image_to_data's columns, the order of Tesseract's TSV output.
TSV_COLUMNS = (
    "level", "page_num", "block_num", "par_num", "line_num", "word_num",
    "left", "top", "width", "height", "conf", "text",
)  # fmt: skip
INT_COLUMNS = frozenset(TSV_COLUMNS[:10])
# Loaded languages kept per process (the script probe cycles through every installed one).
MAX_LOADED = 8
_LIBRARY_LOCK = threading.Lock()


def table_from_tsv(tsv: str) -> dict[str, list]:
    """Tesseract's TSV rows (no header) as columns: numbers as int, confidence as float."""
    table: dict[str, list] = {name: [] for name in TSV_COLUMNS}
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) != len(TSV_COLUMNS):
            continue
        for name, cell in zip(TSV_COLUMNS, cells, strict=True):
            table[name].append(int(cell) if name in INT_COLUMNS else cell)
    table["conf"] = [float(c) for c in table["conf"]]
    return table


@lru_cache(maxsize=MAX_LOADED)
def _library(lang: str):
    """tesserocr's API with ``lang`` loaded from the installed language packs, or None when
    tesserocr is missing or cannot load them."""
    folder = tessdata_dir()
    try:
        import tesserocr

        return tesserocr.PyTessBaseAPI(path=folder, lang=lang) if folder else None
    except (ImportError, RuntimeError):
        return None


def tessdata_dir() -> str | None:
    """The folder of the installed language packs, as ``tesseract --list-langs`` names it
    (TESSDATA_PREFIX when set)."""
    return _language_listing()[0]


@cache
def _language_listing() -> tuple[str | None, frozenset[str]]:
    """One ``tesseract --list-langs``: the packs' folder and the languages in it (None and
    nothing when Tesseract is missing)."""
    try:
        listing = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None, frozenset()
    lines = (listing.stdout + listing.stderr).splitlines()
    header = next((i for i, ln in enumerate(lines) if "List of available languages" in ln), None)
    if header is None:
        return None, frozenset()
    found = re.search(r'"([^"]+)"', lines[header])  # Tesseract 4 names no folder
    langs = frozenset(ln.strip() for ln in lines[header + 1 :] if ln.strip())
    return (found.group(1) if found else None), langs


def own_line_groups(data: dict[str, list]) -> tuple[Line, ...]:
    """image_to_data's words grouped by Tesseract's own (block, paragraph, line) numbers,
    top to bottom."""
    keys = zip(data["block_num"], data["par_num"], data["line_num"], strict=True)
    rows: dict[tuple[int, int, int], list[Word]] = {}
    for key, word in zip(keys, _all_words(data), strict=True):
        if word is not None:
            rows.setdefault(key, []).append(word)
    lines = [Line(tuple(sorted(ws, key=lambda w: w.box.x))) for ws in rows.values()]
    return tuple(sorted(lines, key=lambda ln: (ln.box.y, ln.box.x)))


def _all_words(data: dict[str, list]) -> list[Word | None]:
    """One entry per image_to_data row: its Word, or None for empty and layout-only rows."""
    out: list[Word | None] = []
    for text, conf, x, y, w, h in zip(
        data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"]
    ):
        text = str(text).strip()
        confidence = float(conf) / 100.0
        ok = bool(text) and confidence >= 0
        out.append(Word(text, confidence, Box(int(x), int(y), int(w), int(h))) if ok else None)
    return out


def _rgb(image: np.ndarray) -> np.ndarray:
    return image[:, :, ::-1] if image.ndim == 3 else image


class TesseractEngine:
    """Google's Tesseract, the classic open-source engine; needs the tesseract program."""

    name = "tesseract"
    # No measured x-height target beat a fixed 1800 px long side for Tesseract.
    x_height = None
    # Evening the light raised Tesseract's emails on real photos from 51 % to 63 %.
    even_light = True
    # Reads the scripts of the languages it is given (--lang).
    misses_scripts = False
    kept_score = 0.0
    # An upside-down line reads as garbage, so orientation's scores see it.
    turns_lines = False

    def available(self) -> bool:
        return shutil.which("tesseract") is not None

    def unavailable_reason(self) -> str:
        return (
            "the tesseract program is not installed; install it with "
            "'apt-get install tesseract-ocr' (Debian/Ubuntu) or 'brew install tesseract' (macOS)"
        )

    def recognize(self, image: np.ndarray, *, lang: str | None = None) -> OcrResult:
        return read_words(image, lang=lang or DEFAULT_LANG)

    def read_line(self, image: np.ndarray) -> tuple[str, float]:
        """The text of an image holding one printed line (single-line segmentation) and the
        mean confidence of its words."""
        words = [
            w
            for line in read_words(image, lang=DEFAULT_LANG, psm=SINGLE_LINE_PSM).lines
            for w in line.words
        ]
        return _joined(words)

    def read_lines(self, images: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        """The line images stacked into one (a Tesseract call costs a process start), read
        as a block of lines, each word given back to the image it sits in."""
        if not images:
            return []
        height = max(image.shape[0] for image in images)
        stacked, spans = stack_strips(images, gap=max(8, height // 2))
        found = read_words(stacked, lang=DEFAULT_LANG, psm=UNIFORM_BLOCK_PSM)
        words: list[list[Word]] = [[] for _ in images]
        for word in (w for line in found.lines for w in line.words):
            for index, (top, bottom) in enumerate(spans):
                if top <= word.box.center_y < bottom:
                    words[index].append(word)
        return [_joined(sorted(ws, key=lambda w: w.box.x)) for ws in words]


def _joined(words: Sequence[Word]) -> tuple[str, float]:
    """Words as one line of text, and their mean confidence."""
    if not words:
        return "", 0.0
    return " ".join(w.text for w in words), sum(w.confidence for w in words) / len(words)
