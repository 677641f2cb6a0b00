"""A second opinion on the values a draft is sent to: emails, phone numbers, the name.

One misread letter in an email sends a thank-you to a stranger, so no value is trusted on
one reading. Each value's line is cut out of the card, enlarged and read again on its own,
by the engine's recogniser and by Tesseract where it is installed; a second reading that
finds another email or number disagrees. The email's local part is also checked against
the name printed on the card and its domain against the card's website
(cardscan.email_agreement). A disagreement lowers the
field's raw score, so the calibrated confidence falls below the review threshold and the
draft asks a person to look (``X-Cardscan-Review``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from difflib import SequenceMatcher

import cv2
import numpy as np

from cardscan.email_agreement import (
    Opinion,
    agreement_opinions,
    outweighed,
    unbacked_opinions,
    unconfirmed_opinions,
)
from cardscan.engines import get_engine
from cardscan.errors import EngineUnavailableError
from cardscan.extract import (
    find_emails,
    find_phones,
    fold,
    read_values,
)
from cardscan.models import Box, Contact, Line, OcrResult
from cardscan.script import scripts_of

# The cut-out line gets this share of its height as a margin and is scaled to this height
# before the second reading (RapidOCR's recogniser works on 48 px lines).
MARGIN = 0.35
LINE_HEIGHT = 64
SECOND_ENGINE = "tesseract"
# A raw field score is multiplied by this when a second opinion disagrees: low enough that
# calibration maps it under the review threshold (bench/calibrate.py measures where).
DOUBT = 0.3
# Phone numbers compare by their last digits, as a dialled number would.
PHONE_DIGITS = 9
# A number on a line no second reader could read a number on, which the first engine read
# with less confidence than this, is doubted: blur that misreads its digits for one reader
# leaves the others nothing (rendered n9494 and dev photos, twelfth session: 2 of 2 such
# misread numbers were read under it, and 4 of about 330 right ones).
UNREAD_PHONE_BELOW = 0.9


def crop_line(
    image: np.ndarray, box: Box, *, margin: float = MARGIN, height: int | None = LINE_HEIGHT
) -> np.ndarray:
    """The line's box with a margin, scaled to ``height`` pixels high (None: as it is)."""
    pad = int(margin * box.h) + 2
    y0, y1 = max(0, box.y - pad), min(image.shape[0], box.bottom + pad)
    x0, x1 = max(0, box.x - pad), min(image.shape[1], box.right + pad)
    crop = image[y0:y1, x0:x1]
    if crop.size == 0 or height is None:
        return crop
    scale = height / crop.shape[0]
    return cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)


def _second_readers(engine_name: str):
    """The engine's own line recogniser, and Tesseract's when it is another engine and
    installed."""
    readers = [get_engine(engine_name)]
    if engine_name != SECOND_ENGINE:
        with contextlib.suppress(EngineUnavailableError):  # one second opinion, not two
            readers.append(get_engine(SECOND_ENGINE))
    return readers


def _digits(text: str) -> str:
    return digit_run(text)[-PHONE_DIGITS:]


def reread(
    image: np.ndarray,
    lines: list[Line],
    engine_name: str,
    settled: Callable[[Line, list[str]], bool] | None = None,
) -> dict[Line, list[str]]:
    """Each line's text as each second reader reads it on its own (one call per reader for
    all the lines). A line ``settled`` by what the readers before read of it is not given
    to the next one: one reader agreeing holds every value, so another could not change the
    opinion, and Tesseract's reading is the costly one."""
    wanted = list(dict.fromkeys(lines))
    crops = [crop_line(image, line.box) for line in wanted]
    readable = [(line, crop) for line, crop in zip(wanted, crops, strict=True) if crop.size]
    texts: dict[Line, list[str]] = {line: [] for line in wanted}
    for reader in _second_readers(engine_name):
        if settled is not None:
            readable = [(line, crop) for line, crop in readable if not settled(line, texts[line])]
        if not readable:
            break
        read = reader.read_lines([crop for _, crop in readable])
        for (line, _), (text, _) in zip(readable, read, strict=True):
            if text.strip():
                texts[line].append(text)
    return texts


def all_agree(
    emails: list[str], phones: list[str], name: str | None, texts: list[str], region: str
) -> bool:
    """Every email, phone number (by its last PHONE_DIGITS digits) and the name printed on a
    line is found again in ``texts``, what second readers read there: each opinion on that
    line already holds (email_opinions, phone_opinions, name_opinions)."""
    if not texts:
        return False
    seen = _addresses_in(texts)
    if not all(any(_same_address(e, s) for s in seen) for e in emails):
        return False
    digits = _numbers_in(texts, region)
    if not all(_read_again(_digits(p), digits, texts) for p in phones):
        return False
    return name is None or _name_agrees(name, texts)


def _addresses_in(texts: list[str]) -> list[str]:
    """The emails second readers read in a line's texts."""
    return [e.address for text in texts for e in find_emails([text])]


def _numbers_in(texts: list[str], region: str) -> list[str]:
    """The phone numbers (last PHONE_DIGITS digits) second readers read in a line's texts."""
    return [_digits(p.phone.number) for text in texts for p in find_phones([text], region)]


def email_opinions(lines: list[Line], emails: list, again: dict[Line, list[str]]) -> list[Opinion]:
    """Each email against its line read again: it holds when a second reader reads the same
    address (another reader's different one is taken for that reader's slip), it is doubted
    when the second readers read only other addresses; a reading without any email says
    nothing (it could not read the line)."""
    out = []
    for found in emails:
        seen = _addresses_in(again.get(lines[found.line], []))
        if not seen:
            out.append(Opinion("emails", found.address, None, "not read again"))
        elif any(_same_address(found.address, s) for s in seen):
            # One reader agreeing outweighs another's slip.
            out.append(Opinion("emails", found.address, True, "read again the same"))
        else:
            other = next(s for s in seen if s != found.address)
            reason = f"read again as {other}"
            out.append(Opinion("emails", found.address, False, reason, other))
    return out


# A label OCR glues before an address ("E sean@…" read "esean@…", "eisean@…").
GLUED_LABEL_MAX = 2


def _same_address(a: str, b: str) -> bool:
    """The same address, or one with up to GLUED_LABEL_MAX letters of a glued label before it
    (letters only: a lost "s." is a misread, not a label)."""
    short, long_ = sorted((a.casefold(), b.casefold()), key=len)
    extra = long_[: len(long_) - len(short)]
    return long_.endswith(short) and len(extra) <= GLUED_LABEL_MAX and extra.isalpha() or a == b


def phone_opinions(
    lines: list[Line], phones: list, again: dict[Line, list[str]], region: str
) -> list[Opinion]:
    """Each phone's line read again: a number there whose digits differ disagrees; when no
    second reader reads any number there, a line read with less than UNREAD_PHONE_BELOW
    confidence disagrees too."""
    out = []
    by_line: dict[int, list[str]] = {}
    for found in phones:
        if found.line not in by_line:
            by_line[found.line] = _numbers_in(again.get(lines[found.line], []), region)
        seen = by_line[found.line]
        mine = _digits(found.phone.number)
        if _read_again(mine, seen, again.get(lines[found.line], [])):
            out.append(Opinion("phones", found.phone.number, True, "read again the same"))
        elif not seen and lines[found.line].confidence < UNREAD_PHONE_BELOW:
            reason = "not read again, and read with little confidence"
            out.append(Opinion("phones", found.phone.number, False, reason))
        elif not seen:
            out.append(Opinion("phones", found.phone.number, None, "not read again"))
        else:
            out.append(Opinion("phones", found.phone.number, False, "read again with other digits"))
    return out


def built_opinions(lines: list[Line], phones: list) -> list[Opinion]:
    """A number whose digits do not run in its own line was never printed whole: it was
    built from a list sharing its first digits ("… 4716/04/13", "… 5120 to 23"). Cards
    print such lists for extensions, hunting lines and fax, so whether each built number
    can be dialled is for a person to check."""
    return [
        Opinion("phones", found.phone.number, False, "not printed whole (built from a list)")
        for found in phones
        if digit_run(found.phone.number) not in digit_run(lines[found.line].text)
    ]


def _read_again(digits: str, seen: list[str], texts: list[str]) -> bool:
    """The number's digits are one a second reader read, or run in its reading."""
    return digits in seen or any(digits in digit_run(text) for text in texts)


def digit_run(text: str) -> str:
    """Every digit of a second reading, in order: a number read again the same is in it even
    when that reading glued a separator to it as a digit ("…0800|Fax" read "…08001Fax") or
    split it so that no number parses; a digit read otherwise is not."""
    return re.sub(r"\D", "", text)


def name_line(ocr: OcrResult, contact: Contact) -> Line | None:
    """The line the contact's name was read from."""
    if not contact.name:
        return None
    return next((ln for ln in ocr.lines if contact.name in ln.text), None)


def name_opinions(
    contact: Contact, line: Line | None, again: dict[Line, list[str]]
) -> list[Opinion]:
    """The name's line read again: a reading without the name's words disagrees."""
    if not contact.name or line is None:
        return []
    # A reader that cannot read the name's script (Tesseract's English, RapidOCR's on
    # Hangul or Cyrillic) reads Latin look-alikes there: no opinion on the name.
    script = scripts_of(contact.name)
    texts = [text for text in again.get(line, []) if scripts_of(text) & script]
    if not texts:
        return [Opinion("name", contact.name, None, "not read again in its script")]
    agrees = _name_agrees(contact.name, texts)
    return [
        Opinion(
            "name",
            contact.name,
            agrees,
            "read again the same" if agrees else "read again otherwise",
        )
    ]


# A second reading holds the name when some run of its letters is this alike to the name's.
NAME_LIKENESS = 0.9


def _name_agrees(name: str, texts: list[str]) -> bool:
    """Rule: a second reading holds the name when a run of its letters about as long as the
    name's (one letter more or less) is NAME_LIKENESS alike to them, accents aside: the
    name's line may also print the title ("Tomás Ribeiro – Coordenador"), and a reader
    may drop an accent or misread one letter of it, as a first reading can."""
    want = _squash(name)
    return any(_best_run(want, s) >= NAME_LIKENESS for s in map(_squash, texts))


def _best_run(want: str, text: str) -> float:
    if want in text:
        return 1.0
    sizes = {max(1, len(want) + d) for d in (-1, 0, 1)}
    starts = range(max(1, len(text) - min(sizes) + 1))
    return max(
        (SequenceMatcher(None, want, text[i : i + n]).ratio() for n in sizes for i in starts),
        default=0.0,
    )


def _squash(text: str) -> str:
    """Letters and digits only, case and accents folded (extract.fold)."""
    return re.sub(r"\W", "", fold(text))


def second_opinions(
    image: np.ndarray, ocr: OcrResult, contact: Contact, *, engine_name: str, region: str | None
) -> list[Opinion]:
    """Every check of the contact's emails, phones and name on its upright card image."""
    values = read_values(ocr, region)
    lines = [line for line in ocr.lines if line.text.strip()]
    named = name_line(ocr, contact)
    wanted = [lines[f.line] for f in values.emails] + [lines[f.line] for f in values.phones]

    def settled(line: Line, texts: list[str]) -> bool:
        emails = [f.address for f in values.emails if lines[f.line] is line]
        phones = [f.phone.number for f in values.phones if lines[f.line] is line]
        name = contact.name if line is named else None
        return all_agree(emails, phones, name, texts, values.region)

    wanted += [named] if named is not None else []
    again = reread(image, wanted, engine_name, settled)
    sites = [w.url for w in values.websites]
    return [
        *(outweighed(o, contact.name, sites) for o in email_opinions(lines, values.emails, again)),
        *agreement_opinions(contact, sites),
        *unbacked_opinions(contact),
        *unconfirmed_opinions(lines, values.emails, contact.name, sites),
        *phone_opinions(lines, values.phones, again, values.region),
        *built_opinions(lines, values.phones),
        *name_opinions(contact, named, again),
    ]


def value_crops(
    image: np.ndarray, ocr: OcrResult, contact: Contact, *, region: str | None
) -> dict[str, list[tuple[str, np.ndarray]]]:
    """The card's own picture of each email, phone and name line (with a margin, at the
    card's scale): what a person compares the field with in the review and on the phone."""
    values = read_values(ocr, region)
    lines = [line for line in ocr.lines if line.text.strip()]

    def cut(line: Line) -> np.ndarray:
        return crop_line(image, line.box, height=None)

    out: dict[str, list[tuple[str, np.ndarray]]] = {}
    for found in values.emails:
        out.setdefault("emails", []).append((found.address, cut(lines[found.line])))
    for found in values.phones:
        out.setdefault("phones", []).append((found.phone.number, cut(lines[found.line])))
    named = name_line(ocr, contact)
    if named is not None and contact.name:
        out["name"] = [(contact.name, cut(named))]
    return {k: [(v, c) for v, c in pairs if c.size] for k, pairs in out.items()}


def doubted(opinions: list[Opinion]) -> set[str]:
    """The confidence keys a second opinion disagreed on."""
    return {o.field for o in opinions if o.agrees is False}


def with_doubts(confidence: dict[str, float], fields: set[str]) -> dict[str, float]:
    """Raw scores with each doubted field's multiplied by DOUBT."""
    return {k: round(v * DOUBT, 3) if k in fields else v for k, v in confidence.items()}
