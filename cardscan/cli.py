"""Command line: parse options, call the api, print. The only module that imports click."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import click

from cardscan import __version__, api
from cardscan.dedupe import merge_duplicates
from cardscan.engines import DEFAULT_ENGINE, ENGINE_NAMES
from cardscan.errors import (
    EXIT_FATAL,
    EXIT_OK,
    EXIT_PARTIAL,
    CardscanError,
    NothingReadError,
    one_line,
)
from cardscan.models import Contact
from cardscan.progress import progress

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
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            default=None,
            help="Processes reading cards in parallel [default: the number of cores].",
        ),
        click.option(
            "--no-cache",
            is_flag=True,
            help="Read every image again instead of reusing what an earlier run read.",
        ),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary."),
        click.option(
            "--scheduler",
            metavar="ADDRESS",
            default=None,
            help="Read on a dask cluster (tcp://host:8786) instead of local processes; "
            "needs 'cardscan[dask]'.",
        ),
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
        workers = kwargs.pop("workers") or os.cpu_count() or 1
        request = ScanRequest(
            options,
            workers,
            cache=not kwargs.pop("no_cache"),
            quiet=kwargs.pop("quiet"),
            scheduler=kwargs.pop("scheduler"),
        )
        return func(*args, scan=request, **kwargs)

    for decorator in reversed(decorators):
        collect = decorator(collect)
    return collect


@dataclass(frozen=True)
class ScanRequest:
    """The scan options of a command, collected by :func:`scan_options`."""

    options: api.ScanOptions
    workers: int
    cache: bool = True
    quiet: bool = False
    scheduler: str | None = None


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
        click.option(
            "--send",
            is_flag=True,
            help="Send the messages through the profile's [smtp] (password: env "
            "CARDSCAN_SMTP_PASSWORD). Nothing is sent without it.",
        ),
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
            click.echo(f"cardscan: error: {one_line(str(exc))}", err=True)
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
                f"cardscan: error: {type(exc).__name__}: {one_line(str(exc))} "
                "(run with --verbose for details)",
                err=True,
            )
            sys.exit(EXIT_FATAL)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cardscan")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks on errors.")
def main(verbose: bool) -> None:
    """Turn photos of business cards into contacts and ready-to-send emails."""
    # A polite stop (kill, systemd, a container) unwinds like Ctrl-C: workers are stopped
    # and half-written files removed, instead of dying mid-write.
    signal.signal(signal.SIGTERM, signal.default_int_handler)


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
@click.option(
    "--dedupe",
    is_flag=True,
    help="Merge the same person read twice (same email, or name and company).",
)
@handle_errors
def scan(paths, scan: ScanRequest, fmt, output, force, dedupe) -> None:
    """Read business cards from image files, folders or '-' (stdin)."""
    from cardscan.output import write_contacts
    from cardscan.safefile import atomic_output

    if fmt is None:
        fmt = "table" if (output is None and sys.stdout.isatty()) else "jsonl"
    failures = _Counter()
    contacts = _stream(paths, failures, scan)
    if dedupe:
        contacts = merge_duplicates(contacts)  # needs them all: nothing streams before the end
    if output:
        with atomic_output(Path(output), force=force) as stream:
            write_contacts(contacts, fmt, stream)
            if failures.failed == failures.seen:  # an existing file is worth more than nothing
                raise NothingReadError(output)
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
    """Contacts in input order; a progress bar on a terminal, a summary line at the end."""
    from cardscan.cache import ScanCache

    sources = api.collect_sources(paths)
    started, contacts, cached = time.perf_counter(), 0, 0
    warn = lambda message: click.echo(f"cardscan: warning: {message}", err=True)  # noqa: E731
    with ScanCache(warn=warn) if scan.cache else _no_cache() as cache:
        outcomes = api.scan(
            sources, scan.options, workers=scan.workers, cache=cache, scheduler=scan.scheduler
        )
        for outcome in progress(outcomes, len(sources), quiet=scan.quiet):
            failures.seen += 1
            cached += outcome.cached
            if outcome.error:
                failures.failed += 1
                click.echo(f"cardscan: {one_line(outcome.error)}", err=True)
            contacts += len(outcome.contacts)
            yield from outcome.contacts
    if not scan.quiet:
        took = time.perf_counter() - started
        click.echo(
            f"cardscan: {failures.seen} image(s), {contacts} contact(s), {failures.failed} "
            f"failed, {cached} from the cache, {took:.1f} s",
            err=True,
        )


@contextlib.contextmanager
def _no_cache():
    yield None


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


@main.command()
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
    failures = _Counter()
    people = merge_duplicates(_stream(paths, failures, scan))
    click.echo(f"cardscan: {len(people)} contact(s) after merging duplicates", err=True)
    if not yes and _is_terminal():
        people = _review(people)
    _render_and_write(
        people, template=template, profile=profile, out=out, fmt="text", force=force, send=send
    )
    sys.exit(failures.exit_code)


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


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


@main.command()
@click.option("--profile", type=click.Path(dir_okay=False), default=None, help="Where to write it.")
@click.option("--force", is_flag=True, help="Replace an existing profile.")
@handle_errors
def init(profile, force) -> None:
    """Write a commented starter profile to fill in (default: your config folder)."""
    from cardscan.drafts.profile import default_profile_path
    from cardscan.drafts.starter import write_starter

    path = write_starter(Path(profile) if profile else default_profile_path(), force=force)
    click.echo(f"wrote {path}: fill in [sender], [interview] and [hr], then run 'cardscan draft'")


@main.command()
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


@main.command()
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
    click.echo(f"cardscan: sent {len(report.sent)} of {len(drafts)} message(s)", err=True)
    if len(report.sent) < len(drafts):
        sys.exit(EXIT_PARTIAL if report.sent else EXIT_FATAL)
