"""/api/draft: contacts checked as `cardscan draft` checks them; drafts answered with their
.eml text and mailto link."""

from __future__ import annotations

import email
import json
from email import policy
from typing import Any

import pytest

from cardscan.web.drafting import SKIPPED_HEADER
from tests.web.conftest import AUTH, contact_data, profile_data
from tests.web.live import TestClient


def test_draft_answers_eml_and_mailto(client: TestClient) -> None:
    request = {"contacts": [contact_data()], "template": "thank-you", "profile": profile_data()}
    answer = client.post("/api/draft", headers=AUTH, json=request)
    assert answer.status_code == 200, answer.text
    (item,) = answer.json()
    assert item["to"] == "sean.davies@stonebridge.example"
    assert item["review"] == []
    message = email.message_from_string(item["eml"], policy=policy.default)
    assert message["To"].addresses[0].addr_spec == item["to"]
    assert message["Subject"] == item["subject"]
    assert message["X-Unsent"] == "1"
    assert message.get_content().strip() == item["body"].strip()
    assert item["mailto"].startswith("mailto:sean.davies@stonebridge.example?subject=")
    assert json.loads(answer.headers[SKIPPED_HEADER]) == []


def test_draft_puts_the_personal_line_typed_on_the_page_in_that_thank_you(
    client: TestClient,
) -> None:
    contacts = [
        contact_data(personal_line="Thanks for the tour."),
        contact_data(emails=["b@x.example"]),
    ]
    request = {"contacts": contacts, "template": "thank-you", "profile": profile_data()}
    first, second = client.post("/api/draft", headers=AUTH, json=request).json()
    assert "\n\nThanks for the tour.\n\n" in first["body"]
    assert "tour" not in second["body"]


def test_draft_lists_skipped_contacts_in_a_header(client: TestClient) -> None:
    contacts = [contact_data(), contact_data(name="Zoë Ødegaard", emails=[], source="z.jpg")]
    request = {"contacts": contacts, "template": "thank-you", "profile": profile_data()}
    answer = client.post("/api/draft", headers=AUTH, json=request)
    assert answer.status_code == 200
    assert len(answer.json()) == 1
    skipped = json.loads(answer.headers[SKIPPED_HEADER])
    assert skipped == [
        {"source": "z.jpg", "card": 0, "name": "Zoë Ødegaard", "reason": "no email address"}
    ]


def test_draft_flags_an_unsure_name_for_review(client: TestClient) -> None:
    request = {
        "contacts": [contact_data(confidence={"name": 0.1})],
        "template": "thank-you",
        "profile": profile_data(),
    }
    (item,) = client.post("/api/draft", headers=AUTH, json=request).json()
    assert item["review"] == ["name"]


@pytest.mark.parametrize("template", ["/etc/passwd", "../../etc/passwd", "thank-you.j2", 3])
def test_draft_refuses_template_paths(client: TestClient, template: Any) -> None:
    request = {"contacts": [contact_data()], "template": template, "profile": profile_data()}
    answer = client.post("/api/draft", headers=AUTH, json=request)
    assert answer.status_code == 422
    assert "unknown template" in answer.json()["error"]


@pytest.mark.parametrize(
    ("request_body", "status", "words"),
    [
        ({"contacts": [], "profile": profile_data()}, 422, "contacts"),
        (
            {"contacts": [contact_data(emails="a@b.example")], "profile": profile_data()},
            422,
            "emails",
        ),
        ({"contacts": ["x"], "profile": profile_data()}, 422, "contacts[0]"),
        ({"contacts": [contact_data()]}, 422, "profile"),
        ({"contacts": [contact_data()], "profile": {"sender": {}}}, 422, "profile"),
        ([1, 2], 400, "JSON object"),
    ],
)
def test_draft_bad_input_is_a_clear_error(
    client: TestClient, request_body: Any, status: int, words: str
) -> None:
    answer = client.post("/api/draft", headers=AUTH, json=request_body)
    assert answer.status_code == status
    assert words in answer.json()["error"]


def test_draft_needs_json(client: TestClient) -> None:
    answer = client.post("/api/draft", headers=AUTH, content=b"{", params={})
    assert answer.status_code == 415
    headers = {**AUTH, "Content-Type": "application/json"}
    answer = client.post("/api/draft", headers=headers, content=b"{")
    assert answer.status_code == 400
    assert "invalid JSON" in answer.json()["error"]


def test_draft_hr_template_without_hr_is_422(client: TestClient) -> None:
    profile = {k: v for k, v in profile_data().items() if k != "hr"}
    request = {"contacts": [contact_data()], "template": "hr-update", "profile": profile}
    answer = client.post("/api/draft", headers=AUTH, json=request)
    assert answer.status_code == 422
    assert "[hr]" in answer.json()["error"]
