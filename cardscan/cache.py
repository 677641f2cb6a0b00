"""Resume: the contacts already read from an image, so a second run reads only new images.

Keyed by the image's content (SHA-256, so a renamed or moved photo is still known), the
scan options that change the reading (engine, language, region, steps skipped) and the
pipeline version: a hash of cardscan's own code and word lists, so any change to how cards
are read makes old entries unused rather than wrong. One SQLite file under the user's cache
folder (platformdirs; ``CARDSCAN_CACHE_DIR`` moves it); only the main process opens it.
Failures are not cached: a file that could not be read is tried again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from functools import cache
from pathlib import Path

import platformdirs

from cardscan.errors import CardscanError
from cardscan.imageio import open_input
from cardscan.models import Contact

CACHE_DIR_ENV = "CARDSCAN_CACHE_DIR"
DB_NAME = "scans.sqlite3"
# Code and data that decide what a scan returns (drafts and output formats do not).
_PIPELINE_PARTS = ("api.py", "imageio.py", "models.py", "preprocess", "engines", "extract")
_CHUNK = 1 << 20


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_DIR_ENV) or platformdirs.user_cache_dir("cardscan"))


@cache
def pipeline_version() -> str:
    """A digest of the reading pipeline's source and data files."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for part in _PIPELINE_PARTS:
        root = package / part
        files = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in files:
            if path.is_file() and path.suffix in {".py", ".txt", ".json"}:
                digest.update(str(path.relative_to(package)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_digest(path: str) -> str:
    """SHA-256 of a file's bytes, read in chunks (photos can be large)."""
    digest = hashlib.sha256()
    with open_input(path) as stream:  # a pipe or device named like a photo must not block
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def options_key(engine: str, lang: str | None, region: str | None, skip: frozenset[str]) -> str:
    return json.dumps([engine, lang, region, sorted(skip), pipeline_version()])


class ScanCache:
    """Contacts per (image content, options) in one SQLite file; use as a context manager."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / DB_NAME
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS scans (image TEXT, options TEXT, contacts TEXT"
                " NOT NULL, created REAL NOT NULL, PRIMARY KEY (image, options))"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise CardscanError(
                f"{self.path}: cannot use the cache ({exc}); delete it or run with --no-cache"
            ) from None

    def get(self, image: str, options: str, source: str) -> list[Contact] | None:
        """The contacts stored for this image and options, with ``source`` set, or None."""
        row = self._db.execute(
            "SELECT contacts FROM scans WHERE image = ? AND options = ?", (image, options)
        ).fetchone()
        if row is None:
            return None
        return [Contact.from_dict({**data, "source": source}) for data in json.loads(row[0])]

    def put(self, image: str, options: str, contacts: list[Contact]) -> None:
        # ASCII escapes: a file name that is not valid UTF-8 must not stop SQLite.
        data = json.dumps([c.to_dict() for c in contacts])
        self._db.execute(
            "INSERT OR REPLACE INTO scans VALUES (?, ?, ?, ?)", (image, options, data, time.time())
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ScanCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
