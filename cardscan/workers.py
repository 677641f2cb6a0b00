"""Run a function over many items on worker processes, in order, surviving a worker's death.

multiprocessing.Pool replaces a worker that dies (the OOM killer, a crash in a native OCR
library) but never reports the task it held: ``imap`` then waits for that result forever.
Here each worker runs one item at a time and the parent watches both its pipe and its process,
so a death is seen at once and pinned on the item the worker held. That item is tried once
more on a fresh worker (the kill may have been memory pressure from elsewhere); if it kills
that one too, ``on_death(item)`` stands in for its result and the run goes on.

Workers ignore Ctrl-C and leave quietly when the parent goes away: the parent decides when
to stop and terminates them, so an interrupted run prints one line, not a traceback per
worker. ``Worker.call`` runs one item on one worker with a time limit (a user's template is
rendered that way, see cardscan.drafts.templating).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

from cardscan.errors import CardscanError

T = TypeVar("T")
R = TypeVar("R")

#: Tries per item: a worker killed while reading it is replaced and the item tried again.
TRIES = 2
_JOIN_SECONDS = 5.0


class WorkerError(CardscanError):
    """The worker processes cannot run at all (not one item's fault)."""


def _serve(conn: Connection, func: Callable[[Any], Any]) -> None:
    """A worker's loop: one item in, one result out, until the parent closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        try:
            result = func(item)
        except Exception as exc:  # raised again in the parent: a bug is not a dead worker
            result = _Raised(_portable(exc))
        try:
            conn.send(result)
        except OSError:  # the parent is gone
            return


@dataclass(frozen=True)
class _Raised:
    error: Exception


def _portable(exc: Exception) -> Exception:
    """The exception itself if it survives pickling (not every one does), else its text."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


class WorkerDied(Exception):
    """The worker process ended (killed, crashed) before it answered."""


class Worker:
    """One worker process running ``func`` on the items it is given, one at a time."""

    def __init__(self, context: Any, func: Callable[[Any], Any]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, func), daemon=True)
        self.process.start()
        child.close()
        self.job: tuple[int, Any, int] | None = None  # (index, item, tries so far)

    def give(self, index: int, item: Any, tries: int) -> None:
        self.job = (index, item, tries + 1)
        with contextlib.suppress(OSError):  # already dead: its sentinel will say so
            self.conn.send(item)

    def call(self, item: Any, timeout: float) -> Any:
        """``func(item)`` on this worker, raising what it raised; TimeoutError after
        ``timeout`` seconds (the worker is then stopped), WorkerDied if it ends first."""
        self.give(0, item, 0)
        ready = wait([self.conn, self.process.sentinel], timeout)
        if not ready:
            self.stop()
            raise TimeoutError(f"no answer within {timeout:g} s")
        try:
            result = self.conn.recv()
        except (EOFError, OSError):
            self.stop()
            raise WorkerDied(f"exit code {self.process.exitcode}") from None
        self.job = None
        if isinstance(result, _Raised):
            raise result.error
        return result

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(_JOIN_SECONDS)


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    on_death: Callable[[T], R],
) -> Iterator[R]:
    """``func(item)`` for each item, computed on ``workers`` processes and yielded in input
    order. ``func`` must be picklable (a module-level function). At most ``2 * workers``
    results wait to be yielded, so memory stays flat on long inputs."""
    todo: deque[tuple[int, T, int]] = deque((i, item, 0) for i, item in enumerate(items))
    total = len(todo)
    pool = _Pool(func, min(workers, total), on_death)
    emitted = 0
    try:
        while emitted < total:
            for worker in pool.workers:
                if worker.job is None and todo and todo[0][0] < emitted + 2 * workers:
                    worker.give(*todo.popleft())
            if emitted in pool.results:
                result = pool.results.pop(emitted)
                if isinstance(result, _Raised):
                    raise result.error
                yield result
                emitted += 1
                continue  # the window moved: idle workers get the next items first
            pool.collect()
            # Items a dead worker held go first again, in input order.
            todo.extendleft(sorted(pool.retry, key=lambda job: job[0], reverse=True))
            pool.retry.clear()
    finally:
        pool.stop()


class _Pool:
    def __init__(self, func: Callable[[Any], Any], size: int, on_death: Callable) -> None:
        self.context = multiprocessing.get_context("spawn")
        self.func = func
        self.on_death = on_death
        self.workers = [Worker(self.context, func) for _ in range(size)]
        self.results: dict[int, Any] = {}
        self.retry: list[tuple[int, Any, int]] = []
        self.idle_deaths = 0

    def collect(self) -> None:
        """Wait for a result or a death; a dead worker's item goes to ``retry`` (or to
        ``on_death`` after its last try) and a fresh worker takes its place."""
        busy = [w.conn for w in self.workers if w.job is not None]
        ready = set(wait(busy + [w.process.sentinel for w in self.workers]))
        for number, worker in enumerate(self.workers):
            if worker.conn in ready and worker.job is not None:
                with contextlib.suppress(EOFError, OSError):  # died while answering: below
                    self.results[worker.job[0]] = worker.conn.recv()
                    worker.job = None
            if worker.process.sentinel in ready:
                self._bury(worker)
                self.workers[number] = Worker(self.context, self.func)

    def _bury(self, worker: Worker) -> None:
        worker.stop()
        if worker.job is None:
            # Killed while idle: nothing lost, but a worker that cannot even start would
            # be replaced for ever.
            self.idle_deaths += 1
            if self.idle_deaths > 2 * len(self.workers) + 2:
                raise WorkerError(
                    "the worker processes keep dying before they read anything; "
                    "run with --workers 1 to see why"
                )
            return
        index, item, tries = worker.job
        if tries < TRIES:
            self.retry.append((index, item, tries))
        else:
            self.results[index] = self.on_death(item)

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()
