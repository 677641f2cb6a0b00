"""Colours and text lines for drawing a card (fonts from ``synth_fonts``); ``synth_layout``
places them."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from PIL import ImageDraw, ImageFont

from bench.synth_content import CardContent
from bench.synth_fonts import CJK_FAMILIES, ICON_FONT, LATIN_FAMILIES, FontFamily, font

RGB = tuple[int, int, int]
LANDSCAPE = (1050, 600)  # 3.5 x 2 in at 300 dpi
PORTRAIT = (600, 1050)


# ---------------------------------------------------------------- style

LIGHT_BG: tuple[RGB, ...] = (
    (255, 255, 255),
    (250, 248, 242),
    (246, 246, 241),
    (238, 242, 247),
    (252, 249, 240),
    (243, 238, 230),
    (235, 245, 238),
)
LIGHT_FG: tuple[RGB, ...] = ((20, 20, 20), (40, 40, 45), (25, 35, 60), (55, 50, 50), (0, 0, 0))
LIGHT_ACCENT: tuple[RGB, ...] = (
    (200, 30, 45),
    (20, 90, 170),
    (0, 125, 105),
    (220, 110, 0),
    (110, 50, 150),
    (30, 30, 30),
    (0, 140, 190),
    (150, 100, 35),
    (190, 20, 110),
)
DARK_BG: tuple[RGB, ...] = (
    (20, 24, 32),
    (14, 14, 14),
    (18, 42, 74),
    (38, 38, 42),
    (70, 20, 32),
    (15, 55, 45),
)
DARK_FG: tuple[RGB, ...] = ((248, 248, 248), (240, 230, 205), (228, 234, 240))
DARK_ACCENT: tuple[RGB, ...] = (
    (212, 175, 55),
    (120, 200, 235),
    (245, 150, 95),
    (160, 225, 165),
    (255, 255, 255),
)


@dataclass(frozen=True)
class Style:
    family: FontFamily
    dark: bool
    bg: RGB
    fg: RGB
    accent: RGB
    muted: RGB
    name_colour: RGB
    label_mode: str  # "word" | "accent" | "icon" | "upper"
    label_sep: str
    sizes: dict[str, int] = field(default_factory=dict)  # role -> px at scale 1


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _label_separator(rng: random.Random, language: str, label_mode: str) -> str:
    if label_mode == "icon":
        return "  "
    seps = (": ", " ", "  ", " | ") + (() if language == "ja" else (". ",))
    return rng.choice(seps)


def make_style(
    rng: random.Random, content: CardContent, *, dark: bool, company_only: bool
) -> Style:
    families = CJK_FAMILIES if content.language == "ja" else LATIN_FAMILIES
    family = rng.choice(families)
    bg, fg, accent = (
        (rng.choice(DARK_BG), rng.choice(DARK_FG), rng.choice(DARK_ACCENT))
        if dark
        else (rng.choice(LIGHT_BG), rng.choice(LIGHT_FG), rng.choice(LIGHT_ACCENT))
    )
    name = rng.randint(44, 58)
    sizes = {
        "name": name,
        "company": rng.randint(54, 64) if company_only else rng.randint(30, min(44, name - 6)),
        "title": rng.randint(25, 31),
        "body": rng.randint(23, 28),
        "small": rng.randint(20, 23),
    }
    label_mode = rng.choices(("word", "accent", "icon", "upper"), weights=(4, 3, 1, 2))[0]
    return Style(
        family=family,
        dark=dark,
        bg=bg,
        fg=fg,
        accent=accent,
        muted=_mix(fg, bg, 0.35),
        name_colour=accent if rng.random() < 0.3 else fg,
        label_mode=label_mode,
        label_sep=_label_separator(rng, content.language, label_mode),
        sizes=sizes,
    )


# ---------------------------------------------------------------- text lines


@dataclass(frozen=True)
class Run:
    text: str
    font: ImageFont.FreeTypeFont
    fill: RGB
    tracking: float = 0.0  # extra px after every character: letter-spaced "M A R I A"

    @property
    def width(self) -> float:
        if self.tracking:
            return sum(self.font.getlength(ch) for ch in self.text) + self.tracking * (
                len(self.text) - 1
            )
        return self.font.getlength(self.text)

    def draw(self, draw: ImageDraw.ImageDraw, x: float, baseline: float) -> None:
        if not self.tracking:
            draw.text((x, baseline), self.text, font=self.font, fill=self.fill, anchor="ls")
            return
        for ch in self.text:
            draw.text((x, baseline), ch, font=self.font, fill=self.fill, anchor="ls")
            x += self.font.getlength(ch) + self.tracking


@dataclass(frozen=True)
class TextLine:
    runs: tuple[Run, ...]
    gap_after: float = 0.0  # extra space below, e.g. between the name block and the contacts

    @property
    def width(self) -> float:
        return sum(r.width for r in self.runs)

    @property
    def ascent(self) -> int:
        return max(r.font.getmetrics()[0] for r in self.runs)

    @property
    def height(self) -> float:
        return max(sum(r.font.getmetrics()) for r in self.runs) * 1.08 + self.gap_after


def block_size(lines: list[TextLine]) -> tuple[float, float]:
    if not lines:
        return 0.0, 0.0
    return max(line.width for line in lines), sum(line.height for line in lines)


def draw_block(
    draw: ImageDraw.ImageDraw,
    lines: list[TextLine],
    *,
    x: float,
    y: float,
    width: float,
    align: str,
) -> None:
    """Draw lines top-down from y; x..x+width is the column that ``align`` positions them in."""
    for line in lines:
        if align == "centre":
            cx = x + (width - line.width) / 2
        elif align == "right":
            cx = x + width - line.width
        else:
            cx = x
        baseline = y + line.ascent
        for run in line.runs:
            run.draw(draw, cx, baseline)
            cx += run.width
        y += line.height


class LineMaker:
    """Builds the card's text lines at a given scale, so a layout can shrink text until it fits."""

    def __init__(self, content: CardContent, style: Style, rng: random.Random) -> None:
        self.content, self.style = content, style
        self.two_phones_per_line = rng.random() < 0.3
        self.website_first = rng.random() < 0.3
        self.email_label = rng.random() < 0.35

    def _font(self, role: str, scale: float, *, bold: bool = False) -> ImageFont.FreeTypeFont:
        fam = self.style.family
        size = max(12, round(self.style.sizes[role] * scale))
        return font(fam.bold if bold else fam.regular, size, fam.index)

    def company(self, scale: float, *, role: str = "company") -> list[TextLine]:
        c, s = self.content, self.style
        lines = [
            TextLine(
                (
                    Run(
                        c.company or "",
                        self._font(role, scale, bold=True),
                        s.fg if s.dark else s.accent,
                    ),
                )
            )
        ]
        if c.tagline:
            lines.append(TextLine((Run(c.tagline, self._font("small", scale), s.muted),)))
        return lines

    def identity(self, scale: float) -> list[TextLine]:
        c, s = self.content, self.style
        if not c.name:
            return []
        lines = [TextLine((Run(c.name, self._font("name", scale, bold=True), s.name_colour),))]
        if c.name_alt:
            lines.append(TextLine((Run(c.name_alt, self._font("small", scale), s.muted),)))
        if c.department:
            lines.append(TextLine((Run(c.department, self._font("title", scale), s.muted),)))
        if c.title:
            lines.append(
                TextLine(
                    (Run(c.title, self._font("title", scale), s.accent if s.dark else s.muted),)
                )
            )
        return lines

    def _label_runs(self, label: str | None, icon: str, scale: float) -> list[Run]:
        s = self.style
        if label is None:
            return []
        if s.label_mode == "icon":
            return [
                Run(
                    icon + s.label_sep,
                    font(str(ICON_FONT), max(12, round(s.sizes["body"] * scale))),
                    s.accent,
                )
            ]
        text = label.upper() if s.label_mode == "upper" else label
        fill = s.accent if s.label_mode in ("accent", "upper") else s.fg
        bold = s.label_mode == "accent"
        sep = s.label_sep[1:] if text.endswith(".") and s.label_sep.startswith(".") else s.label_sep
        return [Run(text + sep, self._font("body", scale, bold=bold), fill)]

    def phone_lines(self, scale: float) -> list[TextLine]:
        c, s = self.content, self.style
        body = self._font("body", scale)
        phone_runs = [
            [
                *self._label_runs(p.label, "✆" if p.kinds == ("mobile",) else "☎", scale),
                Run(p.number, body, s.fg),
            ]
            for p in c.phones
        ]
        lines: list[TextLine] = []
        if self.two_phones_per_line and len(phone_runs) >= 2:
            spacer = Run("   ", body, s.fg)
            for i in range(0, len(phone_runs), 2):
                pair = phone_runs[i : i + 2]
                lines.append(
                    TextLine(tuple(pair[0] + ([spacer] + pair[1] if len(pair) > 1 else [])))
                )
        else:
            lines.extend(TextLine(tuple(runs)) for runs in phone_runs)
        return lines

    def email_lines(self, scale: float, *, label: str) -> list[TextLine]:
        c, s = self.content, self.style
        body = self._font("body", scale)
        lines = []
        for email in c.emails:
            runs = (
                self._label_runs(label, "✉", scale)
                if self.email_label or s.label_mode == "icon"
                else []
            )
            lines.append(TextLine((*runs, Run(email, body, s.fg))))
        return lines

    def address_lines(self, scale: float) -> list[TextLine]:
        c, s = self.content, self.style
        lines = []
        for i, addr in enumerate(c.address_lines):
            icon = self._label_runs("", "⌂", scale) if s.label_mode == "icon" and i == 0 else []
            lines.append(
                TextLine(
                    (
                        *icon,
                        Run(
                            addr, self._font("body", scale * 0.95), s.muted if not s.dark else s.fg
                        ),
                    )
                )
            )
        return lines

    def contacts(self, scale: float) -> list[TextLine]:
        c, s = self.content, self.style
        body = self._font("body", scale)
        lines = self.phone_lines(scale)
        lines += self.email_lines(scale, label="E" if c.language != "ja" else "Email")
        web = [TextLine((Run(w, body, s.accent if s.dark else s.fg),)) for w in c.websites]
        lines = web + lines if self.website_first else lines + web
        return lines + self.address_lines(scale)
