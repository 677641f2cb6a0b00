"""Regression guard: the real photos must not lose accuracy quietly.

Two sets, where present (the developers' machines and CI): ../shared/realcards, the
development photos, scored by bench/accuracy.py, and ../shared/realcards-blind, photos no one
here has looked at, scored by their own score.py (totals only). Both use the same yardstick
rules; the figures recorded for the current commit live in bench/recorded.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from bench.accuracy import COLUMNS, group_summaries, score_set
from tests.conftest import REPO

SHARED = REPO.parent / "shared"
REALCARDS = SHARED / "realcards"
BLIND = SHARED / "realcards-blind"
RECORDED = json.loads((REPO / "bench" / "recorded.json").read_text(encoding="utf-8"))
BLIND_FIELDS = ("name", "email", "phone", "company", "title", "website", "address")


def drops(recorded: dict[str, float], now: dict[str, float]) -> dict[str, tuple[float, float]]:
    margin = RECORDED["margin"]
    return {
        field: (want, round(now[field], 3))
        for field, want in recorded.items()
        if now.get(field) is not None and now[field] < want - margin
    }


@pytest.mark.slow
@pytest.mark.skipif(not (REALCARDS / "labels.jsonl").exists(), reason="../shared/realcards absent")
def test_development_photos_do_not_drop():
    args = argparse.Namespace(
        engine="rapidocr", workers=2, region=None, no_find_card=False, predictions=None
    )
    rows, _ = score_set(REALCARDS, args)
    overall = group_summaries(rows)["all"]
    now = {field: overall[field]["accuracy"] for field in COLUMNS}
    lost = drops(RECORDED["dev"], now)
    assert not lost, f"development fields below the recorded figures (recorded, now): {lost}"


@pytest.mark.slow
@pytest.mark.skipif(not (BLIND / "score.py").exists(), reason="../shared/realcards-blind absent")
def test_blind_photos_do_not_drop(tmp_path):
    scan = subprocess.run(
        [sys.executable, "-m", "cardscan", "scan", str(BLIND / "images"), "--format", "jsonl"]
        + ["--no-cache", "--workers", "2", "--quiet"],
        capture_output=True,
        check=False,
    )
    assert scan.returncode in (0, 3), scan.stderr.decode(errors="replace")[-2000:]
    predictions = tmp_path / "blind.jsonl"
    predictions.write_bytes(scan.stdout)
    scored = subprocess.run(
        [sys.executable, str(BLIND / "score.py"), str(predictions), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(scored.stdout)
    now = {field: result[field]["score"] for field in BLIND_FIELDS}
    lost = drops(RECORDED["blind"], now)
    assert not lost, f"blind fields below the recorded figures (recorded, now): {lost}"
