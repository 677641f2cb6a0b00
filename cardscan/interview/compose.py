"""The drafts for what is due, from the record alone (nothing is scanned again).

The profile says who writes (and how to send); the interview record says about what and
to whom: its company, role, date and HR replace the profile's [interview] and [hr].
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from cardscan.drafts.profile import Hr, Profile
from cardscan.drafts.profile import Interview as ProfileInterview
from cardscan.drafts.render import Choices, RenderResult, person_key, render
from cardscan.interview.schedule import Due, update_message
from cardscan.interview.store import Interview, Message, Person
from cardscan.models import Draft


def interview_profile(profile: Profile, interview: Interview) -> Profile:
    """The profile with the interview's company, role, date and HR."""
    hr = Hr(interview.hr_email, interview.hr_name) if interview.hr_email else None
    about = ProfileInterview(interview.company, interview.role, interview.date)
    return dataclasses.replace(profile, interview=about, hr=hr)


def compose(
    interview: Interview,
    people: Sequence[Person],
    messages: Sequence[Message],
    profile: Profile,
    items: Sequence[Due],
    *,
    bcc_self: bool = False,
) -> RenderResult:
    """One draft per due message; the follow-up answers the update in its thread."""
    me = interview_profile(profile, interview)
    met = [p for p in people if p.accepted]
    choices = Choices(
        picked={person_key(p.email) for p in met if p.picked and p.email},
        personal_lines={person_key(p.email): p.personal_line for p in met if p.email},
    )
    result = RenderResult()
    for item in items:
        if item.kind == "thank-you":
            wanted = {person_key(r) for r in item.recipients}
            contacts = [p.contact for p in met if p.email and person_key(p.email) in wanted]
            rendered = render(item.kind, contacts, me, choices)
        else:
            rendered = render(item.kind, [p.contact for p in met], me)
        result.skipped.extend(rendered.skipped)
        result.drafts.extend(_threaded(d, messages, me, bcc_self) for d in rendered.drafts)
    return result


def sent_record(draft: Draft, message_id: str, status: str, now: dt.datetime) -> Message:
    """The record of one draft that was written (status drafted) or went out."""
    return Message(
        draft.template, draft.to_email, message_id, status, now, draft.subject, draft.references
    )


def marked_by_hand(
    messages: Sequence[Message], kind: str, recipient: str, now: dt.datetime
) -> Message:
    """The record of a message the user sent from its .eml draft: the draft's Message-ID
    (kept by most mail programs) lets a later reply join its thread."""
    key = (kind, person_key(recipient))
    drafted = [m for m in messages if (m.kind, person_key(m.recipient)) == key]
    last = drafted[-1] if drafted else None
    return Message(
        kind, recipient, last.message_id if last else "", "sent-by-hand", now,
        last.subject if last else kind, last.thread if last else (),
    )  # fmt: skip


def already_sent(draft: Draft, messages: Sequence[Message]) -> Message | None:
    """The earlier message of the same kind to the same person, if one went out."""
    key = (draft.template, person_key(draft.to_email))
    for message in messages:
        if message.went_out and (message.kind, person_key(message.recipient)) == key:
            return message
    return None


def _threaded(draft: Draft, messages: Sequence[Message], me: Profile, bcc_self: bool) -> Draft:
    changes: dict = {"bcc": (me.sender.email,)} if bcc_self else {}
    update = update_message(messages)
    if draft.template == "hr-follow-up" and update is not None and update.message_id:
        changes["in_reply_to"] = update.message_id
        changes["references"] = (*update.thread, update.message_id)
    return dataclasses.replace(draft, **changes) if changes else draft
