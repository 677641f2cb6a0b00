"""`cardscan init`, `cardscan templates` and `cardscan serve`: getting set up."""

from __future__ import annotations

from pathlib import Path

import click

from cardscan.cli.options import handle_errors
from cardscan.errors import CardscanError


@click.command()
@click.option("--profile", type=click.Path(dir_okay=False), default=None, help="Where to write it.")
@click.option("--force", is_flag=True, help="Replace an existing profile.")
@handle_errors
def init(profile, force) -> None:
    """Write a commented starter profile to fill in (default: your config folder)."""
    from cardscan.drafts.profile import default_profile_path
    from cardscan.drafts.starter import write_starter

    path = write_starter(Path(profile) if profile else default_profile_path(), force=force)
    click.echo(f"wrote {path}: fill in [sender], [interview] and [hr], then run 'cardscan draft'")


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
    except ImportError as exc:
        raise CardscanError(
            f"cardscan serve needs the web extra: pip install 'cardscan[web]' ({exc})"
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
