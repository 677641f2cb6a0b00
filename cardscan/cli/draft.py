"""`cardscan draft` and `cardscan run`: from contacts (or photos) to emails."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cardscan.cli import options
from cardscan.cli.options import ScanRequest, draft_options, handle_errors, scan_options
from cardscan.cli.scan import Counter, stream
from cardscan.dedupe import merge_duplicates
from cardscan.drafts.render import Choices
from cardscan.errors import EXIT_FATAL, EXIT_PARTIAL
from cardscan.models import Contact

# json: one array of every draft; jsonl: one draft per line.
DRAFT_FORMATS = ("text", "eml", "mailto", "json", "jsonl")


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
        people, template=template, me=_load(profile), out=out, fmt=fmt, force=force, send=send
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

    The profile, the template, the outbox and (with --send) the mail settings are checked
    first. On a terminal each card is then shown (doubtful fields marked '?') to accept,
    fix, give a line of your own or skip, each decision saved at once in
    OUT/reviewed.jsonl; then you pick who gets a message. --yes, or output to a pipe,
    accepts them all.
    """
    from cardscan.drafts.preflight import check_ready

    me = _load(profile)
    check_ready(template, me, out=out, force=force, send=send)
    failures = Counter()
    reviewing = not yes and options.is_terminal()
    crops: dict | None = {} if reviewing else None  # the card's pictures of doubtful lines
    people = merge_duplicates(stream(paths, failures, scan, crops=crops))
    click.echo(f"cardscan: {len(people)} contact(s) after merging duplicates", err=True)
    choices = None
    if reviewing:
        people, choices = _review_run(people, Path(out), me, crops)
    _render_and_write(
        people, template=template, me=me, out=out, fmt="text", force=force, send=send,
        choices=choices or Choices(),
    )  # fmt: skip
    sys.exit(failures.exit_code)


def _review_run(
    people: list[Contact], out: Path, me, crops: dict | None = None
) -> tuple[list[Contact], Choices]:
    """The review, every decision saved at once into OUT/reviewed.jsonl."""
    from cardscan.cli.review import Reviewed, pick, review
    from cardscan.drafts.render import person_key

    saved = out / "reviewed.jsonl"
    decisions: dict[int, Reviewed] = {}

    def keep(decision: Reviewed) -> None:
        decisions[id(decision)] = decision
        _save_contacts(saved, [d.contact for d in decisions.values() if d.accepted])

    try:
        done = review(people, keep, hr_email=me.hr.email if me.hr else None, crops=crops)
        pick(done, keep)
    except (KeyboardInterrupt, click.Abort):
        click.echo(f"\ncardscan: the cards accepted so far are in {saved}", err=True)
        raise KeyboardInterrupt from None
    chosen = [d for d in done if d.accepted]
    emails = {d: person_key(d.contact.emails[0]) for d in chosen if d.contact.emails}
    choices = Choices(
        picked={emails[d] for d in emails if d.picked},
        unpicked={emails[d] for d in emails if not d.picked},
        personal_lines={emails[d]: d.personal_line for d in emails if d.personal_line},
    )
    return [d.contact for d in chosen], choices


def _save_contacts(path: Path, contacts: list[Contact]) -> None:
    from cardscan.output import write_contacts
    from cardscan.safefile import replaced_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    with replaced_atomically(path, "w", encoding="utf-8", newline="") as stream:
        write_contacts(contacts, "jsonl", stream)


def _load(profile):
    from cardscan.drafts.profile import default_profile_path, load_profile

    return load_profile(Path(profile) if profile else default_profile_path())


def _render_and_write(
    people: list[Contact], *, template, me, out, fmt, force, send, choices=None
) -> None:
    from cardscan.drafts import eml
    from cardscan.drafts.render import render

    result = render(template, people, me, choices)
    for contact, reason in result.skipped:
        click.echo(f"cardscan: skipped {contact.source} card {contact.card}: {reason}", err=True)
    if out:
        messages = [eml.to_message(d, me) for d in result.drafts]
        for draft_, path in zip(result.drafts, eml.write_eml(messages, Path(out), force=force)):
            note = f"  (check: {', '.join(draft_.review)})" if draft_.review else ""
            click.echo(f"wrote {path}{note}")
    elif fmt == "json" and not send:
        click.echo(eml.json_list(result.drafts))
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
    finish_sending(report, len(drafts))


def finish_sending(report, total: int) -> None:
    """Name each failure, count what went out, and exit 3 (some) or 1 (none) if not all."""
    for to, reason in report.failed:
        click.echo(f"cardscan: not sent to {to}: {reason}", err=True)
    click.echo(f"cardscan: sent {len(report.sent)} of {total} message(s)", err=True)
    if len(report.sent) < total:
        sys.exit(EXIT_PARTIAL if report.sent else EXIT_FATAL)
