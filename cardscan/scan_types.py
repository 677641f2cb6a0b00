"""What the pipeline passes around: the options of a scan, what one input gave, one card's
reading and the time spent per stage (cardscan.pipeline runs the stages)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from cardscan.engines import DEFAULT_ENGINE
from cardscan.models import Contact, OcrResult
from cardscan.preprocess import PreparedCard

STDIN = "-"
STAGES = ("load", "find", "prepare", "ocr", "extract", "verify")


@dataclass(frozen=True)
class ScanOptions:
    engine: str = DEFAULT_ENGINE
    lang: str | None = None
    region: str | None = None
    skip: frozenset[str] = frozenset()  # preprocessing steps to leave out (see preprocess.STEPS)
    debug_dir: str | None = None  # write pictures of each stage here
    calibrate: bool = True  # False keeps the raw field scores (bench/calibrate.py fits on them)
    keep_card_images: bool = False  # return each card flattened and upright (the web page)
    keep_field_crops: bool = False  # return the card's picture of each email/phone/name line


@dataclass(frozen=True)
class ScanOutcome:
    """What one input gave: its contacts, or the error that stopped it."""

    source: str
    contacts: tuple[Contact, ...] = ()
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict, compare=False)
    cached: bool = False  # read from the cache of an earlier run, not scanned again
    # With ScanOptions.keep_card_images: the cards as read (BGR), one per contact.
    card_images: tuple = field(default=(), compare=False, repr=False)
    # With ScanOptions.keep_field_crops, one per contact: confidence key ("emails", "phones",
    # "name") → [(value, BGR crop of its line)], for the review and the phone page.
    field_crops: tuple = field(default=(), compare=False, repr=False)
    # One per contact: the confidence keys the second opinion doubted. Only filled with
    # ScanOptions.calibrate off, whose raw scores carry no doubt (bench/calibrate.py).
    doubts: tuple[frozenset[str], ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class CardReading:
    """What the engine read on one card: the card as prepared, the upright reading, the
    clockwise rotation that made it upright, and whether the whole photo was read instead
    of the card's outline (the outline's reading was poor and the photo's was better)."""

    card: PreparedCard
    ocr: OcrResult
    rotation: int
    whole_photo: bool = False


class StageTimer:
    """Adds up wall-clock seconds per pipeline stage (see :data:`STAGES`)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    def run(self, stage: str, func, *args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            self.seconds[stage] += time.perf_counter() - start
