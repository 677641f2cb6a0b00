"""The OCR engine contract, written once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from cardscan.models import OcrResult


@runtime_checkable
class OcrEngine(Protocol):
    """Reads the text on one card image.

    Implementations live one per module in this package and are the only code in
    cardscan that runs OCR.
    """

    #: Short name used by ``--engine`` and written into each contact's ``engine`` key.
    name: str

    #: The text x-height in pixels the engine reads best, or None to scale the card to a
    #: fixed long side instead (see cardscan.preprocess.scaler).
    x_height: float | None

    #: Whether evening out shadows and light gradients helps this engine (measured by
    #: bench/ablation.py; see docs/benchmarks.md).
    even_light: bool

    #: Whether lines in scripts the engine has no model for come back unread, so that
    #: cardscan.engines.scripts reads them again with Tesseract.
    misses_scripts: bool

    #: Lines the engine read with less confidence than this are returned only so that their
    #: boxes can be read again (misses_scripts); those no second reading replaced are
    #: dropped (cardscan.engines.scripts.drop_unread). 0.0 keeps every line.
    kept_score: float

    #: Whether the engine turns each upside-down line before reading it (RapidOCR's line
    #: classifier), so that a card held upside down reads as well as an upright one and
    #: orientation may keep it turned (cardscan.preprocess.turned checks it). Such an engine
    #: counts the lines it turned in OcrResult.turned.
    turns_lines: bool

    def available(self) -> bool:
        """True when the engine's program or model can run on this machine."""
        ...

    def recognize(self, image: np.ndarray, *, lang: str | None = None) -> OcrResult:
        """Read a BGR image; return words with boxes (pixels of ``image``) and 0..1
        confidences, grouped into lines ordered top to bottom, left to right.

        ``lang`` is a hint such as ``"eng+jpn"`` (Tesseract codes); engines that
        read every script they know ignore it.
        """
        ...

    def read_line(self, image: np.ndarray) -> tuple[str, float]:
        """The text (and a 0..1 confidence) of an image that holds one printed line: the
        second reading of a line cut out of a card (cardscan.verify)."""
        ...

    def read_lines(self, images: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        """:meth:`read_line` for several line images, in their order, as cheaply as the
        engine allows (Tesseract reads them stacked in one call)."""
        ...

    def unavailable_reason(self) -> str:
        """One line telling the user how to make the engine available."""
        ...
