"""The issue's scripted week, through the CLI on rendered cards and a loopback SMTP server.

Scan and review once; the thank-yous and the HR update go out; sending the update again is
refused without --again; a week on (an injected --today) the follow-up is due and goes as a
reply in the update's thread; a rejection recorded makes the feedback request due. The
cards are read exactly once: any later scan would fail the test.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest
from click.testing import CliRunner

from cardscan import api, cli
from cardscan.cli import options
from tests.conftest import render_card

CARDS = {
    "1_jane.png": [("Dr. Jane Roe", 64), ("Head of Data Platform", 36),
                   ("Northwind Analytics Inc.", 36), ("jane.roe@northwind.example.com", 32)],
    "2_haruto.png": [("Haruto Sato", 64), ("Engineering Manager", 36),
                     ("Northwind Analytics Inc.", 36), ("haruto.sato@northwind.example.com", 32)],
    "3_pat.png": [("Pat Lee", 64), ("Talent Partner", 36), ("Northwind Analytics Inc.", 36),
                  ("pat.lee@northwind.example.com", 32)],
    "4_sales.png": [("Northwind Analytics Inc.", 64), ("Sales Team", 36),
                    ("sales@northwind.example.com", 32), ("Tel +1 555 0142", 32)],
}  # fmt: skip
PERSONAL = "Thank you for the tour of the data platform."
# Card 1: a line of her own, then accept; cards 2-4: accept; the picks stay as offered.
REVIEW = f"l\n{PERSONAL}\na\na\na\na\n\n"
WEEK = ["--today", "2026-11-20"]


def cardscan(*args: str, input: str | None = None):
    return CliRunner().invoke(cli.main, list(args), input=input, catch_exceptions=False)


@pytest.mark.slow
def test_a_job_hunt_week(tmp_path: Path, smtp, monkeypatch) -> None:
    server, handler = smtp
    cards = tmp_path / "cards"
    cards.mkdir()
    for name, lines in CARDS.items():
        cv2.imwrite(str(cards / name), render_card(lines))
    profile = tmp_path / "me.toml"
    profile.write_text('[sender]\nname = "Alex Doe"\nemail = "alex.doe@example.com"\n'
                       f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nstarttls = false\n',
                       "utf-8")  # fmt: skip
    monkeypatch.delenv("CARDSCAN_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    me = ["--profile", str(profile)]

    opened = cardscan("interview", "new", "northwind", "--company", "Northwind Analytics Inc.",
                      "--role", "Data Engineer", "--date", "2026-11-20", "--hr-name", "Pat Lee",
                      "--hr-email", "pat.lee@northwind.example.com")  # fmt: skip
    assert opened.exit_code == 0, opened.output

    # Monday: scan and review once.
    scanned = cardscan("interview", "scan", "northwind", str(cards), "--no-cache", "-q", *me,
                       input=REVIEW)  # fmt: skip
    assert scanned.exit_code == 0, scanned.output
    assert "[ ] Pat Lee <pat.lee@northwind.example.com> (HR)" in scanned.output
    assert "[ ] (no name) <sales@northwind.example.com> (role mailbox)" in scanned.output

    def no_more_scans(*args, **kwargs):
        raise AssertionError("a card was scanned again")

    monkeypatch.setattr(api, "scan", no_more_scans)

    due = cardscan("interview", "due", "northwind", *WEEK)
    thanks = "jane.roe@northwind.example.com, haruto.sato@northwind.example.com"
    assert f"due: thank-you to {thanks}" in due.output
    assert "due: hr-update to pat.lee@northwind.example.com" in due.output

    sent = cardscan("interview", "draft", "northwind", "--send", *me, *WEEK)
    assert sent.exit_code == 0, sent.output
    got = {r.message["To"].addresses[0].addr_spec: r for r in handler.received}
    assert set(got) == {"jane.roe@northwind.example.com", "haruto.sato@northwind.example.com",
                        "pat.lee@northwind.example.com"}  # fmt: skip
    jane = got["jane.roe@northwind.example.com"].body
    assert jane.startswith("Dear Dr. Roe,\n"), jane
    assert "your work as Head of Data Platform," in jane
    assert f"\n\n{PERSONAL}\n\n" in jane
    assert "role at Northwind Analytics Inc. I enjoyed" in jane  # one full stop
    assert got["haruto.sato@northwind.example.com"].body.startswith("Dear Haruto Sato,\n")
    update = got["pat.lee@northwind.example.com"]
    assert update.body.startswith("Dear Pat Lee,\n")
    assert "- Dr. Jane Roe, Head of Data Platform\n" in update.body
    assert "- Haruto Sato, Engineering Manager\n" in update.body
    assert "Pat Lee," not in update.body.split("I met:")[1] and "sales@" not in update.body
    update_id = update.message["Message-ID"]

    again = cardscan("interview", "draft", "northwind", "--only", "hr-update", "--send", *me,
                     *WEEK)  # fmt: skip
    assert again.exit_code == 1
    assert "not sent to pat.lee@northwind.example.com: hr-update already sent on 2026-11-20" in (
        again.output
    )
    assert len(handler.received) == 3

    # Thursday: nothing due yet, the follow-up is planned.
    quiet = cardscan("interview", "due", "northwind", "--today", "2026-11-26")
    assert "nothing due" in quiet.output
    assert "next: hr-follow-up on 2026-11-27 if HR is silent" in quiet.output

    # A week on: the follow-up, in the update's thread, and a calendar reminder for it.
    later = ["--today", "2026-11-27"]
    due = cardscan("interview", "due", "northwind", *later)
    assert "due: hr-follow-up to pat.lee@northwind.example.com" in due.output
    ics = tmp_path / "follow-up.ics"
    cardscan("interview", "ics", "northwind", "-o", str(ics), *WEEK)
    assert "DTSTART;VALUE=DATE:20261127" in ics.read_text("utf-8")
    follow = cardscan("interview", "draft", "northwind", "--send", *me, *later)
    assert follow.exit_code == 0, follow.output
    reply = handler.received[-1].message
    assert reply["Subject"].startswith("Following up on my Data Engineer interview")
    assert reply["In-Reply-To"] == update_id and reply["References"] == update_id

    # A rejection: the feedback request is due, and goes.
    assert cardscan("interview", "heard", "northwind", "--rejected", "--on", "2026-12-01")
    due = cardscan("interview", "due", "northwind", "--today", "2026-12-01")
    assert "due: feedback-request to pat.lee@northwind.example.com" in due.output
    assert "hr-follow-up" not in due.output
    feedback = cardscan("interview", "draft", "northwind", "--send", *me, "--today", "2026-12-01")
    assert feedback.exit_code == 0, feedback.output
    assert handler.received[-1].message["Subject"].startswith("Feedback on my Data Engineer")
    done = cardscan("interview", "due", "northwind", "--today", "2026-12-02")
    assert "nothing due" in done.output

    log = cardscan("interview", "log", "northwind").output.splitlines()
    assert len(log) == 5 and all(" sent " in line for line in log), log
    assert any(update_id in line and "hr-update" in line for line in log), log
