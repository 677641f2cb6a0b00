"""`cardscan interview draft NAME`: draft, write or send exactly what is due.

Printed by default, written as .eml with --out (recorded as drafted, with their
Message-ID), sent with --send (recorded as sent). What already went out is sent again only
with --again.
"""

from __future__ import annotations

from pathlib import Path

import click

from cardscan.cli.draft import finish_sending
from cardscan.cli.interview import _load_profile, _store, _today, interview, now_on, today_option
from cardscan.cli.options import handle_errors, profile_option, send_option
from cardscan.interview.schedule import KINDS, Due, due


@interview.command("draft")
@click.argument("name")
@profile_option
@click.option("--only", type=click.Choice(KINDS), default=None,
              help="Just this message, due or not (to the picked people, or to HR).")  # fmt: skip
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Write one .eml per message into DIR instead of printing them.")  # fmt: skip
@click.option("--force", is_flag=True, help="Overwrite existing .eml files.")
@send_option
@click.option("--again", is_flag=True, help="Send again what was already sent.")
@click.option("--bcc-self/--no-bcc-self", default=None,
              help="Keep a copy: Bcc to yourself [default: [sender] bcc_self].")  # fmt: skip
@today_option
@handle_errors
def draft(name, profile, only, out, force, send, again, bcc_self, today) -> None:
    """Draft what is due for interview NAME (nothing is scanned again)."""
    from cardscan.drafts import eml
    from cardscan.drafts.preflight import check_can_send
    from cardscan.interview.compose import compose

    me = _load_profile(profile)
    if send:
        check_can_send(me)
    day = _today(today)
    with _store() as store:
        record = store.get(name)
        people, messages = store.people(record), store.messages(record)
        items = due(record, people, messages, day)
        if only:
            items = [i for i in items if i.kind == only] or [_asked(record, people, only, day)]
        if not items:
            click.echo(f"{name}: nothing due on {day.isoformat()}")
            return
        keep_copy = me.sender.bcc_self if bcc_self is None else bcc_self
        result = compose(record, people, messages, me, items, bcc_self=keep_copy)
        for contact, reason in result.skipped:
            click.echo(f"cardscan: skipped {contact.name or contact.source}: {reason}", err=True)
        if send:
            _send(store, record, result.drafts, me, messages, again=again, when=now_on(day))
        elif out:
            _write(store, record, result.drafts, me, Path(out), force=force, when=now_on(day))
        else:
            for draft_ in result.drafts:
                click.echo(eml.as_text(draft_))


def _asked(record, people, kind: str, day) -> Due:
    """The message the user asked for with --only, although it is not due."""
    if kind == "thank-you":
        picked = tuple(p.email for p in people if p.accepted and p.picked and p.email)
        return Due(kind, picked, day, "asked for")
    return Due(kind, (record.hr_email or "",), day, "asked for")


def _write(store, record, drafts, me, out: Path, *, force: bool, when) -> None:
    from cardscan.drafts import eml
    from cardscan.interview.compose import sent_record

    messages = [eml.to_message(d, me, now=when) for d in drafts]
    for draft_, msg, path in zip(drafts, messages, eml.write_eml(messages, out, force=force)):
        store.record(record, sent_record(draft_, str(msg["Message-ID"]), "drafted", when))
        click.echo(f"wrote {path}")
    click.echo(f"once you have sent one yourself: cardscan interview sent {record.name} KIND")


def _send(store, record, drafts, me, messages, *, again: bool, when) -> None:
    from cardscan.drafts import eml
    from cardscan.drafts.send import password_from_env, send_messages
    from cardscan.interview.compose import already_sent, sent_record

    ready = []
    for draft_ in drafts:
        earlier = already_sent(draft_, messages)
        if draft_.review:
            click.echo(f"cardscan: not sent to {draft_.to_email}: check the "
                       f"{', '.join(draft_.review)} first (review the card)", err=True)  # fmt: skip
        elif earlier and not again:
            click.echo(
                f"cardscan: not sent to {draft_.to_email}: {draft_.template} already sent on "
                f"{earlier.at:%Y-%m-%d %H:%M} ({earlier.message_id}); --again sends it again",
                err=True,
            )
        else:
            ready.append((draft_, eml.to_message(draft_, me, now=when)))
    report = send_messages([m for _, m in ready], me.smtp, password=password_from_env())
    by_id = {str(m["Message-ID"]): d for d, m in ready}
    for sent in report.sent:
        store.record(record, sent_record(by_id[sent.message_id], sent.message_id, "sent", when))
        click.echo(f"sent {by_id[sent.message_id].template} to {sent.to}")
    finish_sending(report, len(drafts))
