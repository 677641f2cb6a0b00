"""A folder of good cards mixed with every kind of bad file, through the real CLI.

Each bad file must be named on stderr in one line with its reason (the exact words below,
see cardscan/imageio.py), without a traceback; the good cards still come out and the exit
code is 3. Alone, each bad file is exit code 1. An interrupted run leaves no output file.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cardscan.safefile import atomic_output
from tests.conftest import REPO, render_card, run_cardscan
from tests.test_imageio import png_header

NOT_AN_IMAGE = "not a JPEG, PNG, WebP, TIFF or HEIC image"
DAMAGED = re.compile(r"damaged image \(\S.*\)")  # the decoder's words vary with its version
# The line `cardscan scan` ends with unless --quiet.
SUMMARY = re.compile(r"cardscan: \d+ image\(s\), \d+ contact\(s\), ")
TIMEOUT = 120  # seconds; a run that blocks (say on a named pipe) fails instead of hanging

GOOD_CARDS = {
    # A PNG saved as .jpg (content decides), with a leading dash, a space and unicode.
    "-card ünï 1.jpg": ("Helena Marquardt", "helena.marquardt@brightwater.example.de"),
    # HEIC when pillow-heif can write it; a newline in the name (JSON escapes it).
    "card\ntwo.heic": ("Oskar Lindqvist", "oskar.lindqvist@fjordline.no"),
}
LONG_NAME = "long-" + "x" * 240 + ".jpg"  # 249 bytes: near the 255-byte limit of most disks


def _encode(pixels_bgr: np.ndarray, fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(pixels_bgr[:, :, ::-1])).save(buf, format=fmt)
    return buf.getvalue()


def _card(name: str, email: str, fmt: str) -> bytes:
    return _encode(render_card([(name, 64), ("Sales Director", 36), (email, 34)]), fmt)


def _heic_or_jpeg(name: str, email: str) -> tuple[bytes, str]:
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
        return _card(name, email, "HEIF"), ".heic"
    except Exception:  # not installed, or built without an encoder
        return _card(name, email, "JPEG"), ".jpg"


def _damaged_png() -> bytes:
    rng = np.random.default_rng(0)
    data = bytearray(_encode(rng.integers(0, 255, (60, 80, 3), np.uint8), "PNG"))
    start = data.index(b"IDAT") + 4
    data[start : start + 40] = bytes(40)
    return bytes(data)


def _link(folder: Path, name: str, target: str | Path) -> None:
    (folder / name).symlink_to(target)


def build_folder(folder: Path) -> tuple[dict[str, str], dict[str, str | re.Pattern]]:
    """Write the good cards and every bad file; returns {path: email}, {path: reason}."""
    good: dict[str, str] = {}
    name, email = GOOD_CARDS["-card ünï 1.jpg"]
    (folder / "-card ünï 1.jpg").write_bytes(_card(name, email, "PNG"))
    good[str(folder / "-card ünï 1.jpg")] = email
    name, email = GOOD_CARDS["card\ntwo.heic"]
    data, suffix = _heic_or_jpeg(name, email)
    (folder / f"card\ntwo{suffix}").write_bytes(data)
    good[str(folder / f"card\ntwo{suffix}")] = email

    jpeg = _card("Cut Off", "cut.off@example.com", "JPEG")
    bad: dict[str, str | re.Pattern] = {
        "empty.jpg": "empty file",
        "notes.png": NOT_AN_IMAGE,  # text saved as .png
        "cut off.jpg": "truncated image",
        "noise.webp": NOT_AN_IMAGE,  # random bytes
        "damaged.png": DAMAGED,
        "bomb.png": "image too large (10,000 megapixels, limit 250)",
        "big.tiff": "image too large (300 megapixels, limit 250)",  # a PNG inside: content wins
        "pipe.jpg": "not a regular file (a named pipe)",
        "zero.jpg": "not a regular file (a device)",
        "dangling.jpg": "broken symbolic link",
        "loop-a.jpg": "symbolic link loop",
        "loop-b.jpg": "symbolic link loop",
        "Ünïcödé 名刺.png": NOT_AN_IMAGE,
        "-dash.png": NOT_AN_IMAGE,
        LONG_NAME: "empty file",
        # A folder named like an image is a folder: searched, not reported itself.
        "dir.jpg/inside.png": NOT_AN_IMAGE,
    }
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "notes.png").write_text("Call Helena back on Monday.\n", encoding="utf-8")
    (folder / "cut off.jpg").write_bytes(jpeg[: len(jpeg) // 2])
    (folder / "noise.webp").write_bytes(np.random.default_rng(1).bytes(20_000))
    (folder / "damaged.png").write_bytes(_damaged_png())
    (folder / "bomb.png").write_bytes(png_header(100_000, 100_000))
    (folder / "big.tiff").write_bytes(png_header(20_000, 15_000))
    os.mkfifo(folder / "pipe.jpg")  # reading would block until someone writes
    _link(folder, "zero.jpg", "/dev/zero")  # reading would never end
    _link(folder, "dangling.jpg", folder / "gone.jpg")
    _link(folder, "loop-a.jpg", folder / "loop-b.jpg")
    _link(folder, "loop-b.jpg", folder / "loop-a.jpg")
    (folder / "Ünïcödé 名刺.png").write_text("not a card", encoding="utf-8")
    (folder / "-dash.png").write_text("not a card", encoding="utf-8")
    (folder / LONG_NAME).write_bytes(b"")
    (folder / "dir.jpg").mkdir()
    (folder / "dir.jpg" / "inside.png").write_text("not a card", encoding="utf-8")
    (folder / "nothing.heic").mkdir()
    # Folder symbolic links (loops among them) are not followed, so the walk ends.
    (folder / "sub").mkdir()
    _link(folder / "sub", "up", "..")
    _link(folder, "self", ".")
    _link(folder, "linked.jpg", folder / "sub")
    return good, {str(folder / name): reason for name, reason in bad.items()}


def cardscan(
    *args: str, env: dict[str, str], cwd: Path = REPO, timeout: float = TIMEOUT
) -> subprocess.CompletedProcess:
    return run_cardscan(*args, cwd=cwd, env=env, timeout=timeout)


def error_lines(stderr: bytes) -> list[str]:
    """stderr's lines without the closing summary line."""
    return [line for line in stderr.decode().splitlines() if not SUMMARY.match(line)]


def reason_matches(got: str, want: str | re.Pattern) -> bool:
    return bool(want.fullmatch(got)) if isinstance(want, re.Pattern) else got == want


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The CLI's environment: cardscan importable from any folder, a cache of our own."""
    cache = tmp_path_factory.mktemp("cache")
    return {**os.environ, "PYTHONPATH": str(REPO), "CARDSCAN_CACHE_DIR": str(cache)}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory):
    if not hasattr(os, "mkfifo") or not Path("/dev/zero").exists():
        pytest.skip("needs named pipes and /dev/zero (POSIX)")
    root = tmp_path_factory.mktemp("inbox")
    good, bad = build_folder(root)
    return root, good, bad


@pytest.fixture(scope="module")
def scanned(folder, env) -> subprocess.CompletedProcess:
    root, _, _ = folder
    return cardscan("scan", str(root), "--format", "jsonl", "--workers", "2", env=env)


@pytest.mark.slow
def test_folder_gives_the_good_cards_and_exit_code_3(scanned, folder):
    _, good, _ = folder
    assert scanned.returncode == 3, scanned.stderr.decode()
    contacts = [json.loads(line) for line in scanned.stdout.decode().splitlines()]
    assert {c["source"]: c["emails"] for c in contacts} == {s: [e] for s, e in good.items()}


@pytest.mark.slow
def test_folder_names_each_bad_file_once_with_its_reason(scanned, folder):
    _, _, bad = folder
    stderr = scanned.stderr.decode()
    assert "Traceback" not in stderr and "Warning" not in stderr, stderr
    lines = error_lines(scanned.stderr)
    prefix = "cardscan: "
    assert all(line.startswith(prefix) for line in lines), lines
    # Sources are named as found (folder/name), in the sorted order of the walk.
    got = {}
    longest_first = sorted(bad, key=len, reverse=True)
    for line in lines:
        source = next((s for s in longest_first if line.startswith(f"{prefix}{s}: ")), None)
        assert source is not None, f"unexpected stderr line: {line!r}"
        assert source not in got, f"{source} reported twice"
        got[source] = line[len(prefix + source) + len(": ") :]
    assert sorted(got) == sorted(bad)
    for source, want in bad.items():
        assert reason_matches(got[source], want), (source, got[source], want)


def test_each_bad_file_alone_is_exit_1_with_one_line(folder, env):
    _, _, bad = folder
    runs = {
        source: subprocess.Popen(
            [sys.executable, "-m", "cardscan", "scan", source, "--format", "jsonl"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPO,
            env=env,
        )
        for source in bad
    }
    deadline = time.monotonic() + TIMEOUT
    for source, proc in runs.items():
        try:
            out, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            for other in runs.values():
                other.kill()
            pytest.fail(f"cardscan scan {source!r} did not finish in {TIMEOUT} s")
        assert proc.returncode == 1, (source, err.decode())
        assert out == b"", source
        (line,) = error_lines(err)
        head = f"cardscan: {source}: "
        assert line.startswith(head), (source, line)
        assert reason_matches(line[len(head) :], bad[source]), (source, line)


def test_leading_dash_is_a_name_after_double_dash(folder, env):
    """`cardscan scan -- -dash.png`: the file is named as given, relative."""
    root, _, _ = folder
    proc = cardscan("scan", "--", "-dash.png", env=env, cwd=root)
    assert proc.returncode == 1, proc.stderr.decode()
    assert error_lines(proc.stderr) == [f"cardscan: -dash.png: {NOT_AN_IMAGE}"]


def test_folder_named_like_an_image_given_alone_is_searched(folder, env):
    root, _, _ = folder
    proc = cardscan("scan", str(root / "nothing.heic"), env=env)
    assert proc.returncode == 1
    assert error_lines(proc.stderr) == [f"cardscan: error: no images found in {root}/nothing.heic"]


def test_newline_in_a_bad_file_name_stays_on_one_line(tmp_path, env):
    bad = tmp_path / "bad\nname.png"
    bad.write_text("not a card", encoding="utf-8")
    proc = cardscan("scan", str(tmp_path), "--format", "jsonl", env=env)
    assert proc.returncode == 1
    shown = str(bad).replace("\n", "\\n")
    assert error_lines(proc.stderr) == [f"cardscan: {shown}: {NOT_AN_IMAGE}"]


@pytest.mark.slow
def test_file_name_that_is_not_utf8_is_escaped_in_json(tmp_path, env):
    name = os.fsdecode(b"caf\xe9.png")  # Latin-1 bytes: a surrogate escape in Python
    Image.new("RGB", (200, 100), "white").save(tmp_path / name)
    # A strict UTF-8 stdout, as under en_US.UTF-8 (a C locale would write the raw byte).
    proc = cardscan(
        "scan", str(tmp_path), "--format", "jsonl", env={**env, "PYTHONIOENCODING": "utf-8"}
    )
    assert proc.returncode == 0, proc.stderr.decode()
    (line,) = proc.stdout.decode("utf-8").splitlines()  # strict: valid UTF-8
    assert json.loads(line)["source"] == str(tmp_path / name)  # os.fsencode gives the bytes back


def _partial_output(folder: Path, name: str, proc: subprocess.Popen) -> Path:
    """The temporary file atomic_output writes beside `name`, once it has a first contact."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        for part in folder.glob(f".{name}.*.part"):
            if part.stat().st_size > 0:
                return part
        if proc.poll() is not None:
            pytest.fail(f"cardscan ended early: {proc.communicate()[1].decode()}")
        time.sleep(0.1)
    proc.kill()
    pytest.fail("no output was written in time")


def _ctrl_c_as_at_a_terminal() -> None:
    """The child starts with Ctrl-C delivered and handled, as from a shell: a child inherits
    an ignored or blocked SIGINT from the process that starts it, and earlier tests in this
    pytest process (OCR libraries, servers on threads) may leave the main thread so."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.parametrize("before", [None, "precious\n"], ids=["new", "existing"])
def test_interrupted_scan_leaves_no_half_written_output(tmp_path, env, before):
    """Ctrl-C after the first contact is written: -o FILE is absent, or still the old one."""
    card = tmp_path / "card.png"
    card.write_bytes(_card(*GOOD_CARDS["-card ünï 1.jpg"], "PNG"))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "contacts.jsonl"
    force = []
    if before is not None:
        out.write_text(before, encoding="utf-8")
        force = ["--force"]
    # "-" last: after the card, the scan waits on stdin, which stays open.
    proc = subprocess.Popen(
        [sys.executable, "-m", "cardscan", "scan", str(card), "-", "-o", str(out), *force],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
        preexec_fn=_ctrl_c_as_at_a_terminal,
    )
    try:
        _partial_output(out_dir, out.name, proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=TIMEOUT)
    finally:
        proc.kill()
    assert proc.returncode == 130, err.decode()
    assert "Traceback" not in err.decode()
    assert err.decode().splitlines()[-1] == "cardscan: interrupted"
    if before is None:
        assert list(out_dir.iterdir()) == []
    else:
        assert list(out_dir.iterdir()) == [out]
        assert out.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("before", [None, "precious\n"], ids=["new", "existing"])
def test_atomic_output_interrupted_leaves_nothing(tmp_path, before):
    target = tmp_path / "contacts.jsonl"
    if before is not None:
        target.write_text(before, encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_output(target, force=True) as stream:
        stream.write('{"name": "half"}\n')
        stream.flush()
        raise KeyboardInterrupt
    if before is None:
        assert list(tmp_path.iterdir()) == []
    else:
        assert list(tmp_path.iterdir()) == [target]
        assert target.read_text(encoding="utf-8") == before
