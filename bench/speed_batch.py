"""Batch throughput of cardscan.api.scan with 1..N worker processes, and the peak memory
of this process and of its workers (``python -m bench.speed`` reports both)."""

from __future__ import annotations

import os
import resource
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cardscan.api import ScanOptions, scan


def time_batch(paths: list[str], engine: str, workers: int) -> dict[str, Any]:
    """Wall time of cardscan.api.scan over ``paths`` with ``workers`` processes."""
    start = time.perf_counter()
    outcomes = list(scan(paths, ScanOptions(engine=engine), workers=workers))
    seconds = time.perf_counter() - start
    errors = sum(1 for outcome in outcomes if outcome.error)
    return {
        "workers": workers,
        "seconds": seconds,
        "cards_per_s": len(paths) / seconds,
        "errors": errors,
    }


def batch_runs(paths: list[str], engine: str, workers_max: int) -> list[dict[str, Any]]:
    """One batch per worker count 1..workers_max, each with its speedup over one worker."""
    with restored_env("OMP_THREAD_LIMIT"):  # scan() sets it for its workers; keep ours as it was
        runs = []
        for workers in range(1, workers_max + 1):
            with WorkerRssSampler() as sampler:
                runs.append(time_batch(paths, engine, workers))
            runs[-1]["worker_peak_rss_mb"] = sampler.peak_mb if workers > 1 else None
    for run in runs:
        run["speedup"] = run["cards_per_s"] / runs[0]["cards_per_s"]
    return runs


class WorkerRssSampler:
    """The largest peak RSS (VmHWM) among this process's children, read from /proc every
    ``interval`` seconds while the block runs; ``peak_mb`` stays None where /proc is missing.

    getrusage(RUSAGE_CHILDREN) cannot tell a worker's own size: a spawned worker is forked
    before it execs, and the kernel keeps the forked copy's size (the parent's) as its peak.
    """

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak_mb: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> WorkerRssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            for pid in child_pids():
                peak = vm_hwm_mb(pid)
                if peak is not None and (self.peak_mb is None or peak > self.peak_mb):
                    self.peak_mb = peak
            if self._stop.wait(self.interval):
                return


def child_pids(parent: int | None = None) -> list[int]:
    """Processes whose parent is ``parent`` (default: this one), from /proc/*/stat."""
    parent = os.getpid() if parent is None else parent
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone, or not ours to read
        if int(fields[1]) == parent:
            pids.append(int(stat.parent.name))
    return pids


def vm_hwm_mb(pid: int) -> float | None:
    """Peak resident set size of process ``pid`` so far, in MB, or None when unreadable."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / 1e6
    return None


@contextmanager
def restored_env(name: str) -> Iterator[None]:
    before = os.environ.get(name)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


def peak_rss_mb() -> dict[str, float]:
    """Peak resident set size of this process and of its largest finished child, in MB."""
    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return {
        who: resource.getrusage(flag).ru_maxrss * unit / 1e6
        for who, flag in (("self", resource.RUSAGE_SELF), ("children", resource.RUSAGE_CHILDREN))
    }
