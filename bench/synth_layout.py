"""Placing a card's text blocks on the card: layouts, logos and edge decoration."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from bench.synth_content import CardContent
from bench.synth_fonts import font
from bench.synth_render import (
    LANDSCAPE,
    PORTRAIT,
    LineMaker,
    Style,
    TextLine,
    block_size,
    draw_block,
)

LAYOUTS: tuple[str, ...] = (
    "left",
    "centred",
    "right",
    "two-column",
    "logo-block",
    "name-bottom",
    "portrait",
)


# ---------------------------------------------------------------- decoration


def draw_logo(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    style: Style,
    *,
    x: float,
    y: float,
    size: float,
    initials: str,
) -> str:
    """A coloured mark; returns its shape name for the meta."""
    shape = rng.choice(("circle", "square", "diamond", "triangle", "ring", "bars"))
    box = (x, y, x + size, y + size)
    colour = style.accent
    if shape == "circle":
        draw.ellipse(box, fill=colour)
    elif shape == "square":
        draw.rounded_rectangle(box, radius=size * 0.18, fill=colour)
    elif shape == "diamond":
        draw.polygon(
            [
                (x + size / 2, y),
                (x + size, y + size / 2),
                (x + size / 2, y + size),
                (x, y + size / 2),
            ],
            fill=colour,
        )
    elif shape == "triangle":
        draw.polygon([(x + size / 2, y), (x + size, y + size), (x, y + size)], fill=colour)
    elif shape == "ring":
        draw.ellipse(box, outline=colour, width=max(3, round(size * 0.14)))
    else:
        bar = size / 5
        for i in range(3):
            draw.rectangle(
                (x, y + i * 2 * bar, x + size * (1 - 0.25 * i), y + i * 2 * bar + bar), fill=colour
            )
    if initials and shape in ("circle", "square") and rng.random() < 0.6:
        fam = style.family
        f = font(fam.bold, max(12, round(size * 0.42)), fam.index)
        draw.text((x + size / 2, y + size / 2), initials, font=f, fill=style.bg, anchor="mm")
    return shape


def draw_edge_decor(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    style: Style,
    size: tuple[int, int],
    *,
    margin: int,
) -> str | None:
    """An accent bar along one edge, kept inside the margin so it never touches text."""
    w, h = size
    kind = rng.choice((None, None, "left-bar", "top-band", "bottom-band", "corner"))
    thick = rng.randint(8, max(9, margin // 2))
    if kind == "left-bar":
        draw.rectangle((0, 0, thick, h), fill=style.accent)
    elif kind == "top-band":
        draw.rectangle((0, 0, w, thick), fill=style.accent)
    elif kind == "bottom-band":
        draw.rectangle((0, h - thick, w, h), fill=style.accent)
    elif kind == "corner":
        c = margin * 1.2
        draw.polygon([(w, h), (w - c, h), (w, h - c)], fill=style.accent)
    return kind


def initials_of(company: str) -> str:
    letters = [
        w[0] for w in company.replace("&", " ").split() if w[:1].isalpha() and w[0].isupper()
    ]
    return "".join(letters[:2]) or company[:1]


# ---------------------------------------------------------------- layouts


@dataclass
class Canvas:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    margin: int
    decor: list[str] = field(default_factory=list)

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size


Built = tuple[Any, tuple[float, float]]  # (lines, (width, height))


def _fit(
    build: Callable[[float], Built], *, max_w: float, max_h: float, start: float = 1.0
) -> tuple[float, Any]:
    """Shrink the scale until ``build(scale)`` reports a (w, h) inside the box."""
    scale = start
    while True:
        result, (w, h) = build(scale)
        if (w <= max_w and h <= max_h) or scale < 0.35:
            return scale, result
        scale *= 0.92


def _block(maker: LineMaker, part: str) -> Callable[[float], Built]:
    def build(scale: float) -> Built:
        lines = getattr(maker, part)(scale)
        return lines, block_size(lines)

    return build


def fit_groups(
    maker: LineMaker,
    parts: tuple[str, ...],
    *,
    max_w: float,
    max_h: float,
    min_gap: float,
    start: float = 1.0,
) -> list[list[TextLine]]:
    """Text groups that fit a column: each group shrinks only as far as its own width needs (one
    long address must not make the name tiny), then all shrink together if too tall."""
    scales = [_fit(_block(maker, part), max_w=max_w, max_h=1e9, start=start)[0] for part in parts]
    factor = 1.0
    while True:
        groups = [getattr(maker, p)(s * factor) for p, s in zip(parts, scales)]
        heights = [block_size(g)[1] for g in groups if g]
        if sum(heights) + min_gap * (len(heights) - 1) <= max_h or factor < 0.35:
            return groups
        factor *= 0.92


def _stack(
    canvas: Canvas,
    groups: list[list[TextLine]],
    *,
    align: str,
    x0: float,
    width: float,
    top: float,
    bottom: float,
) -> None:
    """Spread groups down the column with equal gaps, as most cards do."""
    groups = [g for g in groups if g]
    heights = [block_size(g)[1] for g in groups]
    free = (bottom - top) - sum(heights)
    gap = free / (len(groups) - 1) if len(groups) > 1 else 0
    y = top if len(groups) > 1 else top + free / 2
    for group, h in zip(groups, heights):
        draw_block(canvas.draw, group, x=x0, y=y, width=width, align=align)
        y += h + gap


def _stacked_layout(
    canvas: Canvas, maker: LineMaker, *, align: str, order: tuple[str, ...], min_gap: float
) -> None:
    w, h = canvas.size
    m = canvas.margin
    groups = fit_groups(maker, order, max_w=w - 2 * m, max_h=h - 2 * m, min_gap=min_gap)
    _stack(canvas, groups, align=align, x0=m, width=w - 2 * m, top=m, bottom=h - m)


def layout_aligned(canvas: Canvas, maker: LineMaker, rng: random.Random, *, align: str) -> None:
    order = rng.choice((("company", "identity", "contacts"), ("identity", "company", "contacts")))
    _stacked_layout(canvas, maker, align=align, order=order, min_gap=18)


def layout_two_column(canvas: Canvas, maker: LineMaker, rng: random.Random) -> None:
    """Name and company on the left, contact details on the right, maybe a divider between."""
    w, h = canvas.size
    m = canvas.margin
    split = round(w * rng.uniform(0.42, 0.5))
    gutter = 40
    order = ("identity", "company") if rng.random() < 0.6 else ("company", "identity")
    left = fit_groups(maker, order, max_w=split - m - gutter / 2, max_h=h - 2 * m, min_gap=20)
    _stack(canvas, left, align="left", x0=m, width=split - m, top=m, bottom=h - m)
    right_w = w - split - m - gutter / 2
    (contacts,) = fit_groups(maker, ("contacts",), max_w=right_w, max_h=h - 2 * m, min_gap=0)
    align = "right" if rng.random() < 0.4 else "left"
    y = (h - block_size(contacts)[1]) / 2
    draw_block(canvas.draw, contacts, x=split + gutter / 2, y=y, width=right_w, align=align)
    if rng.random() < 0.6:
        canvas.draw.line((split, m, split, h - m), fill=maker.style.accent, width=3)
        canvas.decor.append("divider")


def _logo(canvas: Canvas, maker: LineMaker, rng: random.Random, *, x: float, size: float) -> None:
    initials = initials_of(maker.content.company or "")
    m = canvas.margin
    shape = draw_logo(canvas.draw, rng, maker.style, x=x, y=m, size=size, initials=initials)
    canvas.decor.append(f"logo-{shape}")


def layout_logo_block(canvas: Canvas, maker: LineMaker, rng: random.Random) -> None:
    """A coloured mark with the company beside it on top; person and details below."""
    w, h = canvas.size
    m = canvas.margin
    _, company = _fit(_block(maker, "company"), max_w=w - 2 * m - 140, max_h=h / 3)
    cw, ch = block_size(company)
    logo = max(70.0, ch * 1.25)
    _logo(canvas, maker, rng, x=m, size=logo)
    draw_block(canvas.draw, company, x=m + logo + 24, y=m + (logo - ch) / 2, width=cw, align="left")
    top = m + logo + 30
    parts = ("identity", "contacts")
    groups = fit_groups(maker, parts, max_w=w - 2 * m, max_h=h - m - top, min_gap=16)
    align = rng.choice(("left", "left", "right"))
    _stack(canvas, groups, align=align, x0=m, width=w - 2 * m, top=top, bottom=h - m)


def layout_name_bottom(canvas: Canvas, maker: LineMaker, rng: random.Random) -> None:
    """Company at the top; name bottom-left and the contact details bottom-right."""
    w, h = canvas.size
    m = canvas.margin
    _, company = _fit(_block(maker, "company"), max_w=w - 2 * m, max_h=h / 3)
    align = rng.choice(("left", "right"))
    draw_block(canvas.draw, company, x=m, y=m, width=w - 2 * m, align=align)
    top = m + block_size(company)[1] + 24
    half = (w - 2 * m - 30) / 2
    _, identity = _fit(_block(maker, "identity"), max_w=half * 0.9, max_h=h - m - top)
    _, contacts = _fit(_block(maker, "contacts"), max_w=half * 1.1, max_h=h - m - top)
    iw, ih = block_size(identity)
    ch = block_size(contacts)[1]
    draw_block(canvas.draw, identity, x=m, y=h - m - ih, width=iw, align="left")
    x = w - m - half * 1.1
    draw_block(canvas.draw, contacts, x=x, y=h - m - ch, width=half * 1.1, align="right")


def layout_portrait(canvas: Canvas, maker: LineMaker, rng: random.Random) -> None:
    """A vertical card: mark on top, then company, person and details."""
    w, h = canvas.size
    m = canvas.margin
    align = rng.choice(("centre", "left"))
    logo = 110
    _logo(canvas, maker, rng, x=(w - logo) / 2 if align == "centre" else m, size=logo)
    top = m + logo + 30
    parts = ("company", "identity", "contacts")
    groups = fit_groups(maker, parts, max_w=w - 2 * m, max_h=h - m - top, min_gap=20, start=0.9)
    _stack(canvas, groups, align=align, x0=m, width=w - 2 * m, top=top, bottom=h - m)


# ---------------------------------------------------------------- varied mix only


def _paint_band(canvas: Canvas, maker: Any, box: tuple[float, ...], decor: str) -> Any:
    """Fill ``box`` with a colour the paper colour reads well on (the accent, or the ink when
    the accent is too pale); returns a maker that writes in paper colour on it."""
    style = maker.style
    band = style.accent if abs(sum(style.accent) - sum(style.bg)) >= 240 else style.fg
    canvas.draw.rectangle(box, fill=band)
    canvas.decor.append(decor)
    return maker.inverted(band)


def layout_banner(canvas: Canvas, maker: Any, rng: random.Random) -> None:
    """A full-width coloured band with the company in paper colour; person and details below
    (or above) it in two columns."""
    w, h = canvas.size
    m = canvas.margin
    band_h = round(h * rng.uniform(0.3, 0.38))
    on_top = rng.random() < 0.7
    y0 = 0 if on_top else h - band_h
    box = (0, y0, w, y0 + band_h)
    inverted = _paint_band(canvas, maker, box, "banner-top" if on_top else "banner-bottom")
    _, company = _fit(_block(inverted, "company"), max_w=w - 2 * m, max_h=band_h - 36)
    cw, ch = block_size(company)
    align = rng.choice(("left", "centre"))
    draw_block(canvas.draw, company, x=m, y=y0 + (band_h - ch) / 2, width=w - 2 * m, align=align)
    top, bottom = (band_h + 28, h - m) if on_top else (m, h - band_h - 28)
    left_w = (w - 2 * m - 36) * 0.45
    right_w = (w - 2 * m - 36) - left_w
    _, identity = _fit(_block(maker, "identity"), max_w=left_w, max_h=bottom - top)
    _, contacts = _fit(_block(maker, "contacts"), max_w=right_w, max_h=bottom - top)
    ih, kh = block_size(identity)[1], block_size(contacts)[1]
    mid = (top + bottom) / 2
    draw_block(canvas.draw, identity, x=m, y=mid - ih / 2, width=left_w, align="left")
    draw_block(
        canvas.draw, contacts, x=w - m - right_w, y=mid - kh / 2, width=right_w, align="left"
    )


def layout_panel(canvas: Canvas, maker: Any, rng: random.Random) -> None:
    """A coloured panel down one side holding the company in paper colour; the person and the
    details stacked on the other side."""
    w, h = canvas.size
    m = canvas.margin
    split = round(w * rng.uniform(0.3, 0.38))
    left = rng.random() < 0.7
    x0 = 0 if left else w - split
    inverted = _paint_band(
        canvas, maker, (x0, 0, x0 + split, h), "panel-left" if left else "panel-right"
    )
    inverted.wrap_company = True
    pad = m * 0.6
    _, company = _fit(_block(inverted, "company"), max_w=split - 2 * pad, max_h=h - 2 * m)
    ch = block_size(company)[1]
    draw_block(
        canvas.draw, company, x=x0 + pad, y=(h - ch) / 2, width=split - 2 * pad, align="centre"
    )
    text_x = split + 36 if left else m
    width = w - split - 36 - m
    groups = fit_groups(maker, ("identity", "contacts"), max_w=width, max_h=h - 2 * m, min_gap=18)
    _stack(canvas, groups, align="left", x0=text_x, width=width, top=m, bottom=h - m)


VARIED_LAYOUTS: dict[str, Callable[[Canvas, Any, random.Random], None]] = {
    "banner": layout_banner,
    "panel": layout_panel,
}


def render_flat(
    content: CardContent,
    style: Style,
    layout: str,
    rng: random.Random,
    *,
    maker_class: type[LineMaker] = LineMaker,
) -> tuple[np.ndarray, list[str]]:
    """The card as printed: BGR uint8 at 300 dpi, plus the decorations drawn. The varied mix
    passes its own ``maker_class`` and may ask for one of ``VARIED_LAYOUTS``."""
    size = PORTRAIT if layout == "portrait" else LANDSCAPE
    image = Image.new("RGB", size, style.bg)
    canvas = Canvas(image, ImageDraw.Draw(image), margin=rng.randint(52, 72))
    edge = draw_edge_decor(canvas.draw, rng, style, size, margin=canvas.margin)
    if edge:
        canvas.decor.append(edge)
    maker = maker_class(content, style, rng)
    if layout in ("left", "centred", "right"):
        layout_aligned(
            canvas,
            maker,
            rng,
            align={"left": "left", "centred": "centre", "right": "right"}[layout],
        )
    elif layout == "two-column":
        layout_two_column(canvas, maker, rng)
    elif layout == "logo-block":
        layout_logo_block(canvas, maker, rng)
    elif layout == "name-bottom":
        layout_name_bottom(canvas, maker, rng)
    elif layout in VARIED_LAYOUTS:
        VARIED_LAYOUTS[layout](canvas, maker, rng)
    else:
        layout_portrait(canvas, maker, rng)
    return cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR), canvas.decor
