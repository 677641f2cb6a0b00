"""The interview commands' details: resume, picks, lines, errors, marking sent by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cardscan import cli
from cardscan.cli import options
from tests.conftest import SAMPLES

PROFILE = str(SAMPLES / "profile.toml")
CARD = str(SAMPLES / "uk_centred_flat.png")


def cardscan(*args: str, input: str | None = None):
    return CliRunner().invoke(cli.main, list(args), input=input, catch_exceptions=False)


def new(name: str = "stonebridge") -> None:
    result = cardscan("interview", "new", name, "--company", "Stonebridge", "--role", "Analyst",
                      "--date", "2026-11-20", "--hr-email", "hr@stonebridge.com")  # fmt: skip
    assert result.exit_code == 0, result.output


def test_unknown_interview_and_bad_hr_email_are_usage_errors() -> None:
    unknown = cardscan("interview", "due", "nope")
    assert unknown.exit_code == 2
    assert unknown.output == (
        "cardscan: error: no interview named 'nope'; 'cardscan interview list' shows them\n"
    )
    bad = cardscan("interview", "new", "x", "--company", "C", "--role", "R", "--hr-email", "a@@b")
    assert bad.exit_code == 2 and "Invalid value for --hr-email" in bad.output


@pytest.mark.slow
def test_a_second_scan_asks_only_about_new_cards(monkeypatch) -> None:
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    new()
    first = cardscan("interview", "scan", "stonebridge", CARD, "-q", "--profile", PROFILE,
                     input="a\n\n")  # fmt: skip
    assert first.exit_code == 0 and "card 1/1" in first.output, first.output
    second = cardscan("interview", "scan", "stonebridge", CARD, "-q", "--profile", PROFILE)
    assert "card 1/1" not in second.output
    assert "stonebridge: 0 card(s) kept, 1 reviewed before" in second.output


@pytest.mark.slow
def test_ctrl_c_keeps_the_cards_already_accepted(monkeypatch) -> None:
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    new()
    photo = str(SAMPLES / "us_left_photo.jpg")
    stopped = cardscan("interview", "scan", "stonebridge", CARD, photo, "-q", "--profile",
                       PROFILE, input="a\n")  # fmt: skip
    assert stopped.exit_code == 130
    people = cardscan("interview", "people", "stonebridge").output
    assert people.startswith("1. [x] Sean Davies <sean.davies@stonebridge.com>"), people


@pytest.mark.slow
def test_picks_and_personal_lines_reach_the_draft(monkeypatch) -> None:
    new()
    cardscan("interview", "scan", "stonebridge", CARD, "-q", "--yes", "--profile", PROFILE)
    cardscan("interview", "people", "stonebridge", "--line", "1", "Great chat about maps.")
    printed = cardscan("interview", "draft", "stonebridge", "--only", "thank-you",
                       "--profile", PROFILE, "--today", "2026-11-20")  # fmt: skip
    assert "\n\nGreat chat about maps.\n\n" in printed.output, printed.output
    cardscan("interview", "people", "stonebridge", "--unpick", "1")
    due = cardscan("interview", "due", "stonebridge", "--today", "2026-11-20").output
    assert "thank-you" not in due and "hr-update" in due


def test_drafts_written_then_marked_sent_by_hand_keep_their_message_id(tmp_path: Path) -> None:
    new()
    out = tmp_path / "out"
    written = cardscan("interview", "draft", "stonebridge", "--only", "hr-update", "--out",
                       str(out), "--profile", PROFILE, "--today", "2026-11-20")  # fmt: skip
    assert written.exit_code == 0, written.output
    (eml,) = out.glob("hr-update-*.eml")
    message_id = next(line for line in eml.read_text().splitlines() if line.startswith("Message"))
    marked = cardscan("interview", "sent", "stonebridge", "hr-update", "--today", "2026-11-20")
    assert "recorded hr-update to hr@stonebridge.com as sent" in marked.output
    log = cardscan("interview", "log", "stonebridge").output
    assert "sent-by-hand" in log and message_id.split(": ")[1] in log, log
    assert "hr-follow-up" in cardscan("interview", "due", "stonebridge", "--today",
                                      "2026-11-27").output  # fmt: skip


def test_bcc_self_keeps_a_copy_without_showing_it(tmp_path: Path, smtp, monkeypatch) -> None:
    server, handler = smtp
    profile = tmp_path / "me.toml"
    profile.write_text(Path(PROFILE).read_text("utf-8") + f'\n[smtp]\nhost = "127.0.0.1"\n'
                       f"port = {server.port}\nstarttls = false\n", "utf-8")  # fmt: skip
    monkeypatch.delenv("CARDSCAN_SMTP_PASSWORD", raising=False)
    new()
    result = cardscan("interview", "draft", "stonebridge", "--only", "hr-update", "--send",
                      "--bcc-self", "--profile", str(profile), "--today", "2026-11-20")  # fmt: skip
    assert result.exit_code == 0, result.output
    (received,) = handler.received
    assert sorted(received.rcpt_tos) == ["alex.doe@example.com", "hr@stonebridge.com"]
    assert received.message["Bcc"] is None  # the copy is in the envelope only
