"""The weight fitting of bench/fit_weights.py, on hand-made candidates (no OCR)."""

from __future__ import annotations

import random

import pytest

from bench.fit_weights import Card, chosen_right, fit_field, is_right
from cardscan.extract.weights import Candidate, FieldWeights, parse_weights

pytest.importorskip("scipy")


def card(n: int, name: str | None) -> Card:
    return Card(f"t:{n}", "varied" if n % 3 else "dev", {"name": name}, None)


def rows(count: int, seed: int = 0) -> list[tuple[Card, list[Candidate]]]:
    """Cards with one right name among distractors; "email" tells them apart, "caps" is
    noise; every fifth card has no name (only distractors)."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        has_name = n % 5 != 0
        label = card(n, "Ana Lima" if has_name else None)
        cands = [
            Candidate(f"Other {k}", (k,), {"email": rng.random() * 0.3, "caps": rng.random()})
            for k in range(3)
        ]
        if has_name:
            cands.append(
                Candidate(
                    "Ana Lima", (9,), {"email": 0.8 + rng.random() * 0.2, "caps": rng.random()}
                )
            )
        out.append((label, cands))
    return out


def test_the_feature_that_separates_gets_the_weight_and_cards_without_a_name_get_none() -> None:
    weights, figures = fit_field(rows(120), "name", dev_weight=2.0)
    assert weights.weights["email"] > 5 * abs(weights.weights["caps"]), weights
    assert figures["cv_accuracy"] == {"dev": 1.0, "varied": 1.0}, figures
    assert figures["positives"] == 96, figures


def test_chosen_right_needs_a_score_above_zero() -> None:
    label = card(1, None)
    cands = [Candidate("Acme", (0,), {"x": 1.0})]
    assert chosen_right([(label, cands)], ["x"], "name", -2.0, [1.0]) == [True]  # nothing chosen
    assert chosen_right([(label, cands)], ["x"], "name", 0.0, [1.0]) == [False]  # a wrong pick


@pytest.mark.parametrize(
    ("field", "text", "label", "right"),
    [
        ("name", "Dr. Ana Lima", {"name": "Ana Lima"}, True),
        ("name", "山田太郎", {"name": "山田 太郎"}, True),
        ("name", "Taro Yamada", {"name": "山田 太郎", "name_alt": "TARO YAMADA"}, True),
        ("company", "Lumen Labs Inc.", {"company": "LUMEN LABS INC"}, True),
        ("title", "Director / Bulk Sales Team", {"title": "Director"}, False),
        ("company", "Anything", {"company": None}, False),
    ],
)
def test_is_right_follows_the_yardstick(field: str, text: str, label: dict, right: bool) -> None:
    assert is_right(field, text, label) is right, (field, text, label)


def test_weights_file_layout_is_checked() -> None:
    parsed = parse_weights({"fields": {"name": {"bias": -1, "weights": {"email": 3}}}})
    assert parsed["name"] == FieldWeights(-1.0, {"email": 3.0})
    assert parsed["name"].score({"email": 1.0, "unknown": 5.0}) == 2.0
    with pytest.raises(ValueError, match="no 'fields' mapping"):
        parse_weights({})


def test_a_refit_of_one_field_keeps_the_others_figures_and_says_how_it_was_made() -> None:
    from bench.fit_weights import kept_about

    new = {
        "made_by": "python -m bench.fit_weights --fields title",
        "seed": 1,
        "cross_validated": {"title": {"cv_accuracy": {"dev": 0.5}}},
    }
    about = kept_about(new, ["title"])
    assert about["cross_validated"]["title"] == {"cv_accuracy": {"dev": 0.5}}
    assert about["cross_validated"]["name"]["cv_accuracy"]  # the shipped figures stay
    assert about["refits"]["title"] == {
        "made_by": "python -m bench.fit_weights --fields title",
        "seed": 1,
    }
    assert "--fields" not in about["made_by"]


def test_every_engines_reading_of_a_real_card_is_one_group_sharing_its_weight() -> None:
    from bench.fit_weights import group_of, weights_of

    rapid = Card("dev:images/a.jpg:0", "dev", {}, None)
    tess = Card("dev-tesseract:images/a.jpg:0", "dev-tesseract", {}, None)
    other = Card("dev:images/b.jpg:0", "dev", {}, None)
    rendered = Card("varied:images/a.jpg:0", "varied", {}, None)
    assert group_of(rapid) == group_of(tess) != group_of(other)
    assert group_of(rendered) != group_of(rapid)
    assert weights_of(rapid, 5.0, 2) == weights_of(tess, 5.0, 2) == 2.5
    assert weights_of(rendered, 5.0, 2) == 1.0


def test_a_real_cards_readings_are_held_out_together() -> None:
    from bench.fit_weights import cross_validate

    base = rows(40)
    both = base + [
        (Card(f"dev-tesseract:{c.key.partition(':')[2]}", "dev-tesseract", c.label, None), cands)
        for c, cands in base
        if c.origin == "dev"
    ]
    seen: dict[str, set[int]] = {}
    import bench.fit_weights as fw

    held_in: list[list[int]] = []
    real_fit = fw.fit

    def spy(train, *args, **kwargs):
        held_in.append([i for i, row in enumerate(both) if row not in train])
        return real_fit(train, *args, **kwargs)

    fw.fit = spy
    try:
        cross_validate(both, ["email", "caps"], "name", 1.0, 2.0)
    finally:
        fw.fit = real_fit
    for fold, held in enumerate(held_in):
        for i in held:
            seen.setdefault(both[i][0].key.partition(":")[2], set()).add(fold)  # the photo
    assert all(len(folds) == 1 for folds in seen.values()), seen
