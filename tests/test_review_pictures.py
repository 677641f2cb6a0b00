"""The terminal review shows the card's own picture of each doubtful line: a PNG in a
private folder that goes when the review does, and half blocks on a 24-bit colour terminal.
Cards are rendered here; low scores are made by hand (the pipeline's calibration replaced)."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import cv2
import numpy as np
import pytest
from click.testing import CliRunner

from cardscan import cli
from cardscan.cli import options, pictures
from cardscan.cli.pictures import INLINE_HEIGHT, MAX_BANDS, Pictures, half_blocks
from cardscan.cli.review import review
from cardscan.pipeline import ScanOptions, scan_one
from cardscan.review import crops_to_check, to_check
from tests.conftest import SAMPLES, render_card

ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
EMAIL = "helena.marquardt@brightwater.example.de"
CARD = [
    ("Helena Marquardt", 64),
    ("Head of Data Platform", 36),
    ("Brightwater Analytics GmbH", 36),
    (EMAIL, 32),
    ("Tel +49 30 1234 5678", 32),
]


@pytest.fixture
def card_file(tmp_path: Path) -> Path:
    path = tmp_path / "card.png"
    cv2.imwrite(str(path), render_card(CARD))
    return path


@pytest.fixture
def emails_doubtful(monkeypatch: pytest.MonkeyPatch) -> None:
    """The email scored under the review threshold, every other field sure."""
    monkeypatch.setattr(
        "cardscan.pipeline.calibrated",
        lambda raw: {k: (0.2 if k == "emails" else 0.95) for k in raw},
    )


# --- the pictures ---------------------------------------------------------------------------


def test_half_blocks_fit_the_terminal() -> None:
    line = np.full((40, 300, 3), 255, np.uint8)
    cv2.putText(line, "sean@x.example", (5, 30), cv2.FONT_HERSHEY_SIMPLEX, 1, (0, 0, 0), 2)
    rows = half_blocks(line, 200)
    assert len(rows) == INLINE_HEIGHT // 2  # two pixels a row
    assert all(r.count("▀") == len(ESCAPE.sub("", r)) <= 200 for r in rows)
    assert all(r.endswith("\x1b[0m") for r in rows)  # the colours end with the row
    narrow = half_blocks(line, 40)  # cut into bands, at most MAX_BANDS, each 40 wide
    bands = [len(band.split("\n")) for band in "\n".join(narrow).split("\n\n")]
    assert 1 < len(bands) <= MAX_BANDS
    assert max(len(ESCAPE.sub("", r)) for r in narrow) <= 40
    assert half_blocks(np.zeros((0, 0, 3), np.uint8), 80) == []


def test_pictures_are_new_files_in_a_private_folder_removed_after(tmp_path: Path) -> None:
    image = np.full((20, 60, 3), 200, np.uint8)
    with Pictures() as shelf:
        first = shelf.save(image, "email")
        assert first is not None and first.name == "001-email.png"
        assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
        assert cv2.imread(str(first)).shape == image.shape
        taken = first.parent / "002-email.png"  # never written over
        taken.write_bytes(b"mine")
        assert shelf.save(image, "email") is None and taken.read_bytes() == b"mine"
    assert not first.parent.exists()


# --- the review ---------------------------------------------------------------------------


def reviewed_output(card_file: Path, monkeypatch: pytest.MonkeyPatch, *, inline: bool) -> str:
    outcome = scan_one(str(card_file), ScanOptions(keep_field_crops=True))
    (contact,) = outcome.contacts
    assert contact.emails == (EMAIL,) and to_check(contact) == ["emails"]
    crops = {(contact.source, 0): crops_to_check(contact, outcome.field_crops[0])}
    monkeypatch.setattr("cardscan.cli.review.draws_inline", lambda stream: inline)
    seen: list[Path] = []
    real_save = Pictures.save

    def save(self: Pictures, image: np.ndarray, label: str) -> Path | None:
        path = real_save(self, image, label)
        assert path is not None and path.is_file()
        seen.append(path)
        return path

    monkeypatch.setattr(Pictures, "save", save)
    # color: click keeps escapes on a terminal only, and draws_inline stands for one here
    with CliRunner().isolation(input="a\n", color=inline) as streams:
        (decision,) = review([contact], lambda d: None, crops=crops)
        text = streams[0].getvalue().decode()
    assert decision.accepted
    (path,) = seen
    assert not path.exists()  # the review is over: its pictures are gone
    return text.replace(str(path), "<picture>")


def email_line(text: str) -> int:
    """The number of the review's email line in ``text``."""
    return next(i for i, ln in enumerate(text.splitlines()) if ln.strip().startswith("email:"))


def test_the_review_shows_where_the_emails_picture_is(
    card_file: Path, monkeypatch: pytest.MonkeyPatch, emails_doubtful: None
) -> None:
    text = reviewed_output(card_file, monkeypatch, inline=False)
    lines, at = text.splitlines(), email_line(text)
    assert lines[at].endswith(f"{EMAIL} ?")
    assert lines[at + 1] == " " * 12 + "on the card: <picture>"
    assert "\x1b[" not in text and text.count("on the card:") == 1  # the name is sure


def test_the_review_draws_the_picture_on_a_colour_terminal(
    card_file: Path, monkeypatch: pytest.MonkeyPatch, emails_doubtful: None
) -> None:
    text = reviewed_output(card_file, monkeypatch, inline=True)
    lines, at = text.splitlines(), email_line(text)
    path_at = lines.index(" " * 12 + "on the card: <picture>")
    drawn = [ln for ln in lines[at + 1 : path_at] if ln.strip()]  # bands, a gap between
    assert len(drawn) >= INLINE_HEIGHT // 4  # made smaller at most to fit MAX_BANDS
    assert all(ln.startswith(" " * 12 + "\x1b[38;2;") and "▀" in ln for ln in drawn)


def test_pictures_are_only_drawn_on_a_24_bit_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert pictures.draws_inline(Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not pictures.draws_inline(Tty())
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("COLORTERM", "")
    assert not pictures.draws_inline(Tty())


def test_run_on_a_terminal_shows_the_picture_beside_the_doubtful_email(
    card_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, emails_doubtful: None
) -> None:
    """The whole path: `cardscan run` reads the card (with the cache on: a picture is
    never taken from it) and the review shows the email's line."""
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    args = ["run", str(card_file), "--profile", str(SAMPLES / "profile.toml"),
            "--out", str(tmp_path / "out")]  # fmt: skip
    for _ in range(2):  # the second run finds the card in the cache
        result = CliRunner().invoke(cli.main, args + ["--force"], input="a\n\n")
        assert result.exit_code == 0, result.output
        assert re.search(r"email: \S+ \?\n +on the card: \S+/001-email\.png\n", result.output)
