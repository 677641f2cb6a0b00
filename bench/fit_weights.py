"""Fit the weights that choose the name, company and title (cardscan/extract/weights.py).

    python -m bench.fit_weights --dev ../shared/realcards --varied 600 --default 300
    python -m bench.fit_weights ... --write       # also write cardscan/extract/data/weights.json
    python -m bench.fit_weights ... --fields title --write   # refit one model, keep the others

Every card of the training sets is read once (bench/readings.py caches the readings) and
extracted with the current weights, recording each field's candidates and their features
(extract_contact's ``record``). A candidate is a positive example when it is the labelled
value by the yardstick rules of bench/scoring.py. One model per field is fitted on those
examples: the weights that make each card's pick most likely right, a softmax over the
card's candidates and "none" (a conditional logit, L2, its strength chosen by
cross-validation over cards; scipy's L-BFGS). The extraction is then run again with the
new weights, whose candidates depend on the earlier picks, and fitted once more.

Reported, per field and set: how often the chosen candidate is right (or, on cards without
the field, nothing is chosen), in 5-fold cross-validation grouped by card, so no card is
judged by weights fitted on it. The development photos count ``--dev-weight`` times as much
as a rendered card in the fit: they are real, and few.
"""

from __future__ import annotations

import argparse
import json
import random
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
STRENGTHS = (0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5
SPEC_WEIGHT = 3.0


@dataclass(frozen=True)
class Card:
    """One labelled card's reading, and where it came from ("dev", "varied", "default")."""

    key: str
    origin: str
    label: dict[str, Any]
    ocr: Any


def labelled_cards(
    dataset: Path, origin: str, workers: int, engine: str = "rapidocr"
) -> list[Card]:
    labels = [json.loads(x) for x in (dataset / "labels.jsonl").read_text().splitlines() if x]
    images = [str(dataset / label["file"]) for label in labels]
    readings = load_readings(images, engine=engine, workers=workers, quiet=False)
    seen: dict[str, int] = defaultdict(int)
    cards = []
    for label, image in zip(labels, images):
        index = seen[image]  # a two-card photo has a label per card
        seen[image] += 1
        if index < len(readings[image]):
            ocr = readings[image][index]["ocr"]
            cards.append(Card(f"{origin}:{label['file']}:{index}", origin, label, ocr))
    return cards


def spec_cards() -> list[Card]:
    """The project's made-up specification cards (tests/extract/cards_by_country/ as text,
    tests/extract/test_layout_cards.py laid out), labelled by hand; a field a case
    leaves unspecified is left out of its label."""
    from cardscan.extract import text_reading
    from tests.extract import cards_by_country as by_country
    from tests.extract import test_layout_cards as layout

    cards = []
    for param in by_country.CARDS:
        text, want = param.values
        label = {k: v for k, v in want.items() if v is not by_country.UNSPECIFIED}
        cards.append(Card(f"spec:{param.id}", "spec", label, text_reading(text)))
    for param in layout.CARDS:
        fragments, want, _ = param.values
        label = {k: v for k, v in want.items() if v is not by_country.UNSPECIFIED}
        cards.append(Card(f"spec:{param.id}", "spec", label, layout.ocr_of(fragments)))
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


def fit(
    rows: list[tuple[Card, list[W.Candidate]]],
    features: list[str],
    field: str,
    strength: float,
    dev_weight: float,
) -> tuple[float, np.ndarray]:
    """(bias, weights) maximising the likelihood that each card's pick is right: a softmax
    over the card's candidates and "none" (score 0), the target being the first right
    candidate, or "none" when no candidate is right (a conditional logit; L2 of ``1 /
    strength`` on the weights). The bias is each candidate's score offset against "none"."""
    from scipy.optimize import minimize

    dev_readings = len({card.origin for card, _ in rows if is_real(card)}) or 1
    cards = []
    for card, candidates in rows:
        if not candidates:
            continue
        x = np.array([[c.features.get(f, 0.0) for f in features] for c in candidates])
        rights = [i for i, c in enumerate(candidates) if is_right(field, c.text, card.label)]
        cards.append((x, rights[0] if rights else -1, weights_of(card, dev_weight, dev_readings)))
    dims = len(features)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        bias, w = theta[0], theta[1:]
        total, grad = 0.0, np.zeros_like(theta)
        for x, target, weight in cards:
            scores = bias + x @ w
            top = max(0.0, float(scores.max()))
            exp = np.exp(scores - top)
            norm = np.exp(-top) + exp.sum()
            p = exp / norm
            chosen = scores[target] if target >= 0 else 0.0
            total += weight * (top + np.log(norm) - chosen)
            g_scores = p.copy()
            if target >= 0:
                g_scores[target] -= 1.0
            grad[0] += weight * g_scores.sum()
            grad[1:] += weight * (x.T @ g_scores)
        total += 0.5 / strength * float(w @ w)
        grad[1:] += w / strength
        return total, grad

    result = minimize(loss, np.zeros(dims + 1), jac=True, method="L-BFGS-B")
    return float(result.x[0]), result.x[1:]


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


def weights_of(card: Card, dev_weight: float, dev_readings: int = 1) -> float:
    """Real photos count ``dev_weight`` times, shared among their ``dev_readings`` readings
    (one per engine), the hand-written specification cards three times, a rendered card once."""
    if is_real(card):
        return dev_weight / dev_readings
    return SPEC_WEIGHT if card.origin == "spec" else 1.0


def is_real(card: Card) -> bool:
    """A real photo's reading: origin "dev", or "dev-ENGINE" for another engine's."""
    return card.origin == "dev" or card.origin.startswith("dev-")


def group_of(card: Card) -> str:
    """The photo a card comes from: every engine's reading of one real card is one group,
    kept in one cross-validation fold."""
    return "dev:" + card.key.partition(":")[2] if is_real(card) else card.key


def cross_validate(
    rows: list[tuple[Card, list[W.Candidate]]],
    features: list[str],
    field: str,
    strength: float,
    dev_weight: float,
) -> dict[str, list[bool]]:
    """Per origin, whether each card's pick was right with weights fitted without its fold."""
    results: dict[str, list[bool]] = defaultdict(list)
    groups = list(dict.fromkeys(group_of(card) for card, _ in rows))
    random.Random(0).shuffle(groups)  # folds of cards in no particular order
    fold_of = {group: k % FOLDS for k, group in enumerate(groups)}
    folds = [
        [i for i, (card, _) in enumerate(rows) if fold_of[group_of(card)] == k]
        for k in range(FOLDS)
    ]
    for held_numbers in folds:
        held_set = set(held_numbers)
        train = [row for i, row in enumerate(rows) if i not in held_set]
        bias, coef = fit(train, features, field, strength, dev_weight)
        held = [rows[i] for i in held_numbers]
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
    _, y, _ = matrix(rows, features, field)
    bias, coef = fit(rows, features, field, strength, dev_weight)
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


def kept_about(new: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    """The shipped weights' provenance with ``fields`` refitted: their figures replaced and
    how each was made recorded under ``refits`` (field -> the new run's about)."""
    shipped = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))["about"]
    about = {**shipped, "cross_validated": dict(shipped.get("cross_validated", {}))}
    refits = dict(shipped.get("refits", {}))
    for field in fields:
        about["cross_validated"][field] = new["cross_validated"][field]
        refits[field] = {k: v for k, v in new.items() if k != "cross_validated"}
    about["refits"] = refits
    return about


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
    parser.add_argument("--dev-weight", type=float, default=5.0)
    parser.add_argument(
        "--dev-engines",
        nargs="+",
        default=["rapidocr"],
        help="read the --dev set with each engine; each real card's weight is shared among them",
    )
    parser.add_argument("--no-spec", action="store_true", help="leave out the spec cards")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--write", action="store_true", help="write data/weights.json")
    parser.add_argument(
        "--fields",
        nargs="+",
        choices=FIELDS,
        default=list(FIELDS),
        help="refit only these fields; the others keep their shipped weights and figures",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cardscan-fit-") as tmp:
        sets = render_sets(args, Path(tmp))
        cards = [c for path, origin in sets for c in labelled_cards(path, origin, args.workers)]
    for engine in args.dev_engines if args.dev else ():
        origin = "dev" if engine == "rapidocr" else f"dev-{engine}"
        cards += labelled_cards(args.dev, origin, args.workers, engine)
    if not args.no_spec:
        cards += spec_cards()
    report: dict[str, Any] = {}
    fitted: dict[str, W.FieldWeights] = {}
    for round_ in range(args.rounds):
        rows = collect(cards)
        for field in args.fields:
            fitted[field], report[field] = fit_field(rows[field], field, args.dev_weight)
        W.shipped.cache_clear()
        current = W.shipped()
        current.update(fitted)  # the next round extracts with the new weights
        print(f"round {round_ + 1}: " + json.dumps(report), file=sys.stderr)
    made_by = "python -m bench.fit_weights " + " ".join(argv if argv is not None else sys.argv[1:])
    about = {
        "made_by": made_by,
        "sets": {
            o: sum(c.origin == o for c in cards) for o in dict.fromkeys(c.origin for c in cards)
        },
        "seed": args.seed,
        "dev_weight": args.dev_weight,
        "cross_validated": report,
    }
    if set(args.fields) != set(FIELDS):
        about = kept_about(about, args.fields)
        fitted = {**W.shipped(), **fitted}
    data = {
        "about": about,
        "fields": {
            f: {"bias": fitted[f].bias, "weights": dict(fitted[f].weights)} for f in FIELDS
        },
    }
    print(json.dumps(data, indent=1, ensure_ascii=False))
    if args.write:
        WEIGHTS_PATH.write_text(
            json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
