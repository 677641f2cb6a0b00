"""Command line: parse options, call the api, print. The only package that imports click.

One module per command family: scan.py, draft.py (draft, run), interview.py and
interview_send.py (the interview record), setup.py (init, templates, serve); options.py,
prompts.py and review.py hold what they share.
"""

from __future__ import annotations

import signal

import click

from cardscan import __version__
from cardscan.cli import interview_send  # noqa: F401  (registers `interview draft`)
from cardscan.cli.draft import draft, run
from cardscan.cli.interview import interview
from cardscan.cli.scan import scan
from cardscan.cli.setup import init, serve, templates

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cardscan")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks on errors.")
def main(verbose: bool) -> None:
    """Turn photos of business cards into contacts and ready-to-send emails."""
    # A polite stop (kill, systemd, a container) unwinds like Ctrl-C: workers are stopped
    # and half-written files removed, instead of dying mid-write.
    signal.signal(signal.SIGTERM, signal.default_int_handler)


for _command in (scan, draft, run, interview, init, templates, serve):
    main.add_command(_command)
