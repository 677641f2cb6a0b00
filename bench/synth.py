"""Deterministic synthetic business cards with ground truth, for benchmarks, tests and samples.

    python -m bench.synth --out DIR --n 200 --seed 0 [--photo | --flat] [--locale de_DE]
    python -m bench.synth --out DIR --n 200 --seed 0 --mix varied    # more locales and kinds
    python -m bench.synth --samples samples/

Card i of a run (1-based) uses seed S + i - 1, so any single card can be re-rendered with
``make_card(seed)``. The same seed gives identical pixels and truth on the same platform and
library versions (fonts and OpenCV builds can shift anti-aliasing by a grey level elsewhere).

Two mixes: ``default`` (the corpus the samples and tests pin) and ``varied``
(bench/synth_varied.py: new locales, shop and trade cards, logos, phone lists…). Seed S of one
mix has nothing to do with seed S of the other.

This module is the command line and the front door; a card is made in synth_card.py, a labelled
set written by synth_sets.py, the committed samples by synth_samples.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# The public API stays importable from here (bench.accuracy, bench.calibrate, tests).
from bench.synth_card import (
    MIXES,
    TRUTH_KEYS,
    SynthCard,
    available_locales,
    make_card,
    varied_content,
)
from bench.synth_samples import SAMPLES, write_samples
from bench.synth_sets import PAIR_RATE, label_line, make_pair, write_set

__all__ = [
    "MIXES",
    "PAIR_RATE",
    "SAMPLES",
    "TRUTH_KEYS",
    "SynthCard",
    "available_locales",
    "label_line",
    "main",
    "make_card",
    "make_pair",
    "varied_content",
    "write_samples",
    "write_set",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synth", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--out", type=Path, help="write DIR/images/synth_NNNNN.* and DIR/labels.jsonl"
    )
    parser.add_argument("--n", type=int, default=100, help="number of cards (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first card (default 0)")
    parser.add_argument(
        "--mix",
        choices=MIXES,
        default="default",
        help="default: the pinned corpus; varied: more locales and kinds of card",
    )
    parser.add_argument("--locale", choices=available_locales("varied"), help="only this locale")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--photo", action="store_const", const=True, dest="photo", help="all simulated photos"
    )
    kind.add_argument(
        "--flat", action="store_const", const=False, dest="photo", help="all flat renders"
    )
    parser.add_argument(
        "--samples", type=Path, metavar="DIR", help="write the committed sample set into DIR"
    )
    args = parser.parse_args(argv)
    if args.samples is None and args.out is None:
        parser.error("give --out DIR or --samples DIR")
    if args.locale and args.locale not in available_locales(args.mix):
        parser.error(f"--locale {args.locale} needs --mix varied")
    if args.samples is not None:
        for path in write_samples(args.samples):
            print(path)
    if args.out is not None:
        print(
            write_set(
                args.out,
                n=args.n,
                seed=args.seed,
                photo=args.photo,
                locale=args.locale,
                mix=args.mix,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
