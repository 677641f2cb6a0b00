from pathlib import Path

import pytest

from cardscan import api
from cardscan.errors import CardscanError
from tests.conftest import SAMPLES, place_on_background, render_card


def test_scan_one_times_every_stage():
    outcome = api.scan_one(str(SAMPLES / "uk_centred_flat.png"))
    assert outcome.error is None and len(outcome.contacts) == 1
    assert set(outcome.timings) == set(api.STAGES)
    assert all(seconds >= 0 for seconds in outcome.timings.values()), outcome.timings
    assert outcome.timings["ocr"] > 0


def test_two_cards_in_one_photo_give_two_contacts():
    from bench.synth import make_pair

    image, cards = make_pair(1000)
    contacts = api.scan_image(image, "pair.jpg")
    assert [c.card for c in contacts] == [0, 1]
    want = [c.truth["emails"][0] for c in cards if c.truth["emails"]]
    got = [e for c in contacts for e in c.emails]
    assert set(want) <= set(got), (want, got)


def test_card_rotated_on_its_side_reads_upright():
    card = render_card([("Oskar Lindqvist", 64), ("oskar.lindqvist@fjordline.no", 34)])
    photo, _ = place_on_background(card)
    import cv2

    sideways = cv2.rotate(photo, cv2.ROTATE_90_CLOCKWISE)
    (contact,) = api.scan_image(sideways, "sideways.jpg")
    assert contact.emails == ("oskar.lindqvist@fjordline.no",), contact.text
    assert contact.text.splitlines()[0].startswith("Oskar"), contact.text


def test_debug_dir_gets_a_picture_of_each_stage(tmp_path: Path):
    options = api.ScanOptions(debug_dir=str(tmp_path))
    api.scan_one(str(SAMPLES / "us_left_photo.jpg"), options)
    names = sorted(p.name for p in (tmp_path / "us_left_photo").iterdir())
    assert names == [
        "0-outline.jpg",
        "card0-1-flat.jpg",
        "card0-2-engine.png",
        "card0-3-fields.png",
    ]


def test_empty_folder_is_a_clear_error(tmp_path: Path):
    with pytest.raises(CardscanError, match="no images found in"):
        list(api.scan([str(tmp_path)]))


def test_folders_are_searched_recursively_in_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.jpg", "1.png", "notes.txt", "b/1.HEIC"):
        (tmp_path / name).write_bytes(b"")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in api.expand_paths([str(tmp_path)])]
    assert found == ["1.png", "b/1.HEIC", "b/2.jpg"]


def test_confidence_is_calibrated_unless_asked_for_raw_scores() -> None:
    from cardscan.extract.confidence import calibrate

    path = str(SAMPLES / "uk_centred_flat.png")
    raw = api.scan_one(path, api.ScanOptions(calibrate=False)).contacts[0].confidence
    shown = api.scan_one(path).contacts[0].confidence
    assert shown == calibrate(raw), (raw, shown)
    assert all(0.0 <= value <= 1.0 for value in shown.values()), shown


def test_card_images_come_back_only_when_asked() -> None:
    path = str(SAMPLES / "uk_centred_flat.png")
    plain = api.scan_one(path, api.ScanOptions(calibrate=False))
    assert plain.card_images == ()
    kept = api.scan_one(path, api.ScanOptions(keep_card_images=True))
    (card,) = kept.card_images
    assert len(kept.contacts) == 1 and card.ndim == 3 and card.shape[1] > card.shape[0]


def test_tesseract_reads_single_threaded_with_no_limit_set_beforehand(monkeypatch) -> None:
    """OMP_THREAD_LIMIT has one owner, the Tesseract engine: it holds without the caller."""
    import os

    from cardscan.engines import tesseract

    seen: list[str | None] = []
    real = tesseract._library  # called by every reading, through the library or not

    def spy(lang):
        seen.append(os.environ.get("OMP_THREAD_LIMIT"))
        return real(lang)

    monkeypatch.setenv("OMP_THREAD_LIMIT", "0")  # so that the deletion is undone afterwards
    monkeypatch.delenv("OMP_THREAD_LIMIT")
    monkeypatch.setattr(tesseract, "_library", spy)
    api.scan_one(str(SAMPLES / "uk_centred_flat.png"), api.ScanOptions(engine="tesseract"))
    assert seen and set(seen) == {"1"}, seen
