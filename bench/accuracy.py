"""Per-field accuracy of the whole pipeline, run through the CLI, on a labelled card set.

    python -m bench.accuracy ../shared/realcards     # a set laid out as labels.jsonl + images/
    python -m bench.accuracy --synth 200 --seed 0    # rendered cards with ground truth
    python -m bench.accuracy --synth 200 --mix varied  # the varied mix (bench/synth_varied.py)
    python -m bench.accuracy DIR --engine tesseract --show-misses --json
    python -m bench.accuracy DIR --readings          # extraction only, on cached readings

The set's images are read by ``python -m cardscan scan --format jsonl`` (so the numbers are
what a user gets) and scored with bench/scoring.py.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.readings import contacts_from_readings, load_readings
from bench.scoring import (
    CONTACT_KEYS_OF,
    FIELDS,
    email_precision_counts,
    pick_contact,
    score_card,
    score_items,
    summarise_items,
)

COLUMNS = (*FIELDS, "email_precision")


def load_labels(dataset: Path) -> list[dict[str, Any]]:
    with open(dataset / "labels.jsonl", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def run_cli(images: list[str], args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    """Contacts per source path, as printed by ``cardscan scan --format jsonl``."""
    # --no-cache: a benchmark measures reading, not the cache of the previous run.
    command = [sys.executable, "-m", "cardscan", "scan", *images, "--format", "jsonl", "--no-cache"]
    command += ["--engine", args.engine, "--workers", str(args.workers)]
    if args.no_find_card:
        command.append("--no-find-card")
    if args.region:
        command += ["--region", args.region]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 3):
        sys.exit(f"cardscan failed ({proc.returncode}): {proc.stderr.strip()}")
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in proc.stdout.splitlines():
        contact = json.loads(line)
        by_source[contact["source"]].append(contact)
    return by_source


def score_set(dataset: Path, args: argparse.Namespace) -> tuple[list[dict[str, Any]], float]:
    """Run cardscan over the set (or read --predictions) and score every label."""
    labels = load_labels(dataset)
    images = [str(dataset / label["file"]) for label in labels]
    start = time.perf_counter()
    if args.predictions:
        by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for line in Path(args.predictions).read_text(encoding="utf-8").splitlines():
            contact = json.loads(line)
            by_source[Path(contact["source"]).name].append(contact)
        found = [by_source.get(Path(i).name, []) for i in images]
    elif getattr(args, "readings", False):
        readings = load_readings(images, engine=args.engine, workers=max(args.workers, 1))
        by_source = contacts_from_readings(readings, region=args.region)
        found = [by_source.get(i, []) for i in images]
    else:
        # A two-card photo has a label line per card but is scanned once.
        by_source = run_cli(list(dict.fromkeys(images)), args)
        found = [by_source.get(i, []) for i in images]
    return score_rows(labels, found), time.perf_counter() - start


def score_rows(
    labels: list[dict[str, Any]], found: list[list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """One scored row per label, given the contacts read from that label's image."""
    rows = []
    for label, contacts in zip(labels, found):
        contact = pick_contact(label, contacts)
        rows.append(
            {
                "file": label["file"],
                "kind": label.get("kind", "?"),
                "language": label.get("language", "?"),
                "scores": score_card(label, contact),
                "items": score_items(label, contact),
                "precision": email_precision_counts(label, contact),
                "label": label,
                "contact": contact,
            }
        )
    return rows


def _cell(entry: dict[str, Any]) -> str:
    return "   -  " if entry["accuracy"] is None else f"{entry['accuracy']:.2f}"


def format_table(groups: dict[str, dict[str, Any]]) -> str:
    """A markdown table: one row per group, one column per field."""
    width = max(len("set"), *(len(name) for name in groups))
    header = f"| {'set':<{width}} | cards | " + " | ".join(f"{c[:9]:>9}" for c in COLUMNS) + " |"
    rule = "|" + "|".join("-" * len(part) for part in header.split("|")[1:-1]) + "|"
    lines = [header, rule]
    for name, summary in groups.items():
        cells = " | ".join(f"{_cell(summary[c]):>9}" for c in COLUMNS)
        lines.append(f"| {name:<{width}} | {summary['cards']:>5} | {cells} |")
    return "\n".join(lines)


def group_summaries(
    rows: list[dict[str, Any]], summary=summarise_items
) -> dict[str, dict[str, Any]]:
    """The yardstick figures (bench/scoring.py) for all rows, then per kind and language;
    ``summary=summarise`` gives the per-card rules instead."""
    groups: dict[str, dict[str, Any]] = {"all": summary(rows)}
    for key in ("kind", "language"):
        for value in sorted({r[key] for r in rows}):
            groups[f"{key}={value}"] = summary([r for r in rows if r[key] == value])
    return groups


def show_misses(rows: list[dict[str, Any]]) -> str:
    """Each miss as file, field, expected vs got (for the developer's eyes only)."""
    label_key = {
        "name": "name",
        "email": "email",
        "phone": "phones",
        "company": "company",
        "title": "title",
        "website": "website",
        "address": "address",
    }
    contact_key = CONTACT_KEYS_OF
    out = []
    for row in rows:
        for field, hit in row["scores"].items():
            if hit is False:
                want = row["label"].get(label_key[field])
                got = (row["contact"] or {}).get(contact_key[field])
                if field == "phone":
                    want = (want or []) + (row["label"].get("fax") or [])
                    got = [p["number"] for p in got or ()]
                out.append(f"{row['file']}: {field}: expected {want!r} got {got!r}")
    return "\n".join(out)


def synth_set(n: int, seed: int, workdir: Path, mix: str = "default") -> Path:
    from bench.synth import write_set

    return write_set(workdir, n=n, seed=seed, photo=None, mix=mix).parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.accuracy", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "dataset", nargs="?", type=Path, help="folder with labels.jsonl and images/"
    )
    parser.add_argument("--synth", type=int, metavar="N", help="score N rendered cards instead")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mix", default="default", help="rendered mix: default or varied")
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--region", default=None)
    parser.add_argument("--no-find-card", action="store_true")
    parser.add_argument("--predictions", help="score this JSONL instead of running cardscan")
    parser.add_argument(
        "--readings",
        action="store_true",
        help="extract from the cached readings of bench/readings.py (fast; extraction only)",
    )
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the summaries as JSON")
    args = parser.parse_args(argv)
    if (args.dataset is None) == (args.synth is None):
        parser.error("give a DATASET folder or --synth N")
    with tempfile.TemporaryDirectory(prefix="cardscan-synth-") as tmp:
        dataset = args.dataset or synth_set(args.synth, args.seed, Path(tmp), args.mix)
        rows, elapsed = score_set(dataset, args)
    groups = group_summaries(rows)
    if args.json:
        print(
            json.dumps(
                {"engine": args.engine, "seconds": round(elapsed, 1), "groups": groups}, indent=1
            )
        )
    else:
        print(f"engine={args.engine} cards={len(rows)} seconds={elapsed:.1f}")
        print(format_table(groups))
    if args.show_misses:
        print(show_misses(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
