"""The weights that choose a card's name, company and title among their candidates.

Each picker (names.py, company.py, titles.py) describes every candidate by named features
(0/1 flags and small numbers, see the pickers' ``*_features`` functions) and keeps the
candidate with the highest score ``bias + Σ weight × feature`` when that score is above 0:
a logistic model whose probability ``1 / (1 + e^-score)`` says how likely the candidate is
the field. The weights are fitted, not hand-set: ``python -m bench.fit_weights`` fits them
on labelled readings (rendered cards of both synthetic mixes and the development photos)
and writes ``data/weights.json`` with where they came from and their cross-validated figures.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

_DATA_PACKAGE = "cardscan.extract.data"
WEIGHTS_FILE = "weights.json"


@dataclass(frozen=True)
class Candidate:
    """One candidate as its picker saw it: the text, the card lines it uses, its features."""

    text: str
    indices: tuple[int, ...]
    features: Mapping[str, float]


@dataclass(frozen=True)
class FieldWeights:
    """One field's fitted logistic model over named features."""

    bias: float
    weights: Mapping[str, float] = field(default_factory=dict)

    def score(self, features: Mapping[str, float]) -> float:
        """The candidate's log-odds of being the field; a feature without a weight counts 0."""
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    def probability(self, features: Mapping[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.score(features)))))


def parse_weights(data: Mapping[str, object]) -> dict[str, FieldWeights]:
    """FieldWeights per field from ``{"fields": {field: {"bias": b, "weights": {...}}}}``."""
    fields = data.get("fields")
    if not isinstance(fields, Mapping):
        raise ValueError("weights file has no 'fields' mapping")
    out = {}
    for name, entry in fields.items():
        if not isinstance(entry, Mapping):
            raise ValueError(f"weights for {name!r} must be a mapping")
        raw = entry.get("weights") or {}
        if not isinstance(raw, Mapping):
            raise ValueError(f"weights for {name!r} must map feature names to numbers")
        out[str(name)] = FieldWeights(
            float(entry.get("bias", 0.0)), {str(k): float(v) for k, v in raw.items()}
        )
    return out


@cache
def shipped() -> dict[str, FieldWeights]:
    """The fitted weights shipped in data/weights.json."""
    text = resources.files(_DATA_PACKAGE).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return parse_weights(json.loads(text))


def weights_for(field_name: str) -> FieldWeights:
    return shipped()[field_name]
