"""The committed sample set (samples/): which cards, rendered how, what each covers, and
the README that describes them."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.synth_card import SynthCard, available_locales, make_card
from bench.synth_sets import write_image


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
