"""Fit the per-field confidence calibration on rendered cards, and measure its reliability.

    python -m bench.calibrate --synth 300 --seed 1000 --workers 2    # fit, report, write table
    python -m bench.calibrate --dataset ../shared/realcards          # check the current table

Fitting renders ``--synth N`` cards (bench/synth.py, seeds S..S+N-1; keep S away from the
accuracy benchmark's 0..199), reads each with the user's pipeline (cardscan.api.scan_one) but
with the raw per-field scores kept, scores every field with bench/scoring.py and fits one
monotone map raw -> P(right) per field. It prints reliability before (raw scores read as
probabilities) and after, on the fit set and on a held-out set (``--holdout M`` cards from
``--holdout-seed``, by default the N seeds after the fit set), then writes the knots to
``--out`` (cardscan/extract/data/calibration.json, read by cardscan/extract/confidence.py).

What counts: a confidence describes a value the user is shown, so the fit and the reliability
figures use the fields that came out non-empty, right or wrong; a value where the label has
none is wrong. An empty field (raw score 0: right when the label is empty too, a miss
otherwise) always keeps confidence 0 and is left out of the fit: pooled in at raw 0 the many
rightly-empty fields would pull every low-scored shown value up. They are counted under
"empty ok" for information.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from bench.scoring import CONTACT_KEYS_OF, pick_contact, score_card, score_items
from cardscan.extract.confidence import (
    REVIEW_BELOW,
    TABLE_FILE,
    Knots,
    calibrate_with,
    parse_table,
)
from cardscan.verify import DOUBT

FIELD_KEYS = CONTACT_KEYS_OF  # bench/scoring.py's field -> the Contact / confidence key
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "cardscan/extract/data" / TABLE_FILE
BINS = 10
REVIEW_CHOICES = sorted({0.5, 0.6, 0.7, 0.75, 0.8, 0.9, REVIEW_BELOW})


class Obs(NamedTuple):
    """One field of one card: its raw score, whether it was right, whether it was shown."""

    field: str
    raw: float
    right: bool
    shown: bool
    card: str = ""  # which card it came from (folds of the cross-validation)
    doubted: bool = False  # the second opinion disagreed (verify.py): shown × DOUBT


def shown_confidence(tables: Mapping[str, Knots], o: Obs) -> float:
    """The confidence the user sees for ``o``: its raw score calibrated, times verify.DOUBT
    when the second opinion doubted it (cardscan.pipeline.checked does the same)."""
    value = calibrate_with(tables, {o.field: o.raw})[o.field]
    return round(value * DOUBT, 3) if o.doubted else value


# ---------------------------------------------------------------- fitting and reliability


def fit_monotone(points: Iterable[tuple[float, bool]], weight: float = 2.0) -> list[list[float]]:
    """Knots ``[raw, P(right)]`` of the isotonic (non-decreasing) fit to (raw, right) points.

    Pool-adjacent-violators over the points sorted by raw score (equal scores pooled first).
    A block is worth ``(hits + weight * base) / (n + weight)``: its accuracy shrunk towards
    ``base``, the accuracy of all the points (Laplace-smoothed, so never 0 or 1), as if it
    held ``weight`` more points of the field's average. A block of a few points so says
    "like this field's values in general" rather than 0, 1 or a coin toss. Blocks of equal
    worth are pooled too, so every step goes up. Each block gives a knot at its lowest and
    highest raw score (one when they are equal).
    """
    points = list(points)
    base = (sum(bool(right) for _, right in points) + 1) / (len(points) + 2)

    def worth(block: list[float]) -> float:
        return (block[3] + weight * base) / (block[2] + weight)

    ties: dict[float, list[int]] = {}
    for raw, right in points:
        tie = ties.setdefault(raw, [0, 0])
        tie[0] += 1
        tie[1] += bool(right)
    blocks: list[list[float]] = []  # [lowest raw, highest raw, n, hits], worth going up
    for raw in sorted(ties):
        blocks.append([raw, raw, *ties[raw]])
        while len(blocks) > 1 and worth(blocks[-2]) >= worth(blocks[-1]):
            last = blocks.pop()
            blocks[-1][1:] = [last[1], blocks[-1][2] + last[2], blocks[-1][3] + last[3]]
    knots = []
    for block in blocks:
        value = round(worth(block), 3)
        knots += [[round(x, 3), value] for x in dict.fromkeys(block[:2])]
    return knots


def reliability(pairs: Sequence[tuple[float, bool]], bins: int = BINS) -> tuple[float, list]:
    """Expected calibration error of (confidence, right) pairs over equal-width bins, and the
    bins as (low edge, n, mean confidence, accuracy), empty bins left out."""
    groups: dict[int, list[tuple[float, bool]]] = {}
    for conf, right in pairs:
        groups.setdefault(min(int(conf * bins), bins - 1), []).append((conf, right))
    table, ece = [], 0.0
    for index in sorted(groups):
        group = groups[index]
        conf = sum(c for c, _ in group) / len(group)
        acc = sum(r for _, r in group) / len(group)
        ece += len(group) / len(pairs) * abs(conf - acc)
        table.append((index / bins, len(group), conf, acc))
    return ece, table


def fit_table(observations: Sequence[Obs]) -> dict[str, list[list[float]]]:
    """Knots per confidence field, fitted on the shown values."""
    fields = dict.fromkeys(o.field for o in observations if o.shown)
    return {
        f: fit_monotone((o.raw, o.right) for o in observations if o.field == f and o.shown)
        for f in fields  # a field never shown is left out: it keeps its raw score
    }


# ---------------------------------------------------------------- reading and scoring cards


def _scan(args: tuple[str, str]) -> tuple[list[dict[str, Any]], str | None]:
    """The user's pipeline exactly, but extraction keeps the raw scores, without the second
    opinion's doubt; the doubted fields are listed under ``"doubted"`` in each contact."""
    from cardscan.api import ScanOptions, scan_one

    outcome = scan_one(args[0], ScanOptions(engine=args[1], calibrate=False))
    contacts = []
    for index, contact in enumerate(outcome.contacts):
        doubts = outcome.doubts[index] if index < len(outcome.doubts) else ()
        contacts.append({**contact.to_dict(), "doubted": sorted(doubts)})
    return contacts, outcome.error


def observe(dataset: Path, engine: str, workers: int) -> list[Obs]:
    """Scan every labelled image of the set in a spawn pool; one Obs per label and field."""
    import multiprocessing

    with open(dataset / "labels.jsonl", encoding="utf-8") as stream:
        labels = [json.loads(line) for line in stream if line.strip()]
    images = list(dict.fromkeys(str(dataset / label["file"]) for label in labels))
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(max(1, workers)) as pool:
        results = dict(zip(images, pool.map(_scan, [(i, engine) for i in images], chunksize=1)))
    errors = [err for _, err in results.values() if err]
    if errors:
        print(f"{len(errors)} images could not be read, e.g. {errors[0]}", file=sys.stderr)
    obs = []
    for label in labels:
        contact = pick_contact(label, results[str(dataset / label["file"])][0])
        obs += observe_card(label, contact, f"{dataset.name}:{label['file']}")
    return obs


def observe_card(
    label: dict[str, Any], contact: dict[str, Any] | None, card: str = ""
) -> list[Obs]:
    """The card's fields as Obs: a shown value is right when every labelled item of the field
    was found by the yardstick rules (bench/scoring.py; a value where the label has none is
    wrong); an empty field is right when the label is empty too.

    Phones are also right by the card rules (their printed digits): the yardstick compares
    the last nine digits of the E.164 form with the label as printed, which differ for a
    national number of eight digits or fewer after its trunk "0" ("03-715-9238" is
    +886 3 715 9238), though the number was read right."""
    contact = contact or {}
    items = score_items(label, contact)
    cards = score_card(label, contact)
    obs = []
    for field, card_hit in cards.items():
        key = FIELD_KEYS[field]
        shown = bool(contact.get(key))
        raw = float((contact.get("confidence") or {}).get(key, 0.0))
        hits = items.get(field)
        right = (not shown) if not hits else all(hits) or (field == "phone" and card_hit is True)
        doubted = key in (contact.get("doubted") or ())
        obs.append(Obs(key, raw, right, shown, card, doubted))
    return obs


# ---------------------------------------------------------------- report


def report(title: str, obs: Sequence[Obs], tables: Mapping[str, Knots]) -> dict[str, Any]:
    """Print per-field and pooled reliability, raw vs calibrated; return the ECE figures."""
    shown = [o for o in obs if o.shown]
    cal = [shown_confidence(tables, o) for o in shown]
    print(f"\n{title}: {len(shown)} shown values (calibrated, doubt applied)")
    if not shown:
        return {}
    print("field       shown  right  ECE raw  ECE cal  empty ok")
    figures: dict[str, Any] = {}
    for field in [*FIELD_KEYS.values(), "all"]:
        pick = [i for i, o in enumerate(shown) if field in ("all", o.field)]
        empty = [o for o in obs if not o.shown and field in ("all", o.field)]
        if not pick:
            continue
        raw_ece, _ = reliability([(min(1.0, shown[i].raw), shown[i].right) for i in pick])
        cal_ece, _ = reliability([(cal[i], shown[i].right) for i in pick])
        right = sum(shown[i].right for i in pick) / len(pick)
        ok = f"{sum(o.right for o in empty)}/{len(empty)}"
        print(f"{field:<10} {len(pick):>6} {right:>6.2f} {raw_ece:>8.3f} {cal_ece:>8.3f}  {ok:>8}")
        figures[field] = {"n": len(pick), "ece_raw": round(raw_ece, 3), "ece": round(cal_ece, 3)}
    print("bins, all fields: raw (n conf acc) | calibrated (n conf acc)")
    _, raw_bins = reliability([(min(1.0, o.raw), o.right) for o in shown])
    _, cal_bins = reliability(list(zip(cal, (o.right for o in shown))))
    rows: dict[float, list[str]] = {}
    for side, bins in enumerate((raw_bins, cal_bins)):
        for low, n, conf, acc in bins:
            rows.setdefault(low, ["", ""])[side] = f"{n:>4} {conf:.2f} {acc:.2f}"
    for low in sorted(rows):
        raw_cell, cal_cell = rows[low]
        print(f"  {low:.1f}-{low + 1 / BINS:.1f}  {raw_cell:>14} | {cal_cell:>14}")
    print("review below: flagged (share of shown) | wrong ones caught | flagged that are wrong")
    wrong = sum(not o.right for o in shown)
    for below in REVIEW_CHOICES:
        flagged = [o.right for o, c in zip(shown, cal) if c < below]
        caught = flagged.count(False)
        print(
            f"  {below:.2f}  {len(flagged):>5} ({len(flagged) / len(shown):4.0%})"
            f" | {caught:>4} of {wrong} ({caught / max(1, wrong):4.0%})"
            f" | {caught / max(1, len(flagged)):4.0%}"
            + ("  (REVIEW_BELOW)" if below == REVIEW_BELOW else "")
        )
    return figures


def write_table(path: Path, tables: Mapping[str, list[list[float]]], about: dict) -> None:
    """Compact JSON, one line per field so a re-fit shows as a readable diff."""
    rows = [
        f"    {json.dumps(f)}: {json.dumps(k, separators=(',', ':'))}" for f, k in tables.items()
    ]
    body = ",\n".join(rows)
    text = f'{{\n  "about": {json.dumps(about)},\n  "fields": {{\n{body}\n  }}\n}}\n'
    parse_table(json.loads(text))  # refuse to write a table cardscan could not load
    path.write_text(text, encoding="utf-8")


def synth_obs(n: int, seed: int, args: argparse.Namespace) -> list[Obs]:
    from bench.synth import write_set

    with tempfile.TemporaryDirectory(prefix="cardscan-calib-") as tmp:
        dataset = write_set(Path(tmp), n=n, seed=seed, photo=None, mix=args.mix).parent
        return observe(dataset, args.engine, args.workers)


def cross_validated(
    fixed: Sequence[Obs], real: Sequence[Obs], folds: int = 5
) -> list[tuple[Obs, float]]:
    """Each real observation with the confidence a table fitted without its card's fold
    gives it (the table is fitted on ``fixed`` and the other folds)."""
    cards = sorted({o.card for o in real})
    out = []
    for k in range(folds):
        held = set(cards[k::folds])
        tables = fit_table([*fixed, *(o for o in real if o.card not in held)])
        for o in real:
            if o.card in held and o.shown:
                out.append((o, shown_confidence(tables, o)))
    return out


def review_rates(pairs: Sequence[tuple[Obs, float]], fields: Iterable[str]) -> dict[str, Any]:
    """Per field: how many wrong shown values fall below REVIEW_BELOW, and how many right."""
    out = {}
    for field in fields:
        wrong = [c for o, c in pairs if o.field == field and not o.right]
        right = [c for o, c in pairs if o.field == field and o.right]
        out[field] = {
            "wrong_flagged": f"{sum(c < REVIEW_BELOW for c in wrong)}/{len(wrong)}",
            "right_flagged": f"{sum(c < REVIEW_BELOW for c in right)}/{len(right)}",
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.calibrate", description=__doc__.splitlines()[0]
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--synth", type=int, metavar="N", help="fit on N rendered cards")
    mode.add_argument("--dataset", type=Path, help="labelled folder: check the current table")
    parser.add_argument("--seed", type=int, default=1000, help="first card of the fit set")
    parser.add_argument("--mix", default="varied", help="synth mix of the rendered cards")
    parser.add_argument("--dev", type=Path, help="real photos fitted too, cross-validated")
    parser.add_argument("--holdout", type=int, metavar="M", help="held-out cards (default N)")
    parser.add_argument("--holdout-seed", type=int, help="default: seed + N")
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="table to write")
    parser.add_argument("--table", type=Path, help="table to check with --dataset (the shipped)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.dataset:
        path = args.table or DEFAULT_OUT
        tables = parse_table(json.loads(path.read_text(encoding="utf-8")))
        obs = observe(args.dataset, args.engine, args.workers)
        report(f"{args.dataset} with {path.name}", obs, tables)
        print(f"\n{time.perf_counter() - start:.0f} s")
        return 0
    fit_obs = synth_obs(args.synth, args.seed, args)
    dev_obs = observe(args.dev, args.engine, args.workers) if args.dev else []
    real = {}
    if dev_obs:
        pairs = cross_validated(fit_obs, dev_obs)
        raw_ece, _ = reliability([(min(1.0, o.raw), o.right) for o, _ in pairs])
        cal_ece, _ = reliability([(c, o.right) for o, c in pairs])
        rates = review_rates(pairs, ("emails", "phones", "name"))
        real = {
            "cards": len({o.card for o in dev_obs}),
            "ece_raw": round(raw_ece, 3),
            "ece_cv": round(cal_ece, 3),
            "review": rates,
        }
        print(f"\n{args.dev}, 5-fold cross-validated: {json.dumps(real)}")
    tables = fit_table([*fit_obs, *dev_obs])
    fit_seconds = time.perf_counter() - start
    fit = report(f"fit set (synth {args.synth}, seed {args.seed})", fit_obs, tables)
    holdout = args.holdout if args.holdout is not None else args.synth
    held = {}
    if holdout:
        seed = args.holdout_seed if args.holdout_seed is not None else args.seed + args.synth
        held_obs = synth_obs(holdout, seed, args)
        held = report(f"held out (synth {holdout}, seed {seed})", held_obs, tables)
    about = {
        "made_by": "python -m bench.calibrate",
        "synth": args.synth,
        "seed": args.seed,
        "engine": args.engine,
        "ece_fit": {f: (v["ece_raw"], v["ece"]) for f, v in fit.items()},
        "ece_held_out": {f: (v["ece_raw"], v["ece"]) for f, v in held.items()},
        "mix": args.mix,
        "real_cross_validated": real,
    }
    write_table(args.out, tables, about)
    total = time.perf_counter() - start
    print(f"\nwrote {args.out}; fit set {fit_seconds:.0f} s, all {total:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
