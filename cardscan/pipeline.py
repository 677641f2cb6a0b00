"""One image through the stages: find the card(s) → prepare → read upright → extract.

:func:`read_image` is the reading half (pixels → one :class:`CardReading` per card) and
:func:`scan_image` adds the extraction; :func:`scan_one` and :func:`scan_bytes` wrap one input
so that a bad file becomes an outcome with an error, never an exception. ``api`` (local
processes) and ``distributed`` (a dask cluster) both run inputs through here.
"""

from __future__ import annotations

import sys
from dataclasses import replace

import numpy as np

from cardscan.debug import write_card_pictures, write_photo_picture
from cardscan.engines import get_engine
from cardscan.engines.script_completion import ScriptCompleter, drop_unread, expected_script
from cardscan.errors import CardscanError, InputFileError
from cardscan.extract import calibrated, countries_named, extract_contact
from cardscan.imageio import decode_image, load_image
from cardscan.models import Contact, OcrResult
from cardscan.preprocess import PreparedCard, enclosing_outline, find_outlines, prepare_card
from cardscan.preprocess.geometry import level
from cardscan.preprocess.leftover import text_outside, without_cards
from cardscan.preprocess.orient import read_upright, rotate
from cardscan.preprocess.quads import encloses
from cardscan.preprocess.turned import reads_back_turned
from cardscan.reading import (
    blank_reading,
    field_count,
    poor_crop_reading,
    prefer_whole_photo,
    reading_score,
    text_extent,
)
from cardscan.scan_types import STDIN, CardReading, ScanOptions, ScanOutcome, StageTimer
from cardscan.verify import doubted, second_opinions, value_crops, with_doubts


def _reader(options: ScanOptions):
    """The engine's reading of an image; lines in a script the engine cannot read are read
    again (cardscan.engines.scripts), so that orientation judges the completed reading. One
    reader per card: the script is probed once."""
    engine = get_engine(options.engine)
    if not engine.misses_scripts:
        return lambda image: engine.recognize(image, lang=options.lang)
    complete = ScriptCompleter(countries=countries_named)

    def read(image: np.ndarray) -> OcrResult:
        first = engine.recognize(image, lang=options.lang)
        return drop_unread(first, complete(image, first), engine.kept_score)

    return read


def read_card(image: np.ndarray, options: ScanOptions) -> tuple[OcrResult, int]:
    """The engine's reading of a prepared card, turned upright unless "orient" is skipped."""
    read = _reader(options)
    if "orient" in options.skip:
        return read(image), 0
    # A reading whose numbers say Korea but that holds no Hangul may be of the card turned
    # the wrong way: Tesseract finds no Hangul there (cardscan.preprocess.orient).
    ocr, rotation = read_upright(image, read, score=reading_score, script_missing=_script_missing)
    engine = get_engine(options.engine)
    # Only a reading whose lines the classifier turned can be of a card held upside down.
    turned = engine.turns_lines and ocr.turned > 0
    if turned and reads_back_turned(rotate(image, rotation), ocr, engine.read_lines):
        rotation = (rotation + 180) % 360  # read right, but held upside down
        ocr = read(rotate(image, rotation))
    return ocr, rotation


def _script_missing(ocr: OcrResult) -> bool:
    return expected_script(ocr) is not None


def read_image(
    image: np.ndarray, options: ScanOptions = ScanOptions(), timer: StageTimer | None = None
) -> list[CardReading]:
    """One reading per card found in a decoded image (BGR), in reading order.

    When a single outline was found and its reading is poor (see
    :func:`cardscan.reading.poor_crop_reading`), the whole photo is read as well and the
    better of the two kept: an outline that caught only a logo must not lose the card.
    """
    timer = timer or StageTimer()
    engine = get_engine(options.engine)
    skip = options.skip if engine.even_light else options.skip | {"light"}
    outlines = timer.run("find", find_outlines, image, skip=skip) or [None]
    readings = []
    for outline in outlines:
        card = timer.run(
            "prepare", prepare_card, image, outline, skip=skip, x_height=engine.x_height
        )
        ocr, rotation = timer.run("ocr", read_card, card.image, options)
        if outline is None:
            card, ocr, rotation = _leveled(card, ocr, rotation, options, timer)
            card, ocr, rotation = _closer(card, ocr, rotation, options, timer, skip)
        readings.append(CardReading(card, ocr, rotation))
    if len(outlines) == 1 and outlines[0] is not None and poor_crop_reading(readings[0].ocr):
        readings = [_wider_reading(image, readings[0], options, timer, skip)]
    elif len(outlines) > 1:
        readings = _with_text(_joined_parts(image, readings, options, timer, skip))
    if outlines[0] is not None and not any(r.whole_photo for r in readings):
        readings += _missed_card(image, readings, options, timer, skip)
    return readings


def _missed_card(
    image: np.ndarray,
    readings: list[CardReading],
    options: ScanOptions,
    timer: StageTimer,
    skip: frozenset[str],
) -> list[CardReading]:
    """Rule: when every card found reads like one (an email, phone or website and a card's
    worth of text: :func:`cardscan.reading.poor_crop_reading`), text printed apart from them
    all (preprocess.leftover.text_outside) is read on its own, the cards found painted over,
    and kept as one more card when it holds an email, phone or website: the finder missed a
    card whose edges hardly show, and the whole photo would mix the two. Beside an outline
    that reads poorly, such text is more likely the rest of its card (a panel was found)."""
    if any(poor_crop_reading(r.ocr) for r in readings):
        return []
    found = [r.card.outline for r in readings if r.card.outline is not None]
    region = timer.run("find", text_outside, image, found)
    if region is None:
        return []
    x_height = get_engine(options.engine).x_height
    rest = timer.run("find", without_cards, image, found)
    card = timer.run("prepare", prepare_card, rest, region, skip=skip, x_height=x_height)
    ocr, rotation = timer.run("ocr", read_card, card.image, options)
    return [CardReading(card, ocr, rotation)] if field_count(ocr) > 0 else []


def _with_text(readings: list[CardReading]) -> list[CardReading]:
    """Rule: of several outlines, those whose reading is blank
    (:func:`cardscan.reading.blank_reading`) are no cards and give no contact, unless every
    one is blank (the photo still gives one, empty)."""
    kept = [r for r in readings if not blank_reading(r.ocr)]
    return kept or readings[:1]


def _joined_parts(
    image: np.ndarray,
    readings: list[CardReading],
    options: ScanOptions,
    timer: StageTimer,
    skip: frozenset[str],
) -> list[CardReading]:
    """Rule: of several outlines, one whose reading is poor (a band or panel of a card, or a
    card read badly) is looked at in the trusted outline enclosing it; when that reads
    better (:func:`cardscan.reading.prefer_whole_photo`), it is one card and takes the place
    of every outline it encloses, which were its parts. The whole photo is not tried: it
    holds the other cards too."""
    out = list(readings)
    x_height = get_engine(options.engine).x_height
    for part in readings:
        if not any(r is part for r in out) or part.card.outline is None:
            continue
        if not poor_crop_reading(part.ocr):
            continue
        outer = timer.run("find", enclosing_outline, image, part.card.outline)
        if outer is None:
            continue
        card = timer.run("prepare", prepare_card, image, outer, skip=skip, x_height=x_height)
        ocr, rotation = timer.run("ocr", read_card, card.image, options)
        if not prefer_whole_photo(part.ocr, ocr):
            continue
        inside = [r is part or _within(r.card.outline, outer) for r in out]
        at = inside.index(True)
        out = [r for r, enclosed in zip(out, inside, strict=True) if not enclosed]
        out.insert(at, CardReading(card, ocr, rotation))
    return out


def _within(outline: np.ndarray | None, outer: np.ndarray) -> bool:
    return outline is not None and encloses(outer, outline)


# A photo without a card outline is read again levelled when its lines slope by at least
# LEVEL_MIN_DEGREES; steeper than LEVEL_MAX_DEGREES is a logo's arc or sideways text.
LEVEL_MIN_DEGREES = 2.0
LEVEL_MAX_DEGREES = 30.0


def _leveled(
    card: PreparedCard, ocr: OcrResult, rotation: int, options: ScanOptions, timer: StageTimer
) -> tuple[PreparedCard, OcrResult, int]:
    """Rule: a photo read without a card outline whose lines slope (``OcrResult.tilt``) is
    turned level and read again, and the better-scored reading kept: on level lines the ink
    tells upright from upside down, and second readings cut out straight lines."""
    if not LEVEL_MIN_DEGREES <= abs(ocr.tilt) <= LEVEL_MAX_DEGREES:
        return card, ocr, rotation
    image = level(rotate(card.image, rotation), ocr.tilt)
    again, turn = timer.run("ocr", read_card, image, options)
    if reading_score(again) < reading_score(ocr):
        return card, ocr, rotation
    return replace(card, image=image), again, turn


# A photo read without an outline whose text spans less than this share of it shows the card
# far away (on a desk, on a larger sheet); the text's extent, with EXTENT_MARGIN of its
# longer side around it, is read again on its own. On the development and blind photos the
# text spans at least 0.16 (so none is read twice); at 0.3, 13 of the 46 development photos
# were read twice for no gain there.
EXTENT_SHARE = 0.12
EXTENT_MARGIN = 0.1


def _closer(
    card: PreparedCard,
    ocr: OcrResult,
    rotation: int,
    options: ScanOptions,
    timer: StageTimer,
    skip: frozenset[str],
) -> tuple[PreparedCard, OcrResult, int]:
    """Rule: a photo read without a card outline whose lines span less than EXTENT_SHARE of it
    is cut to their extent and read again, already upright, and the better-scored reading
    kept: the whole photo's scale and the detector's view of it suit its background, and
    a card's small lines get lost there."""
    extent = text_extent(ocr, margin=EXTENT_MARGIN)
    if extent is None or extent.w * extent.h >= EXTENT_SHARE * ocr.width * ocr.height:
        return card, ocr, rotation
    crop = rotate(card.image, rotation)[extent.y : extent.bottom, extent.x : extent.right]
    x_height = get_engine(options.engine).x_height
    closer = timer.run("prepare", prepare_card, crop, None, skip=skip, x_height=x_height)
    upright_only = replace(options, skip=options.skip | {"orient"})
    again, _ = timer.run("ocr", read_card, closer.image, upright_only)
    if reading_score(again) <= reading_score(ocr):
        return card, ocr, rotation
    return closer, again, 0


def _wider_reading(
    image: np.ndarray,
    crop: CardReading,
    options: ScanOptions,
    timer: StageTimer,
    skip: frozenset[str],
) -> CardReading:
    """The better of a poor outline's reading and that of what lies around it: a larger
    outline enclosing it (the card, when the outline caught a colour band printed on it),
    then, while the reading is still poor, the whole photo."""
    x_height = get_engine(options.engine).x_height
    outer = timer.run("find", enclosing_outline, image, crop.card.outline)
    wider = [] if outer is None else [outer]
    for outline in [*wider, None]:
        card = timer.run("prepare", prepare_card, image, outline, skip=skip, x_height=x_height)
        ocr, rotation = timer.run("ocr", read_card, card.image, options)
        if outline is None:
            card, ocr, rotation = _leveled(card, ocr, rotation, options, timer)
            card, ocr, rotation = _closer(card, ocr, rotation, options, timer, skip)
        if prefer_whole_photo(crop.ocr, ocr):
            crop = CardReading(card, ocr, rotation, whole_photo=outline is None)
        if not poor_crop_reading(crop.ocr):
            break
    return crop


def scan_image(
    image: np.ndarray,
    source: str,
    options: ScanOptions = ScanOptions(),
    timer: StageTimer | None = None,
    card_images: list | None = None,
    field_crops: list | None = None,
    doubts: list | None = None,
) -> list[Contact]:
    """Contacts read from one decoded image (BGR ndarray), one per card found; each card
    as read (flattened, upright) is appended to ``card_images`` when one is given, the
    pictures of its email, phone and name lines (cardscan.verify.value_crops) to
    ``field_crops``, the fields the second opinion doubted to ``doubts``."""
    timer = timer or StageTimer()
    readings = read_image(image, options, timer)
    contacts = []
    for index, reading in enumerate(readings):
        contact = timer.run(
            "extract",
            extract_contact,
            reading.ocr,
            source=source,
            card=index,
            region=options.region,
            calibrate=False,
        )
        contact, doubted_fields = timer.run("verify", checked, reading, contact, options)
        contacts.append(contact)
        if doubts is not None:
            doubts.append(doubted_fields)
        if card_images is not None:
            card_images.append(rotate(reading.card.image, reading.rotation))
        if field_crops is not None:
            upright = rotate(reading.card.image, reading.rotation)
            field_crops.append(value_crops(upright, reading.ocr, contact, region=options.region))
        if options.debug_dir:
            write_card_pictures(
                options.debug_dir,
                source,
                index,
                reading.card,
                reading.ocr,
                reading.rotation,
                contact,
            )
    if options.debug_dir:
        write_photo_picture(options.debug_dir, source, image, [r.card.outline for r in readings])
    return contacts


def checked(
    reading: CardReading, contact: Contact, options: ScanOptions
) -> tuple[Contact, frozenset[str]]:
    """The contact calibrated, with a second opinion on its emails, phones and name
    (cardscan.verify), and the fields that opinion doubted: each is marked for review by
    rule, its confidence times verify.DOUBT after calibration, because calibration alone
    would lift it again (on rendered cards most disagreements are the second reader's own
    slips). With ``options.calibrate`` off the raw scores are kept as they are, doubt
    left out (bench/calibrate.py fits on them and applies the doubt itself). The step named
    "verify" in ``options.skip`` leaves the second opinion out."""
    confidence = calibrated(contact.confidence) if options.calibrate else contact.confidence
    doubts: frozenset[str] = frozenset()
    if "verify" not in options.skip:
        upright = rotate(reading.card.image, reading.rotation)
        opinions = second_opinions(
            upright, reading.ocr, contact, engine_name=options.engine, region=options.region
        )
        doubts = frozenset(doubted(opinions))
        if options.calibrate:
            confidence = with_doubts(confidence, doubts)
    return replace(contact, confidence=confidence), doubts


def scan_one(source: str, options: ScanOptions = ScanOptions()) -> ScanOutcome:
    """Read one input; a bad input becomes an outcome with an error, never an exception."""
    if source == STDIN:
        return scan_bytes(sys.stdin.buffer.read(), source, options)
    return _guarded(source, lambda timer: timer.run("load", load_image, source), options)


def scan_bytes(data: bytes, source: str, options: ScanOptions = ScanOptions()) -> ScanOutcome:
    """:func:`scan_one` for an image already read (stdin, or bytes sent to a cluster worker);
    ``source`` names it in contacts and errors."""
    return _guarded(source, lambda timer: timer.run("load", decode_image, data, source), options)


def _guarded(source: str, load, options: ScanOptions) -> ScanOutcome:
    timer = StageTimer()
    images: list | None = [] if options.keep_card_images else None
    crops: list | None = [] if options.keep_field_crops else None
    doubts: list | None = None if options.calibrate else []
    try:
        contacts = scan_image(load(timer), source, options, timer, images, crops, doubts)
        return ScanOutcome(
            source,
            tuple(contacts),
            timings=timer.seconds,
            card_images=tuple(images or ()),
            field_crops=tuple(crops or ()),
            doubts=tuple(doubts or ()),
        )
    except InputFileError as exc:
        return ScanOutcome(source, error=str(exc), timings=timer.seconds)
    except CardscanError:
        raise
    except Exception as exc:  # a bug or an engine crash on one file must not stop the batch
        reason = f"could not be read ({type(exc).__name__}: {exc})"
        return ScanOutcome(source, error=f"{source}: {reason}", timings=timer.seconds)
