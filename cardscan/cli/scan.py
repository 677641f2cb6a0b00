"""`cardscan scan`, and the reading loop every command that reads photos shares."""

from __future__ import annotations

import contextlib
import dataclasses
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import click

from cardscan import api
from cardscan.cli.options import ScanRequest, handle_errors, scan_options
from cardscan.dedupe import merge_duplicates
from cardscan.errors import EXIT_FATAL, EXIT_OK, EXIT_PARTIAL, NothingReadError, one_line
from cardscan.models import Contact
from cardscan.output import FORMATS, write_contacts
from cardscan.progress import progress


@click.command()
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
    from cardscan.safefile import atomic_output

    if fmt is None:
        fmt = "table" if (output is None and sys.stdout.isatty()) else "jsonl"
    failures = Counter()
    # The summary after the output: a table is printed only once every card is read.
    contacts = stream(paths, failures, scan, summary=False)
    if dedupe:
        contacts = merge_duplicates(contacts)  # needs them all: nothing streams before the end
    if output:
        with atomic_output(Path(output), force=force) as out:
            write_contacts(contacts, fmt, out)
            _summarise(failures, scan)
            if failures.failed == failures.seen:  # an existing file is worth more than nothing
                raise NothingReadError(output)
    else:
        write_contacts(contacts, fmt, sys.stdout)
        _summarise(failures, scan)
    sys.exit(failures.exit_code)


def _summarise(failures: Counter, scan: ScanRequest) -> None:
    sys.stdout.flush()  # what was written comes first on a terminal showing both streams
    if not scan.quiet:
        click.echo(failures.summary(), err=True)


class Counter:
    """Inputs seen and failed, contacts and cache hits, filled in while contacts stream out."""

    def __init__(self) -> None:
        self.seen = 0
        self.failed = 0
        self.contacts = 0
        self.cached = 0
        self.started = time.perf_counter()

    @property
    def exit_code(self) -> int:
        if not self.failed:
            return EXIT_OK
        return EXIT_FATAL if self.failed == self.seen else EXIT_PARTIAL

    def summary(self) -> str:
        took = time.perf_counter() - self.started
        return (
            f"cardscan: {self.seen} image(s), {self.contacts} contact(s), {self.failed} "
            f"failed, {self.cached} from the cache, {took:.1f} s"
        )


def stream(
    paths,
    failures: Counter,
    scan: ScanRequest,
    *,
    summary: bool = True,
    crops: dict[tuple[str, int], dict] | None = None,
) -> Iterable[Contact]:
    """Contacts in input order; a progress bar on a terminal, and with ``summary`` the
    summary line once the last image is read. With ``crops``, the card's picture of each
    line the review asks about (cardscan.review.crops_to_check) goes there, by (source,
    card); only those are kept, so a big batch does not hold every line of every card."""
    from cardscan.cache import ScanCache
    from cardscan.review import crops_to_check

    sources = api.collect_sources(paths)
    warn = lambda message: click.echo(f"cardscan: warning: {message}", err=True)  # noqa: E731
    options = scan.options
    if crops is not None:
        options = dataclasses.replace(options, keep_field_crops=True)
    with ScanCache(warn=warn) if scan.cache else _no_cache() as cache:
        outcomes = api.scan(
            sources, options, workers=scan.workers, cache=cache, scheduler=scan.scheduler
        )
        for outcome in progress(outcomes, len(sources), quiet=scan.quiet):
            failures.seen += 1
            failures.cached += outcome.cached
            if outcome.error:
                failures.failed += 1
                click.echo(f"cardscan: {one_line(outcome.error)}", err=True)
            failures.contacts += len(outcome.contacts)
            if crops is not None:
                for contact, found in zip(outcome.contacts, outcome.field_crops):
                    crops[contact.source, contact.card] = crops_to_check(contact, found)
            yield from outcome.contacts
    if summary and not scan.quiet:
        click.echo(failures.summary(), err=True)


@contextlib.contextmanager
def _no_cache():
    yield None
