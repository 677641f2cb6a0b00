"""Two cards in one phone photo: the case where one image must give two contacts."""

from __future__ import annotations

import random
from typing import Any

import cv2
import numpy as np

from bench.synth_photo import (
    add_sensor_noise,
    background,
    blur,
    card_quad,
    card_to_frame,
    drop_shadow,
    jpeg_roundtrip,
    place_card,
)

#: Offset between the seeds of the two cards, so a pair never repeats a single card's seed.
SECOND_CARD_SEED_OFFSET = 1_000_003


def photograph_pair(
    cards: tuple[np.ndarray, np.ndarray],
    rng: np.random.Generator,
    *,
    canvas: tuple[int, int] = (1600, 1800),
    fill: float = 0.8,
    tilt: float = 5.0,
    skew: float = 0.03,
    surface: str | None = None,
    jpeg: int = 85,
) -> tuple[np.ndarray, dict[str, Any]]:
    """Both cards on one surface, one above the other, each in its half of the frame, with
    its own small tilt and perspective, a shared shadow direction, blur, noise and JPEG."""
    w, h = canvas
    kind = surface or str(rng.choice(["wood", "desk", "fabric", "noise", "gradient"]))
    half = (w, h // 2)
    quads = []
    for index, card in enumerate(cards):
        quad = card_quad(
            rng,
            (card.shape[1], card.shape[0]),
            half,
            fill=fill,
            tilt=float(rng.uniform(-tilt, tilt)),
            skew=skew,
        )
        quads.append(quad + np.array([0, index * (h // 2)], np.float32))
    bg_small = background(rng, h // 4, w // 4, kind=kind)
    for quad in quads:
        bg_small = drop_shadow(
            bg_small, quad, scale=0.25, shadow=0.4, shadow_offset=(8.0, 14.0), shadow_blur=18.0
        )
    img = cv2.resize(np.clip(bg_small, 0, 255).astype(np.uint8), (w, h))
    for card, quad in zip(cards, quads):
        small, matrix = card_to_frame(card, quad)
        img = place_card(small, matrix, img, quad)
    img = blur(img, rng, sigma=0.7, motion=0)
    img = add_sensor_noise(img, rng, sigma=3.0)
    meta = {"background": kind, "quads": [q.round(1).tolist() for q in quads], "jpeg": jpeg}
    return jpeg_roundtrip(img, quality=jpeg), meta


def pair_seed_rng(seed: int) -> random.Random:
    """The stream that decides whether card ``seed`` of a set is photographed with a partner."""
    return random.Random(f"pair:{seed}")
