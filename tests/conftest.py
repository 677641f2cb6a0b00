"""Shared fixtures: cards rendered by the tests themselves, so nothing here is a real person."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
)


def _font(size: int) -> ImageFont.FreeTypeFont:
    for path in FONT_CANDIDATES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    pytest.skip("no TrueType font installed (make test installs fonts-dejavu-core)")


def render_card(
    lines: list[tuple[str, int]], *, size: tuple[int, int] = (1050, 600), dark: bool = False
) -> np.ndarray:
    """A flat card (BGR) with each (text, font size) line left-aligned from the top."""
    ink, paper = ((240, 240, 240), (30, 35, 45)) if dark else ((20, 20, 20), (250, 250, 246))
    img = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(img)
    y = 60
    for text, font_size in lines:
        draw.text((70, y), text, font=_font(font_size), fill=ink)
        y += int(font_size * 1.5)
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


def place_on_background(
    card: np.ndarray, *, canvas: tuple[int, int] = (1600, 1200), seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """The card warped in perspective onto a darker textured background; returns (photo, quad)."""
    rng = np.random.default_rng(seed)
    width, height = canvas
    noise = rng.normal(0, 18, (height, width, 1))
    stripes = 20 * np.sin(np.linspace(0, 40, width))[None, :, None]
    photo = np.clip(90 + noise + stripes, 0, 255).astype(np.uint8).repeat(3, axis=2)
    dst = np.float32([[300, 260], [1330, 320], [1290, 930], [260, 880]])
    warp_onto(photo, card, dst)
    return photo, dst


def warp_onto(photo: np.ndarray, card: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """``card`` warped in perspective onto ``photo`` (changed in place and returned), its
    corners (TL, TR, BR, BL) at ``corners``."""
    height, width = photo.shape[:2]
    h, w = card.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(src, np.float32(corners))
    warped = cv2.warpPerspective(card, matrix, (width, height))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (width, height))
    photo[mask > 0] = warped[mask > 0]
    return photo


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Tests (and the CLIs they start) keep the scan cache and the interview record out of
    the user's folders."""
    monkeypatch.setenv("CARDSCAN_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("CARDSCAN_DATA_DIR", str(tmp_path_factory.mktemp("interviews")))


@pytest.fixture(scope="session")
def plain_card() -> np.ndarray:
    return render_card(
        [
            ("Helena Marquardt", 64),
            ("Head of Data Platform", 36),
            ("Brightwater Analytics GmbH", 36),
            ("helena.marquardt@brightwater.example.de", 32),
            ("Tel +49 30 1234 5678", 32),
        ]
    )


def run_cardscan(
    *args: str,
    stdin: bytes | None = None,
    cwd: Path = REPO,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess:
    """``python -m cardscan ARGS`` as a user runs it; never raises on a non-zero exit."""
    return subprocess.run(
        [sys.executable, "-m", "cardscan", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def loopback_smtp(tmp_path: Path) -> Iterator[tuple[Any, Path]]:
    """(handler, profile): an SMTP server on 127.0.0.1 (aiosmtpd; handler.received keeps what
    it got) and a copy of samples/profile.toml whose [smtp] points at it, without TLS."""
    from aiosmtpd.controller import Controller

    from tests.drafts.test_send import Recorder, free_port

    handler = Recorder()
    server = Controller(handler, hostname="127.0.0.1", port=free_port())
    server.start()
    profile = tmp_path / "me.toml"
    profile.write_text(
        (SAMPLES / "profile.toml").read_text("utf-8")
        + f'\n[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nstarttls = false\n',
        "utf-8",
    )
    try:
        yield handler, profile
    finally:
        server.stop()
