import json
from importlib import resources

import pytest

from cardscan.extract import confidence
from cardscan.extract.confidence import (
    REVIEW_BELOW,
    calibrate,
    calibrate_with,
    interpolate,
    parse_table,
    table,
)

FIELDS = {"name", "title", "company", "emails", "phones", "websites", "address"}
KNOTS = {"name": [[0.2, 0.1], [0.5, 0.3], [0.9, 0.8], [0.9, 0.9], [1.0, 0.95]]}


def test_interpolates_linearly_between_knots_and_is_flat_outside() -> None:
    knots = KNOTS["name"]
    assert interpolate(knots, 0.35) == pytest.approx(0.2)
    assert interpolate(knots, 0.7) == pytest.approx(0.55)
    assert interpolate(knots, 0.5) == pytest.approx(0.3)
    assert interpolate(knots, 0.05) == 0.1  # below the first knot
    assert interpolate(knots, 1.5) == 0.95  # above the last
    assert interpolate(knots, 0.9) == 0.8  # a step: the lower side at the step itself


def test_mapping_is_monotone() -> None:
    raws = [i / 200 for i in range(201)]
    for tables in (parse_table({"fields": KNOTS}), table()):
        for field in tables:
            out = [calibrate_with(tables, {field: r})[field] for r in raws]
            assert out == sorted(out), field


def test_clamps_to_zero_one_and_rounds() -> None:
    tables = {"name": ((0.0, -0.5), (0.5, 0.123456), (1.0, 1.7))}
    assert calibrate_with(tables, {"name": 0.99}) == {"name": 1.0}
    assert calibrate_with(tables, {"name": 0.5}) == {"name": 0.123}
    assert calibrate_with({}, {"name": 1.4, "title": -0.2}) == {"name": 1.0, "title": 0.0}


def test_identity_for_fields_outside_the_table() -> None:
    assert calibrate_with(parse_table({"fields": KNOTS}), {"mood": 0.4567}) == {"mood": 0.457}
    assert calibrate({"not_a_field": 0.42}) == {"not_a_field": 0.42}


def test_nothing_found_stays_zero() -> None:
    tables = parse_table({"fields": KNOTS})
    assert calibrate_with(tables, {"name": 0.0, "title": 0.0}) == {"name": 0.0, "title": 0.0}
    assert calibrate_with(tables, {"name": float("nan")}) == {"name": 0.0}
    assert calibrate({field: 0.0 for field in FIELDS}) == {field: 0.0 for field in FIELDS}


def test_bad_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="fields"):
        parse_table({})
    with pytest.raises(ValueError, match="name"):
        parse_table({"fields": {"name": [[0.5, 0.9], [0.6, 0.2]]}})
    with pytest.raises(ValueError, match="name"):
        parse_table({"fields": {"name": []}})


def test_shipped_table_loads_and_covers_every_field() -> None:
    text = resources.files("cardscan.extract.data").joinpath("calibration.json").read_text()
    assert set(json.loads(text)["fields"]) == FIELDS
    assert set(table()) == FIELDS
    assert table() is table()  # read once
    out = calibrate({field: 0.97 for field in FIELDS})
    assert set(out) == FIELDS and all(0.0 <= v <= 1.0 for v in out.values())


def test_review_threshold_is_a_probability() -> None:
    assert 0.0 < REVIEW_BELOW < 1.0
    assert confidence.REVIEW_BELOW is REVIEW_BELOW
