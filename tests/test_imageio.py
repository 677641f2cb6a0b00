import errno
import io
import os
import struct
import threading
import warnings
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cardscan.errors import InputFileError
from cardscan.imageio import decode_image, is_image_path, load_image, read_bytes


def _encode(img: Image.Image, fmt: str, **kwargs) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kwargs)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF"])
def test_decodes_common_formats_to_bgr(fmt):
    img = Image.new("RGB", (40, 20), (255, 0, 0))  # pure red
    pixels = decode_image(_encode(img, fmt), f"red.{fmt.lower()}")
    assert pixels.shape == (20, 40, 3), fmt
    # BGR order: red lands in the last channel.
    assert pixels[10, 20, 2] > 200 and pixels[10, 20, 0] < 60, fmt


def test_decodes_heic():
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    img = Image.new("RGB", (64, 32), (0, 0, 255))
    pixels = decode_image(_encode(img, "HEIF"), "card.heic")
    assert pixels.shape == (32, 64, 3)
    assert pixels[16, 32, 0] > 200  # blue


def test_exif_orientation_is_applied():
    img = Image.new("RGB", (60, 20), (255, 255, 255))
    exif = img.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    pixels = decode_image(_encode(img, "JPEG", exif=exif.tobytes()), "rotated.jpg")
    assert pixels.shape[:2] == (60, 20)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"hello, this is text", "not a JPEG, PNG, WebP, TIFF or HEIC image"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "not a JPEG, PNG, WebP, TIFF or HEIC image"),
    ],
)
def test_bad_bytes_give_clear_error(data, reason):
    with pytest.raises(InputFileError) as info:
        decode_image(data, "bad.png")
    assert str(info.value) == f"bad.png: {reason}"


@pytest.mark.parametrize("keep", [0.9, 0.5, 0.1])
def test_truncated_jpeg_is_refused(keep):
    """Refused even though a decoder could show the top part: see the imageio docstring."""
    data = _encode(Image.new("RGB", (200, 200), (10, 200, 10)), "JPEG")
    with pytest.raises(InputFileError) as info:
        decode_image(data[: int(len(data) * keep)], "truncated.jpg")
    assert str(info.value) == "truncated.jpg: truncated image"


def test_damaged_image_says_what_the_decoder_said():
    rng = np.random.default_rng(0)
    data = bytearray(_encode(Image.fromarray(rng.integers(0, 255, (50, 50, 3), np.uint8)), "PNG"))
    start = data.index(b"IDAT") + 4
    data[start : start + 40] = bytes(40)
    with pytest.raises(InputFileError) as info:
        decode_image(bytes(data), "damaged.png")
    assert str(info.value).startswith("damaged.png: damaged image ("), str(info.value)
    assert "\n" not in str(info.value)


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares width x height but holds a few bytes: a decompression bomb."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("size", "reason"),
    [
        # Pillow itself refuses this one (DecompressionBombError) before our check.
        ((100_000, 100_000), "image too large (10,000 megapixels, limit 250)"),
        # Between our limit and Pillow's: our check, and Pillow's warning kept off stderr.
        ((20_000, 15_000), "image too large (300 megapixels, limit 250)"),
    ],
)
def test_declared_size_refuses_bombs(size, reason):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a DecompressionBombWarning would fail the test
        with pytest.raises(InputFileError) as info:
            decode_image(png_header(*size), "bomb.png")
    assert str(info.value) == f"bomb.png: {reason}"


def test_pixel_limit_can_be_lowered():
    data = _encode(Image.new("L", (4000, 3000)), "PNG")
    with pytest.raises(InputFileError) as info:
        decode_image(data, "big.png", max_pixels=10_000_000)
    assert str(info.value) == "big.png: image too large (12 megapixels, limit 10)"


def test_content_decides_the_format_not_the_name(tmp_path: Path):
    path = tmp_path / "card.jpg"
    path.write_bytes(_encode(Image.new("RGB", (30, 16), (0, 0, 255)), "PNG"))
    assert load_image(str(path)).shape == (16, 30, 3)


def _load_within(path: Path, seconds: float = 10.0) -> str:
    """load_image's error for path; fails instead of hanging when the load blocks."""
    result: list[str] = []

    def run() -> None:
        try:
            load_image(str(path))
            result.append("loaded")
        except InputFileError as exc:
            result.append(str(exc))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert result, f"load_image({path}) still blocked after {seconds} s"
    return result[0]


def _symlink(link: Path, target: str | Path) -> Path:
    link.symlink_to(target)
    return link


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    assert _load_within(fifo) == f"{fifo}: not a regular file (a named pipe)"
    with pytest.raises(InputFileError, match="not a regular file"):
        read_bytes(str(fifo))  # what the dask path reads with


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_device_is_refused(tmp_path: Path):
    zero = _symlink(tmp_path / "zero.jpg", "/dev/zero")  # would never end
    assert _load_within(zero) == f"{zero}: not a regular file (a device)"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "nope.jpg", "no such file"),
        (lambda d: (d / "notes.txt").write_text("x") and d / "notes.txt" / "a.jpg", "no such file"),
        (lambda d: _symlink(d / "gone.jpg", d / "nowhere.jpg"), "broken symbolic link"),
        (
            lambda d: _symlink(d / "a.jpg", d / "b.jpg") and _symlink(d / "b.jpg", d / "a.jpg"),
            "symbolic link loop",
        ),
        (lambda d: _symlink(d / "self.jpg", d / "self.jpg"), "symbolic link loop"),
        (lambda d: (d / "dir.jpg").mkdir() or d / "dir.jpg", "is a directory"),
        (
            lambda d: (d / "empty.jpg").write_bytes(b"") is not None and d / "empty.jpg",
            "empty file",
        ),
    ],
    ids=["missing", "under-a-file", "dangling", "loop", "self-loop", "directory", "empty"],
)
def test_unreadable_paths_are_named_with_a_reason(tmp_path: Path, make, reason):
    path = make(tmp_path)
    assert _load_within(path) == f"{path}: {reason}"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """chmod 000 does not stop root (CI runs as root), so the refusal is simulated."""
    path = tmp_path / "secret.jpg"
    path.write_bytes(_encode(Image.new("RGB", (8, 8)), "PNG"))
    real_open = os.open

    def denied(name, *args, **kwargs):
        if os.fspath(name) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(InputFileError) as info:
        load_image(str(path))
    assert str(info.value) == f"{path}: permission denied"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path: Path):
    path = tmp_path / "secret.jpg"
    path.write_bytes(_encode(Image.new("RGB", (8, 8)), "PNG"))
    path.chmod(0)
    assert _load_within(path) == f"{path}: permission denied"


def test_missing_file_named(tmp_path: Path):
    missing = tmp_path / "nope.jpg"
    with pytest.raises(InputFileError) as info:
        load_image(str(missing))
    assert str(info.value) == f"{missing}: no such file"


def test_image_suffixes():
    assert is_image_path(Path("a/B.JPG")) and is_image_path(Path("x.heic"))
    assert not is_image_path(Path("notes.txt"))


def test_load_image_round_trip(tmp_path: Path):
    path = tmp_path / "card.png"
    Image.fromarray(np.full((16, 30, 3), 128, np.uint8)).save(path)
    assert load_image(str(path)).shape == (16, 30, 3)
