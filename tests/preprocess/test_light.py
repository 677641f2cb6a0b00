"""Light and size steps on cards rendered by the tests (never real photos)."""

from __future__ import annotations

import numpy as np
import pytest

from cardscan.preprocess.light import (
    estimate_text_height,
    even_illumination,
    invert_if_dark,
    is_dark_card,
    scale_for_text,
)
from tests.conftest import _font, render_card

LINES = [
    ("Helena Marquardt", 40),
    ("Head of Data Platform", 30),
    ("helena.marquardt@brightwater.example.de", 28),
    ("Tel +49 30 1234 5678", 28),
]


def _x_height(font_size: int) -> int:
    """The rendered font's own x-height in pixels (what estimate_text_height measures)."""
    top, bottom = _font(font_size).getbbox("x")[1::2]
    return bottom - top


def test_dark_card_is_detected_and_inverted():
    dark = render_card(LINES, dark=True)
    assert is_dark_card(dark), f"dark card (median {np.median(dark)}) not detected"
    flipped = invert_if_dark(dark)
    assert np.median(flipped) > 200, f"inverted card median {np.median(flipped)}"
    assert not is_dark_card(flipped), "an inverted dark card still reads as dark"


def test_light_card_is_left_alone():
    light = render_card(LINES)
    assert not is_dark_card(light)
    assert invert_if_dark(light) is light


def test_light_card_with_dark_logo_is_not_dark():
    card = render_card(LINES)
    card[330:580, 640:1030] = (60, 30, 15)  # a big solid navy logo block
    card[400:440, 700:960] = 250  # with a white word cut out of it
    assert not is_dark_card(card), "dark logo on a light card taken for a dark card"


def shade(card: np.ndarray) -> np.ndarray:
    """Light falling off from 100 % on the left to 35 % on the right, plus a corner shadow."""
    h, w = card.shape[:2]
    ramp = np.linspace(1.0, 0.35, w)[None, :] * np.ones((h, 1))
    yy, xx = np.mgrid[0:h, 0:w]
    ramp *= 1 - 0.3 * np.exp(-((xx / w - 0.1) ** 2 + (yy / h - 0.9) ** 2) / 0.05)
    return np.clip(card * ramp[..., None], 0, 255).astype(np.uint8)


def test_shadow_gradient_is_evened_and_text_kept():
    flat = render_card(LINES)
    shaded = shade(flat)
    gray_flat = flat.mean(axis=2)
    paper, ink = gray_flat > 240, gray_flat < 60

    evened = even_illumination(shaded).mean(axis=2)
    before, after = shaded.mean(axis=2)[paper].std(), evened[paper].std()
    assert after < before / 4, f"paper std {before:.1f} -> {after:.1f}"
    contrast = evened[paper].mean() - evened[ink].mean()
    assert contrast > 150, f"text contrast after evening only {contrast:.0f} grey levels"


def test_shaded_dark_card_stays_dark_and_legible():
    flat = render_card(LINES, dark=True)
    evened = even_illumination(shade(flat)).mean(axis=2)
    gray_flat = flat.mean(axis=2)
    paper, ink = gray_flat < 50, gray_flat > 200
    assert evened[paper].mean() < 80, f"dark paper became {evened[paper].mean():.0f}"
    contrast = evened[ink].mean() - evened[paper].mean()
    assert contrast > 120, f"light text contrast only {contrast:.0f} grey levels"


def test_even_illumination_keeps_colour():
    card = render_card(LINES)
    card[60:110, 70:600][card[60:110, 70:600].mean(axis=2) < 128] = (200, 40, 0)  # blue name
    out = even_illumination(card)
    blue = out[60:110, 70:600][(card[60:110, 70:600] == (200, 40, 0)).all(axis=2)]
    assert blue.size and (blue[:, 0].astype(int) - blue[:, 2]).mean() > 100, blue[:3]


@pytest.mark.parametrize("font_size", [20, 32, 48])
def test_text_height_is_the_x_height(font_size):
    card = render_card([(text, font_size) for text, _ in LINES], size=(1500, 600))
    measured = estimate_text_height(card)
    expected = _x_height(font_size)
    assert measured is not None, f"no text found at font size {font_size}"
    assert abs(measured - expected) <= 0.25 * expected, (font_size, expected, measured)


def test_blank_card_has_no_text_height():
    assert estimate_text_height(np.full((600, 1000, 3), 245, np.uint8)) is None


@pytest.mark.parametrize("target", [16.0, 24.0])
def test_scale_for_text_hits_its_target(target):
    card = render_card(LINES)  # x-height about 15 px
    scaled = scale_for_text(card, target_height=target, min_long_side=500, max_long_side=4000)
    measured = estimate_text_height(scaled)
    assert measured is not None and abs(measured - target) <= 0.15 * target, (
        target,
        scaled.shape,
        measured,
    )


def test_scale_for_text_respects_bounds():
    card = render_card(LINES)
    scaled = scale_for_text(card, target_height=200, min_long_side=500, max_long_side=1600)
    assert max(scaled.shape[:2]) == 1600, scaled.shape
    blank = np.full((300, 500, 3), 245, np.uint8)
    assert max(scale_for_text(blank, min_long_side=1000).shape[:2]) == 1000
