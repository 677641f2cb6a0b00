"""The library API: what the CLI and other programs call.

from cardscan import api
for outcome in api.scan(["cards/"]):
    for contact in outcome.contacts: ...
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cardscan.engines import DEFAULT_ENGINE, get_engine
from cardscan.errors import CardscanError, InputFileError
from cardscan.extract import extract_contact
from cardscan.imageio import decode_image, is_image_path, load_image
from cardscan.models import Contact
from cardscan.preprocess import prepare

STDIN = "-"


@dataclass(frozen=True)
class ScanOptions:
    engine: str = DEFAULT_ENGINE
    lang: str | None = None
    region: str | None = None
    find_card: bool = True


@dataclass(frozen=True)
class ScanOutcome:
    """What one input gave: its contacts, or the error that stopped it."""

    source: str
    contacts: tuple[Contact, ...] = ()
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict, compare=False)


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files as given, folders searched recursively for images (sorted), ``-`` kept as is.

    A path that does not exist is yielded too, so that reading it reports the error.
    """
    for raw in paths:
        path = Path(raw)
        if raw == STDIN or not path.is_dir():
            yield raw
            continue
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs.sort()
            for name in sorted(files):
                candidate = Path(root, name)
                if is_image_path(candidate):
                    yield str(candidate)


def scan_image(image, source: str, options: ScanOptions = ScanOptions()) -> list[Contact]:
    """Contacts read from one decoded image (BGR ndarray)."""
    engine = get_engine(options.engine)
    contacts = []
    for index, card in enumerate(prepare(image, find=options.find_card)):
        ocr = engine.recognize(card.image, lang=options.lang)
        contacts.append(extract_contact(ocr, source=source, card=index, region=options.region))
    return contacts


def scan_one(source: str, options: ScanOptions = ScanOptions()) -> ScanOutcome:
    """Read one input; a bad input becomes an outcome with an error, never an exception."""
    try:
        if source == STDIN:
            image = decode_image(sys.stdin.buffer.read(), source)
        else:
            image = load_image(source)
        return ScanOutcome(source, tuple(scan_image(image, source, options)))
    except InputFileError as exc:
        return ScanOutcome(source, error=str(exc))
    except CardscanError:
        raise
    except Exception as exc:  # a bug or an engine crash on one file must not stop the batch
        return ScanOutcome(
            source, error=f"{source}: could not be read ({type(exc).__name__}: {exc})"
        )


def _scan_worker(args: tuple[str, ScanOptions]) -> ScanOutcome:
    return scan_one(*args)


def scan(
    paths: Iterable[str], options: ScanOptions = ScanOptions(), *, workers: int = 1
) -> Iterator[ScanOutcome]:
    """Scan every input, yielding outcomes in input order as they are ready."""
    paths = list(paths)
    sources = list(expand_paths(paths))
    if not sources:
        raise CardscanError(f"no images found in {', '.join(paths)}")
    get_engine(options.engine)  # fail fast, once, when the engine is missing
    if workers <= 1 or len(sources) <= 1 or STDIN in sources:
        for source in sources:
            yield scan_one(source, options)
        return
    import multiprocessing

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(min(workers, len(sources))) as pool:
        yield from pool.imap(_scan_worker, [(s, options) for s in sources])
