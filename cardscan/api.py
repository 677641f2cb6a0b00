"""The library API: what the CLI and other programs call.

from cardscan import api
for outcome in api.scan(["cards/"]):
    for contact in outcome.contacts: ...
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cardscan.cache import ScanCache, file_digest, options_key
from cardscan.debug import write_card_pictures, write_photo_picture
from cardscan.engines import DEFAULT_ENGINE, get_engine
from cardscan.errors import CardscanError, InputFileError
from cardscan.extract import extract_contact
from cardscan.imageio import decode_image, is_image_path, load_image
from cardscan.models import Contact, OcrResult
from cardscan.preprocess import find_outlines, prepare_card
from cardscan.preprocess.orient import read_upright, rotate

STDIN = "-"


@dataclass(frozen=True)
class ScanOptions:
    engine: str = DEFAULT_ENGINE
    lang: str | None = None
    region: str | None = None
    skip: frozenset[str] = frozenset()  # preprocessing steps to leave out (see preprocess.STEPS)
    debug_dir: str | None = None  # write pictures of each stage here
    calibrate: bool = True  # False keeps the raw field scores (bench/calibrate.py fits on them)
    keep_card_images: bool = False  # return each card flattened and upright (the web page)


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


STAGES = ("load", "find", "prepare", "ocr", "extract")


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files as given, folders searched recursively for images (sorted), ``-`` kept as is.

    A path that does not exist or cannot be looked at is yielded too, and so is a folder
    that cannot be searched, so that reading it reports the error.
    """
    unlisted: list[str] = []
    for raw in paths:
        if raw == STDIN or not os.path.isdir(raw):  # False, not an error, when unreadable
            yield raw
            continue
        walk = os.walk(raw, followlinks=False, onerror=lambda e: unlisted.append(e.filename))
        for root, dirs, files in walk:
            yield from unlisted  # a sub-folder walked just before this one, in sorted order
            unlisted.clear()
            dirs.sort()
            for name in sorted(files):
                candidate = Path(root, name)
                if is_image_path(candidate):
                    yield str(candidate)
        yield from unlisted
        unlisted.clear()


def _reader(options: ScanOptions):
    engine = get_engine(options.engine)
    return lambda image: engine.recognize(image, lang=options.lang)


def read_card(image, options: ScanOptions) -> tuple[OcrResult, int]:
    """The engine's reading of a prepared card, turned upright unless "orient" is skipped."""
    read = _reader(options)
    if "orient" in options.skip:
        return read(image), 0
    return read_upright(image, read)


def scan_image(
    image,
    source: str,
    options: ScanOptions = ScanOptions(),
    timer: StageTimer | None = None,
    card_images: list | None = None,
) -> list[Contact]:
    """Contacts read from one decoded image (BGR ndarray), one per card found; each card
    as read (flattened, upright) is appended to ``card_images`` when one is given."""
    timer = timer or StageTimer()
    engine = get_engine(options.engine)
    skip = options.skip if engine.even_light else options.skip | {"light"}
    outlines = timer.run("find", find_outlines, image, skip=skip) or [None]
    contacts = []
    for index, outline in enumerate(outlines):
        card = timer.run(
            "prepare", prepare_card, image, outline, skip=skip, x_height=engine.x_height
        )
        ocr, rotation = timer.run("ocr", read_card, card.image, options)
        contact = timer.run(
            "extract",
            extract_contact,
            ocr,
            source=source,
            card=index,
            region=options.region,
            calibrate=options.calibrate,
        )
        contacts.append(contact)
        if card_images is not None:
            card_images.append(rotate(card.image, rotation))
        if options.debug_dir:
            write_card_pictures(options.debug_dir, source, index, card, ocr, rotation, contact)
    if options.debug_dir:
        write_photo_picture(options.debug_dir, source, image, outlines)
    return contacts


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
    try:
        contacts = scan_image(load(timer), source, options, timer, images)
        return ScanOutcome(
            source, tuple(contacts), timings=timer.seconds, card_images=tuple(images or ())
        )
    except InputFileError as exc:
        return ScanOutcome(source, error=str(exc), timings=timer.seconds)
    except CardscanError:
        raise
    except Exception as exc:  # a bug or an engine crash on one file must not stop the batch
        reason = f"could not be read ({type(exc).__name__}: {exc})"
        return ScanOutcome(source, error=f"{source}: {reason}", timings=timer.seconds)


def _scan_worker(args: tuple[str, ScanOptions]) -> ScanOutcome:
    return scan_one(*args)


def scan(
    paths: Iterable[str],
    options: ScanOptions = ScanOptions(),
    *,
    workers: int = 1,
    cache: ScanCache | None = None,
    scheduler: str | None = None,
) -> Iterator[ScanOutcome]:
    """Scan every input, yielding outcomes in input order as they are ready.

    With a cache, images read by an earlier run with the same options and pipeline are
    not scanned again, and new readings are stored. With a scheduler address the images
    are read on that dask cluster (cardscan.distributed) instead of local processes.
    """
    sources = collect_sources(paths)
    if scheduler is None:
        get_engine(options.engine)  # fail fast, once, when the engine is missing
    yield from scan_sources(sources, options, workers=workers, cache=cache, scheduler=scheduler)


def collect_sources(paths: Iterable[str]) -> list[str]:
    """Every input to read (see :func:`expand_paths`); an error when there is none."""
    paths = list(paths)
    sources = list(expand_paths(paths))
    if not sources:
        raise CardscanError(f"no images found in {', '.join(paths)}")
    return sources


def scan_sources(
    sources: list[str],
    options: ScanOptions,
    *,
    workers: int,
    cache: ScanCache | None,
    scheduler: str | None = None,
) -> Iterator[ScanOutcome]:
    """Outcomes for already expanded sources, in order; cached ones are not scanned."""
    if cache is None:  # no hashing of images or of the pipeline's files
        yield from _read(sources, options, workers, scheduler)
        return
    settings = options_key(options.engine, options.lang, options.region, options.skip)
    keys = [_image_key(s) for s in sources]
    known: dict[int, ScanOutcome] = {}
    if not options.debug_dir:  # --debug-dir wants every picture redrawn
        for index, (source, key) in enumerate(zip(sources, keys)):
            contacts = cache.get(key, settings, source) if key else None
            if contacts is not None:
                known[index] = ScanOutcome(source, tuple(contacts), cached=True)
    todo = [s for i, s in enumerate(sources) if i not in known]
    fresh = _read(todo, options, workers, scheduler)
    for index in range(len(sources)):
        if index in known:
            yield known[index]
            continue
        outcome = next(fresh)
        if keys[index] and outcome.error is None:
            cache.put(keys[index], settings, list(outcome.contacts))
        yield outcome


def _read(
    sources: list[str], options: ScanOptions, workers: int, scheduler: str | None
) -> Iterator[ScanOutcome]:
    """Scan the sources on local processes, or on the dask cluster at ``scheduler``."""
    if scheduler is None:
        return _scan_all(sources, options, workers)
    from cardscan.distributed import scan_on_cluster  # dask is an optional extra

    return scan_on_cluster(sources, options, scheduler)


def _image_key(source: str) -> str | None:
    if source == STDIN:
        return None
    try:
        return file_digest(source)
    except (OSError, InputFileError):
        return None  # reading it will report why


def _scan_all(sources: list[str], options: ScanOptions, workers: int) -> Iterator[ScanOutcome]:
    if workers <= 1 or len(sources) <= 1 or STDIN in sources:
        for source in sources:
            yield scan_one(source, options)
        return
    from cardscan.workers import ordered_map

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    jobs = [(s, options) for s in sources]
    yield from ordered_map(_scan_worker, jobs, workers, on_death=_worker_died)


def _worker_died(job: tuple[str, ScanOptions]) -> ScanOutcome:
    source = job[0]
    return ScanOutcome(source, error=f"{source}: {WORKER_DIED}")


# Twice: a worker killed once may have been the victim of memory pressure from elsewhere.
WORKER_DIED = (
    "the process reading it died twice (killed, most likely for lack of memory: "
    "try fewer --workers)"
)
