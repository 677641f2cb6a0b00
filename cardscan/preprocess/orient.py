"""Turn a card upright (0/90/180/270°) by judging the readings an OCR engine gives.

Tesseract's orientation detection guesses badly on a card's few words, so the readings are
judged instead: confident, word-shaped tokens on wide boxes, valid emails, phones, websites;
the ink settles upright against upside down. Only a poor first reading pays for more.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import cv2
import numpy as np

from cardscan.models import Box, Line, OcrResult
from cardscan.preprocess.light import text_layout
from cardscan.script import has_cjk, has_other_script, is_cjk_char

Reader = Callable[[np.ndarray], OcrResult]
# How plausible a reading is (see :func:`text_score`); callers may add what they know, such
# as valid emails and phones (cardscan.reading.reading_score): this layer does not parse them.
Scorer = Callable[[OcrResult], float]

_CV2_ROTATIONS = {
    90: cv2.ROTATE_90_CLOCKWISE,
    180: cv2.ROTATE_180,
    270: cv2.ROTATE_90_COUNTERCLOCKWISE,
}
# Characters of a token that is not word-shaped, or of a line whose box stands on end,
# count this much: such text is often a sideways or upside-down misreading.
ODD_TOKEN_WEIGHT = 0.3
TALL_LINE_WEIGHT = 0.3
# Lines shorter than this say nothing about their direction (a lone "I" box is tall).
MIN_SHAPE_CHARS = 3

_PUNCT = "\"'“”‘’()[]{}<>.,:;!?|•·*"
# Letters in a sane case pattern: "word", "WORD", "Word", "McLeod", "O'Neil", "Jean-Luc".
_WORD = re.compile(r"^(?:[^\W\d_]+(?:['’.-][^\W\d_]+)*)$")
_MC = re.compile(r"^(?:Mc|Mac|De|Di|Da|La|Le)[A-Z][a-z]+$")
# Phone pieces, postcodes, house numbers: digits with the usual separators.
_NUMBER = re.compile(r"^[+(]?\d[\d\s().\-/]*\d?\)?$")
_MACHINE = re.compile(r"[@]|^(?:https?://|www\.)|\.[a-z]{2,}/?$", re.IGNORECASE)
# Single-character words and mixed-case legal forms; other short words pass the case rules.
_KNOWN_SHORT = frozenset({"a", "i", "&", "y", "e", "o", "à", "+", "gmbh", "mbh"})


def rotate(image: np.ndarray, degrees: int) -> np.ndarray:
    """``image`` turned clockwise by ``degrees`` (a multiple of 90)."""
    degrees %= 360
    if degrees == 0:
        return image
    if degrees not in _CV2_ROTATIONS:
        raise ValueError(f"rotation must be a multiple of 90 degrees, not {degrees}")
    return cv2.rotate(image, _CV2_ROTATIONS[degrees])


def is_word_shaped(token: str) -> bool:
    """Rule: letters in a sane case pattern (lower, UPPER, Capitalised, McName), a known short
    word, a number with phone/postcode separators, an email or URL, or CJK text."""
    core = token.strip(_PUNCT)
    if not core:
        return False
    if core.lower() in _KNOWN_SHORT or _MACHINE.search(core):
        return True
    if _NUMBER.match(core):
        return True
    if any(is_cjk_char(ch) for ch in core):
        return True  # CJK and Hangul: case rules do not apply; the engine's confidence judges it
    if len(core) < 2 or not _WORD.match(core):
        return False
    return all(_case_ok(part) for part in re.split(r"['’.-]", core) if part)


def _case_ok(part: str) -> bool:
    """lower, UPPER, Capitalised or a Mc/Mac/De-style name; "hELLo" is a misreading."""
    if part.islower() or part.isupper() or _MC.match(part):
        return True
    return part[0].isupper() and part[1:].islower()


def _lines(ocr: OcrResult) -> Iterable[Line]:
    return (line for line in ocr.lines if line.words)


def tall_share(ocr: OcrResult, *, min_chars: int = MIN_SHAPE_CHARS) -> float:
    """Share of the characters (in lines of at least ``min_chars``) whose line box is taller
    than wide: RapidOCR detects a sideways printed line as such a box."""
    tall = total = 0
    for line in _lines(ocr):
        chars = len(line.text.replace(" ", ""))
        if chars < min_chars:
            continue
        total += chars
        box = line.box
        tall += chars if box.h > box.w else 0
    return tall / total if total else 0.0


def word_share(ocr: OcrResult) -> float:
    """Share of the characters that belong to word-shaped tokens (see :func:`is_word_shaped`)."""
    good = total = 0
    for line in _lines(ocr):
        for word in line.words:
            total += len(word.text)
            good += len(word.text) if is_word_shaped(word.text) else 0
    return good / total if total else 0.0


def text_score(ocr: OcrResult) -> float:
    """How plausible a reading is, in "confidently read characters".

    Rule: every character counts its word's confidence, times ODD_TOKEN_WEIGHT when the token
    is not word-shaped and times TALL_LINE_WEIGHT when its line box stands on end. More text
    read well scores higher.
    """
    score = 0.0
    for line in _lines(ocr):
        box = line.box
        tall = len(line.text) >= MIN_SHAPE_CHARS and box.h > box.w
        for word in line.words:
            weight = 1.0 if is_word_shaped(word.text) else ODD_TOKEN_WEIGHT
            if tall:
                weight *= TALL_LINE_WEIGHT
            score += word.confidence * len(word.text) * weight
    return score


def ink_asymmetry(crop: np.ndarray) -> tuple[int, int]:
    """Characters rising above and dropping below the x-height band of a short grey crop of
    one text line: (ascenders, descenders).

    Rule: the band runs from the median top to the median bottom of the ink's connected
    components (specks under 40 % of the median height left out); a component rising more
    than 20 % of the band above it counts up, one dropping 20 % below it counts down.
    Ascenders, capitals and digits rise far more often than descenders (g j p q y) drop, so
    upright Latin text counts more up than down and upside-down text the reverse.
    """
    if crop.size == 0 or min(crop.shape[:2]) < 6:
        return 0, 0
    _, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if ink.mean() > 0.5:
        ink = 1 - ink  # light text on a dark card: the ink is the minority class
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    tops, heights = stats[1:, cv2.CC_STAT_TOP], stats[1:, cv2.CC_STAT_HEIGHT]
    if heights.size < 2:
        return 0, 0
    keep = heights >= max(3, 0.4 * np.median(heights))
    tops, bottoms = tops[keep], tops[keep] + heights[keep]
    if tops.size < 2:
        return 0, 0
    x_line, base = float(np.median(tops)), float(np.median(bottoms))
    reach = 0.2 * (base - x_line)
    if base - x_line < 3:
        return 0, 0
    return int((tops < x_line - reach).sum()), int((bottoms > base + reach).sum())


def _strips(box: Box, text: str) -> Iterable[tuple[int, int]]:
    """Column ranges about five characters wide: narrow enough that a tilted line stays
    level inside each one. A character advance is about 0.55 of the font size."""
    advance = box.w / max(1, len(text))
    width = max(8, int(min(box.h, advance / 0.55) * 2.5))
    for x in range(box.x, box.right, width):
        yield x, min(box.right, x + width)


def upright_vote(
    image: np.ndarray, ocr: OcrResult, *, min_chars: int = 4, min_marks: int = 12
) -> float:
    """-1..1: how upright the Latin lines of ``ocr`` look in ``image`` (the image it read).

    Rule: (up - down) / (up + down), counted by :func:`ink_asymmetry` over narrow strips of
    every wide line box with at least ``min_chars`` Latin letters or digits.
    Engines that flip upside-down lines themselves (RapidOCR's line classifier; Tesseract
    sometimes) read a card turned by 180° as well as an upright one, only in reverse line
    order, so the text cannot tell the two apart; the ink can. 0 without Latin text (CJK has
    no ascenders to count) or with fewer than ``min_marks`` counted: too few to judge.
    """
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    above = below = 0.0
    for line in _lines(ocr):
        latin = sum(ch.isascii() and ch.isalnum() for ch in line.text)
        box = line.box
        # A line mixing in CJK or Hangul glyphs: their ink has no ascenders to count.
        if latin < min_chars or has_cjk(line.text) or box.w < 2 * box.h:
            continue
        y0, y1 = max(0, box.y), min(gray.shape[0], box.bottom)
        for x0, x1 in _strips(box, line.text):
            up, down = ink_asymmetry(gray[y0:y1, max(0, x0) : x1])
            above, below = above + up, below + down
    return (above - below) / (above + below) if above + below >= min_marks else 0.0


def looks_sideways(
    ocr: OcrResult,
    *,
    max_tall_share: float = 0.3,
    min_chars: int = 8,
    min_confidence: float = 0.5,
) -> bool:
    """Rule: more than ``max_tall_share`` of the text sits in tall line boxes, or fewer than
    ``min_chars`` characters were read, or their mean confidence is below ``min_confidence``
    (Tesseract reads sideways text as a few low-confidence scraps)."""
    chars = sum(len(line.text.replace(" ", "")) for line in _lines(ocr))
    if chars < min_chars or ocr.confidence < min_confidence:
        return True
    return tall_share(ocr) > max_tall_share


def needs_other_rotations(
    ocr: OcrResult,
    *,
    score: Scorer = text_score,
    min_score: float = 40.0,
    min_confidence: float = 0.75,
    min_word_share: float = 0.6,
    max_tall_share: float = 0.3,
) -> bool:
    """Rule: a reading is poor when it looks sideways, scores under ``min_score``, has a mean
    confidence under ``min_confidence`` or fewer than ``min_word_share`` word-shaped characters."""
    return (
        looks_sideways(ocr, max_tall_share=max_tall_share)
        or score(ocr) < min_score
        or ocr.confidence < min_confidence
        or word_share(ocr) < min_word_share
    )


def read_upright(
    image: np.ndarray,
    read: Reader,
    *,
    score: Scorer = text_score,
    min_score: float = 40.0,
    min_confidence: float = 0.75,
    min_word_share: float = 0.6,
    max_tall_share: float = 0.3,
    flip_vote: float = 0.25,
    trust_vote: float = 0.15,
    vote_weight: float = 0.5,
    keep_bias: float = 1.15,
    unsure_cjk: float = 0.8,
    script_missing: Callable[[OcrResult], bool] | None = None,
) -> tuple[OcrResult, int]:
    """The best reading of ``image`` and the clockwise rotation (0/90/180/270) that gave it.

    Reads once. A good reading (see :func:`needs_other_rotations`) is kept unless its ink
    says upside down (:func:`upright_vote` under ``-flip_vote``, and :func:`text_layout` not
    clearly upright) or it holds another script read unsurely (:func:`other_script_unsure`):
    one more reading at 180°. For a poor reading, :func:`text_layout` tells rows from columns
    without OCR. Rows that look upright (its or the reading's vote at least ``trust_vote``)
    are kept: the card is just hard to read. Other rows cost one reading at 180°; columns
    (or tall boxes, see :func:`tall_share`) readings at 90° and 270°; unclear layouts 180°,
    90° and 270°. A turn whose 180° partner read as lines standing on end (:func:`tall_share`)
    is skipped. A search stops at the first good reading that looks upright (vote at least
    ``trust_vote``) or whose 180° partner was read too; the best is kept (:func:`_best`).
    ``score`` judges how plausible a reading is (default :func:`text_score`).

    Past the first reading, "looks upright" is not trusted for a reading that holds another
    script read unsurely or lacks one it should hold (``script_missing``, the reader's own
    test): the search goes on to its opposite turn. A good first reading is exempt from
    ``script_missing``: photos are seldom upside down, and the test would cost every card
    that could print a second script but does not (an English card from Korea) a reading.

    A card whose letters stand in columns (:func:`text_layout` "down") and whose ink clearly
    says which quarter turn stands them up (:func:`sideways_votes`, at least ``trust_vote``)
    is read at that turn first: it is kept when it settles as the search below would settle
    it, so the unturned reading, which would only show the card on its side, is not paid for.
    """
    thresholds = dict(
        score=score,
        min_score=min_score,
        min_confidence=min_confidence,
        min_word_share=min_word_share,
        max_tall_share=max_tall_share,
    )
    readings: dict[int, tuple[OcrResult, float]] = {}

    def doubtful(ocr: OcrResult) -> bool:
        """The other script a turn's reading holds or lacks says the votes may be wrong."""
        if other_script_unsure(ocr, unsure=unsure_cjk):
            return True
        return script_missing is not None and script_missing(ocr)

    def take(degrees: int) -> tuple[OcrResult, float]:
        if degrees not in readings:
            turned = rotate(image, degrees)
            ocr = read(turned)
            readings[degrees] = (ocr, upright_vote(turned, ocr))
        return readings[degrees]

    def settles(degrees: int, ink: float) -> bool:
        """The turn's reading is good and its vote and the ink's agree it is upright."""
        ocr, vote = readings[degrees]
        if needs_other_rotations(ocr, **thresholds):
            return False
        settled = max(vote, ink) >= trust_vote and min(vote, ink) > -flip_vote
        # A reading without Latin lines (CJK) has no vote of its own: the ink's stands,
        # unless the reading holds CJK read unsurely (see :func:`ink_may_mislead`).
        if vote == 0.0 and ink_may_mislead(ocr, unsure=unsure_cjk):
            settled = False
        return settled and not doubtful(ocr)

    layout = text_layout(image)
    ink_votes = sideways_votes(image) if layout[0] == "down" else {}
    if ink_votes and max(ink_votes.values()) >= trust_vote:
        turn = max(ink_votes, key=ink_votes.__getitem__)
        take(turn)
        if settles(turn, ink_votes[turn]):
            return readings[turn][0], turn
    first, vote = take(0)
    if not needs_other_rotations(first, **thresholds):
        flip = vote < -flip_vote and layout[1] < trust_vote
        if not flip and not other_script_unsure(first, unsure=unsure_cjk):
            return first, 0  # the reading's ink and the page's letters must agree to flip
        take(180)
        return _best(readings, score, vote_weight, keep_bias)
    direction, ink_vote = layout
    if tall_share(first) > max_tall_share:
        direction = "down"  # the engine's tall boxes are the surest sign of a card on its side
    if direction == "across":
        # Rows of text: upright or upside down, never on its side.
        upright = max(vote, ink_vote) >= trust_vote and min(vote, ink_vote) > -flip_vote
        if upright and not doubtful(first):
            return first, 0  # upright, just hard to read: turning would not help
        take(180)
        return _best(readings, score, vote_weight, keep_bias)
    ink_votes = (ink_votes or sideways_votes(image)) if direction == "down" else {}
    order = sorted(ink_votes, key=lambda d: -ink_votes[d]) if ink_votes else (180, 90, 270)
    on_end: set[int] = set()
    for degrees in order:
        if degrees in on_end:
            continue
        ocr, vote = take(degrees)
        if tall_share(ocr) > max_tall_share:
            # Its lines stand on end, so they would at the opposite turn too.
            on_end.add((degrees + 180) % 360)
        if needs_other_rotations(ocr, **thresholds):
            continue
        if settles(degrees, ink_votes.get(degrees, 0.0)):
            break
        if (degrees + 180) % 360 in readings:
            break
    return _best(readings, score, vote_weight, keep_bias)


def other_script_unsure(ocr: OcrResult, *, unsure: float = 0.8) -> bool:
    """Rule: a line holding letters of a script the first engine cannot read (Hangul,
    Cyrillic, Thai …, read again by Tesseract: cardscan.engines.scripts) was read with less
    than ``unsure`` confidence. Tesseract reads such a script only upright; turned, it makes
    a few unsure letters of it (upside-down Hangul reads as Thai, and so can upside-down
    Latin print that a script probe was shown), while the first engine, whose line
    classifier flips upside-down lines, reads the Latin lines as well either way. In
    lower-case emails and domains descenders drop as often as ascenders rise, so their ink's
    vote can be wrong. Such a turn is not taken on the votes alone: its opposite is read too
    and the better reading kept."""
    return any(has_other_script(line.text) and line.confidence < unsure for line in _lines(ocr))


def ink_may_mislead(ocr: OcrResult, *, unsure: float = 0.8) -> bool:
    """Rule: a line of CJK characters read with less than ``unsure`` confidence is Hangul (or
    another script the engine cannot read) taken for Han; the page's ink vote
    (:func:`text_layout`) counts ascenders of Latin letters, and such a script's glyphs,
    whose parts stand at every height, sway it either way. Such a turn is not taken on the
    ink's word alone: its opposite is read too and the better reading kept."""
    return any(has_cjk(line.text) and line.confidence < unsure for line in _lines(ocr))


def sideways_votes(image: np.ndarray) -> dict[int, float]:
    """How upright the letters of a card lying on its side look at each quarter turn
    (:func:`text_layout` of the image turned by 90°, read without OCR; 270° is its opposite).
    The turn that looks upright is read first, and its reading is then usually the last."""
    _, vote = text_layout(rotate(image, 90))
    return {90: vote, 270: -vote}


def _best(
    readings: dict[int, tuple[OcrResult, float]],
    score: Scorer,
    vote_weight: float,
    keep_bias: float,
) -> tuple[OcrResult, int]:
    """The reading with the highest ``score × (1 + vote_weight × vote)``, the unturned
    one's multiplied by ``keep_bias``: when every reading is poor, turning must clearly help."""

    def merit(degrees: int) -> float:
        ocr, vote = readings[degrees]
        bias = keep_bias if degrees == 0 else 1.0
        return bias * score(ocr) * (1.0 + vote_weight * vote)

    best = max(readings, key=merit)  # dicts keep insertion order
    return readings[best][0], best
