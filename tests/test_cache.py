"""Resume: images read once are not read again, unless the content or the pipeline changed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cardscan import api
from cardscan.cache import ScanCache, file_digest, options_key, pipeline_version
from cardscan.errors import CardscanError
from cardscan.models import Contact
from tests.conftest import REPO, SAMPLES


def test_put_and_get_round_trip_with_the_new_source(tmp_path: Path) -> None:
    options = options_key("rapidocr", None, None, frozenset())
    contact = Contact(source="old/a.jpg", name="Ana Ruiz", emails=("ana@x.example",))
    with ScanCache(tmp_path / "c.sqlite3") as cache:
        cache.put("abc", options, [contact])
        (got,) = cache.get("abc", options, "new/a.jpg")
        assert got.source == "new/a.jpg" and got.name == "Ana Ruiz"
        assert cache.get("abc", options_key("tesseract", None, None, frozenset()), "x") is None
        assert cache.get("other", options, "x") is None
    with ScanCache(tmp_path / "c.sqlite3") as again:  # it lasts between runs
        assert again.get("abc", options, "a.jpg") is not None


def test_keys_follow_content_and_pipeline(tmp_path: Path) -> None:
    a, b = tmp_path / "a.png", tmp_path / "renamed.png"
    shutil.copy(SAMPLES / "uk_centred_flat.png", a)
    shutil.copy(a, b)
    assert file_digest(str(a)) == file_digest(str(b))  # a renamed photo is still known
    assert len(pipeline_version()) == 16 and pipeline_version() in options_key(
        "e", None, None, frozenset()
    )


def test_a_cache_that_cannot_be_made_says_how_to_fix_it(tmp_path: Path) -> None:
    """A damaged cache is set aside (tests/security/test_cache.py); one that cannot be made
    at all is an error."""
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(CardscanError, match="delete it or run with --no-cache"):
        ScanCache(tmp_path / "file" / "c.sqlite3")


def test_second_scan_reads_nothing_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    for name in ("uk_centred_flat.png", "us_left_photo.jpg"):
        shutil.copy(SAMPLES / name, folder / name)
    with ScanCache(tmp_path / "c.sqlite3") as cache:
        first = list(api.scan([str(folder)], cache=cache))
        assert [o.cached for o in first] == [False, False]

        def must_not_read(source, options):
            raise AssertionError(f"{source} was read again")

        monkeypatch.setattr(api, "scan_one", must_not_read)
        second = list(api.scan([str(folder)], cache=cache))
    assert [o.cached for o in second] == [True, True]
    assert [c.emails for o in second for c in o.contacts] == [
        c.emails for o in first for c in o.contacts
    ]


@pytest.mark.slow
def test_cli_summary_counts_the_cache_and_no_cache_bypasses_it(tmp_path: Path) -> None:
    env = {"CARDSCAN_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    folder = tmp_path / "cards"
    folder.mkdir()
    shutil.copy(SAMPLES / "uk_centred_flat.png", folder / "one.png")
    shutil.copy(SAMPLES / "de_logo_block_flat.png", folder / "two.png")

    def run(*extra: str) -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "cardscan", "scan", str(folder), "--format", "jsonl", *extra],
            capture_output=True, cwd=REPO, env=env, check=True,
        )  # fmt: skip
        return proc.stderr.decode()

    assert "2 image(s), 2 contact(s), 0 failed, 0 from the cache" in run()
    assert "2 image(s), 2 contact(s), 0 failed, 2 from the cache" in run()
    assert "0 from the cache" in run("--no-cache")
    shutil.copy(SAMPLES / "us_left_photo.jpg", folder / "three.jpg")
    assert "3 image(s), 3 contact(s), 0 failed, 2 from the cache" in run()
