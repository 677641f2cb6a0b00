"""Scan on a dask cluster: the same outcomes as :func:`cardscan.api.scan`, read on other machines.

    from cardscan.api import ScanOptions, expand_paths
    from cardscan.distributed import scan_on_cluster

    sources = list(expand_paths(["cards/"]))
    for outcome in scan_on_cluster(sources, ScanOptions(), "tcp://scheduler:8786"):
        ...

The workers need not see this machine's files: each image is read here and its bytes are sent
with its task; only the contacts come back. At most ``window`` images are in flight at once
(default: twice the cluster's worker threads), so thousands of files take little memory here
or on the scheduler. See docs/scaling.md for setting up a cluster.

dask is an optional extra (``pip install 'cardscan[dask]'``), imported only when this runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from cardscan.errors import CardscanError, DistributedError, InputFileError
from cardscan.imageio import read_bytes
from cardscan.pipeline import scan_bytes
from cardscan.scan_types import STAGES, STDIN, ScanOptions, ScanOutcome, StageTimer

INSTALL_HINT = "pip install 'cardscan[dask]'"
#: How long to wait for a first worker when the scheduler has none.
WORKER_WAIT_SECONDS = 60.0
#: How often the default window is recomputed, so workers that join later are used.
WINDOW_REFRESH_SECONDS = 5.0
CLOSE_TIMEOUT_SECONDS = 10.0


def _scan_task(data: bytes, source: str, options: ScanOptions) -> ScanOutcome:
    """What runs on a worker: single-threaded, as in local processes (the Tesseract engine
    sets OMP_THREAD_LIMIT before each run; RapidOCR is configured so, RAPIDOCR_PARAMS)."""
    return scan_bytes(data, source, options)


@dataclass
class _InFlight:
    source: str
    read_seconds: float
    future: Any = None  # a dask Future, or None when ``outcome`` is already known
    outcome: ScanOutcome | None = None


def scan_on_cluster(
    sources: list[str],
    options: ScanOptions,
    address: str,
    *,
    window: int | None = None,
) -> Iterator[ScanOutcome]:
    """Scan ``sources`` (as :func:`cardscan.api.expand_paths` gives them) on the dask cluster
    whose scheduler is at ``address``, yielding one outcome per source in input order.

    Each file is read here and its bytes sent with its task (``-`` reads standard input
    once), so the workers need no shared filesystem; ``options.debug_dir``, if set, is a
    folder on the workers. A file that cannot be read here, or whose task fails on the
    cluster (an exception, a worker that keeps dying), becomes an outcome with an error and
    the rest go on. At most ``window`` tasks are in flight (default: twice the cluster's
    worker threads, recounted every few seconds). The connection is made on the first
    ``next()`` and closed when the generator finishes, fails or is closed.

    Raises DistributedError when dask is not installed, the scheduler cannot be reached, no
    worker joins it in time, or the connection is lost; a missing engine on the workers
    raises EngineUnavailableError, as :func:`cardscan.api.scan` does.
    """
    if window is not None and window < 1:
        raise ValueError(f"window must be at least 1, not {window}")
    if not sources:
        return
    client = _connect(address)
    try:
        limit = (lambda: window) if window else _default_window(client)
        yield from _scan_ordered(client, list(sources), options, limit)
    finally:
        with contextlib.suppress(Exception):  # a failing close must not hide what happened
            client.close(timeout=CLOSE_TIMEOUT_SECONDS)


def _connect(address: str):
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise DistributedError(
            f"scanning on a dask cluster needs dask.distributed, which is not installed "
            f"({_first_line(exc)}); install it with: {INSTALL_HINT}"
        ) from None
    try:
        client = Client(address, set_as_default=False)
    except (OSError, ValueError, TimeoutError, asyncio.TimeoutError) as exc:
        raise DistributedError(
            f"cannot connect to the dask scheduler at {address} ({_first_line(exc)}); "
            f"start one with 'dask scheduler' or check the address"
        ) from None
    try:
        _wait_for_workers(client, address)
        _check_versions(client, address)
    except BaseException:  # also Ctrl-C while waiting: the caller never gets the client
        with contextlib.suppress(Exception):
            client.close(timeout=CLOSE_TIMEOUT_SECONDS)
        raise
    return client


def _wait_for_workers(client, address: str) -> None:
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
    except (OSError, TimeoutError, asyncio.TimeoutError):
        raise DistributedError(
            f"the dask scheduler at {address} has no workers (waited "
            f"{WORKER_WAIT_SECONDS:.0f} s); start some with 'dask worker {address} "
            f"--nthreads 1 --nworkers N' on each machine"
        ) from None


def _cardscan_version() -> str:
    import cardscan

    return cardscan.__version__


def _check_versions(client, address: str) -> None:
    """The scheduler unpickles each task, so it needs cardscan as much as the workers do;
    without this check every file would fail one by one. Workers that join later are not
    checked: their tasks fail with the import error."""
    here = _cardscan_version()
    try:
        found = {"the scheduler": client.run_on_scheduler(_cardscan_version)}
        found.update(client.run(_cardscan_version))
    except Exception as exc:
        raise DistributedError(
            f"cardscan cannot be loaded on the dask cluster at {address} "
            f"({_first_line(exc)}); install it on the scheduler and on every "
            f"worker machine: {INSTALL_HINT}"
        ) from None
    others = {where: version for where, version in found.items() if version != here}
    if others:
        listed = ", ".join(f"{where} has {version}" for where, version in sorted(others.items()))
        raise DistributedError(
            f"the dask cluster at {address} runs another cardscan version than this machine "
            f"({here}): {listed}; install the same version everywhere"
        )


def _default_window(client) -> Callable[[], int]:
    """Twice the cluster's worker threads: every thread busy, one task queued behind each."""
    counted = {"at": float("-inf"), "window": 2}

    def window() -> int:
        now = time.monotonic()
        if now - counted["at"] >= WINDOW_REFRESH_SECONDS:
            counted["window"] = max(2, 2 * sum(client.nthreads().values()))
            counted["at"] = now
        return counted["window"]

    return window


def _scan_ordered(
    client, sources: list[str], options: ScanOptions, window: Callable[[], int]
) -> Iterator[ScanOutcome]:
    queue: deque[_InFlight] = deque()
    running = 0  # entries of ``queue`` that hold a future (local read errors do not count)
    todo = iter(sources)
    exhausted = False
    while True:
        while not exhausted and running < window():
            source = next(todo, None)
            if source is None:
                exhausted = True
                break
            entry = _submit(client, source, options)
            queue.append(entry)
            running += entry.future is not None
        if not queue:
            return
        entry = queue.popleft()
        if entry.future is not None:
            running -= 1
            entry.outcome = _collect(client, entry)
        yield entry.outcome


def _submit(client, source: str, options: ScanOptions) -> _InFlight:
    """Read ``source`` here and submit its bytes, or record why it could not be read."""
    timer = StageTimer()
    try:
        if source == STDIN:
            data = timer.run("load", sys.stdin.buffer.read)
        else:
            data = timer.run("load", read_bytes, source)
    except InputFileError as exc:
        outcome = ScanOutcome(source, error=str(exc), timings=timer.seconds)
        return _InFlight(source, timer.seconds["load"], outcome=outcome)
    import dask

    # One image per task is the point here; dask's "large graph" advice (>10 MB) does not apply.
    with dask.config.set({"distributed.admin.large-graph-warning-threshold": "1GB"}):
        future = client.submit(_scan_task, data, source, options, pure=False)
    return _InFlight(source, timer.seconds["load"], future=future)


def _collect(client, entry: _InFlight) -> ScanOutcome:
    """The task's outcome, with the local read time added to "load"; a failed task becomes an
    error outcome for its file unless the cluster itself is gone."""
    try:
        outcome = entry.future.result()
    except CardscanError:
        raise  # e.g. the engine is not installed on the workers: no file would be read
    except Exception as exc:
        if client.status != "running":
            raise DistributedError(
                f"lost the connection to the dask scheduler ({_first_line(exc)})"
            ) from None
        reason = f"failed on the cluster ({_first_line(exc)})"
        if type(exc).__name__ == "KilledWorker":  # dask's message is a paragraph
            reason = (
                "failed on the cluster (KilledWorker: the worker process died while reading "
                "it, out of memory or in a crash of the OCR library; the worker's log says which)"
            )
        timings = dict.fromkeys(STAGES, 0.0)
        timings["load"] = entry.read_seconds
        return ScanOutcome(entry.source, error=f"{entry.source}: {reason}", timings=timings)
    finally:
        entry.future.release()
    outcome.timings["load"] = outcome.timings.get("load", 0.0) + entry.read_seconds
    return outcome


def _first_line(exc: BaseException) -> str:
    """``Type: first line of the message``: remote errors can span lines; ours are one line."""
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0].strip()}" if lines else type(exc).__name__
