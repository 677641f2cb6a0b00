"""Text in a script the main engine cannot read, read again by Tesseract.

RapidOCR's models know Latin and CJK ideographs and kana only: Hangul, Cyrillic, Arabic or
Devanagari lines come back as punctuation, as a few wrong Han characters, or not at all.
Signs of such lines in a reading (:func:`unread_script_signs`) cost a probe: the doubtful
lines, cut out and stacked, are read by Tesseract in each script whose language pack is
installed (its own script detection guesses "Latin" on cards that mix scripts). The script
read best is then read on the whole card, and its lines replace what the first engine made
of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from cardscan.engines import tesseract
from cardscan.engines.layout import cut_line, stack_strips
from cardscan.engines.second_reading import MIN_WORD_CONFIDENCE, box_reading, read_enlarged
from cardscan.models import Box, Line, OcrResult
from cardscan.script import has_cjk, is_cjk_char


@dataclass(frozen=True)
class Script:
    """A writing system the first engine cannot read: the Unicode character-name prefix of
    its letters, and the Tesseract language packs that read it (all must be installed);
    ``better`` packs are read with instead when they are all installed."""

    name: str
    prefix: str
    langs: str
    better: str = ""

    def packs(self, installed: frozenset[str]) -> str:
        """The packs to read this script with, of those ``installed``."""
        if self.better and set(self.better.split("+")) <= installed:
            return self.better
        return self.langs


HANGUL_PREFIX = "HANGUL"
SCRIPTS: tuple[Script, ...] = (
    # Tesseract's Hangul script model first, its Korean language model after: on rendered
    # Korean cards the pair reads titles 0.71 → 0.75 and addresses 0.65 → 0.69 of the
    # Korean model alone (docs/benchmarks.md).
    Script("Hangul", HANGUL_PREFIX, "kor", better="Hangul+kor"),
    Script("Cyrillic", "CYRILLIC", "rus+ukr"),
    Script("Arabic", "ARABIC", "ara"),
    Script("Devanagari", "DEVANAGARI", "hin"),
    Script("Thai", "THAI", "tha"),
    Script("Greek", "GREEK", "ell"),
    Script("Hebrew", "HEBREW", "heb"),
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
# A Tesseract line is kept when this share of its letters is in the detected script and its
# mean word confidence reaches MIN_WORD_CONFIDENCE (second_reading.py).
MIN_SCRIPT_SHARE = 0.5
# What a card in a script the first engine cannot read prints in Latin type and digits: for
# Hangul a +82 number, a mobile number of Korea's 010 range ("010-2097-1890"), a .kr domain;
# for Cyrillic a +7 / +380 / +375 number or a .ru / .ua / .by / .kz domain.
EXPECTED_SCRIPTS: dict[str, re.Pattern[str]] = {
    "Hangul": re.compile(
        r"\+\s?82(?!\d)|(?<![\d+])01[016789][-. )]\d{3,4}[-. ]\d{4}(?!\d)|\.kr\b|\bKorea\b",
        re.IGNORECASE,
    ),
    "Cyrillic": re.compile(r"\+\s?(?:7|380|375)[\s(-]|\.(?:ru|ua|by|kz)\b", re.IGNORECASE),
}
# What overrules that evidence unless the country is named outright: Beijing's area code is
# 010 too ("010-7071 8743"), so a Chinese card's numbers look like Korean mobiles.
NAMED_OUTRIGHT: dict[str, re.Pattern[str]] = {
    "Hangul": re.compile(r"\+\s?82(?!\d)|\.kr\b|\bKorea\b", re.IGNORECASE),
}
EVIDENCE_AGAINST: dict[str, re.Pattern[str]] = {
    "Hangul": re.compile(r"\+\s?86(?!\d)|\.cn\b|\bChina\b|中国", re.IGNORECASE),
}


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
def _installed() -> frozenset[str]:
    return tesseract.installed_languages()


def installed_scripts() -> tuple[Script, ...]:
    """The scripts whose language packs are all installed."""
    langs = _installed()
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
            strip, lang=script.packs(_installed()), psm=tesseract.UNIFORM_BLOCK_PSM
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


def drop_unread(ocr: OcrResult, completed: OcrResult, below: float) -> OcrResult:
    """``completed`` without the lines of the first reading ``ocr`` that scored under
    ``below`` and that no second reading replaced: kept only so that their boxes could be
    read again, they are not text."""
    weak = {id(line) for line in ocr.lines if line.confidence < below}
    if not weak:
        return completed
    lines = tuple(line for line in completed.lines if id(line) not in weak)
    return OcrResult(completed.engine, lines, completed.width, completed.height, completed.tilt)


class ScriptCompleter:
    """Completes the readings of one card (:func:`complete_other_script`), probing for the
    script once: the card turned upside down or on its side would read as another script
    (upside-down Hangul reads as Thai), so later turns reuse what the first probe found.
    A script the reading's numbers expect is looked for at EXPECTED_TURNS turns at most:
    found at none of them, it is not on the card. The first turn read may be upside down or
    on its side, where Tesseract finds nothing; the second is the one orientation thinks
    upright, and when the script is missing there too, orientation reads its opposite
    (cardscan.preprocess.orient: the Latin lines' ink can vote the wrong way)."""

    def __init__(self) -> None:
        self.probed = False
        self.script: Script | None = None
        self.expected_misses = 0

    def __call__(self, image: np.ndarray, ocr: OcrResult) -> OcrResult:
        looking = self.expected_misses < EXPECTED_TURNS
        expected = expected_script(ocr) if looking else None
        if expected is not None:  # before a probe, which may have read another turn's noise
            done = complete_other_script(image, ocr, expected)
            self.expected_misses += done is ocr
            return done
        script = self._probed_script(image, ocr)
        if script is None:
            return ocr
        return complete_other_script(image, ocr, script)

    def _probed_script(self, image: np.ndarray, ocr: OcrResult) -> Script | None:
        if unread_script_signs(ocr) and installed_scripts():
            if not self.probed:
                self.probed, self.script = True, probe_script(image, ocr)
            if self.script is not None:
                return self.script
        return None


# Turns of a card at which a script its numbers expect is looked for (ScriptCompleter).
EXPECTED_TURNS = 3


def expected_script(ocr: OcrResult) -> Script | None:
    """Rule: a reading that says Korea (a +82 number, a .kr domain; a 010 mobile number
    unless the card says China: EVIDENCE_AGAINST) but holds no Hangul, or
    Russia or Ukraine (+7, +380, .ru, .ua …) but holds no Cyrillic: the first engine dropped
    those lines without a trace (no doubtful line is left to probe), so the card is completed
    in that script when its language pack is installed."""
    text = ocr.text
    for script in installed_scripts():
        evidence = EXPECTED_SCRIPTS.get(script.name)
        if evidence is None or not evidence.search(text) or script_share(text, script.prefix):
            continue
        if not _said_otherwise(script.name, text):
            return script
    return None


def _said_otherwise(name: str, text: str) -> bool:
    against, outright = EVIDENCE_AGAINST.get(name), NAMED_OUTRIGHT.get(name)
    if against is None or not against.search(text):
        return False
    return outright is None or not outright.search(text)


def complete_other_script(image: np.ndarray, ocr: OcrResult, script: Script) -> OcrResult:
    """``ocr`` with the lines in ``script`` that Tesseract reads on ``image`` put in the place
    of what the engine made of them (see :func:`_misread`), and in the places where its
    detector found a line it could not read at all (``ocr.unread``, :func:`unread_boxes`)."""
    langs = script.packs(_installed()) + ("+eng" if "eng" in _installed() else "")
    second = read_enlarged(image, langs)
    kept = [
        line
        for line in second.lines
        if script_share(line.text, script.prefix) >= MIN_SCRIPT_SHARE
        and sum(w.confidence for w in line.words) / len(line.words) >= MIN_WORD_CONFIDENCE
        and not lone_letters(line.text, script.prefix)
    ]
    unread = unread_boxes(ocr, list(ocr.unread))
    kept = with_box_readings(image, ocr, kept, langs, script.prefix, unread=unread)
    if not kept:
        return ocr
    first, second_kept = [], []
    for line in ocr.lines:
        rivals = [k for k in kept if _same_place(line.box, k.box)]
        if rivals and any(_misread(line, k, script.prefix) for k in rivals):
            continue
        first.append(line)
    for line in kept:
        if not any(_same_place(line.box, f.box) for f in first):
            second_kept.append(line)
    if not second_kept:
        return ocr
    lines = sorted([*first, *second_kept], key=lambda ln: (ln.box.y, ln.box.x))
    return OcrResult(f"{ocr.engine}+{second.engine}", tuple(lines), ocr.width, ocr.height, ocr.tilt)


def lone_letters(text: str, prefix: str) -> bool:
    """Rule: more than MAX_LONE_LETTER_SHARE of the line's words in the script hold fewer
    than MIN_WORD_LETTERS of its letters: a model's guess at another script, not text."""
    counts = [script_letters(word, prefix) for word in text.split()]
    counts = [n for n in counts if n]
    if not counts:
        return False
    return sum(n < MIN_WORD_LETTERS for n in counts) > MAX_LONE_LETTER_SHARE * len(counts)


def _misread(line: Line, rival: Line, prefix: str) -> bool:
    """Rule: the first engine's line is what it made of the rival's script when it is
    doubtful (under-read or read with little confidence), holds CJK characters when the
    rival is Hangul (read as Han) or has fewer letters and digits than the rival has
    letters of its script; a line it read well (an email, a phone number in Latin type, a
    Chinese line on a card the probe took for Thai) stays."""
    if under_read(line) or line.confidence < LOW_CONFIDENCE:
        return True
    if has_cjk(line.text) and prefix == HANGUL_PREFIX:
        return True
    own = sum(ch.isalnum() for ch in line.text)
    theirs = sum(unicodedata.name(ch, "").startswith(prefix) for ch in rival.text)
    return own < theirs


def unread_boxes(ocr: OcrResult, detected: list[Box]) -> list[Box]:
    """The line boxes the first engine detected but returned no text for (it drops lines it
    recognised as nothing): none of its lines is in the same place."""
    return [box for box in detected if not any(_same_place(box, ln.box) for ln in ocr.lines)]


def with_box_readings(
    image: np.ndarray,
    ocr: OcrResult,
    kept: list[Line],
    langs: str,
    prefix: str,
    *,
    unread: Sequence[Box] = (),
) -> list[Line]:
    """``kept`` with what Tesseract reads in each doubtful line box of the first engine and
    each box it detected but left ``unread``, read on its own, in place of the kept lines
    there when it holds more letters of the script: the first engine finds where a line is
    printed though it cannot read it, and Tesseract's own layout analysis of the whole card
    drops or cuts up some of those lines."""
    out = list(kept)
    doubtful = [
        line.box
        for line in ocr.lines
        if line.words
        and (under_read(line) or line.confidence < LOW_CONFIDENCE or has_cjk(line.text))
    ]
    for box in [*doubtful, *unread]:
        read = box_reading(image, box, langs)
        if read is None or script_share(read.text, prefix) < MIN_SCRIPT_SHARE:
            continue
        there = [k for k in out if _same_place(box, k.box)]
        if _script_weight(read, prefix) > sum(_script_weight(k, prefix) for k in there):
            out = [k for k in out if k not in there] + [read]
    return sorted(out, key=lambda ln: (ln.box.y, ln.box.x))


def _script_weight(line: Line, prefix: str) -> float:
    return sum(
        w.confidence * sum(unicodedata.name(ch, "").startswith(prefix) for ch in w.text)
        for w in line.words
    )


def _same_place(a: Box, b: Box) -> bool:
    """Two line boxes cover the same printed line: they overlap by half the smaller height
    and sideways at all."""
    rows = min(a.bottom, b.bottom) - max(a.y, b.y)
    across = min(a.right, b.right) - max(a.x, b.x)
    return rows >= 0.5 * min(a.h, b.h) and across > 0
