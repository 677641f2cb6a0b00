"""Turning a flat card into something that looks like a phone photo of it.

The order follows the physics: the card lies on a surface (background, shadow, perspective),
the scene is lit unevenly (gradient, glare), the camera blurs and adds noise, the phone encodes a
JPEG, and the user may hold the phone sideways (90° steps). Every effect's strength is a keyword
argument so tests and sample specs can pin it; ``photograph`` draws them from the generator.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

# BGR colours of surfaces cards get photographed on: desks, tables, mats, carpets.
# fmt: off
SURFACES: tuple[tuple[int, int, int], ...] = (
    (60, 60, 62), (170, 170, 165), (150, 180, 200), (40, 80, 130), (90, 62, 42), (28, 28, 30),
    (212, 214, 210), (70, 105, 60), (110, 150, 185), (120, 120, 128), (45, 45, 90), (180, 190, 195),
)
# fmt: on


def _colour(rng: np.random.Generator, *, lo: int = 0, hi: int = 255) -> np.ndarray:
    base = np.array(SURFACES[int(rng.integers(len(SURFACES)))], np.float32)
    return np.clip(base + rng.uniform(-15, 15, size=3), lo, hi).astype(np.float32)


def _smooth_noise(rng: np.random.Generator, h: int, w: int, *, cells: int) -> np.ndarray:
    """Low-frequency noise in [-1, 1]: a coarse random grid upscaled with cubic interpolation."""
    grid = rng.uniform(-1, 1, size=(cells, max(2, round(cells * w / h)))).astype(np.float32)
    return cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC)


# BGR tones of oak, walnut, cherry, pine, grey-washed and teak tabletops.
WOODS: tuple[tuple[int, int, int], ...] = (
    (120, 165, 205), (45, 75, 115), (45, 70, 135), (125, 175, 215), (135, 145, 155), (60, 100, 150),
)  # fmt: skip


def _wood(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """Grain along x: irregular growth rings plus fine streaks, all bent by slow noise."""
    base = np.array(WOODS[int(rng.integers(len(WOODS)))], np.float32) + rng.uniform(-10, 10, 3)
    y = np.arange(h, dtype=np.float32)[:, None] + 14 * _smooth_noise(rng, h, w, cells=3)
    f = rng.uniform(0.08, 0.22)
    rings = 0.6 * np.sin(y * f) ** 2 + 0.4 * np.sin(y * f * 2.7 + rng.uniform(0, 6)) ** 2
    streaks = cv2.GaussianBlur(rng.standard_normal((h, 1)).astype(np.float32), (1, 0), 0.8)
    tone = 0.8 + 0.14 * rings + 0.06 * streaks
    img = base * tone[..., None]
    if rng.random() < 0.5:
        img = cv2.resize(img, (h, w)).transpose(1, 0, 2)  # boards running the other way
    return img


def _gradient(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    a, b = _colour(rng), _colour(rng)
    angle = rng.uniform(0, np.pi)
    xs = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    ys = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    t = np.clip(xs * np.cos(angle) + ys * np.sin(angle), 0, 1)[..., None]
    return a * (1 - t) + b * t


def _fabric(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    period = rng.uniform(2.0, 4.0)
    xs = np.sin(np.arange(w, dtype=np.float32) * np.pi / period)[None, :]
    ys = np.sin(np.arange(h, dtype=np.float32) * np.pi / period)[:, None]
    return _colour(rng, hi=190) * (0.9 + 0.1 * xs * ys)[..., None]


def _desk(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    img = np.broadcast_to(_colour(rng), (h, w, 3)).copy()
    img[rng.random((h, w)) < 0.02] *= 0.7  # crumbs and pores
    return img


def _mottled(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """Stone, carpet, a sofa cushion: a colour with slow blotches."""
    return _colour(rng) * (1 + 0.18 * _smooth_noise(rng, h, w, cells=8))[..., None]


SURFACE_MAKERS = {
    "wood": _wood,
    "gradient": _gradient,
    "fabric": _fabric,
    "desk": _desk,
    "noise": _mottled,
}


def background(rng: np.random.Generator, h: int, w: int, *, kind: str) -> np.ndarray:
    """A surface to lay the card on, float32 BGR 0..255, h x w. Callers build it at a quarter of
    the frame and upscale: it is out of focus anyway."""
    h, w = max(8, h), max(8, w)
    img = SURFACE_MAKERS[kind](rng, h, w)
    return (img * (1 + 0.05 * _smooth_noise(rng, h, w, cells=16))[..., None]).astype(np.float32)


def card_quad(
    rng: np.random.Generator,
    card_wh: tuple[int, int],
    canvas_wh: tuple[int, int],
    *,
    fill: float,
    tilt: float,
    skew: float,
) -> np.ndarray:
    """Where the card's corners land: scaled to ``fill`` of the frame, rotated by ``tilt`` degrees,
    corners jittered by ``skew`` (fraction of the card size) for perspective."""
    cw, ch = card_wh
    w, h = canvas_wh
    scale = fill * min(w / cw, h / ch)
    corners = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], np.float32) - [cw / 2, ch / 2]
    corners *= scale
    theta = np.deg2rad(tilt)
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]], np.float32)
    corners = corners @ rot.T
    span = max(cw, ch) * scale
    corners += rng.uniform(-skew, skew, size=(4, 2)).astype(np.float32) * span
    # Foreshortening: the far edge of a card photographed at an angle looks shorter.
    far = rng.integers(0, 4)
    corners[far] *= 1 - skew
    corners[(far + 1) % 4] *= 1 - skew
    lo, hi = corners.min(axis=0), corners.max(axis=0)
    shrink = min(1.0, 0.96 * w / (hi[0] - lo[0]), 0.96 * h / (hi[1] - lo[1]))
    corners *= shrink
    lo, hi = corners.min(axis=0), corners.max(axis=0)
    room_x, room_y = (w - (hi[0] - lo[0])) / 2, (h - (hi[1] - lo[1])) / 2
    centre = np.array(
        [w / 2 + rng.uniform(-0.6, 0.6) * room_x, h / 2 + rng.uniform(-0.6, 0.6) * room_y],
        np.float32,
    )
    return corners - (lo + hi) / 2 + centre


# Smooth effects (shadow, light, glare) are evaluated on small grids and upscaled: they have
# no detail worth full-resolution arithmetic, which otherwise dominates the run time.
FIELD_STEP = 8  # pixels of the target per grid point


@dataclass(frozen=True)
class Lighting:
    """Room light in frame coordinates: linear falloff, colour cast and an optional glare spot."""

    angle: float
    gradient: float
    warmth: float
    glare: float
    glare_xy: tuple[float, float]
    glare_radius: float
    frame: tuple[int, int]

    def fields(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """Gain and additive white (3-channel float32) at frame positions ``points`` (h x w x 2).

        The glare blends toward white rather than adding, so text under it loses contrast but
        never vanishes: out = img * gain * (1 - spot) + 255 * spot."""
        w, h = self.frame
        along = (points[..., 0] / w - 0.5) * np.cos(self.angle) + (
            points[..., 1] / h - 0.5
        ) * np.sin(self.angle)
        field = 1 + 2 * self.gradient * along
        cast = np.array(
            [1 - self.warmth, 1.0, 1 + self.warmth * 0.6], np.float32
        )  # BGR: warm = less blue
        gain = field[..., None] * cast
        if self.glare <= 0:
            return gain.astype(np.float32), None
        d2 = (points[..., 0] - self.glare_xy[0]) ** 2 + (points[..., 1] - self.glare_xy[1]) ** 2
        spot = (self.glare * np.exp(-d2 / (2 * self.glare_radius**2)))[..., None]
        return (gain * (1 - spot)).astype(np.float32), np.repeat(255 * spot, 3, axis=2).astype(
            np.float32
        )

    def apply(self, img: np.ndarray, points: np.ndarray) -> np.ndarray:
        """Light a uint8 image whose small grid of frame positions is ``points``."""
        h, w = img.shape[:2]
        gain, add = self.fields(points)
        lit = cv2.multiply(img, cv2.resize(gain, (w, h)), dtype=cv2.CV_32F)
        if add is not None:
            lit = cv2.add(lit, cv2.resize(add, (w, h)))
        return cv2.convertScaleAbs(lit)


def make_lighting(
    rng: np.random.Generator,
    quad: np.ndarray,
    frame: tuple[int, int],
    *,
    gradient: float,
    warmth: float,
    glare: float,
    glare_radius: float,
) -> Lighting:
    angle = float(rng.uniform(0, 2 * np.pi))
    t = rng.uniform(0.2, 0.8, size=2)  # the glare falls somewhere on the card, not at its edge
    top = quad[0] * (1 - t[0]) + quad[1] * t[0]
    bottom = quad[3] * (1 - t[0]) + quad[2] * t[0]
    cx, cy = top * (1 - t[1]) + bottom * t[1]
    return Lighting(angle, gradient, warmth, glare, (float(cx), float(cy)), glare_radius, frame)


def grid(h: int, w: int, *, step: int) -> np.ndarray:
    """Pixel-centre positions of a coarse grid over an h x w image, as (gh, gw, 2) float32."""
    gh, gw = max(2, h // step), max(2, w // step)
    xs = (np.arange(gw, dtype=np.float32) + 0.5) * (w / gw)
    ys = (np.arange(gh, dtype=np.float32) + 0.5) * (h / gh)
    return np.stack(np.meshgrid(xs, ys), axis=-1)


def _poly_mask(quad: np.ndarray, h: int, w: int, *, scale: float = 1.0) -> np.ndarray:
    mask = np.zeros((h, w), np.uint8)
    shift = 4  # sub-pixel corners give an anti-aliased outline
    pts = np.round(quad * scale * (1 << shift)).astype(np.int32)
    cv2.fillConvexPoly(mask, pts, 255, lineType=cv2.LINE_AA, shift=shift)
    return mask


def drop_shadow(
    bg_small: np.ndarray,
    quad: np.ndarray,
    *,
    scale: float,
    shadow: float,
    shadow_offset: tuple[float, float],
    shadow_blur: float,
) -> np.ndarray:
    """Darken a (downscaled) background under an offset, blurred copy of the card outline."""
    if shadow <= 0:
        return bg_small
    h, w = bg_small.shape[:2]
    mask = (
        _poly_mask(quad + np.array(shadow_offset, np.float32), h, w, scale=scale).astype(np.float32)
        / 255
    )
    mask = cv2.GaussianBlur(mask, (0, 0), max(0.5, shadow_blur * scale))
    return bg_small * (1 - shadow * mask)[..., None]


def card_to_frame(card: np.ndarray, quad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The card at about its on-screen size and the homography taking its pixels into the frame."""
    # warpPerspective samples bilinearly, which aliases thin strokes when shrinking a lot;
    # pre-shrinking with INTER_AREA to about the on-screen size keeps small text readable.
    on_screen = float(np.linalg.norm(quad[1] - quad[0])) / card.shape[1]
    if on_screen < 0.8:
        card = cv2.resize(card, None, fx=on_screen, fy=on_screen, interpolation=cv2.INTER_AREA)
    src = np.array(
        [[0, 0], [card.shape[1], 0], [card.shape[1], card.shape[0]], [0, card.shape[0]]], np.float32
    )
    return card, cv2.getPerspectiveTransform(src, quad.astype(np.float32))


def place_card(
    card: np.ndarray, matrix: np.ndarray, bg: np.ndarray, quad: np.ndarray
) -> np.ndarray:
    """Warp the card onto the background (uint8, in place) inside the quad's bounding box only."""
    h, w = bg.shape[:2]
    x0, y0 = np.floor(quad.min(axis=0)).astype(int).clip(0, [w - 1, h - 1])
    x1, y1 = np.ceil(quad.max(axis=0)).astype(int).clip(1, [w, h])
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
    roi = bg[y0:y1, x0:x1]
    # BORDER_TRANSPARENT keeps the background around the card; the later blur softens the edge.
    cv2.warpPerspective(
        card,
        shift @ matrix,
        (int(x1 - x0), int(y1 - y0)),
        dst=roi,
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_TRANSPARENT,
    )
    return bg


def blur(img: np.ndarray, rng: np.random.Generator, *, sigma: float, motion: int) -> np.ndarray:
    if motion > 1:
        kernel = np.zeros((motion, motion), np.float32)
        kernel[motion // 2, :] = 1 / motion
        rot = cv2.getRotationMatrix2D(((motion - 1) / 2, (motion - 1) / 2), rng.uniform(0, 180), 1)
        kernel = cv2.warpAffine(kernel, rot, (motion, motion))
        img = cv2.filter2D(img, -1, kernel / max(kernel.sum(), 1e-6))
    if sigma > 0:
        img = cv2.GaussianBlur(img, (0, 0), sigma)
    return img


def add_sensor_noise(img: np.ndarray, rng: np.random.Generator, *, sigma: float) -> np.ndarray:
    """Per-pixel grain with standard deviation ``sigma`` (uint8 in, uint8 out).

    Uniform bytes straight from the generator, centred and scaled inside one saturating OpenCV
    call: a third of the cost of Gaussian float noise, and after JPEG the two look alike."""
    noise = np.frombuffer(rng.bytes(img.size), np.uint8).reshape(img.shape)
    alpha = sigma / 73.9  # the standard deviation of uniform 0..255 is 255 / sqrt(12)
    return cv2.addWeighted(img, 1.0, noise, alpha, -127.5 * alpha, dtype=cv2.CV_8U)


def jpeg_roundtrip(img: np.ndarray, *, quality: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def draw_photo_params(rng: np.random.Generator, *, portrait: bool) -> dict[str, Any]:
    """Random effect strengths, all mild enough that a person can still read the card."""
    lowres = rng.random() < 0.15
    long_side = int(rng.integers(800, 1000)) if lowres else 1600
    return {
        "canvas": (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4),
        "background": str(rng.choice(sorted(SURFACE_MAKERS))),
        "fill": float(rng.uniform(0.55, 0.85)),
        "tilt": float(rng.normal(0, 6) if rng.random() < 0.85 else rng.uniform(-25, 25)),
        "skew": float(rng.uniform(0.0, 0.07)),
        "shadow": float(rng.uniform(0.25, 0.6)),
        "shadow_offset": (float(rng.uniform(-25, 25)), float(rng.uniform(4, 30))),
        "shadow_blur": float(rng.uniform(8, 30)),
        "gradient": float(rng.uniform(0.05, 0.3)),
        "warmth": float(rng.uniform(-0.06, 0.12)),
        "glare": float(rng.uniform(0.2, 0.45)) if rng.random() < 0.3 else 0.0,
        "glare_radius": float(rng.uniform(40, 150)) * long_side / 1600,
        "blur": float(rng.uniform(0.4, 1.3)) if rng.random() < 0.85 else 0.0,
        "motion": int(rng.integers(3, 7)) if rng.random() < 0.15 else 0,
        "noise": float(rng.uniform(1.5, 6.0)),
        "jpeg": int(rng.integers(55, 92)),
        "rotate": int(rng.choice((0, 90, 180, 270), p=(0.76, 0.1, 0.04, 0.1))),
        "lowres": lowres,
    }


def photograph(
    card: np.ndarray, rng: np.random.Generator, **overrides: Any
) -> tuple[np.ndarray, dict[str, Any]]:
    """Simulate a phone photo of ``card`` (BGR uint8); returns the image and the effects applied."""
    params = draw_photo_params(rng, portrait=card.shape[0] > card.shape[1])
    params.update(overrides)
    w, h = params["canvas"]
    quad = card_quad(
        rng,
        (card.shape[1], card.shape[0]),
        (w, h),
        fill=params["fill"],
        tilt=params["tilt"],
        skew=params["skew"],
    )
    lighting = make_lighting(
        rng,
        quad,
        (w, h),
        gradient=params["gradient"],
        warmth=params["warmth"],
        glare=params["glare"],
        glare_radius=params["glare_radius"],
    )
    # Background: built, shadowed and lit at a quarter of the frame, then upscaled once.
    bg_small = background(rng, h // 4, w // 4, kind=params["background"])
    bg_small = drop_shadow(
        bg_small,
        quad,
        scale=bg_small.shape[1] / w,
        shadow=params["shadow"],
        shadow_offset=params["shadow_offset"],
        shadow_blur=params["shadow_blur"],
    )
    bg_small = lighting.apply(
        np.clip(bg_small, 0, 255).astype(np.uint8), grid(h, w, step=4 * FIELD_STEP)
    )
    bg = cv2.resize(bg_small, (w, h), interpolation=cv2.INTER_LINEAR)
    # Card: lit in its own pixels (smaller than the frame) at the frame positions it lands on.
    card, matrix = card_to_frame(card, quad)
    points = grid(card.shape[0], card.shape[1], step=FIELD_STEP)
    card = lighting.apply(
        card, cv2.perspectiveTransform(points.reshape(-1, 1, 2), matrix).reshape(points.shape)
    )
    img = place_card(card, matrix, bg, quad)
    img = blur(img, rng, sigma=params["blur"], motion=params["motion"])
    img = add_sensor_noise(img, rng, sigma=params["noise"])
    out = jpeg_roundtrip(img, quality=params["jpeg"])
    rotations = {
        90: cv2.ROTATE_90_CLOCKWISE,
        180: cv2.ROTATE_180,
        270: cv2.ROTATE_90_COUNTERCLOCKWISE,
    }
    if params["rotate"]:
        out = cv2.rotate(out, rotations[params["rotate"]])
    params["quad"] = rotate_points(quad, params["rotate"], (w, h))
    return out, params


def rotate_points(quad: np.ndarray, degrees: int, size: tuple[int, int]) -> list[list[float]]:
    """The card's corners (printed top-left first) in the final, possibly rotated, image."""
    w, h = size
    x, y = quad[:, 0], quad[:, 1]
    if degrees == 90:  # clockwise
        x, y = (h - 1) - y, x
    elif degrees == 180:
        x, y = (w - 1) - x, (h - 1) - y
    elif degrees == 270:
        x, y = y, (w - 1) - x
    return [[round(float(a), 1), round(float(b), 1)] for a, b in zip(x, y)]
