"""Resume: the contacts already read from an image, so a second run reads only new images.

Keyed by the image's content (SHA-256, so a renamed or moved photo is still known), the
scan options that change the reading (engine, language, region, steps skipped) and the
pipeline version: a hash of cardscan's own code and word lists, so any change to how cards
are read makes old entries unused rather than wrong. One SQLite file under the user's cache
folder (platformdirs; ``CARDSCAN_CACHE_DIR`` moves it); only the main process opens it.
Failures are not cached: a file that could not be read is tried again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import platformdirs

from cardscan.errors import CardscanError, one_line
from cardscan.imageio import open_input
from cardscan.models import Contact

CACHE_DIR_ENV = "CARDSCAN_CACHE_DIR"
DB_NAME = "scans.sqlite3"
# Code and data that decide what a scan returns (drafts and output formats do not).
_PIPELINE_PARTS = (
    "api.py",
    "pipeline.py",
    "reading.py",
    "verify.py",
    "script.py",
    "imageio.py",
    "models.py",
    "preprocess",
    "engines",
    "extract",
)
_CHUNK = 1 << 20
log = logging.getLogger(__name__)


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
    """Contacts per (image content, options) in one SQLite file; use as a context manager.

    A cache is a convenience, never a reason to stop: a damaged file or one of an older
    layout is set aside (renamed ``….damaged-<time>``) and a new one started, with one line
    to ``warn``; a row that does not hold valid contacts is dropped and read again; a
    database error in the middle of a run turns the cache off for the rest of it. Only a
    cache that cannot be created at all is an error.
    """

    def __init__(self, path: Path | None = None, *, warn: Callable[[str], None] | None = None):
        self.path = path or cache_dir() / DB_NAME
        self._warn = warn or log.warning
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._open()
        except (_Unusable, sqlite3.DatabaseError) as exc:
            if not _damaged(exc):
                raise self._fatal(exc) from None
            self._start_afresh(exc)
        except OSError as exc:
            raise self._fatal(exc) from None

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _Unusable("its pages are damaged")
            db.execute(
                "CREATE TABLE IF NOT EXISTS scans (image TEXT, options TEXT, contacts TEXT"
                " NOT NULL, created REAL NOT NULL, PRIMARY KEY (image, options))"
            )
            columns = [row[1] for row in db.execute("PRAGMA table_info(scans)")]
            if columns != list(_COLUMNS):
                raise _Unusable("it has an older layout")
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def _start_afresh(self, exc: BaseException) -> None:
        """Set the damaged file aside and open a new one; one warning line."""
        if self._db is not None:
            self._db.close()
            self._db = None
        aside = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            for suffix in ("", "-wal", "-shm"):
                part = Path(f"{self.path}{suffix}")
                if part.exists():
                    part.replace(f"{aside}{suffix}")
            self._db = self._open()
        except (OSError, sqlite3.Error, _Unusable) as again:
            raise self._fatal(again) from None
        self._warn(
            f"the scan cache {self.path} could not be used ({_reason(exc)}); it was set aside "
            f"as {aside.name} and a new one started"
        )

    def _fatal(self, exc: BaseException) -> CardscanError:
        return CardscanError(
            f"{self.path}: cannot use the cache ({_reason(exc)}); delete it or run with --no-cache"
        )

    def get(self, image: str, options: str, source: str) -> list[Contact] | None:
        """The contacts stored for this image and options, with ``source`` set, or None."""
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT contacts FROM scans WHERE image = ? AND options = ?", (image, options)
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            self._failed(exc)
            return None
        if row is None:
            return None
        try:
            return _contacts(row[0], source)
        except (ValueError, TypeError):
            self._forget(image, options)  # not what put() wrote: read the image again
            return None

    def put(self, image: str, options: str, contacts: list[Contact]) -> None:
        if self._db is None:
            return
        # ASCII escapes: a file name that is not valid UTF-8 must not stop SQLite.
        data = json.dumps([c.to_dict() for c in contacts])
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO scans VALUES (?, ?, ?, ?)",
                (image, options, data, time.time()),
            )
            self._db.commit()
        except sqlite3.DatabaseError as exc:
            self._failed(exc)

    def _forget(self, image: str, options: str) -> None:
        try:
            self._db.execute("DELETE FROM scans WHERE image = ? AND options = ?", (image, options))
            self._db.commit()
        except sqlite3.DatabaseError as exc:
            self._failed(exc)

    def _failed(self, exc: sqlite3.DatabaseError) -> None:
        """A database error during the run: start afresh when the file is damaged, else go on
        without a cache (the disk is full, another program holds a lock…)."""
        if _damaged(exc):
            with contextlib.suppress(CardscanError):
                self._start_afresh(exc)
                return
        if self._db is not None:
            self._db.close()
            self._db = None
        self._warn(f"the scan cache {self.path} stopped working ({_reason(exc)}); "
                   "this run goes on without it")  # fmt: skip

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> ScanCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_COLUMNS = ("image", "options", "contacts", "created")


class _Unusable(Exception):
    """The file is a database, but not one this cache can use."""


def _damaged(exc: BaseException) -> bool:
    """A file to set aside (not a database, damaged pages, another layout), as opposed to
    one that cannot be opened or written at all (permissions, a full disk, a lock)."""
    if isinstance(exc, _Unusable):
        return True
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def _reason(exc: BaseException) -> str:
    return one_line(str(exc)) or type(exc).__name__


def _contacts(data: str, source: str) -> list[Contact]:
    """The stored contacts, checked like any contacts file (ValueError when they are not)."""
    # Imported here: scanning workers import this module and need none of the file readers.
    from cardscan.contacts_in import contact_from_mapping

    items = json.loads(data)
    if not isinstance(items, list):
        raise ValueError("not a list of contacts")
    return [contact_from_mapping({**item, "source": source}) for item in items]
