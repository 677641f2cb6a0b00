"""What the commands share: option decorators, the scan request and error handling."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

import click

from cardscan import api
from cardscan.drafts.templating import BUILTIN_TEMPLATES
from cardscan.engines import DEFAULT_ENGINE, ENGINE_NAMES
from cardscan.errors import EXIT_FATAL, EXIT_OK, CardscanError, one_line


@dataclass(frozen=True)
class ScanRequest:
    """The scan options of a command, collected by :func:`scan_options`."""

    options: api.ScanOptions
    workers: int
    cache: bool = True
    quiet: bool = False
    scheduler: str | None = None


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
        profile_option,
        click.option("--force", is_flag=True, help="Overwrite existing files."),
        send_option,
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


profile_option = click.option(
    "--profile",
    type=click.Path(dir_okay=False),
    default=None,
    help="Profile TOML (who is writing, the interview).",
)
send_option = click.option(
    "--send",
    is_flag=True,
    help="Send the messages through the profile's [smtp] (password: env "
    "CARDSCAN_SMTP_PASSWORD). Nothing is sent without it.",
)


def is_terminal() -> bool:
    """A person at a terminal can answer questions (both ends are a tty)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def handle_errors(func: Callable) -> Callable:
    """Turn errors into one line on stderr and the contract's exit code (traceback with -v)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        verbose = ctx.find_root().params.get("verbose", False)
        try:
            try:
                return func(*args, **kwargs)
            finally:
                sys.stdout.flush()  # a reader gone away shows here, not at the exit
        except BrokenPipeError:
            quiet_broken_pipe()
        except CardscanError as exc:
            if verbose:
                raise
            click.echo(f"cardscan: error: {one_line(str(exc))}", err=True)
            sys.exit(exc.exit_code)
        except (KeyboardInterrupt, click.Abort):  # Ctrl-C, also inside a prompt
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



def quiet_broken_pipe() -> None:
    """The reader went away (`cardscan scan … | head -1`): stop, quietly and with exit code
    0, as the reader got all it asked for; a shell script with `set -o pipefail` goes on.

    stdout is pointed at /dev/null so that the interpreter's last flush cannot raise again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # stdout is not a real file (a test runner's buffer)
    finally:
        os.close(devnull)
    sys.exit(EXIT_OK)
