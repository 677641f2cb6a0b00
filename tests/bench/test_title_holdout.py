"""bench/title_holdout.py: the title vocabulary split in two fixed halves."""

from __future__ import annotations

from bench.title_holdout import HELD_OUT_LISTS, in_half
from cardscan.extract.lexicon import load


def test_every_entry_falls_in_exactly_one_half_and_neither_half_is_small():
    for name in HELD_OUT_LISTS:
        entries = load(name)
        halves = [[e for e in entries if in_half(e, half)] for half in (0, 1)]
        assert len(halves[0]) + len(halves[1]) == len(entries), name
        assert min(map(len, halves)) > len(entries) / 4, (name, [len(h) for h in halves])


def test_the_split_does_not_change_between_runs():
    # A digest, not Python's salted hash(): the figures in docs/benchmarks.md can be re-run.
    assert [in_half("Director", 0), in_half("Director", 1)].count(True) == 1
    assert in_half("Director", 0) == in_half("Director", 0)
