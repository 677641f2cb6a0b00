"""A progress bar on stderr for long runs, only where a person watches it (a terminal)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress(outcomes: Iterable[T], total: int, *, quiet: bool) -> Iterator[T]:
    """A bar with rate and time left on stderr, only when stderr is a terminal."""
    if quiet or total < 2 or not sys.stderr.isatty():
        yield from outcomes
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    rate = TextColumn("{task.fields[rate]}")
    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), rate, TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading cards", total=total, rate="")
        started = time.perf_counter()
        for done, outcome in enumerate(outcomes, 1):
            per_minute = 60 * done / max(time.perf_counter() - started, 1e-6)
            bar.update(task, advance=1, rate=f"{per_minute:.0f} cards/min")
            yield outcome
