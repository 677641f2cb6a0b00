"""`cardscan interview …`: one record per interview, reviewed once, each message at its time.

    new NAME        company, role, date, HR            people NAME   who is on record
    scan NAME PATH  read and review the cards once      due [NAME]    what is due today
    draft NAME      draft (or --send) what is due       heard NAME    HR answered / rejected
    sent NAME KIND  you sent one yourself               log NAME      what was sent, when
    ics NAME        the follow-up reminder for a calendar
    list            every interview and what is due
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from pathlib import Path

import click

from cardscan.cli import options
from cardscan.cli.options import ScanRequest, handle_errors, profile_option, scan_options
from cardscan.cli.scan import Counter, stream
from cardscan.drafts.checks import check_email
from cardscan.interview.schedule import KINDS, due, follow_up_day
from cardscan.interview.store import Interview, InterviewError, open_store

today_option = click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Count as if today were DATE (YYYY-MM-DD), e.g. to see what is due next week.",
)


def _today(value: dt.datetime | None) -> dt.date:
    return value.date() if value else dt.date.today()


def now_on(day: dt.date) -> dt.datetime:
    """The moment recorded for what happens `day` (today's time of day on that date)."""
    now = dt.datetime.now().astimezone()
    return now if day == now.date() else now.replace(year=day.year, month=day.month, day=day.day)


@contextlib.contextmanager
def _store():
    with open_store(click.get_current_context().find_root().obj.get("store")) as store:
        yield store


@click.group()
@click.option(
    "--store",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder of the interview record [default: your data folder, or $CARDSCAN_DATA_DIR].",
)
@click.pass_context
def interview(ctx: click.Context, store) -> None:
    """One record per interview: the people met, what is due, what was sent."""
    ctx.find_root().ensure_object(dict)["store"] = store


@interview.command()
@click.argument("name")
@click.option("--company", required=True, help="The company you met.")
@click.option("--role", required=True, help="The role you interviewed for.")
@click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The interview day, YYYY-MM-DD [default: today].")  # fmt: skip
@click.option("--hr-name", default=None, help="The recruiter or HR contact.")
@click.option("--hr-email", default=None, help="Their email: the update and follow-up go there.")
@click.option("--follow-up-days", type=click.IntRange(1, 90), default=7, show_default=True,
              help="Days without an answer before the follow-up is due.")  # fmt: skip
@handle_errors
def new(name, company, role, date, hr_name, hr_email, follow_up_days) -> None:
    """Open an interview record called NAME (several can be open at once)."""
    if hr_email:
        try:
            hr_email = check_email(hr_email)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--hr-email") from None
    record = Interview(0, name, company, role, date.date() if date else dt.date.today(),
                       hr_name, hr_email, follow_up_days)  # fmt: skip
    with _store() as store:
        store.create(record)
    click.echo(f"opened {name}; next: cardscan interview scan {name} CARDS…")


@interview.command("list")
@today_option
@handle_errors
def list_(today) -> None:
    """Every interview, with what is due."""
    with _store() as store:
        for record in store.all():
            items = due(record, store.people(record), store.messages(record), _today(today))
            what = ", ".join(i.kind for i in items) or "nothing due"
            when = record.date.isoformat() if record.date else "no date"
            click.echo(f"{record.name}: {record.role} at {record.company}, {when} — {what}")


@interview.command()
@click.argument("name")
@click.argument("paths", nargs=-1, required=True)
@scan_options
@profile_option
@click.option("--yes", "-y", is_flag=True, help="Accept every card without the review.")
@handle_errors
def scan(name, paths, scan: ScanRequest, profile, yes) -> None:
    """Read the cards of interview NAME and review each once; each decision is saved as it
    is made, and cards already reviewed are not asked again."""
    from cardscan.cli.review import Reviewed, pick, review
    from cardscan.dedupe import merge_duplicates

    _load_profile(profile)  # checked before the first card, not after the review
    with _store() as store:
        record = store.get(name)
        done = store.reviewed(record)
        failures = Counter()
        reviewing = not yes and options.is_terminal()
        crops: dict | None = {} if reviewing else None  # the card's pictures of doubtful lines
        people = [c for c in merge_duplicates(stream(paths, failures, scan, crops=crops))
                  if (c.source, c.card) not in done]  # fmt: skip

        def keep(d: Reviewed) -> None:
            store.save_person(record, d.contact, accepted=d.accepted, picked=d.picked,
                              personal_line=d.personal_line)  # fmt: skip

        if not reviewing:
            from cardscan.cli.review import unreviewed

            decisions = [unreviewed(c, record.hr_email) for c in people]
            for decision in decisions:
                keep(decision)
            if decisions:
                click.echo(f"cardscan: kept as read, without a review: 'cardscan interview "
                           f"people {name}' shows them", err=True)  # fmt: skip
        else:
            decisions = review(people, keep, hr_email=record.hr_email, crops=crops)
            pick(decisions, keep)
        kept = sum(d.accepted for d in decisions)
        click.echo(f"{name}: {kept} card(s) kept, {len(done)} reviewed before")
        click.echo(f"next: cardscan interview due {name}")
    sys.exit(failures.exit_code)


@interview.command()
@click.argument("name")
@click.option("--pick", "picks", type=int, multiple=True, metavar="N", help="N gets a message.")
@click.option("--unpick", "unpicks", type=int, multiple=True, metavar="N", help="N gets none.")
@click.option("--line", "lines", type=(int, str), multiple=True, metavar="N TEXT",
              help="A sentence of your own in N's thank-you ('' removes it).")  # fmt: skip
@handle_errors
def people(name, picks, unpicks, lines) -> None:
    """The people on record for NAME; --pick/--unpick/--line change them."""
    with _store() as store:
        record = store.get(name)
        for number in picks:
            store.change_person(record, number, picked=True)
        for number in unpicks:
            store.change_person(record, number, picked=False)
        for number, text in lines:
            store.change_person(record, number, personal_line=" ".join(text.split()))
        for person in store.people(record):
            if not person.accepted:
                continue
            mark = "x" if person.picked else " "
            c = person.contact
            click.echo(f"{person.number}. [{mark}] {c.name or '(no name)'} <{person.email or '-'}>"
                       f"{f', {c.title}' if c.title else ''}")  # fmt: skip
            if person.personal_line:
                click.echo(f"      line: {person.personal_line}")


@interview.command("due")
@click.argument("name", required=False)
@today_option
@handle_errors
def due_(name, today) -> None:
    """What is due today, for NAME or every interview."""
    day = _today(today)
    with _store() as store:
        records = [store.get(name)] if name else store.all()
        for record in records:
            messages = store.messages(record)
            items = due(record, store.people(record), messages, day)
            click.echo(f"{record.name} ({record.role} at {record.company}):")
            for item in items:
                click.echo(f"  due: {item.kind} to {', '.join(item.recipients)} — {item.why}")
            if not items:
                click.echo("  nothing due")
            follow_up = follow_up_day(record, messages)
            if follow_up and follow_up > day:
                click.echo(f"  next: hr-follow-up on {follow_up.isoformat()} if HR is silent")


@interview.command()
@click.argument("name")
@click.option("--rejected", is_flag=True, help="It was a no: the feedback request becomes due.")
@click.option("--on", "on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The day HR answered [default: today].")  # fmt: skip
@handle_errors
def heard(name, rejected, on) -> None:
    """HR answered: no follow-up is due any more (--rejected: ask for feedback)."""
    import dataclasses

    day = _today(on)
    with _store() as store:
        record = store.get(name)
        changes = {"answered_on": day, **({"rejected_on": day} if rejected else {})}
        store.update(dataclasses.replace(record, **changes))
    click.echo(f"{name}: answer recorded" + ("; the feedback request is due" if rejected else ""))


@interview.command()
@click.argument("name")
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--to", "to", default=None, help="The recipient [default: HR, or every picked "
              "person not yet thanked for thank-you].")  # fmt: skip
@today_option
@handle_errors
def sent(name, kind, to, today) -> None:
    """Record that you sent KIND yourself (from the .eml draft): it is no longer due."""
    from cardscan.interview.compose import marked_by_hand

    day = _today(today)
    with _store() as store:
        record = store.get(name)
        messages = store.messages(record)
        items = [i for i in due(record, store.people(record), messages, day) if i.kind == kind]
        recipients = [to] if to else [r for i in items for r in i.recipients]
        if not recipients:
            raise InterviewError(f"{name}: no {kind} is due; name the recipient with --to")
        for recipient in recipients:
            store.record(record, marked_by_hand(messages, kind, recipient, now_on(day)))
            click.echo(f"recorded {kind} to {recipient} as sent")


@interview.command()
@click.argument("name")
@handle_errors
def log(name) -> None:
    """What was drafted and sent for NAME: when, to whom, with which Message-ID."""
    with _store() as store:
        for m in store.messages(store.get(name)):
            when = m.at.strftime("%Y-%m-%d %H:%M")
            click.echo(f"{when}  {m.status:<12} {m.kind:<16} {m.recipient}  {m.message_id}")


@interview.command()
@click.argument("name")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              help="The .ics file to write (import it into your calendar).")  # fmt: skip
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
@today_option
@handle_errors
def ics(name, output, force, today) -> None:
    """A calendar reminder (.ics) for the day the follow-up becomes due."""
    from cardscan.interview.ics import follow_up_reminder
    from cardscan.safefile import atomic_output

    with _store() as store:
        record = store.get(name)
        day = follow_up_day(record, store.messages(record))
    if day is None:
        raise InterviewError(
            f"{name}: no follow-up to plan (the HR update has not gone out, or HR answered)"
        )
    data = follow_up_reminder(record, day, now=now_on(_today(today)))
    with atomic_output(Path(output), force=force) as stream_:
        stream_.write(data.decode("utf-8"))
    click.echo(f"wrote {output}: follow up on {day.isoformat()}")


def _load_profile(profile):
    from cardscan.drafts.profile import default_profile_path, load_profile

    return load_profile(Path(profile) if profile else default_profile_path(), need_interview=False)
