"""The engine's readings of a labelled set, kept on disk so extraction can be re-run in seconds.

    python -m bench.readings ../shared/realcards            # read (or refresh) the cache
    python -m bench.accuracy ../shared/realcards --readings # score extraction on the cache

Reading (find, prepare, OCR, orientation) is 95 % of a scan's time and does not change when
only extraction does, so benchmarks and the weight fitting (bench/fit_weights.py) read each
image once per version of the reading code. Entries are keyed by the image's SHA-256, the
engine and a digest of the files the reading depends on; they live in
``$CARDSCAN_BENCH_CACHE`` (default ``~/.cache/cardscan-bench``), never in the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

from cardscan.extract import extract_contact
from cardscan.imageio import load_image
from cardscan.models import Box, Contact, Line, OcrResult, Word
from cardscan.pipeline import ScanOptions, read_image

CACHE_ENV = "CARDSCAN_BENCH_CACHE"
# What a reading depends on: a change to any of these reads the images again. The value
# finders of cardscan/extract that orientation's scorer also uses (emails, phones, websites)
# are left out on purpose: extraction work would otherwise re-read every set, for readings
# that almost never differ; so are the image loader and the data classes, whose changes
# concern odd files and the drafts. The countries a card names (extract/region.py) decide
# whether a script probe is believed (extract.countries_named, below), so they count.
_READING_PARTS = (
    "reading.py",
    "script.py",
    "preprocess",
    "engines",
    "extract/region.py",
)


# The pipeline's reading functions (not the module: extraction and verification live there too).
_READING_FUNCTIONS = (
    "read_image",
    "_leveled",
    "_closer",
    "_wider_reading",
    "_joined_parts",
    "_with_text",
    "_missed_card",
    "read_card",
    "_reader",
    "countries_named",
)
# ... and their thresholds, which live beside them in the module: a function's source does not
# show a change to one (the closer reading's EXTENT_SHARE once kept a stale cache).
_READING_CONSTANTS = ("LEVEL_MIN_DEGREES", "LEVEL_MAX_DEGREES", "EXTENT_SHARE", "EXTENT_MARGIN")


@cache
def reading_version() -> str:
    import inspect

    from cardscan import pipeline

    package = Path(__file__).resolve().parent.parent / "cardscan"
    digest = hashlib.sha256()
    for part in _READING_PARTS:
        root = package / part
        for path in [root] if root.is_file() else sorted(root.rglob("*.py")):
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    for name in _READING_FUNCTIONS:
        digest.update(inspect.getsource(getattr(pipeline, name)).encode())
    for name in _READING_CONSTANTS:
        digest.update(f"{name}={getattr(pipeline, name)!r}".encode())
    return digest.hexdigest()[:12]


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "cardscan-bench")


def ocr_to_json(ocr: OcrResult) -> dict[str, Any]:
    lines = [
        [[w.text, round(w.confidence, 4), w.box.x, w.box.y, w.box.w, w.box.h] for w in line.words]
        for line in ocr.lines
    ]
    return {"engine": ocr.engine, "width": ocr.width, "height": ocr.height, "lines": lines}


def ocr_from_json(data: dict[str, Any]) -> OcrResult:
    lines = tuple(
        Line(tuple(Word(t, c, Box(x, y, w, h)) for t, c, x, y, w, h in words))
        for words in data["lines"]
    )
    return OcrResult(data["engine"], lines, width=data["width"], height=data["height"])


def _key(path: str, engine: str) -> Path:
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:24]
    return cache_dir() / reading_version() / engine / f"{digest}.json"


def _read_one(args: tuple[str, str]) -> list[dict[str, Any]]:
    path, engine = args
    readings = read_image(load_image(path), ScanOptions(engine=engine))
    return [
        {"ocr": ocr_to_json(r.ocr), "rotation": r.rotation, "whole_photo": r.whole_photo}
        for r in readings
    ]


def load_readings(
    images: Iterable[str], *, engine: str = "rapidocr", workers: int = 2, quiet: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """Each image's card readings (``ocr`` as an OcrResult, ``rotation``, ``whole_photo``),
    read only when not cached for this version of the reading code."""
    images = list(dict.fromkeys(images))
    keys = {path: _key(path, engine) for path in images}
    todo = [path for path in images if not keys[path].exists()]
    if todo and not quiet:
        print(f"reading {len(todo)} of {len(images)} image(s)…", file=sys.stderr)
    with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
        for path, result in zip(todo, pool.map(_read_one, [(p, engine) for p in todo])):
            keys[path].parent.mkdir(parents=True, exist_ok=True)
            keys[path].write_text(json.dumps(result), encoding="utf-8")
    out = {}
    for path in images:
        cards = json.loads(keys[path].read_text(encoding="utf-8"))
        for card in cards:
            card["ocr"] = ocr_from_json(card["ocr"])
        out[path] = cards
    return out


def contacts_from_readings(
    readings: dict[str, list[dict[str, Any]]], *, region: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """What ``cardscan scan --format jsonl`` would print for each image, from its readings."""
    out = {}
    for path, cards in readings.items():
        contacts: list[Contact] = [
            extract_contact(card["ocr"], source=path, card=index, region=region)
            for index, card in enumerate(cards)
        ]
        out[path] = [c.to_dict() for c in contacts]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", help="a folder with labels.jsonl and images/")
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    dataset = Path(args.dataset)
    labels = [json.loads(line) for line in (dataset / "labels.jsonl").open(encoding="utf-8")]
    images = [str(dataset / label["file"]) for label in labels]
    readings = load_readings(images, engine=args.engine, workers=args.workers)
    whole = sum(card["whole_photo"] for cards in readings.values() for card in cards)
    print(f"{len(readings)} image(s), version {reading_version()}, whole photo kept: {whole}")


if __name__ == "__main__":
    main()
