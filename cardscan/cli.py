"""Command line: parse options, call the api, print. The only module that imports click."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import click

from cardscan import __version__, api
from cardscan.engines import DEFAULT_ENGINE, ENGINE_NAMES
from cardscan.errors import EXIT_FATAL, EXIT_OK, EXIT_PARTIAL, CardscanError
from cardscan.models import Contact

FORMATS = ("jsonl", "json", "csv", "vcard", "table")
DRAFT_FORMATS = ("text", "eml", "mailto", "json")
BUILTIN_TEMPLATES = ("thank-you", "hr-update", "hr-follow-up", "feedback-request")


def scan_options(func: Callable) -> Callable:
    """Options shared by every command that reads photos."""
    decorators = [
        click.option(
            "--engine",
            type=click.Choice(ENGINE_NAMES),
            default=DEFAULT_ENGINE,
            show_default=True,
            help="OCR engine.",
        ),
        click.option("--lang", default=None, help="Language hint for the engine, e.g. eng+jpn."),
        click.option(
            "--region",
            default=None,
            metavar="CC",
            help="Default phone region (ISO 3166 alpha-2, e.g. US, GB, BR); guessed when absent.",
        ),
        click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True),
        click.option(
            "--no-find-card",
            is_flag=True,
            help="Read the whole photo instead of looking for the card's outline.",
        ),
        click.option(
            "--debug-dir",
            type=click.Path(file_okay=False),
            default=None,
            help="Write pictures of each stage (outline, flattened card, word boxes) into DIR.",
        ),
    ]

    @functools.wraps(func)
    def collect(*args, **kwargs):
        skip = frozenset({"find"}) if kwargs.pop("no_find_card") else frozenset()
        options = api.ScanOptions(
            engine=kwargs.pop("engine"),
            lang=kwargs.pop("lang"),
            region=kwargs.pop("region"),
            skip=skip,
            debug_dir=kwargs.pop("debug_dir"),
        )
        return func(*args, scan=ScanRequest(options, kwargs.pop("workers")), **kwargs)

    for decorator in reversed(decorators):
        collect = decorator(collect)
    return collect


@dataclass(frozen=True)
class ScanRequest:
    """The scan options of a command, collected by :func:`scan_options`."""

    options: api.ScanOptions
    workers: int


def draft_options(func: Callable) -> Callable:
    """Options shared by the commands that write emails."""
    decorators = [
        click.option(
            "--template",
            "template",
            default="thank-you",
            show_default=True,
            metavar="NAME|PATH",
            help=f"One of {', '.join(BUILTIN_TEMPLATES)}, or a template file.",
        ),
        click.option(
            "--profile",
            type=click.Path(dir_okay=False),
            default=None,
            help="Profile TOML (who is writing, the interview).",
        ),
        click.option("--force", is_flag=True, help="Overwrite existing files."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def handle_errors(func: Callable) -> Callable:
    """Turn errors into one line on stderr and the contract's exit code (traceback with -v)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        verbose = ctx.find_root().params.get("verbose", False)
        try:
            return func(*args, **kwargs)
        except CardscanError as exc:
            if verbose:
                raise
            click.echo(f"cardscan: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("cardscan: interrupted", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:
            if verbose:
                raise
            click.echo(
                f"cardscan: error: {type(exc).__name__}: {exc} (run with --verbose for details)",
                err=True,
            )
            sys.exit(EXIT_FATAL)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cardscan")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks on errors.")
def main(verbose: bool) -> None:
    """Turn photos of business cards into contacts and ready-to-send emails."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@scan_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format [default: table on a terminal, jsonl when piped].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write to FILE instead of stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
@handle_errors
def scan(paths, scan: ScanRequest, fmt, output, force) -> None:
    """Read business cards from image files, folders or '-' (stdin)."""
    from cardscan.output import write_contacts
    from cardscan.safefile import atomic_output

    if fmt is None:
        fmt = "table" if (output is None and sys.stdout.isatty()) else "jsonl"
    failures = _Counter()
    contacts = _stream(paths, failures, scan)
    if output:
        with atomic_output(Path(output), force=force) as stream:
            write_contacts(contacts, fmt, stream)
    else:
        write_contacts(contacts, fmt, sys.stdout)
    sys.exit(failures.exit_code)


class _Counter:
    """Inputs seen and inputs that failed, filled in while contacts stream out."""

    def __init__(self) -> None:
        self.seen = 0
        self.failed = 0

    @property
    def exit_code(self) -> int:
        if not self.failed:
            return EXIT_OK
        return EXIT_FATAL if self.failed == self.seen else EXIT_PARTIAL


def _stream(paths, failures: _Counter, scan: ScanRequest) -> Iterable[Contact]:
    for outcome in api.scan(paths, scan.options, workers=scan.workers):
        failures.seen += 1
        if outcome.error:
            failures.failed += 1
            click.echo(f"cardscan: {outcome.error}", err=True)
        yield from outcome.contacts


@main.command()
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
def draft(contacts, template, profile, force, out, fmt) -> None:
    """Render emails for contacts read from JSONL, CSV or vCard files (or '-', stdin)."""
    from cardscan.contacts_in import read_contacts

    sources = contacts or ("-",)
    people: list[Contact] = []
    for source in sources:
        people.extend(read_contacts(sys.stdin if source == "-" else source))
    _render_and_write(people, template=template, profile=profile, out=out, fmt=fmt, force=force)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@scan_options
@draft_options
@click.option(
    "--out", type=click.Path(file_okay=False), required=True, help="Folder for the .eml drafts."
)
@handle_errors
def run(paths, scan: ScanRequest, template, profile, force, out) -> None:
    """Scan cards and write the drafts in one go."""
    failures = _Counter()
    people = list(_stream(paths, failures, scan))
    click.echo(f"read {len(people)} card(s)", err=True)
    _render_and_write(people, template=template, profile=profile, out=out, fmt="text", force=force)
    sys.exit(failures.exit_code)


def _render_and_write(people: list[Contact], *, template, profile, out, fmt, force) -> None:
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
        return
    for draft_ in result.drafts:
        if fmt == "mailto":
            click.echo(eml.mailto_link(draft_))
        elif fmt == "eml":
            click.echo(eml.to_message(draft_, me).as_string())
        elif fmt == "json":
            import json

            click.echo(
                json.dumps(
                    {
                        "to": draft_.to_email,
                        "subject": draft_.subject,
                        "body": draft_.body,
                        "review": list(draft_.review),
                    },
                    ensure_ascii=False,
                )
            )
        else:
            click.echo(eml.as_text(draft_))
