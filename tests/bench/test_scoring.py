from bench.scoring import email_precision_counts, pick_contact, score_card, summarise

LABEL = {
    "name": "Marta Quintero",
    "email": ["marta.quintero@solvento.example"],
    "phones": ["+34 612 345 678"],
    "fax": ["+34 911 000 111"],
    "company": "Solvento Ingeniería S.L.",
    "title": "Directora de Operaciones",
    "website": ["https://www.solvento.example/"],
    "address": "Calle Mayor 12, 28013 Madrid",
}

PERFECT = {
    "name": "Marta Quintero",
    "emails": ["Marta.Quintero@solvento.example"],
    "phones": [{"number": "612 345 678"}, {"number": "(91) 100 0111"}],
    "company": "Solvento Ingenieria S.L.",  # 90 % similar counts
    "title": "Directora de Operaciones",
    "websites": ["solvento.example"],
    "address": "28013 Madrid, Calle Mayor 12",
}


def test_perfect_prediction_scores_one_everywhere():
    scores = score_card(LABEL, PERFECT)
    assert all(scores.values()), scores
    assert email_precision_counts(LABEL, PERFECT) == (1, 1)


def test_wrong_name_scores_zero_for_name_only():
    scores = score_card(LABEL, {**PERFECT, "name": "Marta Quintana"})
    assert scores["name"] is False
    assert all(v for k, v in scores.items() if k != "name"), scores


def test_name_compare_ignores_case_width_and_spacing():
    assert score_card(LABEL, {**PERFECT, "name": "  MARTA   quintero "})["name"] is True


def test_company_only_card_wants_no_name():
    label = {**LABEL, "name": None}
    assert score_card(label, {**PERFECT, "name": None})["name"] is True
    assert score_card(label, PERFECT)["name"] is False


def test_missing_phone_or_extra_email():
    contact = {
        **PERFECT,
        "phones": [{"number": "612 345 678"}],
        "emails": [*PERFECT["emails"], "x@y.example"],
    }
    scores = score_card(LABEL, contact)
    assert scores["phone"] is False  # the fax was not found
    assert scores["email"] is True
    assert email_precision_counts(LABEL, contact) == (1, 2)


def test_fields_absent_from_label_do_not_count():
    label = {"name": "A B", "email": [], "phones": [], "website": [], "address": None}
    scores = score_card(label, {"name": "A B"})
    assert scores["email"] is None and scores["phone"] is None and scores["address"] is None


def test_nothing_read_misses():
    scores = score_card(LABEL, None)
    assert not any(scores.values()), scores


def test_pick_contact_prefers_shared_email():
    other = {**PERFECT, "card": 0, "emails": ["someone@else.example"]}
    mine = {**PERFECT, "card": 1}
    assert pick_contact(LABEL, [other, mine]) is mine
    assert pick_contact(LABEL, []) is None


def test_pick_contact_tells_cards_apart_by_phone_when_the_email_is_misread():
    misread = {**PERFECT, "card": 1, "emails": ["marta.quinter0@solvento.example"]}
    other = {"card": 0, "name": "Iker Sanz", "emails": [], "phones": [{"number": "600 000 001"}]}
    assert pick_contact(LABEL, [other, misread]) is misread


def test_summarise_counts_only_applicable_cards():
    rows = [
        {"scores": score_card(LABEL, PERFECT), "precision": (1, 1)},
        {"scores": score_card(LABEL, None), "precision": (0, 0)},
    ]
    summary = summarise(rows)
    assert summary["name"] == {"accuracy": 0.5, "n": 2}
    assert summary["email_precision"] == {"accuracy": 1.0, "n": 1}


def test_only_cjk_names_count_without_their_spaces():
    """The yardstick's rule (../shared/realcards-blind/score.py): "三浦裕太" is "三浦 裕太",
    but a Latin name read "Ana deSouza" is not "Ana de Souza"."""
    from bench.scoring import score_items

    cjk = {**LABEL, "name": "三浦 裕太"}
    assert score_items(cjk, {**PERFECT, "name": "三浦裕太"})["name"] == [True]
    latin = {**LABEL, "name": "Ana de Souza"}
    assert score_items(latin, {**PERFECT, "name": "Ana deSouza"})["name"] == [False]
    assert score_items(latin, {**PERFECT, "name": "ana  de souza"})["name"] == [True]
