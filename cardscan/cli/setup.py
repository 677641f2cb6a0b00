"""`cardscan init`, `cardscan templates` and `cardscan serve`: getting set up."""

from __future__ import annotations

from pathlib import Path

import click

from cardscan.cli import options
from cardscan.cli.options import handle_errors
from cardscan.errors import CardscanError


@click.command()
@click.option("--profile", type=click.Path(dir_okay=False), default=None, help="Where to write it.")
@click.option("--force", is_flag=True, help="Replace an existing profile.")
@handle_errors
def init(profile, force) -> None:
    """Write your profile (default: your config folder).

    On a terminal it asks for your name, email and the interview; otherwise it writes a
    commented starter whose placeholders cardscan refuses until you replace them.
    """
    from cardscan.drafts.profile import default_profile_path
    from cardscan.drafts.starter import write_starter
    from cardscan.errors import OutputExistsError

    path = Path(profile) if profile else default_profile_path()
    if path.exists() and not force:
        raise OutputExistsError(str(path))  # before any question: no answers thrown away
    if not options.is_terminal():
        write_starter(path, force=force)
        click.echo(f"wrote {path}: replace its placeholders in [sender], [interview] and [hr]")
        return
    write_starter(path, force=force, answers=_ask_profile())
    click.echo(f"wrote {path}; 'cardscan interview new' keeps each interview you have")


def _ask_profile() -> dict:
    from cardscan.cli.prompts import ask_date, ask_email, ask_text

    click.echo("Who is writing (empty answers are left out):")
    answers = {
        ("sender", "name"): ask_text("your name"),
        ("sender", "email"): ask_email("your email"),
        ("sender", "signature"): ask_text("signature (one line)", required=False),
    }
    click.echo("The interview the 'draft' and 'run' commands write about:")
    answers[("interview", "company")] = ask_text("company")
    answers[("interview", "role")] = ask_text("role")
    answers[("interview", "date")] = ask_date("date (YYYY-MM-DD, empty if not fixed)")
    answers[("hr", "name")] = ask_text("HR contact's name", required=False)
    answers[("hr", "email")] = ask_email("HR contact's email", required=False)
    if not answers[("hr", "email")]:
        answers[("hr", "name")] = None  # [hr] needs an email
    return answers


@click.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="0.0.0.0: reachable from a phone."
)
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option("--token", default=None, help="Access token [default: a new random one].")
@handle_errors
def serve(host, port, token) -> None:
    """A local web page and API (/api/scan, /api/draft) for photos taken with a phone."""
    try:
        from cardscan.web import serve as run_server
    except ImportError as exc:  # a broken install: the page's packages come with cardscan
        raise CardscanError(
            f"cardscan serve cannot start ({exc}): install cardscan again (make install)"
        ) from None
    run_server(host=host, port=port, token=token)


@click.command()
@click.argument("name", required=False)
@handle_errors
def templates(name) -> None:
    """List the built-in templates, or print NAME's source to copy and adapt."""
    from cardscan.drafts.render import list_templates, template_source

    if name:
        click.echo(template_source(name), nl=False)
        return
    for builtin in list_templates():
        click.echo(builtin)
    click.echo("\n'cardscan templates NAME > mine.j2' prints one; use it with --template mine.j2")
