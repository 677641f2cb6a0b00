"""The interview record: interviews, the people met, what is due and what was sent.

store.py keeps them (SQLite), schedule.py says what is due on a day, compose.py drafts
it from the record, ics.py writes the follow-up reminder for a calendar.
"""
