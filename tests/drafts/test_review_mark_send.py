"""A draft whose email is doubtful carries ``X-Cardscan-Review: email`` and ``--send`` holds
it back, saying so, while the sure ones go (to a loopback SMTP server, tests/conftest.py).

Which drafts render.py marks is tested where it is done; here the marked Draft is built by
hand and put in render's place, so that only the CLI's holding back is under test. The
whole path (a contact with a doubtful email through render) waits for render.py to mark it.
"""

from __future__ import annotations

import email
import email.policy
import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cardscan import cli
from cardscan.drafts.render import RenderResult
from cardscan.models import Contact, Draft

SURE = Draft("thank-you", "Ana Ruiz", "ana.ruiz@northwind.example", "Thank you", "Dear Ana,\n")
DOUBTFUL = Draft(
    "thank-you", "Bo Chen", "bo.chen@n0rthwind.example", "Thank you", "Dear Bo,\n",
    review=("email",),
)  # fmt: skip


def contacts_file(tmp_path: Path) -> Path:
    path = tmp_path / "c.jsonl"
    rows = [
        Contact(source="a.jpg", name="Ana Ruiz", given_name="Ana", family_name="Ruiz",
                emails=("ana.ruiz@northwind.example",),
                confidence={"name": 0.95, "emails": 0.95}),
        Contact(source="b.jpg", card=0, name="Bo Chen", given_name="Bo", family_name="Chen",
                emails=("bo.chen@n0rthwind.example",),
                confidence={"name": 0.95, "emails": 0.1}),
    ]  # fmt: skip
    path.write_text("".join(json.dumps(c.to_dict()) + "\n" for c in rows), "utf-8")
    return path


def draft_cli(*args: str) -> Any:
    return CliRunner().invoke(cli.main, ["draft", *args], catch_exceptions=False)


@pytest.fixture
def marked_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    # By the module object: the package cardscan.drafts re-exports the function as render.
    module = importlib.import_module("cardscan.drafts.render")
    monkeypatch.setattr(module, "render", lambda *a, **k: RenderResult([SURE, DOUBTFUL]))


def test_send_holds_back_a_draft_with_a_doubtful_email(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loopback_smtp, marked_by_hand: None
) -> None:
    handler, profile = loopback_smtp
    monkeypatch.delenv("CARDSCAN_SMTP_PASSWORD", raising=False)
    result = draft_cli(str(contacts_file(tmp_path)), "--profile", str(profile), "--send")
    assert [r.rcpt_tos for r in handler.received] == [["ana.ruiz@northwind.example"]]
    assert "sent to ana.ruiz@northwind.example" in result.output
    assert "not sent to bo.chen@n0rthwind.example: check the email first" in result.output
    assert "sent 1 of 2 message(s)" in result.output
    assert result.exit_code == 3  # one held back for the user


def test_the_draft_file_carries_the_mark(tmp_path: Path, marked_by_hand: None) -> None:
    out = tmp_path / "out"
    profile = str(Path(__file__).parents[2] / "samples" / "profile.toml")
    result = draft_cli(str(contacts_file(tmp_path)), "--profile", profile, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "(check: email)" in result.output
    marks = {}
    for path in out.glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        marks[message["To"].addresses[0].addr_spec] = message["X-Cardscan-Review"]
    assert marks == {"ana.ruiz@northwind.example": None, "bo.chen@n0rthwind.example": "email"}


def test_a_doubtful_email_is_held_back_through_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loopback_smtp
) -> None:
    handler, profile = loopback_smtp
    monkeypatch.delenv("CARDSCAN_SMTP_PASSWORD", raising=False)
    result = draft_cli(str(contacts_file(tmp_path)), "--profile", str(profile), "--send")
    assert [r.rcpt_tos for r in handler.received] == [["ana.ruiz@northwind.example"]]
    assert "not sent to bo.chen@n0rthwind.example: check the email first" in result.output
