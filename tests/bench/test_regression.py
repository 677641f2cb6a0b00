"""Regression guard: the real-photo development set must not lose accuracy quietly.

Runs only where ../shared/realcards is present (the developers' machines and CI); the
figures recorded for the current commit live in bench/recorded.json.
"""

from __future__ import annotations

import argparse
import json

import pytest

from bench.accuracy import COLUMNS, group_summaries, score_set
from tests.conftest import REPO

REALCARDS = REPO.parent / "shared" / "realcards"
RECORDED = json.loads((REPO / "bench" / "recorded.json").read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.skipif(not (REALCARDS / "labels.jsonl").exists(), reason="../shared/realcards absent")
def test_realcards_accuracy_does_not_drop():
    engine = "rapidocr"
    args = argparse.Namespace(
        engine=engine, workers=2, region=None, no_find_card=False, predictions=None
    )
    rows, _ = score_set(REALCARDS, args)
    overall = group_summaries(rows)["all"]
    recorded, margin = RECORDED[engine], RECORDED["margin"]
    drops = {
        field: (recorded[field], round(overall[field]["accuracy"], 3))
        for field in COLUMNS
        if overall[field]["accuracy"] < recorded[field] - margin
    }
    assert not drops, f"fields below the recorded figures (recorded, now): {drops}"
