"""A card's reading completed in a script the first engine cannot read: Tesseract's lines in
that script put in the place of what the engine made of them (cardscan.engines.scripts finds
the script)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from cardscan.engines.scripts import (
    HANGUL_PREFIX,
    LOW_CONFIDENCE,
    Script,
    installed_packs,
    installed_scripts,
    lone_letters,
    probe_script,
    same_place,
    script_share,
    under_read,
    unread_boxes,
    unread_script_signs,
)
from cardscan.engines.second_reading import MIN_WORD_CONFIDENCE, box_reading, read_enlarged
from cardscan.models import Box, Line, OcrResult
from cardscan.script import has_cjk

# A Tesseract line is kept when this share of its letters is in the detected script and its
# mean word confidence reaches MIN_WORD_CONFIDENCE (second_reading.py).
MIN_SCRIPT_SHARE = 0.5
# What a card in a script the first engine cannot read prints in Latin type and digits: for
# Hangul a +82 number, a mobile number of Korea's 010 range ("010-2097-1890") or one after
# Korea's code without its plus ("82-10-2097-1890"), a .kr domain; for Cyrillic a +7 / +380 /
# +375 number or a .ru / .ua / .by / .kz domain.
EXPECTED_SCRIPTS: dict[str, re.Pattern[str]] = {
    "Hangul": re.compile(
        r"\+\s?82(?!\d)|(?<![\d+])(?:0|82[-. ])1[016789][-. )]\d{3,4}[-. ]\d{4}(?!\d)"
        r"|\.kr\b|\bKorea\b",
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


def drop_unread(ocr: OcrResult, completed: OcrResult, below: float) -> OcrResult:
    """``completed`` without the lines of the first reading ``ocr`` that scored under
    ``below`` and that no second reading replaced: kept only so that their boxes could be
    read again, they are not text."""
    weak = {id(line) for line in ocr.lines if line.confidence < below}
    if not weak:
        return completed
    lines = tuple(line for line in completed.lines if id(line) not in weak)
    return replace(completed, lines=lines, unread=())


class ScriptCompleter:
    """Completes the readings of one card (:func:`complete_other_script`), probing for the
    script until a probe finds one: the card turned upside down or on its side would read as
    another script (upside-down Hangul reads as Thai), so later turns reuse what a probe
    found. A probe that found nothing is tried again at the next turn showing signs, at
    PROBE_TURNS turns at most: RapidOCR reads a card's Latin lines upside down well enough to
    show the signs there, where Tesseract reads no Hangul, and the upright turn read after
    it would otherwise be left as the first engine read it.
    A script the reading's numbers expect is looked for at EXPECTED_TURNS turns at most:
    found at none of them, it is not on the card. The first turn read may be upside down or
    on its side, where Tesseract finds nothing; the second is the one orientation thinks
    upright, and when the script is missing there too, orientation reads its opposite
    (cardscan.preprocess.orient: the Latin lines' ink can vote the wrong way). ``countries``
    gives the countries a reading names, against which the probe's script is checked
    (:meth:`_elsewhere`); without it every script the probe finds is taken."""

    def __init__(self, countries: Callable[[OcrResult], frozenset[str]] | None = None) -> None:
        self.probes = 0
        self.script: Script | None = None
        self.expected_misses = 0
        self.countries = countries

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
        if not (unread_script_signs(ocr) and installed_scripts()):
            return None
        if self.script is None and self.probes < PROBE_TURNS:
            found = probe_script(image, ocr)
            self.probes += 1
            self.script = None if found and self._elsewhere(found, ocr) else found
        return self.script

    def _elsewhere(self, script: Script, ocr: OcrResult) -> bool:
        """Rule: a script the probe found is not on a card that names countries (``countries``:
        its calling codes, domains, country names, wording) none of which prints that script:
        blurred Latin type reads as Thai or Arabic letters to those models, and a Spanish
        card's "+34" says its lines are Latin."""
        if not script.countries or self.countries is None:
            return False
        named = self.countries(ocr)
        return bool(named) and not named & script.countries


# Turns of a card at which a script its numbers expect is looked for (ScriptCompleter).
EXPECTED_TURNS = 3
# Turns of a card at which the script of its doubtful lines is probed, until one is found.
PROBE_TURNS = 3


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
    langs = script.packs(installed_packs()) + ("+eng" if "eng" in installed_packs() else "")
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
        rivals = [k for k in kept if same_place(line.box, k.box)]
        if rivals and any(_misread(line, k, script.prefix) for k in rivals):
            continue
        first.append(line)
    for line in kept:
        if not any(same_place(line.box, f.box) for f in first):
            second_kept.append(line)
    if not second_kept:
        return ocr
    lines = sorted([*first, *second_kept], key=lambda ln: (ln.box.y, ln.box.x))
    return replace(ocr, engine=f"{ocr.engine}+{second.engine}", lines=tuple(lines), unread=())


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
        there = [k for k in out if same_place(box, k.box)]
        if _script_weight(read, prefix) > sum(_script_weight(k, prefix) for k in there):
            out = [k for k in out if k not in there] + [read]
    return sorted(out, key=lambda ln: (ln.box.y, ln.box.x))


def _script_weight(line: Line, prefix: str) -> float:
    return sum(
        w.confidence * sum(unicodedata.name(ch, "").startswith(prefix) for ch in w.text)
        for w in line.words
    )
