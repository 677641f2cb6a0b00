"""Text in a script the main engine cannot read, read again by Tesseract.

RapidOCR's models know Latin and CJK ideographs and kana only: Hangul, Cyrillic, Arabic or
Devanagari lines come back as punctuation, as a few wrong Han characters, or not at all.
Signs of such lines in a reading (:func:`unread_script_signs`) cost a probe: the doubtful
lines, cut out and stacked, are read by Tesseract in each script whose language pack is
installed (its own script detection guesses "Latin" on cards that mix scripts). The script
read best is then read on the whole card, and its lines replace what the first engine made
of them (cardscan.engines.script_completion).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

from cardscan.engines import tesseract
from cardscan.engines.layout import cut_line, stack_strips
from cardscan.engines.second_reading import MIN_WORD_CONFIDENCE
from cardscan.models import Box, Line, OcrResult
from cardscan.script import has_cjk, is_cjk_char


@dataclass(frozen=True)
class Script:
    """A writing system the first engine cannot read: the Unicode character-name prefix of
    its letters, and the Tesseract language packs that read it (all must be installed);
    ``better`` packs are read with instead when they are all installed. ``countries``
    (ISO regions) are those whose cards print it, generously; empty when any may."""

    name: str
    prefix: str
    langs: str
    better: str = ""
    countries: frozenset[str] = frozenset()

    def packs(self, installed: frozenset[str]) -> str:
        """The packs to read this script with, of those ``installed``."""
        if self.better and set(self.better.split("+")) <= installed:
            return self.better
        return self.langs


def _regions(codes: str) -> frozenset[str]:
    return frozenset(codes.split())


HANGUL_PREFIX = "HANGUL"
SCRIPTS: tuple[Script, ...] = (
    # Tesseract's Hangul script model first, its Korean language model after: on rendered
    # Korean cards the pair reads titles 0.71 → 0.75 and addresses 0.65 → 0.69 of the
    # Korean model alone (docs/benchmarks.md). No countries: Korean firms abroad print
    # Hangul wherever they are.
    Script("Hangul", HANGUL_PREFIX, "kor", better="Hangul+kor"),
    # Russian is printed across the former Soviet Union and by Israel's Russian speakers.
    Script(
        "Cyrillic",
        "CYRILLIC",
        "rus+ukr",
        countries=_regions("RU UA BY KZ KG TJ UZ TM AZ AM GE MD LV LT EE BG RS MK ME BA MN IL"),
    ),
    Script(
        "Arabic",
        "ARABIC",
        "ara",
        countries=_regions(
            "AE SA QA KW BH OM YE JO LB SY IQ EG LY TN DZ MA MR SD SO DJ KM PS IL IR AF PK"
        ),
    ),
    Script("Devanagari", "DEVANAGARI", "hin", countries=_regions("IN NP")),
    Script("Thai", "THAI", "tha", countries=_regions("TH")),
    Script("Greek", "GREEK", "ell", countries=_regions("GR CY")),
    Script("Hebrew", "HEBREW", "heb", countries=_regions("IL PS")),
)
# The probe: each doubtful line cut out with PROBE_MARGIN of its height around it, scaled to
# PROBE_HEIGHT pixels, stacked; at most PROBE_LINES of them.
PROBE_HEIGHT = 48
PROBE_MARGIN = 0.25
PROBE_LINES = 6
# Fewer confidence-weighed letters than this in every script: the doubt was not a script.
MIN_PROBE_LETTERS = 2.0
# Measured with the probe's weights: Hangul found on Korean cards weighed 12 to 93 (rendered
# and real, at most one CJK line read with confidence); on Chinese and Japanese cards whose
# CJK lines the first engine read well (7 to 9 lines), specks read as Hangul weighed 2 to 4.
PROBE_LETTERS_PER_CJK_LINE = 2.0
# A word of fewer letters of its script (after decomposition, so that a Hangul syllable is
# its two or three jamo) is what a model shown another script's strokes makes of them:
# Tesseract's Thai model reads Han, kana, Cyrillic or specks as lone consonants and vowel
# signs ("ก พ ล ว", "๒ ๕ ะ"). Such words do not count in the probe, and a second reading
# whose words are mostly such is not text (MAX_LONE_LETTER_SHARE).
MIN_WORD_LETTERS = 2
MAX_LONE_LETTER_SHARE = 0.5
# A line box at least this many heights long says how many characters it holds: Latin text
# has 1.2–2.5 letters or digits per box height, CJK about 1. Fewer than MIN_CHARS_PER_HEIGHT
# means most of the line was not read (measured on the development photos: 1st percentile
# 0.94).
MIN_ASPECT = 3.0
MIN_CHARS_PER_HEIGHT = 0.8
# A line the first engine's detector found but its recogniser read as nothing
# (OcrResult.unread) is a sign when at least this many times as long as it is high: a
# two-syllable Hangul word is; logos, icons and rules stand square or on end.
MIN_UNREAD_ASPECT = 2.0
# Lines read with less confidence than this are doubtful; when at least MIN_LOW_LINES of them
# make up MIN_LOW_SHARE of a reading's lines, the engine was guessing at an unknown script
# (no development photo has such a reading).
LOW_CONFIDENCE = 0.8
MIN_LOW_LINES = 2
MIN_LOW_SHARE = 0.25
# A reading with more than this share of its characters in lines standing on end is of a
# card on its side (orientation's own threshold, cardscan.preprocess.orient).
MAX_TALL_SHARE = 0.3


def under_read(line: Line) -> bool:
    """Rule: a long line box holding fewer than MIN_CHARS_PER_HEIGHT letters or digits per
    box height: the engine read only part of what is printed there."""
    box = line.box
    if box.h <= 0 or box.w < MIN_ASPECT * box.h:
        return False
    read = sum(ch.isalnum() for ch in line.text)
    return read < MIN_CHARS_PER_HEIGHT * box.w / box.h


def unread_lines(ocr: OcrResult) -> list[Box]:
    """Rule: the boxes where the first engine's detector found a line that its recogniser
    read as nothing (``ocr.unread``), no read line in the same place, at least
    MIN_UNREAD_ASPECT times as long as high."""
    boxes = [box for box in ocr.unread if box.h > 0 and box.w >= MIN_UNREAD_ASPECT * box.h]
    return unread_boxes(ocr, boxes)


def unread_script_signs(ocr: OcrResult) -> bool:
    """Rule: a line was found but read as nothing (:func:`unread_lines`), some line was
    under-read (:func:`under_read`), a line of CJK characters was read with less than
    LOW_CONFIDENCE, or at least MIN_LOW_LINES lines, MIN_LOW_SHARE of those with three or
    more characters, were. Not on a reading whose lines mostly stand on end
    (MAX_TALL_SHARE): the card lies on its side and will be read again turned."""
    lines = [line for line in ocr.lines if line.words]
    tall = sum(len(ln.text) for ln in lines if ln.box.h > ln.box.w)
    if tall > MAX_TALL_SHARE * max(1, sum(len(ln.text) for ln in lines)):
        return False
    if unread_lines(ocr) or any(under_read(line) for line in lines):
        return True
    if any(has_cjk(line.text) and line.confidence < LOW_CONFIDENCE for line in lines):
        return True  # Hangul read as a few wrong Han characters
    texts = [line for line in lines if len(line.text.replace(" ", "")) >= 3]
    low = sum(line.confidence < LOW_CONFIDENCE for line in texts)
    return low >= MIN_LOW_LINES and low >= MIN_LOW_SHARE * len(texts)


@cache
def installed_packs() -> frozenset[str]:
    return tesseract.installed_languages()


def installed_scripts() -> tuple[Script, ...]:
    """The scripts whose language packs are all installed."""
    langs = installed_packs()
    return tuple(s for s in SCRIPTS if set(s.langs.split("+")) <= langs)


def script_share(text: str, prefix: str) -> float:
    """Share of the letters in ``text`` whose Unicode name starts with ``prefix``."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(unicodedata.name(ch, "").startswith(prefix) for ch in letters) / len(letters)


def doubtful_boxes(ocr: OcrResult) -> list[Box]:
    """Where the doubtful lines are: those found but read as nothing, the under-read ones,
    then the least confident ones below LOW_CONFIDENCE; PROBE_LINES at most."""
    lines = [line for line in ocr.lines if line.words]
    under = [line.box for line in lines if under_read(line)]
    low = sorted(
        (ln for ln in lines if ln.confidence < LOW_CONFIDENCE and not under_read(ln)),
        key=lambda ln: ln.confidence,
    )
    return (unread_lines(ocr) + under + [ln.box for ln in low])[:PROBE_LINES]


def probe_image(image: np.ndarray, boxes: list[Box]) -> np.ndarray:
    """The line ``boxes`` cut out of ``image`` (with a margin), scaled to one height, stacked
    with white gaps between them."""
    cuts = [cut_line(image, box, margin=PROBE_MARGIN, height=PROBE_HEIGHT) for box in boxes]
    strips = [cut.image for cut in cuts if cut is not None]
    if not strips:
        return image[:0, :0]
    return stack_strips(strips, gap=PROBE_HEIGHT // 2)[0]


def script_letters(word: str, prefix: str) -> int:
    """Letters of the script in ``word``, counted after canonical decomposition: a Hangul
    syllable block is the two or three letters (jamo) it is written with, as a Thai or Latin
    word is counted letter by letter."""
    return sum(
        unicodedata.name(ch, "").startswith(prefix) for ch in unicodedata.normalize("NFD", word)
    )


# A CJK word read with confidence has at least this many characters; one may be a logo's
# shape read as a Han character.
MIN_CJK_CHARS = 2


def candidate_scripts(ocr: OcrResult) -> tuple[Script, ...]:
    """Rule: a card the first engine read a CJK word on (MIN_CJK_CHARS, LOW_CONFIDENCE) is
    Chinese, Japanese or Korean, and the only script it may hide is Hangul (read as a few
    wrong Han characters); any installed script otherwise. Tesseract's other models read
    Han, kana and specks as their own letters, and their lines would be taken for text."""
    scripts = installed_scripts()
    if confident_cjk_lines(ocr):
        return tuple(s for s in scripts if s.prefix == HANGUL_PREFIX)
    return scripts


def confident_cjk_lines(ocr: OcrResult) -> int:
    """How many lines the first engine read as a CJK word (MIN_CJK_CHARS) with confidence
    (LOW_CONFIDENCE)."""
    return sum(
        sum(map(is_cjk_char, line.text)) >= MIN_CJK_CHARS and line.confidence >= LOW_CONFIDENCE
        for line in ocr.lines
    )


def probe_script(image: np.ndarray, ocr: OcrResult) -> Script | None:
    """The installed script that reads the doubtful lines best: the most letters of its own
    script (:func:`script_letters`), each weighed by its word's confidence (a model shown
    another script reads its own letters into it, but unsure of them); None when no script
    reads MIN_PROBE_LETTERS. Words of fewer than MIN_WORD_LETTERS letters do not count, and
    only :func:`candidate_scripts` are tried. Each CJK line the first engine read with
    confidence raises that bar by PROBE_LETTERS_PER_CJK_LINE: a Chinese or Japanese card read
    well is not Korean for the few Hangul letters Tesseract makes of its specks and logos."""
    strip = probe_image(image, doubtful_boxes(ocr))
    if strip.size == 0:
        return None
    best = None
    best_weight = MIN_PROBE_LETTERS + PROBE_LETTERS_PER_CJK_LINE * confident_cjk_lines(ocr)
    for script in candidate_scripts(ocr):
        read = tesseract.read_words(
            strip, lang=script.packs(installed_packs()), psm=tesseract.UNIFORM_BLOCK_PSM
        )
        weight = sum(
            w.confidence * letters
            for line in read.lines
            for w in line.words
            if w.confidence >= MIN_WORD_CONFIDENCE
            and (letters := script_letters(w.text, script.prefix)) >= MIN_WORD_LETTERS
        )
        if weight > best_weight:
            best, best_weight = script, weight
    return best


def lone_letters(text: str, prefix: str) -> bool:
    """Rule: more than MAX_LONE_LETTER_SHARE of the line's words in the script hold fewer
    than MIN_WORD_LETTERS of its letters: a model's guess at another script, not text."""
    counts = [script_letters(word, prefix) for word in text.split()]
    counts = [n for n in counts if n]
    if not counts:
        return False
    return sum(n < MIN_WORD_LETTERS for n in counts) > MAX_LONE_LETTER_SHARE * len(counts)


def unread_boxes(ocr: OcrResult, detected: list[Box]) -> list[Box]:
    """The line boxes the first engine detected but returned no text for (it drops lines it
    recognised as nothing): none of its lines is in the same place."""
    return [box for box in detected if not any(same_place(box, ln.box) for ln in ocr.lines)]


def same_place(a: Box, b: Box) -> bool:
    """Two line boxes cover the same printed line: they overlap by half the smaller height
    and sideways at all."""
    rows = min(a.bottom, b.bottom) - max(a.y, b.y)
    across = min(a.right, b.right) - max(a.x, b.x)
    return rows >= 0.5 * min(a.h, b.h) and across > 0
