"""Labelled sets of synthetic cards: images/ and labels.jsonl in the layout of the real
development set, a few images showing two cards."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from bench.synth_card import SynthCard, make_card
from bench.synth_pair import SECOND_CARD_SEED_OFFSET, pair_seed_rng, photograph_pair

# Share of a set's images that show two cards (only where photos are allowed).
PAIR_RATE = 0.05


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


# An extension printed after a number ("Ext. 518", "Extn. 367", "(내선 813)", "доб. 394"):
# the real sets' labels give phones without extensions, and so do these.
EXTENSION = re.compile(
    r"\s*[,;(]?\s*(?:(?i:ext(?:ension)?|extn|ramal|durchwahl|anexo|poste|доб)\.?|x|#|内線|分機|내선)"
    r"\s*[.:：]?\s*\d{1,5}\s*\)?\s*$"
)


def dialled(number: str) -> str:
    """The number as labelled: what is dialled, without an extension."""
    return EXTENSION.sub("", number).strip()


def label_line(file: str, card: SynthCard) -> dict[str, Any]:
    """One labels.jsonl record in the layout of the real development set."""
    t = card.truth
    phones = list(dict.fromkeys(dialled(p["number"]) for p in t["phones"] if p["kind"] != "fax"))
    fax = list(dict.fromkeys(dialled(p["number"]) for p in t["phones"] if p["kind"] == "fax"))
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
