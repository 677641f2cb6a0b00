"""cardscan.distributed on a real two-worker LocalCluster (processes, one thread each)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest

from cardscan import api
from cardscan.distributed import scan_on_cluster
from cardscan.errors import EXIT_FATAL, DistributedError, EngineUnavailableError
from tests.conftest import SAMPLES

CARDS = [SAMPLES / name for name in ("uk_centred_flat.png", "de_logo_block_flat.png")]
COMPANY_CARD = SAMPLES / "company_only_flat.png"


def test_without_dask_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    monkeypatch.setitem(sys.modules, "distributed", None)
    outcomes = scan_on_cluster([str(CARDS[0])], api.ScanOptions(), "tcp://127.0.0.1:8786")
    with pytest.raises(DistributedError, match=r"pip install 'cardscan\[dask\]'") as caught:
        next(outcomes)
    assert caught.value.exit_code == EXIT_FATAL


def test_nothing_to_scan_connects_to_nothing() -> None:
    assert list(scan_on_cluster([], api.ScanOptions(), "tcp://127.0.0.1:1")) == []
    with pytest.raises(ValueError, match="window"):
        next(scan_on_cluster(["a.png"], api.ScanOptions(), "tcp://127.0.0.1:1", window=0))


# ---------------------------------------------------------------- on a cluster


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def _wait_until_released(cluster, seconds: float = 10.0) -> None:
    """Our client has left the scheduler and no task of ours is kept there."""
    scheduler = cluster.scheduler
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if set(scheduler.clients) <= {"fire-and-forget"} and not scheduler.tasks:
            return
        time.sleep(0.1)
    raise AssertionError(f"still held: clients {list(scheduler.clients)}, {len(scheduler.tasks)}")


def _summary(outcome: api.ScanOutcome) -> list[tuple]:
    return [(c.name, c.emails, c.company) for c in outcome.contacts]


def test_cluster_gives_the_local_outcomes_in_input_order(cluster, tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.jpg"
    sources = [str(CARDS[0]), str(empty), str(CARDS[1]), str(missing), str(COMPANY_CARD)]

    outcomes = list(scan_on_cluster(sources, api.ScanOptions(), cluster.scheduler_address))

    assert [o.source for o in outcomes] == sources
    for index in (1, 3):  # the same error as a local scan, naming the file
        assert outcomes[index].error.startswith(f"{sources[index]}: "), outcomes[index].error
        assert outcomes[index].error == api.scan_one(sources[index]).error
        assert outcomes[index].contacts == ()
    for index in (0, 2, 4):
        local = api.scan_one(sources[index])
        assert outcomes[index].error is None, outcomes[index].error
        assert _summary(outcomes[index]) == _summary(local)
        assert outcomes[index].contacts[0].source == sources[index]
        assert set(outcomes[index].timings) == set(api.STAGES)
    assert _summary(outcomes[0])[0][:2] == ("Sean Davies", ("sean.davies@stonebridge.com",))
    _wait_until_released(cluster)


def _break_scans_of(name: str, *, die: bool = False) -> None:
    """Run on each worker: scanning a source called ``name`` raises, or ends the worker
    process as a crash in a native library would."""
    import cardscan.distributed as remote

    original = remote.scan_bytes

    def broken(data, source, options):
        if Path(source).name == name:
            if die:
                os._exit(1)
            raise RuntimeError("the worker fell over\nsecond line of a remote traceback")
        return original(data, source, options)

    broken.original = original
    remote.scan_bytes = broken


def _mend_scans() -> None:
    import cardscan.distributed as remote

    remote.scan_bytes = getattr(remote.scan_bytes, "original", remote.scan_bytes)


def test_a_failed_task_is_an_error_for_its_file_only(cluster, tmp_path: Path) -> None:
    from dask.distributed import Client

    boom = tmp_path / "boom.png"
    shutil.copyfile(CARDS[0], boom)
    sources = [str(boom), str(CARDS[0])]
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        client.run(_break_scans_of, "boom.png")
    try:
        outcomes = list(
            scan_on_cluster(sources, api.ScanOptions(), cluster.scheduler_address, window=1)
        )
    finally:
        with Client(cluster.scheduler_address, set_as_default=False) as client:
            client.run(_mend_scans)

    assert outcomes[0].error == (
        f"{boom}: failed on the cluster (RuntimeError: the worker fell over)"
    )
    assert outcomes[0].contacts == ()
    assert outcomes[1].error is None and outcomes[1].contacts[0].name == "Sean Davies"
    _wait_until_released(cluster)


def test_a_worker_that_dies_is_an_error_for_its_file_only(cluster, tmp_path: Path) -> None:
    from dask.distributed import Client

    crash = tmp_path / "crash.png"
    shutil.copyfile(CARDS[0], crash)
    sources = [str(crash), str(CARDS[1])]
    allowed = cluster.scheduler.allowed_failures
    cluster.scheduler.allowed_failures = 0  # no retry on a fresh worker: fail at once
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        client.run(_break_scans_of, "crash.png", die=True)
    try:
        outcomes = list(scan_on_cluster(sources, api.ScanOptions(), cluster.scheduler_address))
    finally:
        cluster.scheduler.allowed_failures = allowed
        with Client(cluster.scheduler_address, set_as_default=False) as client:
            client.run(_mend_scans)  # the dead worker's replacement is a fresh process

    assert outcomes[0].error.startswith(
        f"{crash}: failed on the cluster (KilledWorker: the worker process died"
    ), outcomes[0].error
    assert outcomes[1].error is None and outcomes[1].contacts[0].name == "Dr. Janina Winkler"
    _wait_until_released(cluster)


def test_an_engine_missing_on_the_workers_stops_the_scan(cluster) -> None:
    options = api.ScanOptions(engine="no-such-engine")
    with pytest.raises(EngineUnavailableError, match="no-such-engine"):
        list(scan_on_cluster([str(CARDS[0])], options, cluster.scheduler_address))
    _wait_until_released(cluster)


def test_closing_early_releases_the_cluster(cluster, tmp_path: Path) -> None:
    sources = [str(tmp_path / "missing.png"), str(CARDS[0]), str(CARDS[1])]
    outcomes = scan_on_cluster(sources, api.ScanOptions(), cluster.scheduler_address, window=1)
    assert next(outcomes).error.endswith("no such file")
    outcomes.close()
    _wait_until_released(cluster)


@pytest.mark.slow
def test_cli_scheduler_option_reads_on_the_cluster(cluster, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cardscan import cli

    card = str(SAMPLES / "uk_centred_flat.png")
    args = [
        "scan",
        card,
        "--format",
        "jsonl",
        "--no-cache",
        "--scheduler",
        cluster.scheduler_address,
    ]
    result = CliRunner().invoke(cli.main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    contact = json.loads(result.output.splitlines()[0])
    assert contact["emails"] == list(api.scan_one(card).contacts[0].emails)
    _wait_until_released(cluster)
