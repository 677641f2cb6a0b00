"""The resume cache: damaged, old or forged, it must never stop a scan.

A damaged database, a bad row or an old schema stopped every scan with a raw exception, and
wrongly typed cached values were passed on as contacts. Now a damaged file is set aside and
a new one started with one warning line, and a row that is not valid contacts is read again.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from cardscan.cache import DB_NAME, ScanCache, options_key
from cardscan.models import Contact
from tests.conftest import SAMPLES, run_cardscan

OPTIONS = options_key("rapidocr", None, None, frozenset())
ANA = Contact(source="a.jpg", name="Ana Ruiz", emails=("ana@x.example",), confidence={"name": 0.9})


def _warnings(path: Path) -> tuple[ScanCache, list[str]]:
    said: list[str] = []
    return ScanCache(path, warn=said.append), said


def _aside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(f"{path.name}.damaged-*"))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b"this is not a database" * 100), "file is not a database"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + bytes(4080)), "file is not a database"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE scans (image TEXT, contacts TEXT)"),
            "it has an older layout",
        ),
    ],
    ids=["not-a-database", "torn-header", "old-schema"],
)
def test_an_unusable_cache_is_set_aside_and_started_afresh(tmp_path: Path, make, reason) -> None:
    path = tmp_path / DB_NAME
    make(path)
    cache, said = _warnings(path)
    with cache:
        cache.put("img", OPTIONS, [ANA])
        assert cache.get("img", OPTIONS, "b.jpg")[0].name == "Ana Ruiz"
    (aside,) = _aside(path)
    assert said == [
        f"the scan cache {path} could not be used ({reason}); it was set aside as {aside} "
        "and a new one started"
    ]
    with ScanCache(path, warn=said.append) as again:  # the new one is fine next time
        assert again.get("img", OPTIONS, "c.jpg") is not None
    assert len(said) == 1


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        '{"name": "not a list"}',
        '["not an object"]',
        '[{"name": 5}]',
        '[{"card": "zero"}]',
        '[{"emails": [1, 2]}]',
        '[{"phones": [{"number": 1}]}]',
        '[{"confidence": {"name": "high"}}]',
        '[{"confidence": {"name": NaN}}]',
        '[{"confidence": {"name": 1e999}}]',
    ],
)
def test_a_row_that_is_not_contacts_is_read_again(tmp_path: Path, stored: str) -> None:
    path = tmp_path / DB_NAME
    with ScanCache(path) as cache:
        cache.put("img", OPTIONS, [ANA])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE scans SET contacts = ?", (stored,))
    cache, said = _warnings(path)
    with cache:
        assert cache.get("img", OPTIONS, "a.jpg") is None, stored
        assert said == []
    with sqlite3.connect(path) as db:  # dropped, so the next put starts clean
        assert db.execute("SELECT COUNT(*) FROM scans").fetchone() == (0,)


def test_a_database_error_mid_run_turns_the_cache_off_with_one_line(tmp_path: Path) -> None:
    cache, said = _warnings(tmp_path / DB_NAME)
    with cache:
        cache._db.execute("DROP TABLE scans")  # as if another program broke it under us
        assert cache.get("img", OPTIONS, "a.jpg") is None
        cache.put("img", OPTIONS, [ANA])  # no error, nothing stored
        assert cache.get("img", OPTIONS, "a.jpg") is None
    assert said == [
        f"the scan cache {tmp_path / DB_NAME} stopped working (no such table: scans); this run "
        "goes on without it"
    ]


@pytest.mark.slow
def test_scan_with_a_damaged_cache_warns_once_and_reads(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / DB_NAME).write_bytes(b"garbage" * 1000)
    card = tmp_path / "card.png"
    shutil.copy(SAMPLES / "uk_centred_flat.png", card)
    env = {**os.environ, "CARDSCAN_CACHE_DIR": str(cache_dir)}
    run = run_cardscan("scan", str(card), "--quiet", "--workers", "1", env=env)
    assert run.returncode == 0
    assert len(run.stdout.decode().splitlines()) == 1
    (warning,) = run.stderr.decode().splitlines()
    assert warning.startswith(f"cardscan: warning: the scan cache {cache_dir / DB_NAME} could")
    assert json.loads(run.stdout)["source"] == str(card)
