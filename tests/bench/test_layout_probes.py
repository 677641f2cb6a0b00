"""bench/layout_probes.py: counting the values a layout loses."""

from __future__ import annotations

from bench.layout_probes import TITLE_LAYOUTS, probe


def test_a_layout_that_hides_the_value_counts_it_lost() -> None:
    lost, shown = probe("title", lambda t: "Northwind Ltd\nJordan Blake", ["Store Manager"], 5)
    assert (lost, shown) == (1, ["'Store Manager' -> None"])


def test_a_title_under_the_name_is_read_back() -> None:
    layout = TITLE_LAYOUTS["under the name"]
    assert probe("title", layout, ["Store Manager", "Chief Financial Officer"], 5) == (0, [])
