"""Deterministic synthetic business cards with ground truth, for benchmarks, tests and samples.

    python -m bench.synth --out DIR --n 200 --seed 0 [--photo | --flat] [--locale de_DE]
    python -m bench.synth --out DIR --n 200 --seed 0 --mix varied    # more locales and kinds
    python -m bench.synth --samples samples/

Card i of a run (1-based) uses seed S + i - 1, so any single card can be re-rendered with
``make_card(seed)``. The same seed gives identical pixels and truth on the same platform and
library versions (fonts and OpenCV builds can shift anti-aliasing by a grey level elsewhere).

Two mixes: ``default`` (the corpus the samples and tests pin) and ``varied``
(bench/synth_varied.py: new locales, shop and trade cards, logos, phone lists…). Seed S of one
mix has nothing to do with seed S of the other.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from bench.synth_content import CJK_LOCALES, LATIN_LOCALES, make_content
from bench.synth_layout import LAYOUTS, VARIED_LAYOUTS, render_flat
from bench.synth_pair import SECOND_CARD_SEED_OFFSET, pair_seed_rng, photograph_pair
from bench.synth_photo import photograph
from bench.synth_render import CJK_FAMILIES, make_style
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
# Share of a set's images that show two cards (only where photos are allowed).
PAIR_RATE = 0.05


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


# ---------------------------------------------------------------- labelled sets


def notes(meta: dict[str, Any]) -> str:
    parts = [
        f"synthetic seed={meta['seed']}",
        f"layout={meta['layout']}",
        f"font={meta['font']}",
        f"theme={meta['theme']}",
    ]
    if meta["decor"]:
        parts.append("decor=" + "+".join(meta["decor"]))
    if meta["department"]:
        parts.append(f"department line '{meta['department']}' (not a title)")
    if meta["tagline"]:
        parts.append(f"tagline '{meta['tagline']}'")
    if meta.get("mix") == "varied":
        parts.append(f"varied: {meta['locale']} " + " ".join(meta["features"]))
        if meta["registrations"]:
            parts.append("not phones: " + ", ".join(meta["registrations"]))
    fx = meta["effects"]
    if fx.get("pair"):
        parts.append(f"two cards in one photo: background={fx['background']} jpeg={fx['jpeg']}")
    elif fx:
        parts.append(
            f"photo: background={fx['background']} tilt={fx['tilt']:.1f}deg "
            f"skew={fx['skew']:.3f} shadow={fx['shadow']:.2f} blur={fx['blur']:.2f} "
            f"motion={fx['motion']} glare={fx['glare']:.2f} noise={fx['noise']:.1f} "
            f"jpeg={fx['jpeg']} rotate={fx['rotate']} lowres={fx['lowres']}"
        )
    else:
        parts.append("flat render")
    return "; ".join(parts)


def label_line(file: str, card: SynthCard) -> dict[str, Any]:
    """One labels.jsonl record in the layout of the real development set."""
    t = card.truth
    phones = list(dict.fromkeys(p["number"] for p in t["phones"] if p["kind"] != "fax"))
    fax = list(dict.fromkeys(p["number"] for p in t["phones"] if p["kind"] == "fax"))
    record = {
        "file": file,
        # "render" like the real set's one render; photo simulations get a kind of their own
        # so accuracy can be read separately for them.
        "kind": "render-photo" if card.meta["photo"] else "render",
        "language": card.meta["language"],
        "name": t["name"],
        "email": t["emails"],
        "phones": phones,
        "fax": fax,
        "company": t["company"],
        "title": t["title"],
        "website": t["websites"],
        "address": t["address"],
        "notes": notes(card.meta),
    }
    if card.meta["name_alt"]:
        record["name_alt"] = card.meta["name_alt"]
    return record


def write_image(path: Path, image: np.ndarray, *, quality: int = 90) -> None:
    params = (
        [cv2.IMWRITE_JPEG_QUALITY, quality]
        if path.suffix == ".jpg"
        else [cv2.IMWRITE_PNG_COMPRESSION, 6]
    )
    ok, buf = cv2.imencode(path.suffix, image, params)
    if not ok:
        raise RuntimeError(f"could not encode {path}")
    path.write_bytes(buf.tobytes())


def make_pair(
    seed: int, *, locale: str | None = None, mix: str = "default"
) -> tuple[np.ndarray, list[SynthCard]]:
    """One phone photo of two cards (seed and a partner seed); truth for both, top card first."""
    cards = [
        make_card(seed, photo=False, locale=locale, mix=mix),
        make_card(seed + SECOND_CARD_SEED_OFFSET, photo=False, locale=locale, mix=mix),
    ]
    image, effects = photograph_pair((cards[0].image, cards[1].image), np.random.default_rng(seed))
    for card in cards:
        card.meta.update(photo=True, effects={**effects, "pair": True})
    return image, cards


def write_set(
    out: Path,
    *,
    n: int,
    seed: int,
    photo: bool | None,
    locale: str | None = None,
    mix: str = "default",
) -> Path:
    """n images with labels.jsonl; a two-card photo has one label line per card."""
    images = out / "images"
    images.mkdir(parents=True, exist_ok=True)
    labels = out / "labels.jsonl"
    with labels.open("w", encoding="utf-8") as fh:
        for i in range(1, n + 1):
            card_seed = seed + i - 1
            if photo is not False and pair_seed_rng(card_seed).random() < PAIR_RATE:
                image, cards = make_pair(card_seed, locale=locale, mix=mix)
                file = f"images/synth_{i:05d}.jpg"
            else:
                card = make_card(card_seed, photo=photo, locale=locale, mix=mix)
                image, cards = card.image, [card]
                file = f"images/synth_{i:05d}.{'jpg' if card.meta['photo'] else 'png'}"
            write_image(out / file, image)
            for card in cards:
                fh.write(json.dumps(label_line(file, card), ensure_ascii=False) + "\n")
    return labels


# ---------------------------------------------------------------- committed samples


@dataclass(frozen=True)
class Sample:
    """One committed sample: which card, rendered how, and what it is there to cover."""

    stem: str
    seed: int
    covers: str
    locale: str
    layout: str
    photo: bool
    dark: bool = False
    company_only: bool = False
    photo_params: dict[str, Any] | None = None

    def card(self) -> SynthCard:
        return make_card(
            self.seed,
            photo=self.photo,
            locale=self.locale,
            layout=self.layout,
            dark=self.dark,
            company_only=self.company_only,
            photo_params=self.photo_params,
        )


def phone_photo(background: str, **extra: Any) -> dict[str, Any]:
    """Effects pinned for sample photos so the set always shows a clear phone-photo look
    (perspective, shadow, blur, JPEG) whatever the seed would draw."""
    base = {"fill": 0.74, "skew": 0.04, "shadow": 0.45, "blur": 0.8, "jpeg": 80, "rotate": 0}
    return {**base, "lowres": False, "background": background, **extra}


# fmt: off
SAMPLES: tuple[Sample, ...] = (
    Sample("us_left_photo", 101, "US card, left-aligned, phone photo on wood", "en_US", "left",
           photo=True, photo_params=phone_photo("wood")),
    Sample("uk_centred_flat", 102, "UK card, centred, flat render", "en_GB", "centred",
           photo=False),
    Sample("br_two_column_photo", 103, "Brazilian card, two columns, phone photo on a mottled "
           "surface", "pt_BR", "two-column", photo=True, photo_params=phone_photo("noise")),
    Sample("de_logo_block_flat", 104, "German card, logo block, flat render", "de_DE",
           "logo-block", photo=False),
    Sample("jp_centred_photo", 105, "Japanese card, centred, phone photo with glare", "ja_JP",
           "centred", photo=True, photo_params=phone_photo("desk", glare=0.3)),
    Sample("fr_dark_right_flat", 106, "French dark card (light text), right-aligned", "fr_FR",
           "right", photo=False, dark=True),
    Sample("es_name_bottom_photo", 107, "Spanish card, name at the bottom, phone photo taken "
           "sideways (rotated 90)", "es_ES", "name-bottom", photo=True,
           photo_params=phone_photo("gradient", rotate=90)),
    Sample("company_only_flat", 108, "US company-only card (no person), logo block", "en_US",
           "logo-block", photo=False, company_only=True),
    Sample("uk_portrait_dark_photo", 109, "UK vertical (portrait) dark card, phone photo on "
           "fabric", "en_GB", "portrait", photo=True, dark=True,
           photo_params=phone_photo("fabric")),
    Sample("de_two_column_lowres_photo", 110, "German card, two columns, low-resolution phone "
           "photo", "de_DE", "two-column", photo=True,
           photo_params=phone_photo("wood", lowres=True, canvas=(960, 720), jpeg=70)),
)
# fmt: on


def write_samples(out: Path) -> list[Path]:
    """The committed samples: image + expected contact JSON each, and a README describing them."""
    out.mkdir(parents=True, exist_ok=True)
    written, rows = [], []
    for sample in SAMPLES:
        if sample.locale not in available_locales():
            print(f"skipping {sample.stem}: {sample.locale} needs fonts-noto-cjk", file=sys.stderr)
            continue
        card = sample.card()
        image_path = out / f"{sample.stem}.{'jpg' if sample.photo else 'png'}"
        write_image(image_path, card.image, quality=85)
        truth = json.dumps(card.truth, ensure_ascii=False, indent=2) + "\n"
        (out / f"{sample.stem}.json").write_text(truth, encoding="utf-8")
        written.append(image_path)
        rows.append(f"| `{image_path.name}` | {sample.covers} | {card.meta['font']} |")
    readme = [
        "# Samples",
        "",
        "Rendered by `python -m bench.synth --samples samples/` (deterministic: re-running",
        "rewrites the same cards). Each image has a `.json` beside it with the expected contact,",
        "the renderer's ground truth, with the keys name, given_name, family_name, title,",
        "company, emails, phones [{number, kind}], websites, address. All people, companies,",
        "numbers and addresses are fake (Faker).",
        "",
        "| file | covers | font |",
        "|---|---|---|",
        *rows,
        "",
    ]
    (out / "README.md").write_text("\n".join(readme), encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synth", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--out", type=Path, help="write DIR/images/synth_NNNNN.* and DIR/labels.jsonl"
    )
    parser.add_argument("--n", type=int, default=100, help="number of cards (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first card (default 0)")
    parser.add_argument(
        "--mix",
        choices=MIXES,
        default="default",
        help="default: the pinned corpus; varied: more locales and kinds of card",
    )
    parser.add_argument("--locale", choices=available_locales("varied"), help="only this locale")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--photo", action="store_const", const=True, dest="photo", help="all simulated photos"
    )
    kind.add_argument(
        "--flat", action="store_const", const=False, dest="photo", help="all flat renders"
    )
    parser.add_argument(
        "--samples", type=Path, metavar="DIR", help="write the committed sample set into DIR"
    )
    args = parser.parse_args(argv)
    if args.samples is None and args.out is None:
        parser.error("give --out DIR or --samples DIR")
    if args.locale and args.locale not in available_locales(args.mix):
        parser.error(f"--locale {args.locale} needs --mix varied")
    if args.samples is not None:
        for path in write_samples(args.samples):
            print(path)
    if args.out is not None:
        print(
            write_set(
                args.out,
                n=args.n,
                seed=args.seed,
                photo=args.photo,
                locale=args.locale,
                mix=args.mix,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
