"""What a card of the varied mix prints (``VariedContent``) and how its words are looked up
per locale; shared by the content draws and the renderer."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from bench.synth_content import CardContent


@dataclass
class VariedContent(CardContent):
    """A card of the varied mix: ``CardContent`` plus what only the renderer needs."""

    kind: str = "person"
    bilingual: bool = False  # Korean or Chinese card with English name/title/company lines
    features: list[str] = field(default_factory=list)
    company_alt: str | None = None  # the company in English on a bilingual card
    title_alt: str | None = None
    logo: tuple[str, str] | None = None  # (word, descriptor) printed instead of a company line
    legal_small: str | None = None  # the legal name printed in small type (it is the company)
    trade: str | None = None  # what the firm's people do, under its name ("Tax Consultant")
    big_tagline: bool = False
    spaced_name: bool = False
    name_title_sep: str | None = None
    name_prefix: str | None = None  # "Ask for " before a first-name-only name
    script_line: tuple[str, str, bool] | None = None  # (text, script, above the company?)
    degrees: str | None = None
    services: list[str] = field(default_factory=list)
    hours: list[str] = field(default_factory=list)
    registrations: list[str] = field(default_factory=list)
    registration_inline: bool = False  # the first id printed on the last phone's line

    @property
    def address(self) -> str | None:
        if not self.address_lines:
            return None
        return (" " if self.language in ("ja", "zh") else ", ").join(self.address_lines)

    def dialable(self) -> dict[str, str]:
        """Truth number -> the number libphonenumbers checks (without an extension)."""
        return {p.number: p.dialable or p.number for p in self.phones}


def vocab_key(locale: str) -> str:
    """Which vocabulary table row a locale reads: the language, or the locale where it differs."""
    if locale in ("zh_TW", "zh_CN", "en_IN", "en_AE"):
        return locale
    return locale[:2]


def _pick(tables: tuple[dict[str, Any], dict[str, Any]], key: str, fallback: str = "en") -> Any:
    """The row of the world table or of the default one; Gulf English reads English rows."""
    world, default = tables
    if key in world:
        return world[key]
    return default.get(key) or default[fallback]


def _p(rng: random.Random, rate: float) -> bool:
    return rng.random() < rate
