"""What is due on a day: pure functions of the record and an injected today."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cardscan.interview.ics import follow_up_reminder
from cardscan.interview.schedule import due, follow_up_day
from cardscan.interview.store import Interview, Message, Person
from cardscan.models import Contact

DAY = dt.date(2026, 11, 20)
RECORD = Interview(1, "northwind", "Northwind", "Data Engineer", DAY, "Pat Lee",
                   "pat.lee@northwind.example")  # fmt: skip
ANA = Person(1, Contact("a.png", name="Ana Ruiz", emails=("ana@northwind.example",)), True, True)
SALES = Person(2, Contact("s.png", emails=("sales@northwind.example",)), True, False)


def sent(kind: str, to: str, on: dt.date, mid: str = "<m@x>") -> Message:
    at = dt.datetime.combine(on, dt.time(10), tzinfo=dt.timezone.utc)
    return Message(kind, to, mid, "sent", at, kind)


def kinds(record: Interview, messages: list[Message], today: dt.date) -> list[str]:
    return [item.kind for item in due(record, [ANA, SALES], messages, today)]


def test_the_interview_day_brings_the_thank_yous_to_the_picked_and_the_update() -> None:
    items = due(RECORD, [ANA, SALES], [], DAY)
    assert [(i.kind, i.recipients) for i in items] == [
        ("thank-you", ("ana@northwind.example",)),
        ("hr-update", ("pat.lee@northwind.example",)),
    ]
    assert kinds(RECORD, [], DAY - dt.timedelta(days=1)) == []  # not yet happened


def test_the_follow_up_waits_a_configurable_week_after_the_update() -> None:
    done = [sent("thank-you", "ANA@northwind.example", DAY),
            sent("hr-update", "pat.lee@northwind.example", DAY)]  # fmt: skip
    assert kinds(RECORD, done, DAY + dt.timedelta(days=6)) == []
    assert kinds(RECORD, done, DAY + dt.timedelta(days=7)) == ["hr-follow-up"]
    three = dataclasses.replace(RECORD, follow_up_days=3)
    assert follow_up_day(three, done) == DAY + dt.timedelta(days=3)
    answered = dataclasses.replace(RECORD, answered_on=DAY + dt.timedelta(days=2))
    assert kinds(answered, done, DAY + dt.timedelta(days=9)) == []
    followed = [*done, sent("hr-follow-up", "pat.lee@northwind.example", DAY + dt.timedelta(7))]
    assert kinds(RECORD, followed, DAY + dt.timedelta(days=30)) == []  # once


def test_a_rejection_makes_the_feedback_request_due_once() -> None:
    rejected = dataclasses.replace(RECORD, answered_on=DAY, rejected_on=DAY)
    done = [sent("thank-you", "ana@northwind.example", DAY),
            sent("hr-update", "pat.lee@northwind.example", DAY)]  # fmt: skip
    assert kinds(rejected, done, DAY + dt.timedelta(days=8)) == ["feedback-request"]
    asked = [*done, sent("feedback-request", "pat.lee@northwind.example", DAY)]
    assert kinds(rejected, asked, DAY + dt.timedelta(days=8)) == []


def test_a_drafted_message_is_still_due_until_it_goes_out() -> None:
    drafted = dataclasses.replace(sent("hr-update", "pat.lee@northwind.example", DAY),
                                  status="drafted")  # fmt: skip
    assert "hr-update" in kinds(RECORD, [drafted], DAY)
    by_hand = dataclasses.replace(drafted, status="sent-by-hand")
    assert "hr-update" not in kinds(RECORD, [by_hand], DAY)


def test_without_hr_only_the_thank_yous_are_due() -> None:
    alone = dataclasses.replace(RECORD, hr_name=None, hr_email=None)
    assert kinds(alone, [], DAY) == ["thank-you"]


def test_the_reminder_is_an_all_day_event_with_an_alarm_and_a_stable_uid() -> None:
    import icalendar

    now = dt.datetime(2026, 11, 20, 10, tzinfo=dt.timezone.utc)
    data = follow_up_reminder(RECORD, DAY + dt.timedelta(days=7), now=now)
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert event.decoded("dtstart") == dt.date(2026, 11, 27)
    assert str(event["summary"]) == "Follow up: Data Engineer at Northwind"
    assert event.walk("VALARM")[0]["action"] == "DISPLAY"
    again = follow_up_reminder(RECORD, DAY + dt.timedelta(days=7), now=now + dt.timedelta(1))
    assert icalendar.Calendar.from_ical(again).walk("VEVENT")[0]["uid"] == event["uid"]
