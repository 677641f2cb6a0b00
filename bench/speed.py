"""Where the time goes: per-stage timings, a raw-engine baseline, batch throughput, peak memory.

    python -m bench.speed ../shared/realcards --engine rapidocr --workers-max 2
    python -m bench.speed --synth 16 --seed 0          # rendered cards (the default: --synth 16)
    python -m bench.speed DIR --limit 10 --json

DIR is a set laid out as labels.jsonl + images/ (the labelled images, in label order) or any
folder of images (searched like ``cardscan scan DIR``).

1. Stages, one worker, in this process, as timed by cardscan.api (load, find, prepare, ocr
   with any orientation retries, extract); the
   median and mean seconds per card of each.
2. Baseline, measured in the same run on the same images: one raw engine pass (load_image,
   then engine.recognize on the image as loaded, no preprocessing). Per image the two passes
   alternate which runs first, so drift (warming caches, CPU clock) does not favour either.
3. Batch: cardscan.api.scan over the image list with 1..N workers; cards/s and speedup. With
   more than one worker the time includes starting the processes and loading the engine in each
   of them (that is what a user waits for); the one-worker run reuses the warm engine.
4. Peak RSS from getrusage, of this process and of its largest child, and the largest batch
   worker's own peak sampled from /proc (see speed_batch.WorkerRssSampler for why both).

The engine is warmed up once before anything is timed. The tables are markdown, ready to paste
into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from bench.speed_batch import batch_runs, peak_rss_mb
from cardscan.api import STAGES, ScanOptions, expand_paths, scan_one
from cardscan.engines import ENGINE_NAMES, OcrEngine, get_engine
from cardscan.errors import InputFileError
from cardscan.imageio import load_image

BASELINE_STAGES: tuple[str, ...] = ("load", "OCR (full image)")
RATIO_LABEL = "pipeline / raw engine pass"
DEFAULT_SYNTH = 16

T = TypeVar("T")


# ---------------------------------------------------------------- inputs


def dataset_images(folder: Path) -> list[str]:
    """The labelled images of a labels.jsonl + images/ set, else every image under ``folder``."""
    labels = folder / "labels.jsonl"
    if labels.is_file():
        with labels.open(encoding="utf-8") as stream:
            rows = [json.loads(line) for line in stream if line.strip()]
        return [str(folder / row["file"]) for row in rows]
    return list(expand_paths([str(folder)]))


def synth_images(n: int, seed: int, workdir: Path) -> list[str]:
    """Render ``n`` cards into ``workdir`` and return their image paths."""
    from bench.synth import write_set

    return dataset_images(write_set(workdir, n=n, seed=seed, photo=None).parent)


# ---------------------------------------------------------------- timing


@dataclass
class Stopwatch:
    """Seconds spent per named step, accumulated over one card."""

    seconds: dict[str, float] = field(default_factory=dict)

    def run(self, name: str, step: Callable[[], T]) -> T:
        start = time.perf_counter()
        result = step()
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start
        return result


def time_pipeline(path: str, options: ScanOptions) -> dict[str, float]:
    """One image through the pipeline as the CLI runs it; the api times each stage."""
    outcome = scan_one(path, options)
    return dict(outcome.timings)


def time_baseline(path: str, engine: OcrEngine) -> dict[str, float]:
    """One raw engine pass: load the image and recognise it as loaded."""
    watch = Stopwatch()
    image = watch.run("load", lambda: load_image(path))
    watch.run("OCR (full image)", lambda: engine.recognize(image))
    return watch.seconds


def warm_up(engine: OcrEngine, path: str) -> None:
    """Load the engine's model and run it once so no card pays for it."""
    engine.recognize(load_image(path))


def readable(paths: list[str]) -> tuple[list[str], list[str]]:
    """The paths that decode as images, and the error of each that does not."""
    good, errors = [], []
    for path in paths:
        try:
            load_image(path)
        except InputFileError as exc:
            errors.append(str(exc))
        else:
            good.append(path)
    return good, errors


def time_cards(paths: list[str], engine: OcrEngine) -> tuple[list[dict], list[dict]]:
    """Per-card pipeline and baseline timings; the two alternate which runs first."""
    options = ScanOptions(engine=engine.name)
    pipeline, baseline = [], []
    for index, path in enumerate(paths):
        if index % 2:
            baseline.append(time_baseline(path, engine))
            pipeline.append(time_pipeline(path, options))
        else:
            pipeline.append(time_pipeline(path, options))
            baseline.append(time_baseline(path, engine))
    return pipeline, baseline


def summarise_stages(cards: list[dict[str, float]], stages: tuple[str, ...]) -> dict[str, dict]:
    """Median and mean seconds per card for each stage and for the per-card total."""
    columns = {stage: [card[stage] for card in cards] for stage in stages}
    columns["total"] = [sum(card[stage] for stage in stages) for card in cards]
    return {
        name: {"median": statistics.median(values), "mean": statistics.fmean(values)}
        for name, values in columns.items()
    }


def pipeline_ratio(pipeline: dict[str, dict], baseline: dict[str, dict]) -> dict[str, float]:
    """Pipeline time over raw-engine time: of the median card, and over all cards (means)."""
    return {
        "median": pipeline["total"]["median"] / baseline["total"]["median"],
        "all": pipeline["total"]["mean"] / baseline["total"]["mean"],
    }


# ---------------------------------------------------------------- report


def measure(
    paths: list[str], engine_name: str, workers_max: int, stage_sample: int | None = None
) -> dict[str, Any]:
    engine = get_engine(engine_name)
    warm_up(engine, paths[0])
    # Stages and the baseline on a sample: on 500 cards they would double a long run.
    pipeline_cards, baseline_cards = time_cards(paths[:stage_sample], engine)
    pipeline = summarise_stages(pipeline_cards, STAGES)
    baseline = summarise_stages(baseline_cards, BASELINE_STAGES)
    batch = batch_runs(paths, engine_name, workers_max)
    rss = peak_rss_mb()
    worker_peaks = [run["worker_peak_rss_mb"] for run in batch if run["worker_peak_rss_mb"]]
    rss["worker_sampled"] = max(worker_peaks) if worker_peaks else None
    return {
        "engine": engine_name,
        "cards": len(paths),
        "stage_cards": len(paths[:stage_sample]),
        "machine": machine(),
        "pipeline": pipeline,
        "baseline": baseline,
        "ratio": pipeline_ratio(pipeline, baseline),
        "batch": batch,
        "peak_rss_mb": rss,
    }


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )


def stage_table(title: str, summary: dict[str, dict]) -> list[str]:
    total = summary["total"]["mean"]
    lines = [f"| {title} | median s/card | mean s/card | share of time |", "|---|---:|---:|---:|"]
    for name, entry in summary.items():
        label = "**total**" if name == "total" else name
        share = entry["mean"] / total if total else 0.0
        lines.append(f"| {label} | {entry['median']:.3f} | {entry['mean']:.3f} | {share:.0%} |")
    return lines


def batch_table(runs: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| workers | seconds | cards/s | speedup | errors | peak RSS per worker |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for run in runs:
        lines.append(
            f"| {run['workers']} | {run['seconds']:.1f} | {run['cards_per_s']:.2f} "
            f"| {run['speedup']:.2f}× | {run['errors']} | {_mb(run['worker_peak_rss_mb'])} |"
        )
    return lines


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} MB"


def rss_line(rss: dict[str, float | None]) -> str:
    return (
        f"peak RSS (getrusage): {_mb(rss['self'])} this process, {_mb(rss['children'])} "
        f"largest child; largest batch worker sampled from /proc: {_mb(rss['worker_sampled'])}"
    )


def format_report(report: dict[str, Any], source: str) -> str:
    ratio = report["ratio"]
    lines = [
        f"### Speed: {report['engine']}, {report['cards']} cards ({source})",
        "",
        f"{report['machine']}. Stages: one worker, in-process, engine warmed up first, on "
        f"{report.get('stage_cards', report['cards'])} cards.",
        "",
        *stage_table("pipeline stage", report["pipeline"]),
        "",
        *stage_table("raw engine pass", report["baseline"]),
        "",
        f"{RATIO_LABEL}: {ratio['median']:.2f}× (median card; {ratio['all']:.2f}× over all cards)",
        "",
        *batch_table(report["batch"]),
        "",
        rss_line(report["peak_rss_mb"]),
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- command line


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.speed", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "dataset", nargs="?", type=Path, help="labels.jsonl + images/ set, or any folder of images"
    )
    parser.add_argument(
        "--synth",
        type=int,
        metavar="N",
        help=f"time N rendered cards instead (default {DEFAULT_SYNTH})",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the first rendered card")
    parser.add_argument("--engine", choices=ENGINE_NAMES, default="rapidocr")
    parser.add_argument(
        "--workers-max",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="batch throughput for 1..N workers (default: CPU count)",
    )
    parser.add_argument("--limit", type=int, metavar="K", help="only the first K images")
    parser.add_argument(
        "--stage-sample",
        type=int,
        metavar="K",
        help="time stages and the raw baseline on the first K images only (batch uses all)",
    )
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    args = parser.parse_args(argv)
    if args.dataset is not None and args.synth is not None:
        parser.error("give a DATASET folder or --synth N, not both")
    if args.dataset is None and args.synth is None:
        args.synth = DEFAULT_SYNTH
    if args.workers_max < 1 or (args.limit is not None and args.limit < 1):
        parser.error("--workers-max and --limit must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cardscan-speed-") as tmp:
        if args.dataset is not None:
            paths, source = dataset_images(args.dataset), str(args.dataset)
        else:
            paths = synth_images(args.synth, args.seed, Path(tmp))
            source = f"--synth {args.synth} --seed {args.seed}"
        paths, unreadable = readable(paths[: args.limit])
        for error in unreadable:
            print(f"skipped: {error}", file=sys.stderr)
        if not paths:
            sys.exit(f"no readable images in {source}")
        report = measure(paths, args.engine, args.workers_max, args.stage_sample)
    report["source"] = source
    report["skipped"] = len(unreadable)
    print(json.dumps(report, indent=1) if args.json else format_report(report, source))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
