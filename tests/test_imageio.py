import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cardscan.errors import InputFileError
from cardscan.imageio import decode_image, is_image_path, load_image


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
        (b"", "the file is empty"),
        (b"hello, this is text", "not an image cardscan can read"),
    ],
)
def test_bad_bytes_give_clear_error(data, reason):
    with pytest.raises(InputFileError) as info:
        decode_image(data, "bad.png")
    assert str(info.value).startswith(f"bad.png: {reason}"), str(info.value)


def test_truncated_jpeg_is_reported():
    data = _encode(Image.new("RGB", (200, 200), (10, 200, 10)), "JPEG")
    with pytest.raises(InputFileError, match="truncated.jpg: the image is damaged or truncated"):
        decode_image(data[: len(data) // 2], "truncated.jpg")


def test_pixel_limit_refuses_bombs():
    data = _encode(Image.new("L", (400, 300)), "PNG")
    with pytest.raises(InputFileError, match="over the limit"):
        decode_image(data, "big.png", max_pixels=100_000)


def test_missing_file_named(tmp_path: Path):
    missing = tmp_path / "nope.jpg"
    with pytest.raises(InputFileError, match="nope.jpg: no such file"):
        load_image(str(missing))


def test_image_suffixes():
    assert is_image_path(Path("a/B.JPG")) and is_image_path(Path("x.heic"))
    assert not is_image_path(Path("notes.txt"))


def test_load_image_round_trip(tmp_path: Path):
    path = tmp_path / "card.png"
    Image.fromarray(np.full((10, 30, 3), 128, np.uint8)).save(path)
    assert load_image(str(path)).shape == (10, 30, 3)
