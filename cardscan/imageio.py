"""Load any supported input into a BGR ndarray, or raise InputFileError naming it."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from cardscan.errors import InputFileError

# ~90 megapixels: above any phone camera, far below what a decompression bomb asks for.
MAX_PIXELS = 90_000_000
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif"})
_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "HEIF")

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


def read_bytes(source: str) -> bytes:
    """The raw bytes of a file; clear errors for missing or unreadable files."""
    try:
        data = Path(source).read_bytes()
    except FileNotFoundError:
        raise InputFileError(source, "no such file") from None
    except IsADirectoryError:
        raise InputFileError(source, "is a directory") from None
    except PermissionError:
        raise InputFileError(source, "permission denied") from None
    except OSError as exc:
        raise InputFileError(source, f"cannot read the file ({exc.strerror or exc})") from None
    return data


def decode_image(data: bytes, source: str, *, max_pixels: int = MAX_PIXELS) -> np.ndarray:
    """Decode image bytes, apply the EXIF orientation, return BGR uint8 pixels."""
    if not data:
        raise InputFileError(source, "the file is empty")
    _register_heif()
    try:
        with Image.open(io.BytesIO(data), formats=_FORMATS) as img:
            if img.width * img.height > max_pixels:
                raise InputFileError(
                    source,
                    f"image is {img.width}x{img.height} pixels, over the limit of {max_pixels:,}",
                )
            img = ImageOps.exif_transpose(img)
            rgb = np.asarray(img.convert("RGB"))
    except InputFileError:
        raise
    except UnidentifiedImageError:
        raise InputFileError(
            source, "not an image cardscan can read (JPEG, PNG, WebP, TIFF or HEIC)"
        ) from None
    except Image.DecompressionBombError:
        raise InputFileError(source, "image is too large (possible decompression bomb)") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise InputFileError(source, f"the image is damaged or truncated ({exc})") from None
    # OpenCV works in BGR order.
    return np.ascontiguousarray(rgb[:, :, ::-1])


def load_image(source: str, *, max_pixels: int = MAX_PIXELS) -> np.ndarray:
    """Read and decode one image file."""
    return decode_image(read_bytes(source), source, max_pixels=max_pixels)
