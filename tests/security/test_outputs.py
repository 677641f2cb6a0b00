"""Files cardscan writes: nothing lost quietly, nothing left half-written, nothing run.

`scan nosuchdir -o good.jsonl --force` emptied the user's file; a run where every input
failed left an empty file that then refused the corrected rerun; a kill left `.part` files;
SIGTERM printed worker tracebacks; a path that cannot be written gave a raw exception name;
card text starting with = + - @ went into CSV cells as a formula.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cardscan.contacts_in import read_contacts
from cardscan.models import Contact, Phone
from cardscan.output import csv_cell, csv_text, write_contacts
from cardscan.safefile import OutputError, atomic_output
from tests.conftest import REPO, SAMPLES, run_cardscan
from tests.security.procs import is_worker, worker_pids

CARD = str(SAMPLES / "uk_centred_flat.png")
GOOD = '{"source": "earlier.jpg", "name": "Ana Ruiz"}\n'
NOTHING_READ = "no input could be read, so {} was not written (an existing file is kept as it was)"


def _scan(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CARDSCAN_CACHE_DIR": str(tmp_path / "cache")}
    return run_cardscan("scan", *args, "--quiet", "--workers", "1", cwd=tmp_path, env=env)


def test_a_missing_input_does_not_empty_the_output_even_with_force(tmp_path: Path) -> None:
    (tmp_path / "good.jsonl").write_text(GOOD, "utf-8")
    run = _scan(tmp_path, "nosuchdir", "-o", "good.jsonl", "--force")
    assert run.returncode == 1
    assert run.stderr.decode().splitlines() == [
        "cardscan: nosuchdir: no such file",
        f"cardscan: error: {NOTHING_READ.format('good.jsonl')}; fix the inputs named above "
        "and run again",
    ]
    assert (tmp_path / "good.jsonl").read_text("utf-8") == GOOD


@pytest.mark.slow
def test_no_empty_file_when_every_input_failed_so_the_rerun_is_not_refused(
    tmp_path: Path,
) -> None:
    (tmp_path / "typo.jpg").write_bytes(b"")
    first = _scan(tmp_path, "typo.jpg", "-o", "out.jsonl")
    assert first.returncode == 1 and NOTHING_READ.format("out.jsonl") in first.stderr.decode()
    assert not (tmp_path / "out.jsonl").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    rerun = _scan(tmp_path, CARD, "-o", "out.jsonl")
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert len((tmp_path / "out.jsonl").read_text("utf-8").splitlines()) == 1


@pytest.mark.parametrize(
    ("make", "target", "reason"),
    [
        (
            lambda d: (d / "file").write_text("x"),
            "file/out.jsonl",
            "a folder in its path is a file",
        ),
        (lambda d: (d / "dir").mkdir(), "dir", "it is a folder"),
    ],
    ids=["under-a-file", "a-folder"],
)
def test_a_path_that_cannot_be_written_is_one_line(tmp_path: Path, make, target, reason) -> None:
    make(tmp_path)
    with pytest.raises(OutputError) as info, atomic_output(tmp_path / target, force=True) as out:
        out.write("{}\n")
    assert str(info.value) == (
        f"{tmp_path / target}: cannot write it ({reason}); choose another file name or folder"
    )


def test_output_path_error_through_the_cli_names_no_exception(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    run = _scan(tmp_path, CARD, "-o", "file/out.jsonl")
    assert run.returncode == 1
    assert run.stderr.decode() == (
        "cardscan: error: file/out.jsonl: cannot write it (a folder in its path is a file); "
        "choose another file name or folder\n"
    )


def test_part_files_of_dead_processes_are_removed_live_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    stale = tmp_path / f".out.jsonl.{dead}.k1ll3d.part"
    live = tmp_path / f".out.jsonl.{os.getpid()}.wr1t1ng.part"
    other = tmp_path / f".other.jsonl.{dead}.xxxx.part"
    for part in (stale, live, other):
        part.write_text("half a file")
    with atomic_output(tmp_path / "out.jsonl") as stream:
        stream.write("{}\n")
    assert not stale.exists()
    assert live.exists() and other.exists()
    assert (tmp_path / "out.jsonl").read_text() == "{}\n"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_sigterm_stops_workers_quietly_and_leaves_no_part_file(tmp_path: Path) -> None:
    env = {**os.environ, "CARDSCAN_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.Popen(
        [sys.executable, "-m", "cardscan", "scan", str(SAMPLES), "--workers", "2", "--quiet",
         "-o", str(tmp_path / "out.jsonl")],
        cwd=REPO, env=env, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while run.poll() is None and time.monotonic() < deadline and not worker_pids(run.pid):
        time.sleep(0.05)
    workers = worker_pids(run.pid)
    time.sleep(1.0)  # reading by now
    run.send_signal(signal.SIGTERM)
    try:
        _, stderr = run.communicate(timeout=60)
    finally:
        run.kill()
    assert workers, "no worker process was seen"
    assert stderr.decode() == "cardscan: interrupted\n"
    assert run.returncode == 130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]
    assert not [pid for pid in workers if is_worker(pid)]


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x.example","click")', "+49 30 1234", "-2+3", "@SUM(A1)", "\tx", "'=x",
     "''+", "plain", "'plain", ""],
)  # fmt: skip
def test_csv_cells_never_start_a_formula_and_read_back_as_written(text: str) -> None:
    cell = csv_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert csv_text(cell) == text


def test_csv_file_of_a_forged_card_round_trips() -> None:
    forged = Contact(
        "-card.jpg",
        name="=cmd|' /C calc'!A0",
        company="@SUM(1+1)",
        phones=(Phone("+49 30 1234", "+49301234"),),
        text="=1+1",
    )
    stream = io.StringIO()
    write_contacts([forged], "csv", stream)
    row = next(csv.DictReader(io.StringIO(stream.getvalue())))
    assert all(not v.startswith(("=", "+", "-", "@")) for v in row.values()), row
    (back,) = read_contacts(io.StringIO(stream.getvalue()))
    assert (back.source, back.name, back.company, back.text) == (
        forged.source, forged.name, forged.company, forged.text
    )  # fmt: skip
    assert [p.number for p in back.phones] == ["+49 30 1234"]
