"""`cardscan draft` and `cardscan run`: from contacts (or photos) to emails."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cardscan.cli import options
from cardscan.cli.options import ScanRequest, draft_options, handle_errors, scan_options
from cardscan.cli.scan import Counter, stream
from cardscan.dedupe import merge_duplicates
from cardscan.errors import EXIT_FATAL, EXIT_PARTIAL
from cardscan.models import Contact

DRAFT_FORMATS = ("text", "eml", "mailto", "json")


@click.command()
@click.argument("contacts", nargs=-1)
@draft_options
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=None,
    help="Write one .eml per message into DIR.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(DRAFT_FORMATS),
    default="text",
    show_default=True,
    help="What to print when --out is not given.",
)
@handle_errors
def draft(contacts, template, profile, force, send, out, fmt) -> None:
    """Render emails for contacts read from JSONL, CSV or vCard files (or '-', stdin)."""
    from cardscan.contacts_in import read_contacts

    sources = contacts or ("-",)
    people: list[Contact] = []
    for source in sources:
        people.extend(read_contacts(sys.stdin if source == "-" else source))
    people = merge_duplicates(people)
    _render_and_write(
        people, template=template, profile=profile, out=out, fmt=fmt, force=force, send=send
    )


@click.command()
@click.argument("paths", nargs=-1, required=True)
@scan_options
@draft_options
@click.option(
    "--out", type=click.Path(file_okay=False), required=True, help="Folder for the .eml drafts."
)
@click.option("--yes", "-y", is_flag=True, help="Accept every card without the review.")
@handle_errors
def run(paths, scan: ScanRequest, template, profile, force, send, out, yes) -> None:
    """Scan cards and write the drafts in one go.

    On a terminal each card is shown first (doubtful fields marked '?') to accept, fix or
    skip; --yes, or output to a pipe, accepts them all.
    """
    failures = Counter()
    people = merge_duplicates(stream(paths, failures, scan))
    click.echo(f"{len(people)} contact(s) after merging duplicates", err=True)
    if not yes and options.is_terminal():
        people = _review(people)
    _render_and_write(
        people, template=template, profile=profile, out=out, fmt="text", force=force, send=send
    )
    sys.exit(failures.exit_code)


def _review(people: list[Contact]) -> list[Contact]:
    """Show each contact and let the user accept it, fix a field or skip it."""
    from cardscan.review import EDITABLE, accepted, shown_fields, with_field

    kept = []
    for number, contact in enumerate(people, 1):
        while True:
            click.echo(f"\ncard {number}/{len(people)}: {Path(contact.source).name}")
            for shown in shown_fields(contact):
                mark = click.style(" ?", fg="yellow") if shown.doubtful else ""
                click.echo(f"  {shown.field:>8}: {shown.value}{mark}")
            choice = click.prompt(
                "[a]ccept, [e]dit a field, [s]kip", type=click.Choice(["a", "e", "s"]), default="a"
            )
            if choice == "a":
                kept.append(accepted(contact))
                break
            if choice == "s":
                break
            field = click.prompt("field", type=click.Choice(EDITABLE))
            value = click.prompt(f"new {field} (empty clears it)", default="", show_default=False)
            contact = with_field(contact, field, value)
    return kept


def _render_and_write(people: list[Contact], *, template, profile, out, fmt, force, send) -> None:
    from cardscan.drafts import eml
    from cardscan.drafts.profile import default_profile_path, load_profile
    from cardscan.drafts.render import render

    me = load_profile(Path(profile) if profile else default_profile_path())
    result = render(template, people, me)
    for contact, reason in result.skipped:
        click.echo(f"cardscan: skipped {contact.source} card {contact.card}: {reason}", err=True)
    if out:
        messages = [eml.to_message(d, me) for d in result.drafts]
        for draft_, path in zip(result.drafts, eml.write_eml(messages, Path(out), force=force)):
            note = f"  (check: {', '.join(draft_.review)})" if draft_.review else ""
            click.echo(f"wrote {path}{note}")
    elif not send:
        for draft_ in result.drafts:
            click.echo(eml.formatted(draft_, me, fmt))
    if send:
        _send(result.drafts, me)


def _send(drafts, me) -> None:
    """Send what needs no review; a draft whose name is doubtful waits for the user."""
    from cardscan.drafts.send import password_from_env, send_drafts

    report, held = send_drafts(drafts, me, password=password_from_env())
    for draft_ in held:
        click.echo(
            f"cardscan: not sent to {draft_.to_email}: check the {', '.join(draft_.review)} "
            "first (open the draft, or confirm it in 'cardscan run')",
            err=True,
        )
    for sent in report.sent:
        click.echo(f"sent to {sent.to}")
    for to, reason in report.failed:
        click.echo(f"cardscan: not sent to {to}: {reason}", err=True)
    click.echo(f"sent {len(report.sent)} of {len(drafts)} message(s)", err=True)
    if len(report.sent) < len(drafts):
        sys.exit(EXIT_PARTIAL if report.sent else EXIT_FATAL)
