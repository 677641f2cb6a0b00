"""Per-field confidence: raw extraction scores mapped to calibrated probabilities (0..1).

The mapping per field is a list of knots ``[raw, calibrated]`` (raw ascending, calibrated
non-decreasing) read once from ``data/calibration.json``, which ``python -m bench.calibrate``
fits on rendered cards: a calibrated 0.8 means that about 8 in 10 values shown with it were
right on that corpus. Between knots the mapping is linear, outside them it is flat. A raw
score of 0 means nothing was found and stays 0. Fields the table does not cover keep their
raw score, clamped to 0..1.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

_DATA_PACKAGE = "cardscan.extract.data"
TABLE_FILE = "calibration.json"

# A shown value whose calibrated confidence is below this is flagged for review (the table
# output marks it): one wrong more than about 1 time in 5. Measured on held-out rendered
# cards (bench/calibrate.py, ninth session): 0.8 catches 11 of 15 misread emails, phones and
# names (0.6: 9) while flagging 7 % of the right ones and 10 % of all shown values; 0.9
# flags most phones, which calibrate near 0.9. See "Confidence calibration" in
# docs/benchmarks.md.
REVIEW_BELOW = 0.8

Knots = Sequence[Sequence[float]]


@cache
def table() -> dict[str, tuple[tuple[float, float], ...]]:
    """The shipped calibration table: field -> knots."""
    text = resources.files(_DATA_PACKAGE).joinpath(TABLE_FILE).read_text(encoding="utf-8")
    return parse_table(json.loads(text))


def parse_table(data: Mapping[str, object]) -> dict[str, tuple[tuple[float, float], ...]]:
    """Knots per field from the JSON layout ``{"fields": {field: [[raw, cal], ...]}}``."""
    fields = data.get("fields")
    if not isinstance(fields, Mapping):
        raise ValueError("calibration table has no 'fields' mapping")
    parsed = {}
    for field, knots in fields.items():
        pairs = tuple((float(x), float(y)) for x, y in knots)
        if not pairs or any(b[0] < a[0] or b[1] < a[1] for a, b in zip(pairs, pairs[1:])):
            raise ValueError(f"calibration knots for {field!r} must be non-empty and ascending")
        parsed[str(field)] = pairs
    return parsed


def interpolate(knots: Knots, raw: float) -> float:
    """The knots' piecewise-linear value at ``raw``; flat beyond the first and last knot."""
    if raw <= knots[0][0]:
        return knots[0][1]
    for (x0, y0), (x1, y1) in zip(knots, knots[1:]):
        if raw <= x1:
            return y1 if x1 == x0 else y0 + (y1 - y0) * (raw - x0) / (x1 - x0)
    return knots[-1][1]


def calibrate_with(tables: Mapping[str, Knots], raw: Mapping[str, float]) -> dict[str, float]:
    """``raw`` mapped through ``tables`` (see :func:`calibrate`)."""
    out = {}
    for field, value in raw.items():
        knots = tables.get(field)
        if not value > 0.0:
            mapped = 0.0  # nothing found (or not a number): nothing to trust
        elif knots:
            mapped = interpolate(knots, value)
        else:
            mapped = value
        out[field] = round(min(1.0, max(0.0, mapped)), 3)
    return out


def calibrate(raw: Mapping[str, float]) -> dict[str, float]:
    """Calibrated confidence per field, rounded to 3 decimals, within 0..1."""
    return calibrate_with(table(), raw)
