"""One synthetic card from its seed, in either mix: every draw first, then content, style,
layout and, for a photo, the phone camera; ``make_card`` is the entry point."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import numpy as np

from bench.synth_content import CJK_LOCALES, LATIN_LOCALES, make_content
from bench.synth_fonts import CJK_FAMILIES
from bench.synth_layout import LAYOUTS, VARIED_LAYOUTS, render_flat
from bench.synth_photo import photograph
from bench.synth_render import make_style
from bench.synth_render_varied import VariedLineMaker, make_varied_style
from bench.synth_varied import VARIED_LOCALE_WEIGHTS, make_varied_content
from bench.synth_varied_content import VariedContent
from bench.synth_world import WORLD_LOCALES

# fmt: off
TRUTH_KEYS: tuple[str, ...] = ("name", "given_name", "family_name", "title", "company", "emails",
                               "phones", "websites", "address")
LOCALE_WEIGHTS: dict[str, int] = {"en_US": 3, "en_GB": 2, "pt_BR": 2, "de_DE": 2, "fr_FR": 1,
                                  "es_ES": 1, "ja_JP": 1}
LAYOUT_WEIGHTS: dict[str, int] = {"left": 4, "centred": 3, "right": 1, "two-column": 3,
                                  "logo-block": 3, "name-bottom": 2, "portrait": 1}
VARIED_LAYOUT_WEIGHTS: dict[str, int] = {**LAYOUT_WEIGHTS, "banner": 2, "panel": 2}
# fmt: on
MIXES: tuple[str, ...] = ("default", "varied")
COMPANY_ONLY_RATE = 1 / 12
PHOTO_RATE = 0.5
DARK_RATE = 0.2


@dataclass(frozen=True)
class SynthCard:
    image: np.ndarray  # BGR uint8
    truth: dict[str, Any]  # the contract's Contact keys in TRUTH_KEYS
    meta: dict[str, Any]  # how it was made: locale, layout, font, theme, photo effects…


def available_locales(mix: str = "default") -> tuple[str, ...]:
    """Japanese, Korean and Chinese need the Noto CJK fonts (apt: fonts-noto-cjk); without
    them they are left out."""
    default = LATIN_LOCALES + (CJK_LOCALES if CJK_FAMILIES else ())
    if mix == "default":
        return default
    if mix != "varied":
        raise ValueError(f"mix {mix!r} unknown (choose from {', '.join(MIXES)})")
    world = tuple(
        loc for loc in WORLD_LOCALES if CJK_FAMILIES or loc not in ("ko_KR", "zh_TW", "zh_CN")
    )
    return default + world


def all_layouts(mix: str = "default") -> tuple[str, ...]:
    return LAYOUTS + (tuple(VARIED_LAYOUTS) if mix == "varied" else ())


def make_card(
    seed: int,
    *,
    photo: bool | None = None,
    locale: str | None = None,
    layout: str | None = None,
    dark: bool | None = None,
    company_only: bool | None = None,
    photo_params: dict[str, Any] | None = None,
    mix: str = "default",
) -> SynthCard:
    """Render card ``seed`` of ``mix``. Every decision is drawn first and the arguments only
    override it, so e.g. ``photo=True`` and ``photo=False`` give the same card content for the
    same seed."""
    if locale is not None and locale not in available_locales(mix):
        raise ValueError(
            f"locale {locale!r} not available (choose from {', '.join(available_locales(mix))})"
        )
    if layout is not None and layout not in all_layouts(mix):
        raise ValueError(f"layout {layout!r} unknown (choose from {', '.join(all_layouts(mix))})")
    if mix == "varied":
        drawn_locale, drawn_photo, drawn_dark = varied_draws(seed)
        flat, truth, meta = render_varied(
            seed,
            locale or drawn_locale,
            layout=layout,
            dark=drawn_dark if dark is None else dark,
            company_only=company_only,
        )
        photo = drawn_photo if photo is None else photo
        return _photographed(
            flat, truth, meta, photo, np.random.default_rng([seed, 2]), photo_params
        )
    rng = random.Random(seed)
    # Drawn from every locale, installed fonts or not, so a seed is the same card everywhere;
    # only a Japanese draw on a machine without CJK fonts falls back to US English.
    drawn_locale = rng.choices(list(LOCALE_WEIGHTS), weights=list(LOCALE_WEIGHTS.values()))[0]
    if drawn_locale not in available_locales():
        drawn_locale = "en_US"
    drawn_company_only = rng.random() < COMPANY_ONLY_RATE
    drawn_photo = rng.random() < PHOTO_RATE
    drawn_layout = rng.choices(LAYOUTS, weights=[LAYOUT_WEIGHTS[lay] for lay in LAYOUTS])[0]
    drawn_dark = rng.random() < DARK_RATE

    locale = locale or drawn_locale
    company_only = drawn_company_only if company_only is None else company_only
    photo = drawn_photo if photo is None else photo
    layout = layout or drawn_layout
    dark = drawn_dark if dark is None else dark

    # Separate streams per stage: an override in one stage must not reshuffle the others.
    content = make_content(
        random.Random(f"content:{seed}"), locale, seed, company_only=company_only
    )
    style = make_style(
        random.Random(f"style:{seed}"), content, dark=dark, company_only=company_only
    )
    flat, decor = render_flat(content, style, layout, random.Random(f"layout:{seed}"))
    meta: dict[str, Any] = {
        "seed": seed,
        "locale": locale,
        "language": content.language,
        "layout": layout,
        "font": style.family.name,
        "theme": "dark" if dark else "light",
        "company_only": company_only,
        "decor": decor,
        "label_mode": style.label_mode,
        "name_alt": content.name_alt,
        "department": content.department,
        "tagline": content.tagline,
        "card_size": [flat.shape[1], flat.shape[0]],
    }
    return _photographed(
        flat, content.truth(), meta, photo, np.random.default_rng([seed, 1]), photo_params
    )


def _photographed(
    flat: np.ndarray,
    truth: dict[str, Any],
    meta: dict[str, Any],
    photo: bool,
    rng: np.random.Generator,
    photo_params: dict[str, Any] | None,
) -> SynthCard:
    """The card as rendered, or a phone photo of it; meta records which."""
    meta.update(photo=photo, effects={})
    image = flat
    if photo:
        image, meta["effects"] = photograph(flat, rng, **(photo_params or {}))
    return SynthCard(image=image, truth=truth, meta=meta)


def _varied_layout(seed: int, content: VariedContent) -> str:
    """A layout for the varied card: slogans and shops lean on the band and panel layouts."""
    weights = dict(VARIED_LAYOUT_WEIGHTS)
    if content.big_tagline or content.logo:
        weights["banner"] += 3
        weights["panel"] += 2
    if content.kind == "shop":
        weights["centred"] += 3
    rng = random.Random(f"varied-layout-pick:{seed}")
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def varied_draws(seed: int) -> tuple[str, bool, bool]:
    """(locale, photo, dark) of varied card ``seed``."""
    rng = random.Random(f"varied:{seed}")
    weights = VARIED_LOCALE_WEIGHTS
    locale = rng.choices(list(weights), weights=list(weights.values()))[0]
    if locale not in available_locales("varied"):
        locale = "en_US"
    return locale, rng.random() < PHOTO_RATE, rng.random() < DARK_RATE


def varied_content(
    seed: int, *, locale: str | None = None, company_only: bool | None = None
) -> VariedContent:
    """What varied card ``seed`` prints (no pixels): fast enough to survey thousands of cards."""
    return make_varied_content(
        random.Random(f"varied-content:{seed}"),
        locale or varied_draws(seed)[0],
        seed,
        company_only=company_only,
    )


def render_varied(
    seed: int, locale: str, *, layout: str | None, dark: bool, company_only: bool | None
) -> tuple[np.ndarray, dict[str, Any], dict[str, Any]]:
    """The flat render, truth and meta of varied card ``seed`` (``make_card(seed,
    mix="varied")``); each stage has its own stream, so an override keeps the content."""
    content = varied_content(seed, locale=locale, company_only=company_only)
    layout = layout or _varied_layout(seed, content)
    no_person = content.kind in ("company", "shop")
    style = make_varied_style(
        random.Random(f"varied-style:{seed}"), content, dark=dark, company_only=no_person
    )
    flat, decor = render_flat(
        content, style, layout, random.Random(f"varied-layout:{seed}"), maker_class=VariedLineMaker
    )
    meta: dict[str, Any] = {
        "seed": seed,
        "mix": "varied",
        "locale": locale,
        "language": content.language,
        "layout": layout,
        "font": style.family.name,
        "theme": "dark" if dark else "light",
        "company_only": no_person,
        "kind": content.kind,
        "features": list(content.features),
        "decor": decor,
        "label_mode": style.label_mode,
        "name_alt": content.name_alt,
        "title_alt": content.title_alt,
        "company_alt": content.company_alt,
        "logo": list(content.logo) if content.logo else None,
        "department": content.department,
        "tagline": content.tagline,
        "services": list(content.services),
        "hours": list(content.hours),
        "registrations": list(content.registrations),
        "script_line": content.script_line[0] if content.script_line else None,
        "dialable": content.dialable(),
        "card_size": [flat.shape[1], flat.shape[0]],
    }
    return flat, content.truth(), meta
