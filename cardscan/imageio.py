"""Load any supported input into a BGR ndarray, or raise InputFileError naming it.

Every way an input can be bad ends in one InputFileError with a short, fixed reason (the
tests assert these words; keep them in step with tests/test_bad_inputs.py):

    empty file
    not a JPEG, PNG, WebP, TIFF or HEIC image
    truncated image
    damaged image (<what the decoder said>)
    image too large (<N> megapixels, limit 250)
    image too small (<W>×<H> pixels; a card needs at least 16 on each side)
    no such file
    broken symbolic link
    symbolic link loop
    permission denied                        (also a folder that cannot be searched)
    is a directory
    not a regular file (a named pipe | a device | a socket)
    cannot read the file (<what the system said>)

Only regular files are opened: reading a named pipe blocks until something writes to it,
and a device such as /dev/zero never ends. The check is made on the name (stat) before
opening and again on the open file, which is opened non-blocking in case the name was
swapped for a pipe in between.

A truncated file is refused ("truncated image") even where the decoder could show its top
part: the lines missing at the bottom of a card are often the phone and email, and a
contact read from half a card would look complete. Pillow's LOAD_TRUNCATED_IMAGES stays
off, so decoding fails where the data runs out and only an image Pillow decodes whole is
read. Filling the rest in grey (that flag, or OpenCV) would hide the loss: a JPEG given an
end marker mid-picture decodes "fine", so no check afterwards could tell.

The content decides the format, not the name: a PNG saved as ``card.jpg`` is read as a PNG.

Every image becomes 8-bit BGR the way a person would see it: 16-bit and 32-bit grey and
floating-point images (scans, TIFFs from image software) are scaled to their own range, not
clipped to white or black; a transparent background is filled with a colour the visible
pixels stand out from (black text on transparency reads as black on white). Photos over
90 megapixels (108 and 200 MP phone cameras) are read at half or quarter size, which keeps a
worker's memory in bounds and is still several times what a card needs.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import struct
import warnings
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from cardscan.errors import InputFileError

# 250 megapixels: above any phone camera (the largest take 200), far below what a
# decompression bomb asks for.
MAX_PIXELS = 250_000_000
# Larger images are decoded at 1/2, 1/4… of their size until they are at most this big.
WORK_PIXELS = 90_000_000
# Nothing smaller can hold a card's lines of text (a 1×1 image gave an empty contact).
MIN_SIDE = 16
# Pillow warns above its own limit and refuses above twice it; ours is the one that counts.
if Image.MAX_IMAGE_PIXELS is not None and Image.MAX_IMAGE_PIXELS < MAX_PIXELS:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif"})
_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "HEIF")

EMPTY = "empty file"
NOT_AN_IMAGE = "not a JPEG, PNG, WebP, TIFF or HEIC image"
TRUNCATED = "truncated image"
NO_SUCH_FILE = "no such file"
BROKEN_LINK = "broken symbolic link"
LINK_LOOP = "symbolic link loop"
PERMISSION_DENIED = "permission denied"
IS_A_DIRECTORY = "is a directory"

# What decoders raise on bad data: Pillow (OSError, SyntaxError, ValueError, EOFError,
# struct.error and a few more from its plugins), pillow-heif (ValueError, RuntimeError).
_DECODE_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    RuntimeError,
    struct.error,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
)
_BOMB_SIZE = re.compile(r"Image size \((\d+) pixels\)")

_heif_registered = False


def _register_heif() -> None:
    """pillow-heif teaches Pillow to open iPhone photos; registering is slow, so do it once."""
    global _heif_registered
    if not _heif_registered:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        _heif_registered = True


def is_image_path(path: Path) -> bool:
    """True when the name says it is an image cardscan reads (used to search folders)."""
    return path.suffix.lower() in IMAGE_SUFFIXES


def open_input(source: str) -> BinaryIO:
    """Open a regular file for binary reading, without ever blocking on a pipe or device.

    Raises InputFileError naming ``source`` when it is missing, a broken or looping
    symbolic link, unreadable, a directory, or not a regular file.
    """
    try:
        _refuse_irregular(source, os.stat(source).st_mode)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(source, flags)
    except OSError as exc:
        raise InputFileError(source, _os_reason(source, exc)) from None
    try:
        _refuse_irregular(source, os.fstat(fd).st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _refuse_irregular(source: str, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise InputFileError(source, _folder_reason(source))
    if stat.S_ISFIFO(mode):
        kind = " (a named pipe)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = " (a device)"
    elif stat.S_ISSOCK(mode):
        kind = " (a socket)"
    else:
        kind = ""
    raise InputFileError(source, f"not a regular file{kind}")


def _folder_reason(source: str) -> str:
    """A folder is read as an input only when it could not be searched: say why."""
    try:
        with os.scandir(source):
            return IS_A_DIRECTORY
    except OSError as exc:
        return _os_reason(source, exc)


def _os_reason(source: str, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return BROKEN_LINK if os.path.islink(source) else NO_SUCH_FILE
    if exc.errno == errno.ENOTDIR:  # a folder in the path is a file
        return NO_SUCH_FILE
    if exc.errno == errno.ELOOP:
        return LINK_LOOP
    if exc.errno in (errno.EACCES, errno.EPERM):
        return PERMISSION_DENIED
    if exc.errno == errno.EISDIR:
        return IS_A_DIRECTORY
    return f"cannot read the file ({_one_line(exc.strerror or str(exc))})"


def read_bytes(source: str) -> bytes:
    """The raw bytes of a regular file; clear errors for missing or unreadable ones."""
    with open_input(source) as stream:
        try:
            return stream.read()
        except OSError as exc:  # e.g. EIO from a failing disk
            raise InputFileError(source, _os_reason(source, exc)) from None


def decode_image(data: bytes, source: str, *, max_pixels: int = MAX_PIXELS) -> np.ndarray:
    """Decode image bytes, apply the EXIF orientation, return BGR uint8 pixels."""
    if not data:
        raise InputFileError(source, EMPTY)
    return _decode(io.BytesIO(data), source, max_pixels)


def load_image(source: str, *, max_pixels: int = MAX_PIXELS) -> np.ndarray:
    """Read and decode one image file (read as it decodes: a huge file of random bytes is
    refused after its first few kilobytes)."""
    with open_input(source) as stream:
        if os.fstat(stream.fileno()).st_size == 0:
            raise InputFileError(source, EMPTY)
        try:
            return _decode(stream, source, max_pixels)
        except InputFileError:
            raise
        except OSError as exc:  # the disk, not the data: EIO while reading
            raise InputFileError(source, _os_reason(source, exc)) from None


def _decode(stream: BinaryIO, source: str, max_pixels: int) -> np.ndarray:
    _register_heif()
    # Decoders warn about odd but readable files (corrupt EXIF, sizes near the bomb limit);
    # the image is read or refused either way, so the warnings would only clutter stderr.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with Image.open(stream, formats=_FORMATS) as img:
                if img.width * img.height > max_pixels:
                    raise InputFileError(source, _too_large(img.width * img.height, max_pixels))
                if min(img.size) < MIN_SIDE:
                    raise InputFileError(source, _too_small(img.width, img.height))
                img = ImageOps.exif_transpose(_drafted(img))
                rgb = np.asarray(_within_work_size(_as_rgb(img)))
        except InputFileError:
            raise
        except UnidentifiedImageError:
            raise InputFileError(source, NOT_AN_IMAGE) from None
        except Image.DecompressionBombError as exc:
            # Pillow refuses twice its MAX_IMAGE_PIXELS before our own check sees the size.
            found = _BOMB_SIZE.search(str(exc))
            limit = min(max_pixels, 2 * (Image.MAX_IMAGE_PIXELS or max_pixels))
            pixels = int(found.group(1)) if found else None
            raise InputFileError(source, _too_large(pixels, limit)) from None
        except _DECODE_ERRORS as exc:
            if _is_disk_error(exc):
                raise
            if "truncated" in str(exc).lower():
                raise InputFileError(source, TRUNCATED) from None
            detail = _one_line(str(exc)) or type(exc).__name__
            raise InputFileError(source, f"damaged image ({detail})") from None
    # OpenCV works in BGR order.
    return np.ascontiguousarray(rgb[:, :, ::-1])


def _drafted(img: Image.Image) -> Image.Image:
    """A JPEG over WORK_PIXELS set to decode at 1/2, 1/4… of its size (draft mode), so the
    whole picture is never held; other formats are reduced after decoding."""
    factor = _reduction(img.size)
    if factor > 1 and img.format == "JPEG":
        img.draft("RGB", (img.width // factor, img.height // factor))
    return img


def _within_work_size(rgb: Image.Image) -> Image.Image:
    factor = _reduction(rgb.size)
    return rgb.reduce(factor) if factor > 1 else rgb


def _reduction(size: tuple[int, int]) -> int:
    factor = 1
    while size[0] * size[1] > WORK_PIXELS * factor * factor:
        factor *= 2
    return factor


_DEEP_MODES = frozenset({"I", "F", "I;16", "I;16L", "I;16B", "I;16N"})


def _as_rgb(img: Image.Image) -> Image.Image:
    """8-bit RGB as a person sees the image (Pillow's convert clips deep grey values and
    drops transparency, which loses the text of some images)."""
    if img.mode in _DEEP_MODES:
        return _stretched(np.asarray(img, dtype=np.float32))
    if img.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in img.info:
        return _flattened(img.convert("RGBA"))
    return img.convert("RGB")


def _stretched(values: np.ndarray) -> Image.Image:
    """Grey values of any depth scaled from their own minimum and maximum to 0..255."""
    finite = np.isfinite(values)
    if not finite.any():
        return Image.new("RGB", values.shape[::-1], "white")
    low, high = values[finite].min(), values[finite].max()
    values = np.where(finite, values, high)
    scaled = (values - low) * (255.0 / (high - low)) if high > low else np.full_like(values, 255)
    return Image.fromarray(scaled.round().astype(np.uint8), "L").convert("RGB")


def _flattened(rgba: Image.Image) -> Image.Image:
    """Transparent pixels filled with white, or black when the visible ones are light."""
    if rgba.getchannel("A").getextrema()[0] == 255:  # an alpha channel, but nothing see-through
        return rgba.convert("RGB")
    sample = rgba.copy()
    sample.thumbnail((256, 256))  # the visible pixels' mean needs no detail
    pixels = np.asarray(sample, dtype=np.float32)
    alpha = pixels[:, :, 3] / 255.0
    visible = alpha.sum()
    luminance = pixels[:, :, :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    light = visible > 0 and (luminance * alpha).sum() / visible > 128
    background = Image.new("RGBA", rgba.size, "black" if light else "white")
    return Image.alpha_composite(background, rgba).convert("RGB")


def _is_disk_error(exc: BaseException) -> bool:
    """An OSError from the system (it has an errno), not a decoder's complaint about data."""
    return isinstance(exc, OSError) and exc.errno is not None


def _too_large(pixels: int | None, limit: int) -> str:
    if pixels is None:
        return f"image too large (limit {_megapixels(limit)} megapixels)"
    return f"image too large ({_megapixels(pixels)} megapixels, limit {_megapixels(limit)})"


def _too_small(width: int, height: int) -> str:
    need = f"a card needs at least {MIN_SIDE} on each side"
    return f"image too small ({width}×{height} pixels; {need})"


def _megapixels(pixels: int) -> str:
    """10,000 or 90 or 0.1: whole megapixels with thousands separators, one decimal below 10."""
    mega = pixels / 1_000_000
    return f"{mega:,.0f}" if mega >= 10 else f"{mega:.1f}".removesuffix(".0")


def _one_line(text: str) -> str:
    return " ".join(text.split())
