"""The project's spec of made-up business cards, country by country, one test module per
region (conventions in spec.py). ``CARDS`` is every region's cases in the original order, for
bench.fit_weights and tests/drafts/test_spec_greetings.py."""

from __future__ import annotations

from . import (
    test_asia,
    test_english,
    test_german_french,
    test_italian_dutch_nordic,
    test_middle_east_eastern_europe,
    test_spanish_portuguese,
)
from .spec import UNSPECIFIED

# The order the cases were written in: bench.fit_weights's cross-validation folds follow it.
REGIONS = (
    test_english,
    test_german_french,
    test_spanish_portuguese,
    test_italian_dutch_nordic,
    test_asia,
    test_middle_east_eastern_europe,
)
CARDS = [case for region in REGIONS for case in region.CARDS]

__all__ = ["CARDS", "REGIONS", "UNSPECIFIED"]
