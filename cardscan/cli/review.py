"""The review on the terminal: each card shown once, to accept, fix, annotate or skip.

Every decision goes to `keep` as soon as it is made (the caller saves it), so Ctrl-C loses
only the card on screen. An email typed here is checked at the prompt. After the cards the
user picks who gets a message: role mailboxes (sales@) and HR's own card start unpicked.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from cardscan.cli.pictures import Pictures, draws_inline, half_blocks
from cardscan.cli.prompts import ask_email, ask_text
from cardscan.drafts.people import is_role_mailbox
from cardscan.models import Contact
from cardscan.review import EDITABLE, SHOWN, accepted, shown_fields, with_field


@dataclass(eq=False)  # each decision is itself (hashable by identity), not its fields
class Reviewed:
    """One card as the user left it."""

    contact: Contact
    accepted: bool
    picked: bool = False
    personal_line: str = ""
    is_hr: bool = False


Keep = Callable[[Reviewed], None]
# (source, card) → confidence key → the card's pictures of that field's lines
# (cardscan.review.crops_to_check, gathered by cli.scan.stream).
Crops = Mapping[tuple[str, int], Mapping[str, Sequence[Any]]]
INDENT = " " * 12  # under the value, past the field's name


def review(
    people: Sequence[Contact],
    keep: Keep,
    *,
    hr_email: str | None = None,
    crops: Crops | None = None,
) -> list[Reviewed]:
    """Show each contact, with the card's picture beside each doubtful line when ``crops``
    has it; `keep` gets each decision as it is made."""
    done = []
    with Pictures() as shelf:  # the pictures' folder goes when the review does
        for number, contact in enumerate(people, 1):
            found = (crops or {}).get((contact.source, contact.card), {})
            pictures = _saved(shelf, found)
            decision = _one_card(contact, f"card {number}/{len(people)}", hr_email, pictures)
            keep(decision)
            done.append(decision)
    return done


def pick(done: list[Reviewed], keep: Keep) -> None:
    """Who gets a message: numbers switch a person on or off until an empty answer."""
    chosen = [r for r in done if r.accepted]
    while chosen:
        click.echo("\nwho gets a thank-you:")
        for number, r in enumerate(chosen, 1):
            click.echo(f"  {number}. [{'x' if r.picked else ' '}] {_who(r)}")
        answer = click.prompt(
            "numbers to switch (e.g. 2 3), empty when done", default="", show_default=False
        )
        numbers = [int(n) for n in answer.replace(",", " ").split() if n.isdigit()]
        if not numbers:
            return
        for n in numbers:
            if 1 <= n <= len(chosen):
                chosen[n - 1].picked = not chosen[n - 1].picked
                keep(chosen[n - 1])


def unreviewed(contact: Contact, hr_email: str | None) -> Reviewed:
    """A card kept without the review (--yes, or no terminal): its name stays as doubtful
    as it was read."""
    return _accepted(contact, "", hr_email)


Saved = dict[str, list[tuple[Any, Path | None]]]


def _saved(shelf: Pictures, found: Mapping[str, Sequence[Any]]) -> Saved:
    """Each picture with the file it was saved as, once per card (not at every redraw)."""
    field_of = {key: field for field, (_, key) in SHOWN.items()}
    return {
        key: [(image, shelf.save(image, field_of.get(key, "field"))) for image in images]
        for key, images in found.items()
    }


def _one_card(contact: Contact, label: str, hr_email: str | None, pictures: Saved) -> Reviewed:
    line = ""
    while True:
        click.echo(f"\n{label}: {Path(contact.source).name}")
        for shown in shown_fields(contact):
            mark = click.style(" ?", fg="yellow") if shown.doubtful else ""
            value = shown.value or click.style("(not found on the card)", dim=True)
            click.echo(f"  {shown.field:>8}: {value}{mark}")
            if shown.doubtful:  # a field fixed by hand is no longer doubtful: no picture
                _show_pictures(pictures.get(SHOWN[shown.field][1], []))
        if line:
            click.echo(f"  {'line':>8}: {line}")
        choice = click.prompt(
            "[a]ccept, [e]dit a field, [l]ine of your own for this person, [s]kip",
            type=click.Choice(["a", "e", "l", "s"]),
            default="a",
        )
        if choice == "a":
            return _accepted(accepted(contact), line, hr_email)
        if choice == "s":
            return Reviewed(contact, accepted=False)
        if choice == "l":
            line = ask_text("a sentence for this person's thank-you", required=False) or ""
            continue
        field = click.prompt("field", type=click.Choice(EDITABLE))
        if field == "email":
            value = ask_email("new email (empty clears it)", required=False) or ""
        else:
            value = click.prompt(f"new {field} (empty clears it)", default="", show_default=False)
        contact = with_field(contact, field, value)


def _show_pictures(pictures: list[tuple[Any, Path | None]]) -> None:
    """The card's picture of the line: drawn when the terminal can, and its file's path
    (always, for a viewer; the only thing printed when the output is not a terminal)."""
    inline = draws_inline(sys.stdout)
    columns = shutil.get_terminal_size().columns - len(INDENT) - 1
    for image, path in pictures:
        if inline:
            for row in half_blocks(image, columns):
                click.echo(INDENT + row)
        if path is not None:
            click.echo(f"{INDENT}on the card: {path}")


def _accepted(contact: Contact, line: str, hr_email: str | None) -> Reviewed:
    email = contact.emails[0] if contact.emails else None
    is_hr = bool(email and hr_email and email.casefold() == hr_email.casefold())
    picked = bool(email) and not is_hr and not is_role_mailbox(email or "")
    return Reviewed(contact, accepted=True, picked=picked, personal_line=line, is_hr=is_hr)


def _who(r: Reviewed) -> str:
    email = r.contact.emails[0] if r.contact.emails else None
    note = " (HR)" if r.is_hr else " (role mailbox)" if email and is_role_mailbox(email) else ""
    return f"{r.contact.name or '(no name)'} <{email or 'no email'}>{note}"
