"""Per-field confidence: raw extraction scores mapped to calibrated probabilities (0..1)."""

from __future__ import annotations

from collections.abc import Mapping


def calibrate(raw: Mapping[str, float]) -> dict[str, float]:
    """Calibrated confidence per field (identity until a calibration table exists)."""
    return {field: round(min(1.0, max(0.0, value)), 3) for field, value in raw.items()}
