"""Questions on the terminal whose answers are checked as they are typed.

click re-asks after a click.BadParameter, so a mistyped email never gets further than the
prompt that took it.
"""

from __future__ import annotations

import datetime as dt

import click

from cardscan.drafts.checks import check_email, has_line_break


def ask_text(label: str, *, required: bool = True, default: str = "") -> str | None:
    def check(value: str) -> str | None:
        value = " ".join(value.split())
        if has_line_break(value):
            raise click.BadParameter("must be one line")
        if required and not value:
            raise click.BadParameter("needed")
        return value or None

    return click.prompt(label, default=default, show_default=bool(default), value_proc=check)


def ask_email(label: str, *, required: bool = True, default: str = "") -> str | None:
    def check(value: str) -> str | None:
        value = value.strip()
        if not value and not required:
            return None
        try:
            return check_email(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None

    return click.prompt(label, default=default, show_default=bool(default), value_proc=check)


def ask_date(label: str, *, default: str = "") -> dt.date | None:
    def check(value: str) -> dt.date | None:
        value = value.strip()
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise click.BadParameter(f"{value!r} is not a date such as 2026-11-20") from None

    return click.prompt(label, default=default, show_default=bool(default), value_proc=check)
