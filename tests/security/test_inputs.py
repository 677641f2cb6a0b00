"""Inputs that were lost quietly, or stopped the run, and now give a result or one line each.

An unreadable sub-folder was skipped without a word (exit 0); one unreadable file given by
name stopped the whole run (exit 1, the good cards not written); 16-bit PNG/TIFF, float TIFF
and black-on-transparent images read as empty contacts; a 1×1 image gave an all-null
contact; a 108 MP phone photo was refused by a 90 MP limit. Permission errors are simulated:
CI runs as root, whom chmod does not stop.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from cardscan import cli
from cardscan.errors import InputFileError
from cardscan.imageio import decode_image
from tests.conftest import SAMPLES, render_card

CARD = SAMPLES / "uk_centred_flat.png"
NAME, EMAIL = "Helena Marquardt", "helena.marquardt@brightwater.example.de"


def _scan(*args: str) -> tuple[int, list[dict], list[str]]:
    """`cardscan scan ARGS` in this process (so monkeypatches apply): exit code, contacts,
    stderr lines without the summary."""
    result = CliRunner().invoke(
        cli.main, ["scan", *args, "--workers", "1", "--no-cache", "--format", "jsonl"]
    )
    contacts = [json.loads(line) for line in result.stdout.splitlines() if line]
    return result.exit_code, contacts, result.stderr.splitlines()


def _denied(monkeypatch: pytest.MonkeyPatch, module: object, name: str, path: Path) -> None:
    real = getattr(module, name)

    def refuse(target, *args, **kwargs):
        if os.fspath(target) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(target, *args, **kwargs)

    monkeypatch.setattr(module, name, refuse)


@pytest.mark.slow
def test_an_unreadable_sub_folder_is_named_and_the_rest_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(CARD, tmp_path / "a.png")
    (tmp_path / "private").mkdir()
    shutil.copy(CARD, tmp_path / "private" / "b.png")
    _denied(monkeypatch, os, "scandir", tmp_path / "private")
    code, contacts, errors = _scan(str(tmp_path), "--quiet")
    assert code == 3
    assert [c["source"] for c in contacts] == [str(tmp_path / "a.png")]
    assert errors == [f"cardscan: {tmp_path / 'private'}: permission denied"]


@pytest.mark.slow
def test_an_unreadable_file_given_by_name_does_not_stop_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file in a folder that cannot be searched: even stat() is refused (EACCES)."""
    locked = tmp_path / "locked" / "card.png"
    _denied(monkeypatch, os, "stat", locked)
    out = tmp_path / "out.jsonl"
    code, _, errors = _scan(str(CARD), str(locked), "-o", str(out), "--quiet")
    assert code == 3
    assert errors == [f"cardscan: {locked}: permission denied"]
    assert [json.loads(line)["source"] for line in out.read_text("utf-8").splitlines()] == [
        str(CARD)
    ]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_unreadable_for_real(tmp_path: Path) -> None:
    shutil.copy(CARD, tmp_path / "a.png")
    (tmp_path / "private").mkdir()
    (tmp_path / "private").chmod(0)
    try:
        code, contacts, errors = _scan(str(tmp_path), "--quiet")
    finally:
        (tmp_path / "private").chmod(0o700)
    assert code == 3 and len(contacts) == 1
    assert errors == [f"cardscan: {tmp_path / 'private'}: permission denied"]


def _grey_card() -> np.ndarray:
    return render_card([(NAME, 64), ("Head of Data Platform", 36), (EMAIL, 32)])[:, :, 0]


def _encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


def _deep_and_transparent(grey: np.ndarray) -> dict[str, bytes]:
    """The same card as a 16-bit PNG and TIFF, a floating-point TIFF, and black ink on a
    transparent background (what Pillow's convert("RGB") turned white, black or empty)."""
    ink = np.zeros((*grey.shape, 4), np.uint8)
    ink[:, :, 3] = 255 - grey
    return {
        "deep.png": _encode(Image.fromarray(grey.astype(np.uint16) * 257), "PNG"),
        "deep.tiff": _encode(Image.fromarray(grey.astype(np.uint16) * 257), "TIFF"),
        "float.tiff": _encode(Image.fromarray(grey.astype(np.float32) / 255), "TIFF"),
        "ink.png": _encode(Image.fromarray(ink, "RGBA"), "PNG"),
    }


@pytest.mark.parametrize("name", ["deep.png", "deep.tiff", "float.tiff", "ink.png"])
def test_deep_and_transparent_images_decode_as_seen(name: str) -> None:
    """Dark ink on light paper, as the card was drawn (deep images are stretched to their
    own range, so the grey levels need not match exactly)."""
    grey = _grey_card()
    pixels = decode_image(_deep_and_transparent(grey)[name], name)
    assert pixels.shape == (*grey.shape, 3)
    ink, paper = pixels[grey < 60].mean(), pixels[grey > 200].mean()
    assert (ink < 40, paper > 220) == (True, True), (name, ink, paper)


def test_white_ink_on_transparency_gets_a_dark_background() -> None:
    grey = _grey_card()
    ink = np.full((*grey.shape, 4), 255, np.uint8)
    ink[:, :, 3] = 255 - grey  # white text, transparent elsewhere
    pixels = decode_image(_encode(Image.fromarray(ink, "RGBA"), "PNG"), "white-ink.png")
    ink, paper = pixels[grey < 60].mean(), pixels[grey > 200].mean()
    assert (ink > 215, paper < 35) == (True, True), (ink, paper)


@pytest.mark.slow
def test_deep_and_transparent_cards_are_read(tmp_path: Path) -> None:
    for name, data in _deep_and_transparent(_grey_card()).items():
        (tmp_path / name).write_bytes(data)
    code, contacts, errors = _scan(str(tmp_path), "--quiet")
    assert code == 0, errors
    assert {Path(c["source"]).name: (c["name"], c["emails"]) for c in contacts} == {
        name: (NAME, [EMAIL]) for name in ("deep.png", "deep.tiff", "float.tiff", "ink.png")
    }


def test_a_one_pixel_image_is_refused_not_an_empty_contact(tmp_path: Path) -> None:
    (tmp_path / "dot.png").write_bytes(_encode(Image.new("RGB", (1, 1)), "PNG"))
    code, contacts, errors = _scan(str(tmp_path / "dot.png"), "--quiet")
    assert (code, contacts) == (1, [])
    assert errors == [
        f"cardscan: {tmp_path / 'dot.png'}: image too small (1×1 pixels; a card needs at least "
        "16 on each side)"
    ]


def test_a_108_megapixel_phone_photo_is_read_at_half_size() -> None:
    photo = _encode(Image.new("RGB", (12_000, 9_000), "white"), "JPEG")
    assert decode_image(photo, "phone.jpg").shape == (4_500, 6_000, 3)


def test_beyond_any_phone_camera_is_still_refused() -> None:
    from tests.test_imageio import png_header

    with pytest.raises(InputFileError) as info:
        decode_image(png_header(20_000, 15_000), "bomb.png")
    assert str(info.value) == "bomb.png: image too large (300 megapixels, limit 250)"
