"""The synthetic card renderer: deterministic, truthful labels, a working CLI, valid samples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import phonenumbers
import pytest

from bench.synth import (
    SAMPLES,
    TRUTH_KEYS,
    available_locales,
    label_line,
    main,
    make_card,
)
from bench.synth_layout import LAYOUTS
from bench.synth_phone_formats import REGION

REPO = Path(__file__).resolve().parents[2]
LABEL_KEYS = {"file", "kind", "language", "name", "email", "phones", "fax", "company", "title",
              "website", "address", "notes"}  # fmt: skip
PHONE_KINDS = {"mobile", "work", "fax"}


@pytest.mark.parametrize("photo", [False, True])
def test_same_seed_gives_identical_pixels_truth_and_meta(photo: bool) -> None:
    a, b = make_card(7, photo=photo), make_card(7, photo=photo)
    assert a.image.dtype == np.uint8 and a.image.ndim == 3 and a.image.shape[2] == 3
    assert np.array_equal(a.image, b.image)
    assert a.truth == b.truth
    assert a.meta == b.meta


def test_overrides_keep_the_card_content() -> None:
    # photo/flat and layout are drawn from separate streams: the same person either way.
    assert make_card(11, photo=True).truth == make_card(11, photo=False).truth
    assert make_card(11, layout="left").truth == make_card(11, layout="portrait").truth


def test_different_seeds_differ() -> None:
    cards = [make_card(seed, photo=False) for seed in range(5)]
    truths = [json.dumps(c.truth, sort_keys=True) for c in cards]
    assert len(set(truths)) == len(truths)
    a, b = cards[0].image, cards[1].image
    assert a.shape != b.shape or not np.array_equal(a, b)


def test_truth_has_the_contact_keys_and_sane_values() -> None:
    for seed in range(40):
        truth = make_card(seed, photo=False).truth
        assert tuple(truth) == TRUTH_KEYS
        assert isinstance(truth["emails"], list) and isinstance(truth["websites"], list)
        assert all("@" in e and " " not in e for e in truth["emails"])
        assert truth["company"]
        for phone in truth["phones"]:
            assert set(phone) == {"number", "kind"} and phone["kind"] in PHONE_KINDS
        if truth["name"] is not None:
            assert truth["given_name"] in truth["name"] and truth["family_name"] in truth["name"]
        assert truth["address"] is None or "\n" not in truth["address"]


def test_phones_are_valid_numbers_of_the_cards_country() -> None:
    for seed in range(40):
        card = make_card(seed, photo=False)
        region = REGION[card.meta["locale"]]
        for phone in card.truth["phones"]:
            parsed = phonenumbers.parse(phone["number"], region)
            assert phonenumbers.is_valid_number(parsed), (seed, phone)


def test_company_only_cards_have_no_person() -> None:
    card = make_card(3, company_only=True, photo=False)
    assert card.truth["name"] is None
    assert card.truth["given_name"] is None and card.truth["family_name"] is None
    assert card.truth["title"] is None
    assert card.truth["company"] and card.meta["company_only"]
    # Left to chance they come up about one in twelve.
    drawn = [make_card(seed, photo=False).truth["name"] is None for seed in range(120)]
    assert 2 <= sum(drawn) <= 25


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_renders(layout: str) -> None:
    card = make_card(5, layout=layout, photo=False)
    w, h = card.meta["card_size"]
    assert card.image.shape[:2] == (h, w)
    assert (h > w) == (layout == "portrait")
    assert card.image.std() > 5  # something was drawn


@pytest.mark.parametrize("locale", available_locales())
def test_every_locale_renders(locale: str) -> None:
    card = make_card(9, locale=locale, photo=False)
    assert card.meta["locale"] == locale
    assert card.meta["language"] == locale[:2]


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_photo_corners_are_inside_the_rotated_frame(rotate: int) -> None:
    card = make_card(4, photo=True, photo_params={"rotate": rotate})
    h, w = card.image.shape[:2]
    canvas_w, canvas_h = card.meta["effects"]["canvas"]
    assert (w, h) == ((canvas_h, canvas_w) if rotate in (90, 270) else (canvas_w, canvas_h))
    for x, y in card.meta["effects"]["quad"]:
        assert -1 <= x <= w and -1 <= y <= h


def test_label_line_splits_faxes_from_phones() -> None:
    card = next(c for c in (make_card(s, photo=False) for s in range(60))
                if any(p["kind"] == "fax" for p in c.truth["phones"]))  # fmt: skip
    line = label_line("images/x.png", card)
    assert set(line) >= LABEL_KEYS
    faxes = {p["number"] for p in card.truth["phones"] if p["kind"] == "fax"}
    assert set(line["fax"]) == faxes
    assert line["kind"] == "render"
    assert label_line("images/x.jpg", make_card(1, photo=True))["kind"] == "render-photo"


def _read_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_writes_images_and_labels(tmp_path: Path) -> None:
    out = tmp_path / "set"
    subprocess.run(
        [sys.executable, "-m", "bench.synth", "--out", str(out), "--n", "3", "--seed", "20"],
        cwd=REPO, check=True, capture_output=True,
    )  # fmt: skip
    labels = _read_labels(out / "labels.jsonl")
    assert len(labels) == 3
    for i, label in enumerate(labels, start=1):
        assert set(label) >= LABEL_KEYS
        assert label["file"].startswith(f"images/synth_{i:05d}.")
        assert cv2.imread(str(out / label["file"])) is not None
        # Card i is seed S + i - 1, so one card can be re-rendered on its own.
        assert label["name"] == make_card(20 + i - 1).truth["name"]


@pytest.mark.parametrize(("flag", "suffix"), [("--flat", ".png"), ("--photo", ".jpg")])
def test_cli_flat_and_photo(tmp_path: Path, flag: str, suffix: str) -> None:
    assert main(["--out", str(tmp_path), "--n", "2", "--seed", "1", flag]) == 0
    labels = _read_labels(tmp_path / "labels.jsonl")
    assert [Path(label["file"]).suffix for label in labels] == [suffix, suffix]


def test_every_sample_has_an_image_and_the_contact_keys() -> None:
    jsons = sorted((REPO / "samples").glob("*.json"))
    assert len(jsons) >= 9
    for path in jsons:
        truth = json.loads(path.read_text(encoding="utf-8"))
        assert set(TRUTH_KEYS) <= set(truth), path.name
        assert all(set(p) >= {"number", "kind"} for p in truth["phones"]), path.name
        images = [path.with_suffix(s) for s in (".jpg", ".png") if path.with_suffix(s).exists()]
        assert len(images) == 1, path.name
        assert images[0].stat().st_size < 400_000, images[0].name
        assert cv2.imread(str(images[0])).shape[1] <= 1600, images[0].name


def test_sample_specs_cover_what_the_set_promises() -> None:
    photos = [s for s in SAMPLES if s.photo]
    assert len(photos) >= 4
    assert any(s.dark for s in SAMPLES) and any(s.company_only for s in SAMPLES)
    assert {"en_US", "en_GB", "pt_BR", "de_DE", "ja_JP"} <= {s.locale for s in SAMPLES}
    assert len({s.layout for s in SAMPLES}) >= 5


def test_samples_match_the_renderer() -> None:
    """The committed JSON is what the renderer produces today (re-run --samples if not)."""
    for sample in SAMPLES:
        if sample.locale not in available_locales():
            continue
        committed = json.loads((REPO / "samples" / f"{sample.stem}.json").read_text("utf-8"))
        assert committed == sample.card().truth, sample.stem


def test_pair_photo_holds_two_cards_with_their_own_truth() -> None:
    from bench.synth import make_pair

    image, cards = make_pair(3)
    assert len(cards) == 2
    assert cards[0].truth != cards[1].truth
    assert image.shape[0] > image.shape[1]  # stacked one above the other
    assert all(label_line("images/p.jpg", c)["kind"] == "render-photo" for c in cards)
    again, _ = make_pair(3)
    assert np.array_equal(image, again)


def test_sets_contain_pair_photos_with_one_label_per_card(tmp_path: Path) -> None:
    from bench.synth import PAIR_RATE, write_set
    from bench.synth_pair import pair_seed_rng

    seeds = [s for s in range(400) if pair_seed_rng(s).random() < PAIR_RATE]
    assert seeds, "no pair drawn in 400 seeds"
    labels = _read_labels(write_set(tmp_path, n=1, seed=seeds[0], photo=None))
    assert len(labels) == 2 and labels[0]["file"] == labels[1]["file"]


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("312-674-2435 Ext. 518", "312-674-2435"),
        ("0422 3988803 Extn. 367", "0422 3988803"),
        ("+82 31 590 2999 (내선 813)", "+82 31 590 2999"),
        ("+7 831 399 51 32 доб. 394", "+7 831 399 51 32"),
        ("(212) 355-1644", "(212) 355-1644"),
    ],
)
def test_rendered_labels_give_phones_without_extensions(printed: str, label: str) -> None:
    """The real sets' convention: a phone is what is dialled, without its extension."""
    from bench.synth_sets import dialled

    assert dialled(printed) == label
