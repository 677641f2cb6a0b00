import json

import pytest

from bench.calibrate import (
    Obs,
    _scan,
    fit_monotone,
    fit_table,
    observe_card,
    reliability,
    shown_confidence,
    write_table,
)
from cardscan.extract.confidence import calibrate_with, interpolate, parse_table


def test_fit_is_monotone_even_when_the_data_are_not() -> None:
    points = [(0.1, True), (0.2, False), (0.3, True), (0.4, False), (0.5, False)]
    points += [(0.6, True), (0.7, False), (0.8, True), (0.9, True), (0.95, True)]
    knots = fit_monotone(points)
    raws = [k[0] for k in knots]
    values = [k[1] for k in knots]
    assert raws == sorted(raws) and values == sorted(values)
    assert all(0.0 < v < 1.0 for v in values)


def test_hand_checked_fit() -> None:
    # Base rate (4 + 1) / (5 + 2) = 5/7, two such points added to every block: 0.2 (right)
    # and 0.3 (wrong) violate, pool: (1 + 10/7) / 4 = 0.607; 0.8: (3 + 10/7) / 5 = 0.886.
    points = [(0.2, True), (0.3, False), (0.8, True), (0.8, True), (0.8, True)]
    assert fit_monotone(points) == [[0.2, 0.607], [0.3, 0.607], [0.8, 0.886]]
    # Without shrinking, plain pool-adjacent-violators: 0.6 (wrong) pools with 0.5 (right).
    assert fit_monotone([(0.4, False), (0.5, True), (0.6, False)], weight=0) == [
        [0.4, 0.0],
        [0.5, 0.5],
        [0.6, 0.5],
    ]
    # Pooling cascades backwards: 1, 1, 0, 0 ends as one block worth 2/4.
    points = [(0.4, True), (0.5, True), (0.6, False), (0.7, False)]
    assert fit_monotone(points, weight=0) == [[0.4, 0.5], [0.7, 0.5]]


def test_perfect_scores_give_high_confidence() -> None:
    knots = fit_monotone([(0.5 + i / 400, True) for i in range(200)])
    assert len(knots) == 2 and knots[0][1] == knots[1][1] > 0.99
    assert interpolate(knots, 0.7) > 0.99


def test_separates_good_and_bad_scores() -> None:
    points = [(0.3, i % 4 == 0) for i in range(100)] + [(0.9, i % 10 != 0) for i in range(100)]
    knots = fit_monotone(points)
    assert interpolate(knots, 0.3) == pytest.approx(0.25, abs=0.01)
    assert interpolate(knots, 0.9) == pytest.approx(0.9, abs=0.01)


def test_expected_calibration_error_by_hand() -> None:
    # Bin 0.9: confidence 0.9, 2 of 3 right -> |0.9 - 0.667| * 3/4 = 0.175.
    # Bin 0.2: confidence 0.2, 0 of 1 right -> |0.2 - 0| * 1/4 = 0.05.
    pairs = [(0.9, True), (0.9, True), (0.9, False), (0.2, False)]
    ece, bins = reliability(pairs)
    assert ece == pytest.approx(0.225)
    assert [(low, n) for low, n, _, _ in bins] == [(0.2, 1), (0.9, 3)]
    assert bins[1][2:] == pytest.approx((0.9, 2 / 3))
    assert reliability([(1.0, True), (0.0, False)])[0] == 0.0  # edges land in end bins


LABEL = {
    "name": "Ana Lima",
    "email": ["ana@lima.example"],
    "phones": [],
    "fax": [],
    "company": None,
    "title": "CTO",
    "website": [],
    "address": None,
}


def test_observations_of_a_card() -> None:
    contact = {
        "name": "Ana Lima",
        "emails": ["ana@lima.example"],
        "phones": [{"number": "+55 11 5555 0101"}],
        "company": None,
        "title": None,
        "websites": [],
        "confidence": {"name": 0.9, "emails": 0.95, "phones": 1.0},
    }
    obs = {o.field: o for o in observe_card(LABEL, contact)}
    assert obs["name"] == Obs("name", 0.9, True, True)
    assert obs["emails"] == Obs("emails", 0.95, True, True)
    assert obs["phones"] == Obs("phones", 1.0, False, True)  # shown where the label has none
    assert obs["company"] == Obs("company", 0.0, True, False)  # rightly empty
    assert obs["title"] == Obs("title", 0.0, False, False)  # missed
    assert obs["websites"] == Obs("websites", 0.0, True, False)
    assert all(not o.shown and not o.right for o in observe_card(LABEL, None) if o.field == "name")


@pytest.mark.parametrize(
    ("number", "e164", "right"),
    [
        ("03-715-5238", "+88637155238", True),  # eight digits after the trunk 0: E.164 differs
        ("03-715-5288", "+88637155288", False),  # a digit misread
    ],
)
def test_a_phone_is_right_by_its_printed_digits(number: str, e164: str, right: bool) -> None:
    label = {**LABEL, "phones": ["03-715-5238"]}
    contact = {"name": "Ana Lima", "phones": [{"number": number, "e164": e164}]}
    obs = {o.field: o for o in observe_card(label, contact)}
    assert obs["phones"].right is right, (number, e164)


def test_table_is_fitted_on_shown_values_and_round_trips(tmp_path) -> None:
    obs = [Obs("name", 0.8, True, True)] * 5 + [Obs("name", 0.0, False, False)] * 50
    obs += [Obs("title", 0.4, False, True), Obs("title", 0.7, True, True)]
    obs += [Obs("websites", 0.0, True, False)]
    tables = fit_table(obs)
    assert set(tables) == {"name", "title"}  # never shown: no knots, the raw score stays
    # Not 1: the base rate is (5 + 1) / (5 + 2); and the 50 misses at raw 0 are not in the fit.
    assert tables["name"] == [[0.8, 0.959]]
    path = tmp_path / "calibration.json"
    write_table(path, tables, {"synth": 7})
    data = json.loads(path.read_text())
    assert data["about"] == {"synth": 7} and data["fields"] == tables
    assert calibrate_with(parse_table(data), {"name": 0.8, "title": 0.55}) == {
        "name": 0.959,
        "title": 0.5,
    }


def test_workers_read_raw_scores_through_the_users_pipeline(monkeypatch) -> None:
    import cardscan.api
    from cardscan.extract import extract_contact
    from cardscan.models import Box, Line, OcrResult, Word

    texts = ["Ana Lima", "CTO", "Lima Consulting Ltda.", "ana@lima.example"]
    lines = tuple(Line((Word(t, 0.9, Box(10, 30 * i, 200, 20)),)) for i, t in enumerate(texts))
    ocr = OcrResult(engine="fake", lines=lines, width=400, height=200)
    seen = []

    def fake_scan_one(source, options):
        seen.append(options.calibrate)
        contact = extract_contact(ocr, source=source, calibrate=options.calibrate)
        return cardscan.api.ScanOutcome(source, (contact,))

    monkeypatch.setattr(cardscan.api, "scan_one", fake_scan_one)
    (contact,), error = _scan(("card.png", "fake"))
    raw = extract_contact(ocr, source="card.png", calibrate=False).confidence
    assert seen == [False]  # calibrated scores must never reach a fit
    assert error is None and contact["confidence"] == raw


def test_the_shown_confidence_carries_the_second_opinions_doubt() -> None:
    """The table is fitted on raw scores without the doubt; what the user sees (and what the
    review figures count) is the calibrated score times verify.DOUBT for a doubted field."""
    from cardscan.verify import DOUBT

    tables = parse_table({"fields": {"emails": [[0.0, 0.0], [1.0, 0.9]]}})
    sure = Obs("emails", 1.0, True, True)
    doubted = Obs("emails", 1.0, False, True, doubted=True)
    assert shown_confidence(tables, sure) == 0.9
    assert shown_confidence(tables, doubted) == round(0.9 * DOUBT, 3)


def test_observe_card_reads_which_fields_were_doubted() -> None:
    label = {"file": "a.png", "name": "Ana Lima", "email": ["ana@lima.example"]}
    contact = {
        "name": "Ana Lima",
        "emails": ["ana@lima.example"],
        "confidence": {"name": 0.9, "emails": 0.8},
        "doubted": ["emails"],
    }
    obs = {o.field: o for o in observe_card(label, contact)}
    assert obs["emails"].doubted and not obs["name"].doubted, obs
