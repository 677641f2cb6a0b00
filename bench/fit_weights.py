"""Fit the weights that choose the name, company and title (cardscan/extract/weights.py).

    python -m bench.fit_weights --dev ../shared/realcards --varied 600 --default 300
    python -m bench.fit_weights ... --write       # also write cardscan/extract/data/weights.json

Every card of the training sets is read once (bench/readings.py caches the readings) and
extracted with the current weights, recording each field's candidates and their features
(extract_contact's ``record``). A candidate is a positive example when it is the labelled
value by the yardstick rules of bench/scoring.py. One logistic regression per field is
fitted on those examples (scikit-learn, L2, its strength chosen by cross-validation over
cards); the extraction is then run again with the new weights, whose candidates depend on
the earlier picks, and fitted once more.

Reported, per field and set: how often the chosen candidate is right (or, on cards without
the field, nothing is chosen), in 5-fold cross-validation grouped by card, so no card is
judged by weights fitted on it. The development photos count ``--dev-weight`` times as much
as a rendered card in the fit: they are real, and few.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.readings import load_readings
from bench.scoring import name_key, norm_text, words_alike
from bench.synth import write_set
from cardscan.extract import extract_contact
from cardscan.extract import weights as W

FIELDS = ("name", "company", "title")
WEIGHTS_PATH = (
    Path(__file__).resolve().parent.parent / "cardscan" / "extract" / "data" / "weights.json"
)
STRENGTHS = (0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5


@dataclass(frozen=True)
class Card:
    """One labelled card's reading, and where it came from ("dev", "varied", "default")."""

    key: str
    origin: str
    label: dict[str, Any]
    ocr: Any


def labelled_cards(dataset: Path, origin: str, workers: int) -> list[Card]:
    labels = [json.loads(x) for x in (dataset / "labels.jsonl").read_text().splitlines() if x]
    images = [str(dataset / label["file"]) for label in labels]
    readings = load_readings(images, workers=workers, quiet=False)
    seen: dict[str, int] = defaultdict(int)
    cards = []
    for label, image in zip(labels, images):
        index = seen[image]  # a two-card photo has a label per card
        seen[image] += 1
        if index < len(readings[image]):
            ocr = readings[image][index]["ocr"]
            cards.append(Card(f"{origin}:{label['file']}:{index}", origin, label, ocr))
    return cards


def is_right(field: str, text: str, label: dict[str, Any]) -> bool:
    """The candidate is the labelled value (bench/scoring.py's yardstick rules)."""
    if field == "name":
        names = [n for n in (label.get("name"), label.get("name_alt")) if n]
        return any(
            name_key(text) == name_key(n)
            or name_key(text).replace(" ", "") == name_key(n).replace(" ", "")
            for n in names
        )
    want = label.get(field)
    if not want:
        return False
    return norm_text(text).strip(" ,.;|") == norm_text(want).strip(" ,.;|") or words_alike(
        want, text
    )


def collect(cards: list[Card]) -> dict[str, list[tuple[Card, list[W.Candidate]]]]:
    """Each field's candidates per card, as extraction with the current weights sees them."""
    out: dict[str, list[tuple[Card, list[W.Candidate]]]] = {f: [] for f in FIELDS}
    for card in cards:
        record: dict[str, list[W.Candidate]] = {}
        extract_contact(card.ocr, source=card.key, record=record)
        for field in FIELDS:
            out[field].append((card, record.get(field, [])))
    return out


def matrix(
    rows: list[tuple[Card, list[W.Candidate]]], features: list[str], field: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(X, y, card number of each row) for every candidate of every card."""
    xs, ys, groups = [], [], []
    for number, (card, candidates) in enumerate(rows):
        for cand in candidates:
            xs.append([cand.features.get(f, 0.0) for f in features])
            ys.append(is_right(field, cand.text, card.label))
            groups.append(number)
    return np.array(xs, dtype=float), np.array(ys, dtype=int), np.array(groups)


def fit(x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray, strength: float):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=strength, max_iter=2000)
    model.fit(x, y, sample_weight=sample_weight)
    return float(model.intercept_[0]), model.coef_[0]


def chosen_right(
    rows: list[tuple[Card, list[W.Candidate]]],
    features: list[str],
    field: str,
    bias: float,
    coef: np.ndarray,
) -> list[bool]:
    """Per card: the highest-scoring candidate above 0 is right, or none is chosen and the
    card has no such value among its candidates."""
    out = []
    for card, candidates in rows:
        scored = [
            (bias + float(np.dot(coef, [c.features.get(f, 0.0) for f in features])), c)
            for c in candidates
        ]
        best = max(scored, key=lambda s: s[0], default=None)
        rights = [is_right(field, c.text, card.label) for c in candidates]
        if best is None or best[0] < 0:
            out.append(not any(rights))
        else:
            out.append(is_right(field, best[1].text, card.label))
    return out


def weights_of(card: Card, dev_weight: float) -> float:
    return dev_weight if card.origin == "dev" else 1.0


def cross_validate(
    rows: list[tuple[Card, list[W.Candidate]]],
    features: list[str],
    field: str,
    strength: float,
    dev_weight: float,
) -> dict[str, list[bool]]:
    """Per origin, whether each card's pick was right with weights fitted without its fold."""
    from sklearn.model_selection import GroupKFold

    x, y, groups = matrix(rows, features, field)
    sw = np.array([weights_of(rows[g][0], dev_weight) for g in groups])
    results: dict[str, list[bool]] = defaultdict(list)
    card_numbers = np.arange(len(rows))
    for train_cards, test_cards in GroupKFold(FOLDS).split(card_numbers, groups=card_numbers):
        train = np.isin(groups, train_cards)
        if y[train].min() == y[train].max():
            continue
        bias, coef = fit(x[train], y[train], sw[train], strength)
        held = [rows[i] for i in test_cards]
        for (card, _), right in zip(held, chosen_right(held, features, field, bias, coef)):
            results[card.origin].append(right)
    return results


def feature_names(rows: list[tuple[Card, list[W.Candidate]]]) -> list[str]:
    return sorted({f for _, cands in rows for c in cands for f in c.features})


def fit_field(
    rows: list[tuple[Card, list[W.Candidate]]], field: str, dev_weight: float
) -> tuple[W.FieldWeights, dict[str, Any]]:
    """The field's weights (strength chosen by cross-validation) and its CV figures."""
    features = feature_names(rows)
    best = None
    for strength in STRENGTHS:
        cv = cross_validate(rows, features, field, strength, dev_weight)
        total = sum(sum(v) for v in cv.values()) / max(1, sum(len(v) for v in cv.values()))
        if best is None or total > best[0]:
            best = (total, strength, cv)
    assert best is not None
    _, strength, cv = best
    x, y, groups = matrix(rows, features, field)
    sw = np.array([weights_of(rows[g][0], dev_weight) for g in groups])
    bias, coef = fit(x, y, sw, strength)
    fitted = W.FieldWeights(
        round(bias, 4), {f: round(float(c), 4) for f, c in zip(features, coef, strict=True)}
    )
    figures = {
        "strength": strength,
        "examples": int(len(y)),
        "positives": int(y.sum()),
        "cv_accuracy": {o: round(sum(v) / len(v), 3) for o, v in sorted(cv.items())},
        "cv_cards": {o: len(v) for o, v in sorted(cv.items())},
    }
    return fitted, figures


def render_sets(args: argparse.Namespace, workdir: Path) -> list[tuple[Path, str]]:
    sets = []
    if args.varied:
        sets.append(
            (
                write_set(
                    workdir / "varied", n=args.varied, seed=args.seed, photo=None, mix="varied"
                ).parent,
                "varied",
            )
        )
    if args.default:
        sets.append(
            (
                write_set(workdir / "default", n=args.default, seed=args.seed, photo=None).parent,
                "default",
            )
        )
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.fit_weights", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--dev", type=Path, help="a labelled real set (labels.jsonl + images/)")
    parser.add_argument("--varied", type=int, default=600, help="rendered cards of the varied mix")
    parser.add_argument(
        "--default", type=int, default=300, help="rendered cards of the default mix"
    )
    parser.add_argument("--seed", type=int, default=20000, help="first seed of the rendered sets")
    parser.add_argument("--dev-weight", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--write", action="store_true", help="write data/weights.json")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cardscan-fit-") as tmp:
        sets = render_sets(args, Path(tmp))
        if args.dev:
            sets.append((args.dev, "dev"))
        cards = [c for path, origin in sets for c in labelled_cards(path, origin, args.workers)]
    report: dict[str, Any] = {}
    fitted: dict[str, W.FieldWeights] = {}
    for round_ in range(args.rounds):
        rows = collect(cards)
        for field in FIELDS:
            fitted[field], report[field] = fit_field(rows[field], field, args.dev_weight)
        W.shipped.cache_clear()
        current = W.shipped()
        current.update(fitted)  # the next round extracts with the new weights
        print(f"round {round_ + 1}: " + json.dumps(report), file=sys.stderr)
    about = {
        "made_by": "python -m bench.fit_weights "
        + " ".join(argv if argv is not None else sys.argv[1:]),
        "sets": {origin: sum(c.origin == origin for c in cards) for _, origin in sets},
        "seed": args.seed,
        "dev_weight": args.dev_weight,
        "cross_validated": report,
    }
    data = {
        "about": about,
        "fields": {f: {"bias": w.bias, "weights": dict(w.weights)} for f, w in fitted.items()},
    }
    print(json.dumps(data, indent=1, ensure_ascii=False))
    if args.write:
        WEIGHTS_PATH.write_text(
            json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
