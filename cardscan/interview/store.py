"""The interview record: each interview, the people reviewed for it, and every message.

One SQLite file, `interviews.sqlite3`, in the user's data folder (platformdirs;
``CARDSCAN_DATA_DIR`` or the folder the user names with ``--store`` moves it), created
owner-only since it holds other people's contact details. Every change is committed at
once: a card accepted in the review is on disk before the next one is shown, so Ctrl-C
loses nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from cardscan.errors import EXIT_USAGE, CardscanError
from cardscan.models import Contact

DATA_DIR_ENV = "CARDSCAN_DATA_DIR"
DB_NAME = "interviews.sqlite3"
SENT = ("sent", "sent-by-hand")  # statuses of a message that went out
_SCHEMA = """
CREATE TABLE IF NOT EXISTS interviews (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    company TEXT NOT NULL,
    role TEXT NOT NULL,
    date TEXT,
    hr_name TEXT,
    hr_email TEXT,
    follow_up_days INTEGER NOT NULL DEFAULT 7,
    answered_on TEXT,
    rejected_on TEXT
);
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    card INTEGER NOT NULL,
    accepted INTEGER NOT NULL,
    picked INTEGER NOT NULL,
    personal_line TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL,
    UNIQUE (interview_id, source, card)
);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    message_id TEXT NOT NULL,
    status TEXT NOT NULL,
    at TEXT NOT NULL,
    subject TEXT NOT NULL,
    thread TEXT NOT NULL DEFAULT ''
);
"""


class InterviewError(CardscanError):
    """An interview that does not exist (or already does), or a person number out of range."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True)
class Interview:
    id: int
    name: str
    company: str
    role: str
    date: dt.date | None = None
    hr_name: str | None = None
    hr_email: str | None = None
    follow_up_days: int = 7
    answered_on: dt.date | None = None  # HR answered: no follow-up
    rejected_on: dt.date | None = None  # a rejection: the feedback request is due


@dataclass(frozen=True)
class Person:
    """A card reviewed for an interview: accepted (or skipped), picked for a message."""

    number: int  # 1, 2 … in the order reviewed, as the commands show it
    contact: Contact
    accepted: bool
    picked: bool
    personal_line: str = ""

    @property
    def email(self) -> str | None:
        return self.contact.emails[0] if self.contact.emails else None


@dataclass(frozen=True)
class Message:
    """A message drafted or sent for an interview."""

    kind: str  # the template: thank-you, hr-update …
    recipient: str
    message_id: str
    status: str  # drafted, sent or sent-by-hand
    at: dt.datetime
    subject: str
    thread: tuple[str, ...] = ()  # References of this message (its thread before it)

    @property
    def went_out(self) -> bool:
        return self.status in SENT


def data_dir() -> Path:
    return Path(os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir("cardscan"))


@contextmanager
def open_store(folder: str | Path | None = None) -> Iterator[Store]:
    """The record in folder (default: data_dir()), created owner-only when new."""
    root = Path(folder) if folder else data_dir()
    path = root / DB_NAME
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        connection = sqlite3.connect(path)
    except (OSError, sqlite3.Error) as exc:
        raise CardscanError(f"{path}: cannot open the interview record: {exc}") from None
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript(_SCHEMA)
        yield Store(connection)
    finally:
        connection.close()


class Store:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection

    # --- interviews ---------------------------------------------------------------------
    def create(self, interview: Interview) -> Interview:
        try:
            with self.db:
                self.db.execute(
                    "INSERT INTO interviews (name, company, role, date, hr_name, hr_email,"
                    " follow_up_days) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (interview.name, interview.company, interview.role, _iso(interview.date),
                     interview.hr_name, interview.hr_email, interview.follow_up_days),
                )  # fmt: skip
        except sqlite3.IntegrityError:
            raise InterviewError(
                f"an interview named {interview.name!r} exists; pick another name"
            ) from None
        return self.get(interview.name)

    def get(self, name: str) -> Interview:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM interviews WHERE name = ?", (name,))
        found = row.fetchone()
        if found is None:
            raise InterviewError(
                f"no interview named {name!r}; 'cardscan interview list' shows them"
            )
        return _interview(found)

    def all(self) -> list[Interview]:
        order = "date IS NULL, date, name"  # undated last
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM interviews ORDER BY {order}")
        return [_interview(row) for row in rows]

    def update(self, interview: Interview) -> None:
        with self.db:
            self.db.execute(
                "UPDATE interviews SET company = ?, role = ?, date = ?, hr_name = ?,"
                " hr_email = ?, follow_up_days = ?, answered_on = ?, rejected_on = ?"
                " WHERE id = ?",
                (interview.company, interview.role, _iso(interview.date), interview.hr_name,
                 interview.hr_email, interview.follow_up_days, _iso(interview.answered_on),
                 _iso(interview.rejected_on), interview.id),
            )  # fmt: skip

    # --- people -------------------------------------------------------------------------
    def save_person(
        self, interview: Interview, contact: Contact, *, accepted: bool, picked: bool,
        personal_line: str = "",
    ) -> None:  # fmt: skip
        """Keep one reviewed card, committed now (a second review of it replaces it)."""
        data = json.dumps(contact.to_dict(), ensure_ascii=False)
        with self.db:
            self.db.execute(
                "INSERT INTO people (interview_id, source, card, accepted, picked,"
                " personal_line, contact) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (interview_id, source, card) DO UPDATE SET accepted ="
                " excluded.accepted, picked = excluded.picked, personal_line ="
                " excluded.personal_line, contact = excluded.contact",
                (interview.id, contact.source, contact.card, accepted, picked and accepted,
                 personal_line, data),
            )  # fmt: skip

    def people(self, interview: Interview) -> list[Person]:
        rows = self.db.execute(
            "SELECT accepted, picked, personal_line, contact FROM people"
            " WHERE interview_id = ? ORDER BY id",
            (interview.id,),
        )
        return [
            Person(number, Contact.from_dict(json.loads(contact)), bool(ok), bool(pick), line)
            for number, (ok, pick, line, contact) in enumerate(rows, 1)
        ]

    def reviewed(self, interview: Interview) -> set[tuple[str, int]]:
        """(source, card) of every card already reviewed, to resume where the user left off."""
        return {(p.contact.source, p.contact.card) for p in self.people(interview)}

    def change_person(
        self, interview: Interview, number: int, *, picked: bool | None = None,
        personal_line: str | None = None,
    ) -> Person:  # fmt: skip
        people = self.people(interview)
        if not 1 <= number <= len(people):
            raise InterviewError(
                f"{interview.name} has no person {number}; "
                f"'cardscan interview people {interview.name}' numbers them"
            )
        person = people[number - 1]
        self.save_person(
            interview, person.contact, accepted=person.accepted,
            picked=person.picked if picked is None else picked,
            personal_line=person.personal_line if personal_line is None else personal_line,
        )  # fmt: skip
        return self.people(interview)[number - 1]

    # --- messages -----------------------------------------------------------------------
    def record(self, interview: Interview, message: Message) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO messages (interview_id, kind, recipient, message_id, status, at,"
                " subject, thread) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (interview.id, message.kind, message.recipient.casefold(), message.message_id,
                 message.status, message.at.isoformat(), message.subject,
                 " ".join(message.thread)),
            )  # fmt: skip

    def messages(self, interview: Interview) -> list[Message]:
        rows = self.db.execute(
            "SELECT kind, recipient, message_id, status, at, subject, thread FROM messages"
            " WHERE interview_id = ? ORDER BY at, id",
            (interview.id,),
        )
        return [
            Message(kind, to, mid, status, dt.datetime.fromisoformat(at), subject,
                    tuple(thread.split()))
            for kind, to, mid, status, at, subject, thread in rows
        ]  # fmt: skip


_COLUMNS = (
    "id, name, company, role, date, hr_name, hr_email, follow_up_days, answered_on, rejected_on"
)


def _interview(row: tuple) -> Interview:
    id_, name, company, role, date, hr_name, hr_email, days, answered, rejected = row
    return Interview(
        id_, name, company, role, _date(date), hr_name, hr_email, days, _date(answered),
        _date(rejected),
    )  # fmt: skip


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
