"""Prepare a photo for OCR: find the card(s), flatten the perspective, even the light, scale.

Each step is a pure function; :func:`prepare` composes them in a plain loop. A step can be
left out by name (``skip``), which is how ``bench/ablation.py`` measures what each is worth.
Orientation needs the engine's reading and lives in :mod:`cardscan.preprocess.orient`, run by
the api after this.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from cardscan.preprocess.card import enclosing_outline, find_cards
from cardscan.preprocess.geometry import flatten, scale_long_side
from cardscan.preprocess.light import even_illumination, invert_if_dark, scale_for_text

# A card's long side at this size puts body text at roughly 20–30 px x-height.
DEFAULT_LONG_SIDE = 1800

#: Step names, in the order they run; "orient" is run by the pipeline once the engine has
#: read, "verify" (the second opinion on emails, phones and the name) after extraction.
STEPS = ("find", "invert", "light", "scale", "orient", "verify")


@dataclass(frozen=True)
class PreparedCard:
    """One card cut out of a photo, ready for an engine."""

    image: np.ndarray  # what the engine reads
    outline: np.ndarray | None  # the quadrilateral found in the photo, or None (whole image)
    flat: np.ndarray  # the card after flattening, before light and scale


ImageStep = Callable[[np.ndarray], np.ndarray]


def scaler(*, x_height: float | None, long_side: int) -> ImageStep:
    """Scale by the text's measured x-height when the engine states one, else by the card's
    long side (also the fallback when no text height can be measured)."""
    if x_height is None:
        return lambda image: scale_long_side(image, long_side=long_side)
    return lambda image: scale_for_text(
        image, target_height=x_height, min_long_side=640, max_long_side=3000
    )


def image_steps(
    skip: frozenset[str], *, x_height: float | None, long_side: int
) -> list[tuple[str, ImageStep]]:
    """The per-card steps after flattening, each a pure image → image function."""
    steps: list[tuple[str, ImageStep]] = [
        # Dark text on light first: the light and scale steps measure dark ink.
        ("invert", invert_if_dark),
        ("light", even_illumination),
        ("scale", scaler(x_height=x_height, long_side=long_side)),
    ]
    return [(name, step) for name, step in steps if name not in skip]


def find_outlines(image: np.ndarray, *, skip: frozenset[str] = frozenset()) -> list[np.ndarray]:
    """The card outlines in a photo, in reading order; empty when none is trustworthy."""
    return [] if "find" in skip else [c.quad for c in find_cards(image)]


def prepare_card(
    image: np.ndarray,
    outline: np.ndarray | None,
    *,
    skip: frozenset[str] = frozenset(),
    x_height: float | None = None,
    long_side: int = DEFAULT_LONG_SIDE,
) -> PreparedCard:
    """Flatten one outline (or take the whole image) and run the image steps on it."""
    flat = flatten(image, outline) if outline is not None else image
    ready = flat
    for _name, step in image_steps(skip, x_height=x_height, long_side=long_side):
        ready = step(ready)
    return PreparedCard(ready, outline, flat)


def prepare(
    image: np.ndarray,
    *,
    skip: frozenset[str] = frozenset(),
    x_height: float | None = None,
    long_side: int = DEFAULT_LONG_SIDE,
) -> list[PreparedCard]:
    """Cards found in ``image``, each flattened and prepared; the whole image when none is."""
    outlines: list[np.ndarray | None] = list(find_outlines(image, skip=skip)) or [None]
    return [
        prepare_card(image, quad, skip=skip, x_height=x_height, long_side=long_side)
        for quad in outlines
    ]


__all__ = [
    "DEFAULT_LONG_SIDE",
    "STEPS",
    "PreparedCard",
    "enclosing_outline",
    "find_outlines",
    "prepare",
    "prepare_card",
]
