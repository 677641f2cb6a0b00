"""The table on the terminal: no word or number broken across lines, doubtful fields marked."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cardscan.models import Contact, Phone
from cardscan.output import write_contacts
from cardscan.script import has_cjk
from tests.conftest import SAMPLES
from tests.test_output import doubtful_and_sure, people, write


def sample_contacts() -> list[Contact]:
    """The expected contacts of the ten sample cards (hand-written, samples/README.md), and
    one whose email and phone are doubtful, so that they carry the review mark."""
    contacts = []
    for path in sorted(SAMPLES.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        contacts.append(Contact.from_dict({**data, "source": f"cards/{path.stem}.jpg"}))
    contacts.append(
        Contact(
            "cards/doubtful.jpg",
            name="Ana Ruiz",
            emails=("ana.ruiz@northwind-analytics.example",),
            phones=(Phone("+34 912 345 678", "+34912345678", "mobile"),),
            confidence={"emails": 0.1, "phones": 0.1},
        )
    )
    return contacts


def shown(width: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(width))
    stream = io.StringIO()
    write_contacts(sample_contacts(), "table", stream)
    return stream.getvalue().splitlines()


@pytest.mark.parametrize(("width", "table"), [(160, True), (80, False)])
def test_no_email_number_or_word_is_broken(
    monkeypatch: pytest.MonkeyPatch, width: int, table: bool
) -> None:
    """At 160 columns the samples fit a table; at 80 each contact is a list of fields."""
    lines = shown(width, monkeypatch)
    assert lines[0].startswith("┏") is table, "\n".join(lines)
    assert max(len(line) for line in lines) <= width, "\n".join(lines)
    for contact in sample_contacts():
        # The first email and phone whole on one line, the review mark with them.
        mark = " ?" if contact.source.endswith("doubtful.jpg") else ""
        whole = [e + mark for e in contact.emails[:1]] + [
            p.number + mark for p in contact.phones[:1]
        ]
        words = [
            w for v in (contact.name, contact.title, contact.company) for w in (v or "").split()
        ]
        words += [Path(contact.source).name]
        for piece in whole + [w for w in words if not has_cjk(w)]:
            assert any(piece in line for line in lines), (
                f"{piece!r} broken at {width}:\n" + "\n".join(lines)
            )


def test_table_is_compact_and_literal() -> None:
    odd = Contact("odd.jpg", name="[b]Ada[/b]", emails=("ada@quill.example",))
    text = write("table", [*people(), odd])
    assert "José" in text and "山田 太郎" in text
    assert "[b]Ada[/b]" in text  # printed as read, never as rich markup
    assert "Head of" in text
    assert "+351 912" in text
    assert "…" not in text.split("ada@", 1)[1].split("\n", 1)[0]  # the address is not cut
    assert "info@conceicao.example" not in text  # first email only
    assert "\x1b[" not in text  # no colour codes into a file or pipe


def wide_table(monkeypatch: pytest.MonkeyPatch, contacts: list[Contact]) -> dict[str, str]:
    """Table row text by source file name, on a console wide enough for one line each."""
    monkeypatch.setenv("COLUMNS", "200")
    text = write("table", contacts)
    rows = {"header": text.splitlines()[1]}
    for line in text.splitlines():
        rows.update({c.source: line for c in contacts if c.source in line})
    return rows


def test_table_flags_low_confidence_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = wide_table(monkeypatch, doubtful_and_sure())
    assert "review" in rows["header"]
    assert "Ada Quill ?" in rows["doubt.jpg"]
    assert "Quill Works ?" not in rows["doubt.jpg"] and "Quill Works" in rows["doubt.jpg"]
    assert "ada@quill.example ?" not in rows["doubt.jpg"]
    # The review column lists every low field, the address too though it has no column;
    # the empty title (confidence 0) is not flagged.
    assert rows["doubt.jpg"].rstrip(" │").endswith("│ name, address")
    assert "title" not in rows["doubt.jpg"]


def test_table_does_not_flag_confident_or_empty_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    sure = doubtful_and_sure()[1]
    row = wide_table(monkeypatch, doubtful_and_sure())["sure.jpg"]
    assert "Bo Brook" in row and "?" not in row  # name at the threshold, email high, no company
    # Nothing to review anywhere: no review column taking width.
    assert "review" not in wide_table(monkeypatch, [sure, *people()])["header"]


def test_table_flag_is_yellow_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "200")
    stream = Terminal()
    write_contacts(doubtful_and_sure(), "table", stream)
    assert "\x1b[33mAda Quill ?" in stream.getvalue()
