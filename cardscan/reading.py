"""Judging readings: how plausible one is, and which of two readings of a card to keep.

Valid emails, phones and websites are the surest sign that a reading is right side up and
complete (garbage almost never validates as one), so this layer, above extraction's value
finders and below the pipeline, adds them to the text score of :mod:`preprocess.orient`.
"""

from __future__ import annotations

from functools import reduce

from cardscan.extract import find_emails, find_phones, find_websites
from cardscan.models import Box, OcrResult
from cardscan.preprocess.orient import text_score

# A found email, phone or website is worth this many confidently read characters.
FIELD_BONUS_CHARS = 15.0
# Phone numbers without a country code are parsed as North American; "+" numbers anywhere.
PHONE_REGION = "US"
# A card's reading with fewer confidently read characters than this is too little to be a
# whole card (a logo, a slogan): the whole photo is read as well.
MIN_CARD_CHARS = 60.0


# A reading with fewer confidently read characters than this and no email, phone or website
# is blank: what was taken for a card is a shadow, a desk's edge, a plain back.
MIN_TEXT_CHARS = 3.0


def field_count(ocr: OcrResult) -> int:
    """Emails, phone numbers and websites found in a reading."""
    texts = [line.text for line in ocr.lines if line.words]
    emails = find_emails(texts)
    return len(emails) + len(find_phones(texts, PHONE_REGION)) + len(find_websites(texts))


def reading_score(ocr: OcrResult) -> float:
    """:func:`text_score` plus FIELD_BONUS_CHARS for each email, phone and website read."""
    return text_score(ocr) + FIELD_BONUS_CHARS * field_count(ocr)


def poor_crop_reading(ocr: OcrResult, *, min_chars: float = MIN_CARD_CHARS) -> bool:
    """Rule: the reading of a card's outline holds no email, phone or website, or fewer than
    ``min_chars`` confidently read characters: the outline may have caught a logo or one
    line of the card rather than the card."""
    return field_count(ocr) == 0 or text_score(ocr) < min_chars


def blank_reading(ocr: OcrResult, *, min_chars: float = MIN_TEXT_CHARS) -> bool:
    """Rule: a reading with fewer than ``min_chars`` confidently read characters and no
    email, phone or website holds no card's text."""
    return text_score(ocr) < min_chars and field_count(ocr) == 0


def prefer_whole_photo(crop: OcrResult, whole: OcrResult) -> bool:
    """Rule: the whole photo's reading is kept over the outline's when it holds more emails,
    phones and websites; with as many, when it holds more than twice the confidently read
    text of an outline that read less than a card (a logo with no values on either)."""
    crop_fields, whole_fields = field_count(crop), field_count(whole)
    if whole_fields != crop_fields:
        return whole_fields > crop_fields
    return text_score(crop) < MIN_CARD_CHARS and text_score(whole) > 2 * text_score(crop)


def text_extent(ocr: OcrResult, *, margin: float) -> Box | None:
    """The box around every line read, grown by ``margin`` of its longer side on each side
    and kept inside the image; None when nothing was read."""
    boxes = [line.box for line in ocr.lines if line.text.strip()]
    if not boxes:
        return None
    around = reduce(Box.union, boxes)
    pad = int(margin * max(around.w, around.h))
    x0, y0 = max(0, around.x - pad), max(0, around.y - pad)
    x1, y1 = min(ocr.width, around.right + pad), min(ocr.height, around.bottom + pad)
    return Box(x0, y0, x1 - x0, y1 - y0)
