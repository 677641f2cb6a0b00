"""Drawing the varied mix's cards: fonts per script, logo word + descriptor, big slogans,
letter-spaced names, name and title on one row, services, hours, registration numbers, and
several numbers on one line. The default corpus's ``LineMaker`` draws everything else."""

from __future__ import annotations

import copy
import dataclasses
import random

from PIL import ImageFont

from bench.synth_fonts import CJK_FACES, LATIN_FAMILIES, SCRIPT_FAMILIES, font
from bench.synth_render import (
    LineMaker,
    Run,
    Style,
    TextLine,
    _mix,
    make_style,
)
from bench.synth_varied_content import VariedContent, vocab_key
from bench.synth_words_world import MAIL_LABEL

CJK_REGION = {"ja_JP": "JP", "ko_KR": "KR", "zh_TW": "TC", "zh_CN": "SC"}


def make_varied_style(
    rng: random.Random, content: VariedContent, *, dark: bool, company_only: bool
) -> Style:
    """The default style, with a face that has the card's script and the varied sizes."""
    style = make_style(rng, content, dark=dark, company_only=company_only)
    region = CJK_REGION.get(content.locale)
    family = rng.choice(CJK_FACES[region] if region else LATIN_FAMILIES)
    sizes = dict(style.sizes)
    # A slogan printed larger than the company; a logo word larger than a company line.
    sizes["slogan"] = rng.randint(max(sizes["company"] + 8, 40), max(sizes["company"] + 12, 52))
    sizes["logo"] = rng.randint(56, 76)
    sizes["descriptor"] = rng.randint(18, 24)
    return dataclasses.replace(style, family=family, sizes=sizes)


class VariedLineMaker(LineMaker):
    content: VariedContent

    def __init__(self, content: VariedContent, style: Style, rng: random.Random) -> None:
        super().__init__(content, style, rng)
        self.logo_tracking = rng.choice((0.0, 0.08, 0.2))
        self.descriptor_tracking = rng.choice((0.15, 0.3, 0.5))
        self.services_inline = rng.random() < 0.5
        self.bullet = rng.choice(("• ", "· ", "- ", "» "))
        self.legal_first = rng.random() < 0.5
        self.wrap_company = False  # a narrow panel prints a long company over two lines

    def inverted(self, band: tuple[int, int, int]) -> VariedLineMaker:
        """The same lines drawn in the card's paper colour on a coloured band or panel."""
        s = self.style
        other = copy.copy(self)
        other.style = dataclasses.replace(
            s, fg=s.bg, accent=s.bg, muted=_mix(s.bg, band, 0.25), name_colour=s.bg, dark=False
        )
        return other

    def _script_font(self, script: str, scale: float) -> ImageFont.FreeTypeFont:
        fam = SCRIPT_FAMILIES.get(script) or self.style.family
        return font(fam.regular, max(12, round(self.style.sizes["title"] * scale)), fam.index)

    def _line(self, text: str, role: str, scale: float, fill, **kw) -> TextLine:
        bold = kw.pop("bold", False)
        return TextLine((Run(text, self._font(role, scale, bold=bold), fill, **kw),))

    # ------------------------------------------------------------ company block

    def company(self, scale: float, *, role: str = "company") -> list[TextLine]:
        c, s = self.content, self.style
        colour = s.fg if s.dark else s.accent
        lines: list[TextLine] = []
        script = c.script_line
        if script and script[2]:
            lines.append(TextLine((Run(script[0], self._script_font(script[1], scale), colour),)))
        if c.big_tagline and c.tagline:
            lines.append(self._line(c.tagline, "slogan", scale, colour, bold=True))
        if c.logo:
            word, descriptor = c.logo
            size = self.style.sizes["logo"] * scale
            lines.append(
                self._line(
                    word, "logo", scale, colour, bold=True, tracking=size * self.logo_tracking
                )
            )
            size = self.style.sizes["descriptor"] * scale
            lines.append(
                self._line(
                    descriptor,
                    "descriptor",
                    scale,
                    s.muted,
                    tracking=size * self.descriptor_tracking,
                )
            )
            if c.locale in ("ja_JP", "ko_KR", "zh_TW", "zh_CN"):  # the native legal name
                lines.append(self._line(c.company or "", "title", scale, s.fg, bold=True))
        elif self.wrap_company and len((c.company or "").split()) > 2:
            words = (c.company or "").split()
            cut = min(
                range(1, len(words)),
                key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))),
            )
            for part in (words[:cut], words[cut:]):  # a long name over two lines
                lines.append(self._line(" ".join(part), role, scale, colour, bold=True))
        else:
            lines += super().company(scale, role=role)[:1]
        if c.company_alt:
            lines.append(self._line(c.company_alt, "small", scale, s.muted))
        if c.trade:
            lines.append(self._line(c.trade, "small", scale, s.muted))
        if script and not script[2]:
            lines.append(TextLine((Run(script[0], self._script_font(script[1], scale), s.muted),)))
        if c.tagline and not c.big_tagline:
            lines.append(self._line(c.tagline, "small", scale, s.muted))
        return lines

    # ------------------------------------------------------------ person block

    def _name_line(self, scale: float) -> TextLine:
        c, s = self.content, self.style
        name_font = self._font("name", scale, bold=True)
        runs = []
        if c.name_prefix:
            runs.append(Run(c.name_prefix, self._font("title", scale), s.muted))
        tracking = name_font.size * 0.22 if c.spaced_name else 0.0
        runs.append(Run(c.name or "", name_font, s.name_colour, tracking=tracking))
        if c.name_title_sep and c.title:
            title_font = self._font("title", scale * 1.1)
            runs.append(
                Run(c.name_title_sep + c.title, title_font, s.accent if s.dark else s.muted)
            )
        return TextLine(tuple(runs))

    def _list_lines(self, items: list[str], scale: float) -> list[TextLine]:
        s = self.style
        if not items:
            return []
        if self.services_inline and len(items) > 2:
            return [self._line(" · ".join(items), "small", scale, s.fg)]
        return [self._line(self.bullet + item, "small", scale, s.fg) for item in items]

    def identity(self, scale: float) -> list[TextLine]:
        c, s = self.content, self.style
        lines: list[TextLine] = []
        if c.name:
            lines.append(self._name_line(scale))
            if c.name_alt:
                lines.append(self._line(c.name_alt, "small", scale, s.muted))
            if c.degrees:
                lines.append(self._line(c.degrees, "small", scale, s.muted))
            if c.department:
                lines.append(self._line(c.department, "title", scale, s.muted))
            if c.title and not c.name_title_sep:
                lines.append(self._line(c.title, "title", scale, s.accent if s.dark else s.muted))
            if c.title_alt:
                lines.append(self._line(c.title_alt, "small", scale, s.muted))
        if lines and c.services:
            lines[-1] = dataclasses.replace(lines[-1], gap_after=lines[-1].height * 0.4)
        lines += self._list_lines(c.services, scale)
        lines += [self._line(h, "small", scale, s.muted) for h in c.hours]
        return lines

    # ------------------------------------------------------------ contact block

    def phone_lines(self, scale: float) -> list[TextLine]:
        c, s = self.content, self.style
        body = self._font("body", scale)
        rows: list[list[Run]] = []
        for p in c.phones:
            number = Run(p.printed or p.number, body, s.fg)
            if p.joiner is not None and rows:
                rows[-1] += [Run(p.joiner, body, s.fg), number]
                continue
            icon = "✆" if p.kinds == ("mobile",) else "☎"
            rows.append([*self._label_runs(p.label, icon, scale), number])
        if rows and c.registrations and c.registration_inline:
            small = self._font("small", scale)
            rows[-1] += [Run("   ", small, s.fg), Run(c.registrations[0], small, s.muted)]
        if self.two_phones_per_line and len(rows) >= 2 and all(len(r) <= 2 for r in rows[:2]):
            spacer = Run("   ", body, s.fg)
            rows[:2] = [rows[0] + [spacer] + rows[1]]
        return [TextLine(tuple(r)) for r in rows]

    def contacts(self, scale: float) -> list[TextLine]:
        c, s = self.content, self.style
        body = self._font("body", scale)
        label = "Email" if c.language == "ja" else MAIL_LABEL.get(vocab_key(c.locale), "E")
        lines = self.phone_lines(scale) + self.email_lines(scale, label=label)
        web = [TextLine((Run(w, body, s.accent if s.dark else s.fg),)) for w in c.websites]
        lines = web + lines if self.website_first else lines + web
        lines += self.address_lines(scale)
        inline = 1 if c.registration_inline and c.phones else 0
        lines += [self._line(r, "small", scale, s.muted) for r in c.registrations[inline:]]
        if c.legal_small:
            legal = self._line(c.legal_small, "small", scale * 0.9, s.muted)
            lines = [legal, *lines] if self.legal_first else [*lines, legal]
        return lines
