"""Prepare a photo for OCR: find the card, flatten its perspective, scale its text.

Steps are pure functions composed in a plain loop in :func:`prepare`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cardscan.preprocess.card import find_card
from cardscan.preprocess.geometry import flatten, scale_long_side

# A card's long side at this size puts body text at roughly 20–30 px x-height.
DEFAULT_LONG_SIDE = 1800


@dataclass(frozen=True)
class PreparedCard:
    """One card cut out of a photo, ready for an engine."""

    image: np.ndarray
    outline: np.ndarray | None  # the quadrilateral found in the photo, or None (whole image)


def prepare(
    image: np.ndarray, *, find: bool = True, long_side: int = DEFAULT_LONG_SIDE
) -> list[PreparedCard]:
    """Cards found in ``image``, each flattened and scaled; the whole image when none is found."""
    quad = find_card(image) if find else None
    card = flatten(image, quad) if quad is not None else image
    return [PreparedCard(scale_long_side(card, long_side=long_side), quad)]


__all__ = ["DEFAULT_LONG_SIDE", "PreparedCard", "prepare"]
