"""The worker processes of a running cardscan, seen through Linux's /proc."""

from __future__ import annotations

import os
from pathlib import Path


def worker_pids(parent: int) -> list[int]:
    """Live worker processes of ``parent`` (not multiprocessing's resource tracker)."""
    children = Path(f"/proc/{parent}/task/{parent}/children")
    pids = children.read_text().split() if children.exists() else []
    return [int(pid) for pid in pids if is_worker(int(pid))]


def is_worker(pid: int) -> bool:
    """A live worker process (spawned by multiprocessing, not its tracker, not a zombie)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"spawn_main" in command and "\nState:\tZ" not in status


def cpu_seconds(pid: int) -> float:
    """CPU time the process has used so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
