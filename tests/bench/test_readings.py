"""The cache key of bench/readings.py: any change to how a card is read makes a new one."""

from __future__ import annotations

import pytest

from bench import readings
from cardscan import pipeline


@pytest.mark.parametrize("name", ["EXTENT_SHARE", "LEVEL_MIN_DEGREES"])
def test_a_reading_threshold_changes_the_cache_key(monkeypatch, name: str) -> None:
    readings.reading_version.cache_clear()
    before = readings.reading_version()
    monkeypatch.setattr(pipeline, name, getattr(pipeline, name) + 0.01)
    readings.reading_version.cache_clear()
    try:
        assert readings.reading_version() != before, name
    finally:
        readings.reading_version.cache_clear()
