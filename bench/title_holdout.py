"""Titles the vocabulary does not know: the title score with half the title words held out.

usage: python -m bench.title_holdout DATASET [DATASET ...] [--engine rapidocr]

The title vocabulary (cardscan/extract/data/titles.txt, title_tail_words.txt) is split in two
halves by a digest of each entry; each half is held out in turn and the cards are read again
from the cached readings (bench/readings.py), in a fresh process so no cached word list
survives. It prints, per set and held-out half, the title score and how many of the titles
found by their place alone (extract/title_place.py: under the name, or after it on its
row) were right: how well cardscan does on cards whose job words it has never been given,
as an unseen card's may be.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.readings import load_readings
from bench.scoring import pick_contact, score_card

HELD_OUT_LISTS = ("titles", "title_tail_words")


def in_half(entry: str, half: int) -> bool:
    """Which half of the vocabulary an entry falls in (0 or 1), fixed by its digest."""
    return int(hashlib.sha256(entry.encode("utf-8")).hexdigest(), 16) % 2 == half


def hold_out(half: int) -> None:
    """Make every extraction module load the title lists without the entries of ``half``."""
    import cardscan.extract as extract
    from cardscan.extract import lexicon

    original = lexicon.load

    def load(name: str) -> tuple[str, ...]:
        entries = original(name)
        if name in HELD_OUT_LISTS:
            return tuple(e for e in entries if not in_half(e, half))
        return entries

    for module in pkgutil.iter_modules(extract.__path__):
        loaded = importlib.import_module(f"cardscan.extract.{module.name}")
        if getattr(loaded, "load", None) is original:
            loaded.load = load  # type: ignore[attr-defined]
    lexicon.load = load  # type: ignore[assignment]


def score_one(dataset: Path, engine: str, half: int | None) -> dict[str, Any]:
    """Title hits, cards and placed titles (right, found) on one set, ``half`` held out."""
    if half is not None:
        hold_out(half)
    import cardscan.extract as extract
    from cardscan.extract import extract_contact

    placed: list[str] = []

    def recording(rule: Any) -> Any:
        def recorded(*args: Any, **kwargs: Any) -> Any:
            found = rule(*args, **kwargs)
            if found is not None:
                placed.append(str(found))
            return found

        return recorded

    # Both rules that find a title by its place: under the name, and after it on its row.
    extract.title_by_place = recording(extract.title_by_place)  # type: ignore[attr-defined]
    extract.title_after_name = recording(extract.title_after_name)  # type: ignore[attr-defined]
    labels = [json.loads(x) for x in (dataset / "labels.jsonl").open(encoding="utf-8")]
    images = [str(dataset / label["file"]) for label in labels]
    readings = load_readings(images, engine=engine, quiet=True)
    out = {"hit": 0, "cards": 0, "placed": 0, "placed_right": 0}
    for label, image in zip(labels, images):
        contacts, by_card = [], {}
        for index, card in enumerate(readings[image]):
            placed.clear()
            contacts.append(extract_contact(card["ocr"], source=image, card=index).to_dict())
            by_card[index] = bool(placed)
        contact = pick_contact(label, contacts)
        hit = bool(score_card(label, contact)["title"])
        out["cards"] += 1
        out["hit"] += hit
        if contact and contact.get("title") and by_card[contact["card"]]:
            out["placed"] += 1
            out["placed_right"] += hit
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--half", type=int, choices=(0, 1), help=argparse.SUPPRESS)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(score_one(args.datasets[0], args.engine, args.half)))
        return 0
    print("| set | held out | title | placed titles right |")
    print("|---|---|---|---|")
    totals = {"placed": 0, "placed_right": 0}
    for dataset in args.datasets:
        for half in (None, 0, 1):
            command = [sys.executable, "-m", "bench.title_holdout", str(dataset), "--one"]
            command += ["--engine", args.engine] + ([] if half is None else ["--half", str(half)])
            result = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
            if half is not None:
                for key in totals:
                    totals[key] += result[key]
            share = result["hit"] / result["cards"] if result["cards"] else 0.0
            held = "none" if half is None else f"half {half}"
            print(
                f"| {dataset.name} | {held} | {share:.2f} | "
                f"{result['placed_right']} of {result['placed']} |"
            )
    right, found = totals["placed_right"], totals["placed"]
    print(f"\nplaced titles right with a half held out: {right} of {found}", end="")
    print(f" ({right / found:.2f})" if found else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
