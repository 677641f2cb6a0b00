"""Tesseract's readings for the lines the first engine could not read: of the whole card
enlarged, and of one line box cut out on its own; Korean syllables it split are joined."""

from __future__ import annotations

import cv2
import numpy as np

from cardscan.engines import tesseract
from cardscan.engines.layout import cut_line, without_edge_ink
from cardscan.models import Box, Line, OcrResult, Word
from cardscan.script import has_hangul

# Tesseract's words read with less confidence than this are left out.
MIN_WORD_CONFIDENCE = 0.4
# A raw-line reading (tesseract.RAW_LINE_PSM) counts when its words, all of them, were read
# with this mean confidence: the single-line mode found nothing there, so the line may be in
# a script other than the one asked for.
MIN_RAW_LINE_CONFIDENCE = 0.7
# Tesseract reads best with text about twice RapidOCR's size: the card is enlarged to at
# least this long side (at most MAX_UPSCALE times) for the second reading. Four times rather
# than 2.5 read more on the rendered Korean photos it was tried on (shrunk to 560 pixels) and
# less on others held out (thirteenth session, docs/benchmarks.md): kept at 2.5.
TESSERACT_LONG_SIDE = 1800
MAX_UPSCALE = 2.5
# Tesseract's Korean model splits words between syllables: neighbouring pieces closer than
# this share of their height, one of them Hangul, are one word (measured on rendered cards:
# 0.08–0.31 inside a word, 0.33–0.6 between words; kept low, as single syllables are
# joined by their own rule).
HANGUL_JOIN_GAP = 0.2
# A doubtful line box of the first engine is read on its own, cut out with REREAD_MARGIN of
# its height around it and scaled to REREAD_HEIGHT pixels.
REREAD_HEIGHT = 64
REREAD_MARGIN = 0.25

def read_enlarged(image: np.ndarray, langs: str) -> OcrResult:
    """Tesseract's reading (sparse text) of ``image`` enlarged for it, boxes in ``image``'s
    pixels."""
    factor = enlargement(image.shape[:2])
    big = image
    if factor > 1.0:
        big = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    read = tesseract.read_words(big, lang=langs, psm=tesseract.SPARSE_TEXT_PSM, own_lines=True)
    lines = tuple(
        Line(
            tuple(Word(w.text, w.confidence, _shrink(w.box, factor)) for w in join_syllables(line))
        )
        for line in read.lines
    )
    return OcrResult(read.engine, lines, image.shape[1], image.shape[0])


def enlargement(shape: tuple[int, ...]) -> float:
    """How many times an image of ``shape`` (rows, columns) is enlarged for Tesseract: to
    TESSERACT_LONG_SIDE on its long side, MAX_UPSCALE times at most, never shrunk."""
    return min(MAX_UPSCALE, max(1.0, TESSERACT_LONG_SIDE / max(shape)))


def box_reading(image: np.ndarray, box: Box, langs: str) -> Line | None:
    """Tesseract's reading of one line box, cut out with REREAD_MARGIN of its height around it
    and scaled to REREAD_HEIGHT pixels; word boxes in ``image``'s pixels. Read as a single
    line; when that finds no word, as a raw line (tesseract.RAW_LINE_PSM), kept when its
    words' mean confidence reaches MIN_RAW_LINE_CONFIDENCE, since a line in another script
    than the one asked for reads as confident-looking pieces too; when neither reads it, as
    a single line again with the ink at the cut's top and bottom edges painted over
    (:func:`cardscan.engines.layout.without_edge_ink`: the neighbours' letters caught in
    the cut). That comes last: where a neighbour touches the line's letters, the painted cut
    reads worse than the raw line does."""
    cut = cut_line(image, box, margin=REREAD_MARGIN, height=REREAD_HEIGHT, slack=2)
    if cut is None:
        return None
    words = _sure_words(_line_words(cut.image, langs, tesseract.SINGLE_LINE_PSM))
    if not words:
        raw = _line_words(cut.image, langs, tesseract.RAW_LINE_PSM)
        sure = bool(raw) and sum(w.confidence for w in raw) / len(raw) >= MIN_RAW_LINE_CONFIDENCE
        words = _sure_words(raw) if sure else []
    if not words:
        rows = (round((box.y - cut.y) * cut.scale), round((box.bottom - cut.y) * cut.scale))
        cleared = without_edge_ink(cut.image, rows=rows)
        words = _sure_words(_line_words(cleared, langs, tesseract.SINGLE_LINE_PSM))
    shifted = [
        Word(w.text, w.confidence, _shrink(w.box, cut.scale).shifted(cut.x, cut.y)) for w in words
    ]
    return Line(tuple(shifted)) if shifted else None


def _line_words(image: np.ndarray, langs: str, psm: int) -> list[Word]:
    read = tesseract.read_words(image, lang=langs, psm=psm)
    return [w for ln in read.lines for w in join_syllables(ln)]


def _sure_words(words: list[Word]) -> list[Word]:
    return [w for w in words if w.confidence >= MIN_WORD_CONFIDENCE]


def join_syllables(line: Line, *, max_gap: float = HANGUL_JOIN_GAP) -> list[Word]:
    """The line's words with Hangul pieces split inside a word joined again ("서 울" →
    "서울"): neighbours closer than ``max_gap`` × the taller height, one of them Hangul, and
    runs of single Hangul syllables ("대 한 정 보" → "대한정보": words of one syllable
    rarely follow each other)."""
    words: list[Word] = []
    singles = False  # the last word is a run of single syllables
    for word in line.words:
        single = _one_syllable(word.text)
        if words and ((singles and single) or _close(words[-1], word, max_gap)):
            last = words[-1]
            confidence = min(last.confidence, word.confidence)
            words[-1] = Word(last.text + word.text, confidence, last.box.union(word.box))
            singles = singles and single
            continue
        words.append(word)
        singles = single
    return words


def _close(last: Word, word: Word, max_gap: float) -> bool:
    """Two neighbours, one of them Hangul, closer than ``max_gap`` × the taller height."""
    if not (has_hangul(last.text[-1]) or has_hangul(word.text[0])):
        return False
    return word.box.x - last.box.right < max_gap * max(last.box.h, word.box.h)


def _one_syllable(text: str) -> bool:
    return len(text) == 1 and has_hangul(text)


def _shrink(box: Box, factor: float) -> Box:
    return Box(
        int(box.x / factor),
        int(box.y / factor),
        max(1, int(box.w / factor)),
        max(1, int(box.h / factor)),
    )
