"""The library API: what the CLI and other programs call.

from cardscan import api
for outcome in api.scan(["cards/"]):
    for contact in outcome.contacts: ...
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from cardscan.cache import ScanCache, file_digest, options_key
from cardscan.engines import get_engine
from cardscan.errors import CardscanError, InputFileError
from cardscan.imageio import is_image_path
from cardscan.pipeline import read_card, read_image, scan_bytes, scan_image, scan_one
from cardscan.scan_types import STAGES, STDIN, CardReading, ScanOptions, ScanOutcome, StageTimer

__all__ = [
    "STAGES",
    "STDIN",
    "CardReading",
    "ScanOptions",
    "ScanOutcome",
    "StageTimer",
    "collect_sources",
    "expand_paths",
    "read_card",
    "read_image",
    "scan",
    "scan_bytes",
    "scan_image",
    "scan_one",
    "scan_sources",
]


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
    # --debug-dir wants every picture redrawn, and the review its pictures of the lines
    # (field_crops), which the cache does not keep: those read every image again.
    if not options.debug_dir and not options.keep_field_crops:
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

    # Each worker reads single-threaded (the Tesseract engine limits OpenMP itself).
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
