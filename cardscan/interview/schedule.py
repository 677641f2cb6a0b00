"""What is due for an interview on a given day: each message at its time.

- thank-you: from the interview day, to each picked person not yet thanked;
- hr-update: from the interview day, once, when the interview has an HR contact;
- hr-follow-up: `follow_up_days` (default 7) after the update went out, while HR has not
  answered; once, as a reply in the update's thread;
- feedback-request: once a rejection is recorded.

A message counts as done once it went out (sent by cardscan, or marked as sent by hand).
Pure functions of the record and `today`: the caller injects the day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cardscan.drafts.render import BUILTIN_TEMPLATES, person_key
from cardscan.interview.store import Interview, Message, Person

# Each message the record schedules is written by the built-in template of its name.
KINDS = BUILTIN_TEMPLATES


@dataclass(frozen=True)
class Due:
    kind: str  # the template
    recipients: tuple[str, ...]  # the addresses it goes to
    since: dt.date  # the day it became due
    why: str  # one line for the user


def due(
    interview: Interview, people: Sequence[Person], messages: Sequence[Message], today: dt.date
) -> list[Due]:
    """The messages due on `today`, in the order they should go."""
    held = interview.date is not None and interview.date > today
    if held:
        return []
    day = interview.date or today
    out = []
    thanked = _went_to(messages, "thank-you")
    unthanked = tuple(
        p.email for p in people if p.picked and p.email and person_key(p.email) not in thanked
    )
    if unthanked:
        out.append(Due("thank-you", unthanked, day, f"{len(unthanked)} thank-you(s) to send"))
    if interview.hr_email:
        out.extend(_hr_due(interview, messages, today, day))
    return out


def follow_up_day(interview: Interview, messages: Sequence[Message]) -> dt.date | None:
    """When the follow-up becomes due: follow_up_days after the update went out (None
    before it has, or once HR answered or the follow-up went out)."""
    if interview.answered_on or interview.rejected_on or _last(messages, "hr-follow-up"):
        return None
    update = _last(messages, "hr-update")
    if update is None:
        return None
    return update.at.date() + dt.timedelta(days=interview.follow_up_days)


def update_message(messages: Sequence[Message]) -> Message | None:
    """The HR update that went out last: the follow-up answers it in its thread."""
    return _last(messages, "hr-update")


def _hr_due(
    interview: Interview, messages: Sequence[Message], today: dt.date, day: dt.date
) -> list[Due]:
    hr = (interview.hr_email or "",)
    out = []
    if _last(messages, "hr-update") is None:
        out.append(Due("hr-update", hr, day, "tell HR whom you met"))
    follow_up = follow_up_day(interview, messages)
    if follow_up is not None and follow_up <= today:
        days = interview.follow_up_days
        out.append(Due("hr-follow-up", hr, follow_up, f"no answer {days} days after the update"))
    rejected = interview.rejected_on
    if rejected and not _last(messages, "feedback-request"):
        out.append(Due("feedback-request", hr, rejected, "a rejection is recorded"))
    return out


def _went_to(messages: Sequence[Message], kind: str) -> set[str]:
    return {person_key(m.recipient) for m in messages if m.kind == kind and m.went_out}


def _last(messages: Sequence[Message], kind: str) -> Message | None:
    sent = [m for m in messages if m.kind == kind and m.went_out]
    return max(sent, key=lambda m: m.at) if sent else None
