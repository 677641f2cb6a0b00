"""RapidOCR: PaddleOCR's models on onnxruntime, shipped inside the rapidocr wheel."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import cv2
import numpy as np

from cardscan.engines.layout import line_tilt
from cardscan.models import Box, Line, OcrResult, Word
from cardscan.script import is_cjk_char

# RapidOCR drops lines it read with a score under 0.5; a line in a script its models cannot
# read (Hangul, Cyrillic) often scores lower, and its box is what Tesseract needs to read it
# again (engines/scripts.py). Lines down to DETECTED_SCORE are returned; those under
# KEPT_SCORE that no second reading replaced are dropped by the caller (drop_unread).
DETECTED_SCORE = 0.2
KEPT_SCORE = 0.5
# RapidOCR's line classifier, which turns lines it finds upside down, squeezes each line into
# a 4:1 image, so on a long line it may turn one that was upright and the recogniser then
# reads a few scraps ("T 83" for a 50-character phone line). A line longer than
# CLS_SQUEEZE_RATIO times its height read with less than REREAD_BELOW is read again, as cut
# out, without the classifier; the new text is kept when read with at least REREAD_TRUST and
# more confidence than the first.
CLS_SQUEEZE_RATIO = 8.0
REREAD_BELOW = 0.9
REREAD_TRUST = 0.9
# Quiet by default and single-threaded: cardscan's workers provide the parallelism.
RAPIDOCR_PARAMS = {
    "Global.log_level": "error",
    "Global.text_score": DETECTED_SCORE,
    "EngineConfig.onnxruntime.intra_op_num_threads": 1,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
}


def _box_of(quad: np.ndarray) -> Box:
    xs, ys = quad[:, 0], quad[:, 1]
    x0, y0 = int(xs.min()), int(ys.min())
    return Box(x0, y0, int(xs.max()) - x0, int(ys.max()) - y0)


def squeezed_by_classifier(quad: np.ndarray, *, ratio: float = CLS_SQUEEZE_RATIO) -> bool:
    """Rule: a line box more than ``ratio`` times as long as it is high, the squeezing under
    which the line classifier's upside-down guess stops being reliable."""
    width = float(np.linalg.norm(quad[1] - quad[0]))
    height = float(np.linalg.norm(quad[3] - quad[0]))
    return height > 0 and width > ratio * height


def line_cut(image: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """The line inside ``quad`` (corners clockwise from top left) cut out and straightened,
    as the recogniser sees it."""
    width = max(1, int(round(np.linalg.norm(quad[1] - quad[0]))))
    height = max(1, int(round(np.linalg.norm(quad[3] - quad[0]))))
    target = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    return cv2.warpPerspective(
        image, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC
    )


def split_line(text: str, score: float, quad: np.ndarray) -> list[Word]:
    """RapidOCR reads whole lines; share the line's box among its words by character count."""
    xs, ys = quad[:, 0], quad[:, 1]
    x0, x1 = float(xs.min()), float(xs.max())
    y0, y1 = int(ys.min()), int(ys.max())
    tokens = text.split()
    if not tokens:
        return []
    per_char = (x1 - x0) / max(1, len(text))
    words, pos = [], 0
    for token in tokens:
        start = text.index(token, pos)
        pos = start + len(token)
        left = int(x0 + start * per_char)
        width = max(1, int(len(token) * per_char))
        words.append(Word(token, float(score), Box(left, y0, width, max(1, y1 - y0))))
    return words


def restore_cjk_spaces(text: str, pieces, *, min_gap: float = 0.18, max_chars: int = 8) -> str:
    """Put back the space printed inside a short CJK line ("佐々木 健二", "営業部 部長"), which
    the recogniser drops.

    ``pieces`` are RapidOCR's word results for the line: one (text, score, quad) per
    character in CJK runs, touching when read without a gap. A gap between two CJK
    characters counts as a space when it is at least ``min_gap`` × the line height and more
    than twice the line's median gap (letter-spaced text has even gaps everywhere). Lines
    longer than ``max_chars`` (addresses, company names) are left as read.
    """
    chars = [(str(p[0]), np.asarray(p[2], dtype=float)) for p in pieces or ()]
    if not 2 <= len(chars) <= max_chars or any(len(c) != 1 for c, _ in chars):
        return text
    if not any(is_cjk_char(c) for c, _ in chars) or "".join(c for c, _ in chars) != text.replace(
        " ", ""
    ):
        return text
    first = chars[0][1]
    axis = first[1] - first[0]
    axis = axis / (np.linalg.norm(axis) or 1.0)
    height = float(np.linalg.norm(first[3] - first[0])) or 1.0
    spans = [((quad @ axis).min(), (quad @ axis).max()) for _, quad in chars]
    gaps = [(spans[k][0] - spans[k - 1][1]) / height for k in range(1, len(chars))]
    cjk_pair = [
        is_cjk_char(chars[k - 1][0]) and is_cjk_char(chars[k][0]) for k in range(1, len(chars))
    ]
    typical = float(np.median([g for g, both in zip(gaps, cjk_pair) if both] or [0.0]))
    out, pos = [chars[0][0]], 1  # pos: index in text just after the character emitted
    for k in range(1, len(chars)):
        spaced = pos < len(text) and text[pos] == " "
        wide = cjk_pair[k - 1] and gaps[k - 1] >= min_gap and gaps[k - 1] > 2 * typical
        if spaced or wide:
            out.append(" ")
        pos += 2 if spaced else 1
        out.append(chars[k][0])
    return "".join(out)


def turned_count(classes, threshold: float) -> int:
    """How many lines RapidOCR's line classifier turned: those it labelled "180" with a
    score above ``threshold``, the test it turns them by."""
    return sum(1 for label, score in classes or () if "180" in label and score > threshold)


def _recogniser_keeping_dropped():
    """RapidOCR's pipeline class, made to remember the line boxes it drops (``dropped``,
    corners in the image's pixels): those its recogniser read as nothing or scored under
    ``text_score``. A line the detector found but the recogniser could not read is where a
    script its models do not know is printed (cardscan.engines.scripts); keeping the boxes
    costs nothing, asking the detector again would cost half a reading. It also counts the
    lines its classifier turned (``turned``): a reading that turned none needs no check for
    a card held upside down (cardscan.preprocess.turned)."""
    from rapidocr import RapidOCR
    from rapidocr.utils.process_img import map_boxes_to_original

    class KeepingDropped(RapidOCR):
        dropped: list = []
        turned: int = 0

        def build_final_output(self, ori_img, det_res, cls_res, rec_res, crops, op_record):
            self.dropped = []
            self.turned = turned_count(cls_res.cls_res, self.cfg.Cls.cls_thresh)
            boxes, texts, scores = det_res.boxes, rec_res.txts, rec_res.scores
            if boxes is not None and texts is not None and scores is not None:
                ids = [
                    i
                    for i, (text, score) in enumerate(zip(texts, scores, strict=False))
                    if not text.strip() or score < self.text_score
                ]
                if ids:
                    height, width = ori_img.shape[:2]
                    mapped = map_boxes_to_original(boxes[ids].copy(), op_record, height, width)
                    self.dropped = list(mapped)
            return super().build_final_output(ori_img, det_res, cls_res, rec_res, crops, op_record)

    return KeepingDropped


class RapidOcrEngine:
    """Detects text lines with a neural detector, then recognises each line."""

    name = "rapidocr"
    # Measured on real and rendered cards: x-height 14 px reads as well as the 22 px of a
    # 1800 px card and costs about 40 % less time (the recogniser works on 48 px line crops).
    x_height = 14.0
    # Switching the light step off gained emails, phones and precision on the real photos
    # and saved time: the detector copes with shadows better than with the evened image.
    even_light = False
    # Its models read Latin, Han and kana only: Hangul, Cyrillic… are read again by Tesseract.
    misses_scripts = True
    # Lines read with less confidence are only there to be read again (DETECTED_SCORE).
    kept_score = KEPT_SCORE
    # Its line classifier turns upside-down lines before the recogniser reads them.
    turns_lines = True

    def __init__(self) -> None:
        self._ocr = None

    def available(self) -> bool:
        try:
            import onnxruntime  # noqa: F401
            import rapidocr  # noqa: F401
        except ImportError:
            return False
        return True

    def unavailable_reason(self) -> str:
        return "rapidocr is not installed; install it with 'pip install rapidocr onnxruntime'"

    def _engine(self):
        if self._ocr is None:
            self._ocr = _recogniser_keeping_dropped()(params=dict(RAPIDOCR_PARAMS))
            logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        return self._ocr

    def recognize(self, image: np.ndarray, *, lang: str | None = None) -> OcrResult:
        # Every switch given each time: RapidOCR keeps the last call's (see read_line).
        ocr = self._engine()
        result = ocr(image, use_det=True, use_cls=True, use_rec=True, return_word_box=True)
        # Before read_line, which runs the pipeline again.
        unread = tuple(_box_of(np.asarray(quad)) for quad in ocr.dropped)
        turned = ocr.turned
        lines = []
        # Each detection is one printed line; regrouping by rows would glue neighbouring
        # lines of a tilted card together, so RapidOCR's own reading order is kept.
        boxes = () if result.boxes is None else result.boxes
        pieces = result.word_results or [()] * len(boxes)
        for text, score, quad, parts in zip(result.txts or (), result.scores or (), boxes, pieces):
            quad = np.asarray(quad, dtype=np.float32)
            if float(score) < REREAD_BELOW and squeezed_by_classifier(quad):
                again, again_score = self.read_line(line_cut(image, quad))
                if again_score >= REREAD_TRUST and again_score > float(score):
                    text, score, parts = again, again_score, ()
            text = restore_cjk_spaces(text, parts)
            words = split_line(text, score, np.asarray(quad))
            if words:
                lines.append(Line(tuple(words)))
        tilt = line_tilt([np.asarray(quad, dtype=float) for quad in boxes])
        return OcrResult(
            self.name,
            tuple(lines),
            width=image.shape[1],
            height=image.shape[0],
            tilt=tilt,
            unread=unread,
            turned=turned,
        )

    def read_line(self, image: np.ndarray) -> tuple[str, float]:
        """The text of an image holding one printed line, by the recogniser alone (no
        detection): a second reading of a line cut out of a card."""
        result = self._engine()(
            image, use_det=False, use_cls=False, use_rec=True, return_word_box=False
        )
        texts, scores = result.txts or (), result.scores or ()
        if not texts or float(scores[0]) < KEPT_SCORE:
            return ("", 0.0)
        return (str(texts[0]), float(scores[0]))

    def read_lines(self, images: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        return [self.read_line(image) for image in images]
