"""The progress bar: on a terminal only, and it never loses what it counts."""

from __future__ import annotations

import io
import sys

from cardscan.progress import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_never_loses_outcomes(monkeypatch) -> None:
    items = list(range(5))
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert list(progress(iter(items), 5, quiet=False)) == items
    assert "reading cards" in sys.stderr.getvalue() and "cards/min" in sys.stderr.getvalue()
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert list(progress(iter(items), 5, quiet=True)) == items
    assert sys.stderr.getvalue() == ""  # --quiet
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert list(progress(iter(items), 5, quiet=False)) == items
    assert sys.stderr.getvalue() == ""  # piped: silent
