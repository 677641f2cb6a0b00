"""bench/speed.py runs end to end and prints what it promises; no timing is asserted."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bench import speed, speed_batch
from cardscan.engines import get_engine
from cardscan.errors import EngineUnavailableError

NUMBER = r"\d+(?:\.\d+)?"


@pytest.fixture(scope="module")
def rapidocr() -> str:
    try:
        get_engine("rapidocr")
    except EngineUnavailableError as exc:
        pytest.skip(str(exc))
    return "rapidocr"


def _rows(table: str, first_cell: str) -> list[str]:
    return [line for line in table.splitlines() if line.startswith(f"| {first_cell} |")]


@pytest.mark.slow
def test_main_prints_stages_ratio_batch_and_memory(rapidocr, capsys) -> None:
    argv = ["--synth", "2", "--limit", "2", "--workers-max", "1", "--engine", rapidocr]
    assert speed.main(argv) == 0
    out = capsys.readouterr().out

    for stage in (*speed.STAGES, "OCR (full image)", "**total**"):
        rows = _rows(out, stage)
        assert rows, f"no row for {stage!r} in\n{out}"
        median, mean, share = [cell.strip() for cell in rows[0].strip("|").split("|")[1:]]
        assert float(median) >= 0 and float(mean) >= 0, rows[0]
        assert re.fullmatch(r"\d+%", share), rows[0]

    ratio = re.search(rf"^{re.escape(speed.RATIO_LABEL)}: ({NUMBER})× .*?({NUMBER})×", out, re.M)
    assert ratio, out
    assert float(ratio.group(1)) > 0 and float(ratio.group(2)) > 0

    batch = _rows(out, "1")
    assert len(batch) == 1, out
    cells = [cell.strip() for cell in batch[0].strip("|").split("|")]
    _, seconds, per_s, speedup, errors, worker_rss = cells
    assert float(seconds) > 0 and float(per_s) > 0
    assert speedup == "1.00×" and errors == "0"
    assert worker_rss == "-"  # one worker runs in-process

    rss = re.search(rf"^peak RSS \(getrusage\): ({NUMBER}) MB this process", out, re.M)
    assert rss and float(rss.group(1)) > 0, out


def test_summaries_and_ratio_are_computed_from_the_cards() -> None:
    cards = [
        {"load": 1.0, "OCR (full image)": 3.0},
        {"load": 2.0, "OCR (full image)": 6.0},
        {"load": 3.0, "OCR (full image)": 9.0},
    ]
    baseline = speed.summarise_stages(cards, speed.BASELINE_STAGES)
    assert baseline["load"] == {"median": 2.0, "mean": 2.0}
    assert baseline["total"] == {"median": 8.0, "mean": 8.0}
    pipeline = {"total": {"median": 4.0, "mean": 2.0}}
    assert speed.pipeline_ratio(pipeline, baseline) == {"median": 0.5, "all": 0.25}


def _fake_report() -> dict:
    stages = {name: {"median": 0.1, "mean": 0.2} for name in (*speed.STAGES, "total")}
    report = {
        "engine": "rapidocr",
        "cards": 3,
        "machine": "test box",
        "pipeline": stages,
        "baseline": {
            name: {"median": 0.1, "mean": 0.2} for name in (*speed.BASELINE_STAGES, "total")
        },
        "ratio": {"median": 0.82, "all": 0.9},
        "batch": [
            {
                "workers": 1,
                "seconds": 3.0,
                "cards_per_s": 1.0,
                "speedup": 1.0,
                "errors": 0,
                "worker_peak_rss_mb": None,
            },
            {
                "workers": 2,
                "seconds": 2.0,
                "cards_per_s": 1.5,
                "speedup": 1.5,
                "errors": 0,
                "worker_peak_rss_mb": 250.2,
            },
        ],
        "peak_rss_mb": {"self": 512.4, "children": 300.0, "worker_sampled": 250.2},
    }
    return report


def test_report_formats_as_markdown() -> None:
    text = speed.format_report(_fake_report(), "somewhere")
    assert "pipeline / raw engine pass: 0.82× (median card; 0.90× over all cards)" in text
    assert "| 2 | 2.0 | 1.50 | 1.50× | 0 | 250 MB |" in text
    assert "peak RSS (getrusage): 512 MB this process, 300 MB largest child" in text
    assert "sampled from /proc: 250 MB" in text


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_worker_rss_sampler_sees_a_child_process() -> None:
    with speed_batch.WorkerRssSampler(interval=0.05) as sampler:
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.5)"])
        child.wait()
    assert sampler.peak_mb is not None and sampler.peak_mb > 0


def test_json_option_prints_the_report_for_a_folder_of_images(tmp_path, monkeypatch, capsys):
    cv2 = pytest.importorskip("cv2")
    for name in ("b.png", "a.png"):
        cv2.imwrite(str(tmp_path / name), np.full((40, 60, 3), 255, np.uint8))
    (tmp_path / "notes.txt").write_text("not an image")
    seen: list[list[str]] = []

    def fake_measure(paths: list[str], engine: str, workers_max: int, stage_sample=None) -> dict:
        seen.append(paths)
        return _fake_report()

    monkeypatch.setattr(speed, "measure", fake_measure)
    assert speed.main([str(tmp_path), "--json", "--limit", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert seen == [[str(tmp_path / "a.png")]]
    assert report["source"] == str(tmp_path) and report["skipped"] == 0
    assert report["ratio"] == {"median": 0.82, "all": 0.9}


def test_arguments_default_to_sixteen_rendered_cards() -> None:
    args = speed.parse_args([])
    assert args.synth == speed.DEFAULT_SYNTH and args.dataset is None
    with pytest.raises(SystemExit):
        speed.parse_args(["somewhere", "--synth", "2"])
    with pytest.raises(SystemExit):
        speed.parse_args(["--workers-max", "0"])
