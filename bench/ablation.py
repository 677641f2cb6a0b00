"""Ablation: each preprocessing step switched off in turn → per-field accuracy and time.

    python -m bench.ablation ../shared/realcards [--synth N --seed S] [--workers 2]

Runs the pipeline in-process through ``cardscan.api.scan`` with ``ScanOptions(skip={step})``
for every step in ``cardscan.preprocess.STEPS``, plus the full pipeline and no
preprocessing at all, and prints one row per variant.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.accuracy import COLUMNS, load_labels, score_rows, synth_set
from bench.scoring import summarise
from cardscan import api
from cardscan.preprocess import STEPS


def variants() -> dict[str, frozenset[str]]:
    """Variant name → the steps it skips."""
    table = {"full pipeline": frozenset()}
    table.update({f"without {step}": frozenset({step}) for step in STEPS})
    table["no preprocessing"] = frozenset(STEPS)
    return table


def run_variant(
    dataset: Path, skip: frozenset[str], *, engine: str, workers: int
) -> tuple[dict[str, Any], float]:
    labels = load_labels(dataset)
    images = [str(dataset / label["file"]) for label in labels]
    options = api.ScanOptions(engine=engine, skip=skip)
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    start = time.perf_counter()
    for outcome in api.scan(list(dict.fromkeys(images)), options, workers=workers):
        by_source[outcome.source].extend(c.to_dict() for c in outcome.contacts)
    elapsed = time.perf_counter() - start
    rows = score_rows(labels, [by_source.get(i, []) for i in images])
    return summarise(rows), elapsed


def format_rows(results: dict[str, tuple[dict[str, Any], float]]) -> str:
    width = max(len(name) for name in results)
    head = f"| {'variant':<{width}} | " + " | ".join(f"{c[:9]:>9}" for c in COLUMNS)
    head += " | seconds |"
    lines = [head, "|" + "|".join("-" * len(part) for part in head.split("|")[1:-1]) + "|"]
    for name, (summary, seconds) in results.items():
        cells = " | ".join(
            f"{summary[c]['accuracy']:>9.2f}" if summary[c]["accuracy"] is not None else f"{'-':>9}"
            for c in COLUMNS
        )
        lines.append(f"| {name:<{width}} | {cells} | {seconds:>7.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.ablation", description=__doc__.splitlines()[0]
    )
    parser.add_argument("dataset", nargs="?", type=Path)
    parser.add_argument("--synth", type=int, metavar="N")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", action="append", help="run only these variants (repeatable)")
    args = parser.parse_args(argv)
    if (args.dataset is None) == (args.synth is None):
        parser.error("give a DATASET folder or --synth N")
    results = {}
    with tempfile.TemporaryDirectory(prefix="cardscan-ablation-") as tmp:
        dataset = args.dataset or synth_set(args.synth, args.seed, Path(tmp))
        for name, skip in variants().items():
            if args.only and name not in args.only:
                continue
            results[name] = run_variant(dataset, skip, engine=args.engine, workers=args.workers)
            print(f"{name}: done in {results[name][1]:.0f} s", flush=True)
    print(f"engine={args.engine}")
    print(format_rows(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
