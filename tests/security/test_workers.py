"""A worker process killed mid-card (as by the OOM killer) must not hang `scan`.

multiprocessing.Pool started a new worker and waited for ever for the lost result; a `.part`
output file stayed behind. Now the death is seen, the card is tried once more on a fresh
worker, and a card that kills its worker twice is reported as failed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cardscan import workers
from cardscan.workers import WorkerError, ordered_map
from tests.conftest import REPO, SAMPLES
from tests.security.procs import cpu_seconds, worker_pids

TIMEOUT = 120  # seconds: a hang fails the test instead of the whole suite


def _square_or_die(item: tuple[int, str]) -> int:
    """Dies like a process the OOM killer chose, on items marked "die"; "once" dies on its
    first try only (a file remembers the try)."""
    number, how = item
    if how == "die" or (how.startswith("once:") and not Path(how[5:]).exists()):
        if how.startswith("once:"):
            Path(how[5:]).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    if how == "raise":
        raise ValueError(f"bad item {number}")
    if how == "slow":
        time.sleep(0.5)
    return number * number


def _died(item: tuple[int, str]) -> int:
    return -item[0]


def test_a_killed_worker_is_reported_and_the_rest_go_on() -> None:
    items = [(1, ""), (2, "die"), (3, "slow"), (4, ""), (5, "die"), (6, "")]
    started = time.monotonic()
    assert list(ordered_map(_square_or_die, items, 2, on_death=_died)) == [1, -2, 9, 16, -5, 36]
    assert time.monotonic() - started < TIMEOUT


def test_order_is_kept_and_nothing_stalls_behind_a_slow_first_item() -> None:
    """The first item holds the output back while the window fills and empties at once."""
    items = [(0, "slow")] + [(n, "") for n in range(1, 12)]
    results: list[int] = []
    thread = threading.Thread(
        target=lambda: results.extend(ordered_map(_square_or_die, items, 2, on_death=_died)),
        daemon=True,
    )
    thread.start()
    thread.join(TIMEOUT)
    assert results == [n * n for n in range(12)]


def test_a_worker_killed_once_is_tried_again(tmp_path: Path) -> None:
    marker = tmp_path / "tried"
    items = [(1, ""), (2, f"once:{marker}"), (3, "")]
    assert list(ordered_map(_square_or_die, items, 2, on_death=_died)) == [1, 4, 9]
    assert marker.exists()


def test_an_exception_in_a_worker_is_raised_not_taken_for_a_death() -> None:
    with pytest.raises(ValueError, match="^bad item 2$"):
        list(ordered_map(_square_or_die, [(1, ""), (2, "raise"), (3, "")], 2, on_death=_died))


def test_workers_that_cannot_start_fail_each_item_without_hanging(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workers, "_serve", _exit_at_once)
    items = [(n, "") for n in range(1, 5)]
    assert list(ordered_map(_square_or_die, items, 2, on_death=_died)) == [-1, -2, -3, -4]


def test_workers_dying_while_idle_are_replaced_a_few_times_then_an_error() -> None:
    """An idle death costs no item, so only a count stops endless restarts."""
    pool = workers._Pool(_square_or_die, 1, on_death=_died)
    try:
        idle = pool.workers[0]
        with pytest.raises(WorkerError, match="keep dying before they read anything"):
            for _ in range(10):
                pool._bury(idle)
    finally:
        pool.stop()


def _exit_at_once(conn, func) -> None:
    os._exit(1)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_scan_survives_a_worker_killed_mid_card(tmp_path: Path) -> None:
    """The real CLI on three cards with two workers; one worker is killed while it reads."""
    cards = [SAMPLES / n for n in ("uk_centred_flat.png", "fr_dark_right_flat.png")]
    cards.append(SAMPLES / "de_logo_block_flat.png")
    out = tmp_path / "contacts.jsonl"
    env = {**os.environ, "CARDSCAN_CACHE_DIR": str(tmp_path / "cache")}
    args = ["scan", *map(str, cards), "--workers", "2", "-o", str(out), "--quiet"]
    run = subprocess.Popen(
        [sys.executable, "-m", "cardscan", *args], cwd=REPO, env=env, stderr=subprocess.PIPE
    )
    killed = None
    deadline = time.monotonic() + 90
    while killed is None and time.monotonic() < deadline and run.poll() is None:
        # Two CPU seconds in, a worker has its engine loaded and is reading a card.
        busy = [pid for pid in worker_pids(run.pid) if cpu_seconds(pid) >= 2.0]
        if busy:
            killed = busy[0]
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.05)
    try:
        _, stderr = run.communicate(timeout=TIMEOUT)
    finally:
        run.kill()
    assert killed is not None, "no worker process was seen"
    assert run.returncode == 0, stderr.decode()
    assert b"Traceback" not in stderr
    assert len(out.read_text("utf-8").splitlines()) == 3
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_one_worker_call_reports_a_death_and_a_time_out() -> None:
    """Worker.call, as the limited template renderer uses it."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    worker = workers.Worker(context, _square_or_die)
    try:
        assert worker.call((3, ""), timeout=TIMEOUT) == 9
        with pytest.raises(TimeoutError):
            worker.call((4, "slow"), timeout=0.1)
    finally:
        worker.stop()
    dying = workers.Worker(context, _square_or_die)
    with pytest.raises(workers.WorkerDied):
        dying.call((5, "die"), timeout=TIMEOUT)
