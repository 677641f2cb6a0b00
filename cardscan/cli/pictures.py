"""The card's own picture of a doubtful line, beside the field in the terminal review.

Each picture is saved as a PNG in a private folder made for the review (mode 0700 under
the system's temporary folder, removed when the review ends: the pictures hold people's
details, so they never outlive it and never land among the user's files); its path is
printed so any image viewer can open it. On a terminal that draws 24-bit colour the
picture is also drawn inline with half blocks ("▀": the upper pixel in the foreground
colour, the lower in the background), which needs nothing but the terminal itself.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import IO

import cv2
import numpy as np

# Pixels high of an inline picture (two per text row): the line box with its margin, so a
# letter is 8 to 10 pixels high, enough to tell "rn" from "m" at a glance.
INLINE_HEIGHT = 20
# A picture wider than the terminal is cut into bands this many pixels apart that overlap
# by OVERLAP, so that a letter cut at one band's edge is whole in the next; more bands
# than MAX_BANDS would fill the screen, so then the picture is made smaller instead.
OVERLAP = 6
MAX_BANDS = 3
HALF_BLOCK = "▀"
RESET = "\x1b[0m"


class Pictures:
    """The review's private folder of line pictures; use as a context manager."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.count = 0

    def __enter__(self) -> Pictures:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def save(self, image: np.ndarray, label: str) -> Path | None:
        """The picture as a new PNG file (never one that exists); None when it cannot be
        written (the inline picture and the field are still shown)."""
        try:
            if self.folder is None:  # mkdtemp: a new folder only its owner can open
                self.folder = Path(tempfile.mkdtemp(prefix="cardscan-review-"))
            ok, png = cv2.imencode(".png", image)
            if not ok:
                return None
            self.count += 1
            # A number and the field only: no name or address in a file name.
            path = self.folder / f"{self.count:03d}-{label}.png"
            with open(path, "xb") as out:
                out.write(png.tobytes())
            return path
        except OSError:
            return None


def draws_inline(stream: IO[str]) -> bool:
    """Whether ``stream`` is a terminal that draws 24-bit colour (COLORTERM says so; most
    modern terminals set it). NO_COLOR turns the pictures off with the colours."""
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()) or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM", "") == "dumb":
        return False
    return os.environ.get("COLORTERM", "").lower() in ("truecolor", "24bit")


def half_blocks(image: np.ndarray, columns: int) -> list[str]:
    """The picture as text rows for a 24-bit colour terminal, at most ``columns`` wide:
    grey, scaled to INLINE_HEIGHT pixels, the contrast stretched, cut into bands when
    too wide."""
    if image.size == 0 or columns < 8:
        return []
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    height = INLINE_HEIGHT
    width = max(1, round(grey.shape[1] * height / grey.shape[0]))
    if _bands(width, columns) > MAX_BANDS:  # smaller rather than a screenful
        width = MAX_BANDS * (columns - OVERLAP) + OVERLAP
        height = max(2, round(grey.shape[0] * width / grey.shape[1]))
    small = cv2.resize(grey, (width, height + height % 2), interpolation=cv2.INTER_AREA)
    small = cv2.normalize(small, None, 0, 255, cv2.NORM_MINMAX)  # faint print, dark paper
    rows = []
    for start in range(0, width, columns - OVERLAP):
        band = small[:, start : start + columns]
        rows.extend(_draw(band))
        if start + columns >= width:
            break
        rows.append("")  # a gap between bands
    return rows


def _bands(width: int, columns: int) -> int:
    return 1 if width <= columns else 1 + -(-(width - columns) // (columns - OVERLAP))


def _draw(grey: np.ndarray) -> list[str]:
    rows = []
    for y in range(0, grey.shape[0] - 1, 2):
        cells = (
            f"\x1b[38;2;{t};{t};{t}m\x1b[48;2;{b};{b};{b}m{HALF_BLOCK}"
            for t, b in zip(grey[y].tolist(), grey[y + 1].tolist())
        )
        rows.append("".join(cells) + RESET)
    return rows
