"""The spec as a whole: enough cases, ids unique across regions, no region left out of CARDS."""

from __future__ import annotations

import pkgutil
from pathlib import Path

from . import CARDS, REGIONS


def test_enough_cases() -> None:
    ids = [c.id for c in CARDS]
    assert len(ids) >= 60 and len(set(ids)) == len(ids), "ids must be unique, 60 or more"
    # A new region module counts only once it is in REGIONS (and so in CARDS).
    here = Path(__file__).resolve().parent
    modules = {m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("test_")}
    assert modules - {Path(__file__).stem} == {r.__name__.rpartition(".")[2] for r in REGIONS}
