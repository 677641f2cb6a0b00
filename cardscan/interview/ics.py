"""The follow-up reminder as an iCalendar file (RFC 5545) for the user's calendar.

One all-day event on the day the follow-up becomes due, with an alarm at 9:00 that day.
The UID is stable per interview and day, so importing it again updates the event rather
than adding a second one. Written by the `icalendar` package (folding, escaping).
"""

from __future__ import annotations

import datetime as dt

import icalendar

from cardscan import __version__
from cardscan.interview.store import Interview


def follow_up_reminder(interview: Interview, day: dt.date, *, now: dt.datetime) -> bytes:
    """The .ics bytes of a reminder to follow up on `interview` on `day`."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//cardscan {__version__}//interview follow-up//EN")
    calendar.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", f"follow-up-{interview.id}-{day.isoformat()}@cardscan.invalid")
    event.add("dtstamp", now.astimezone(dt.timezone.utc))
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", f"Follow up: {interview.role} at {interview.company}")
    event.add(
        "description",
        f"No answer yet about the {interview.role} interview. Draft the follow-up with:\n"
        f"cardscan interview draft {interview.name}",
    )
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Follow up with {interview.company}")
    alarm.add("trigger", dt.timedelta(hours=9))
    event.add_component(alarm)
    calendar.add_component(event)
    return calendar.to_ical()
