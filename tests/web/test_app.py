"""The web page's API (cardscan serve) through Starlette's TestClient: no server, no disk."""

from __future__ import annotations

import base64
import email
import json
import warnings
from email import policy
from typing import Any

import cv2
import numpy as np
import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")
pytest.importorskip("segno")
# The imports below need the web extra, checked just above.
# ruff: noqa: E402

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2 but still works with httpx
    warnings.filterwarnings("ignore", message=".*httpx2")
    from starlette.testclient import TestClient

from cardscan.web import app as web
from cardscan.web.app import SKIPPED_HEADER, create_app, start_banner
from tests.conftest import SAMPLES

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SAMPLE = SAMPLES / "uk_centred_flat.png"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(token=TOKEN))


def _profile() -> dict[str, Any]:
    return {
        "sender": {"name": "Alex Doe", "email": "alex@example.com"},
        "interview": {"company": "Northwind Analytics", "role": "Data Engineer"},
        "hr": {"name": "Pat Lee", "email": "pat.lee@northwind.example"},
    }


def _contact(**overrides: Any) -> dict[str, Any]:
    return {
        "source": "card.jpg",
        "card": 0,
        "name": "Sean Davies",
        "given_name": "Sean",
        "family_name": "Davies",
        "emails": ["sean.davies@stonebridge.example"],
        "confidence": {"name": 0.95},
        **overrides,
    }


# --- the token ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/api/scan", "/api/draft", "/nowhere"])
def test_no_token_is_401_on_every_route(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 401
    assert "token" in answer.json()["error"]
    assert answer.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"params": {"token": "wrong"}},
        {"headers": {"Authorization": "Bearer wrong"}},
        {"params": {"token": "tøken"}},  # non-ASCII must not crash compare_digest
    ],
)
def test_wrong_token_is_403(client: TestClient, kwargs: dict[str, Any]) -> None:
    answer = client.get("/", **kwargs)
    assert answer.status_code == 403
    assert answer.json() == {"error": "wrong access token"}


def test_right_token_in_query_or_bearer(client: TestClient) -> None:
    assert client.get("/", params={"token": TOKEN}).status_code == 200
    assert client.get("/", headers=AUTH).status_code == 200


def test_non_bearer_authorization_is_missing(client: TestClient) -> None:
    answer = client.get("/", headers={"Authorization": f"Basic {TOKEN}"})
    assert answer.status_code == 401


def test_security_headers_on_pages_and_errors(client: TestClient) -> None:
    for answer in (client.get("/", headers=AUTH), client.get("/")):
        assert answer.headers["cache-control"] == "no-store"
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "no-referrer"


def test_empty_token_is_refused() -> None:
    with pytest.raises(ValueError):
        create_app(token="")


# --- the page ----------------------------------------------------------------------------


def test_page_has_the_camera_input(client: TestClient) -> None:
    answer = client.get("/", params={"token": TOKEN})
    assert answer.headers["content-type"].startswith("text/html")
    assert '<input type="file" accept="image/*" capture="environment" multiple>' in answer.text


# --- /api/scan ---------------------------------------------------------------------------


def test_scan_reads_a_sample(client: TestClient) -> None:
    expected = json.loads(SAMPLE.with_suffix(".json").read_text("utf-8"))
    files = {"image": ("phone/uk.png", SAMPLE.read_bytes(), "image/png")}
    answer = client.post("/api/scan", headers=AUTH, files=files)
    assert answer.status_code == 200, answer.text
    contacts = answer.json()
    assert isinstance(contacts, list) and contacts
    assert contacts[0]["emails"] == expected["emails"]
    assert contacts[0]["source"] == "uk.png"  # the file name only, never a client's folders
    assert {"name", "emails", "phones", "confidence", "engine", "text"} <= contacts[0].keys()
    # The card as read, flattened and upright, for the page to show beside the fields.
    picture = contacts[0]["card_image"]
    assert picture.startswith("data:image/jpeg;base64,")
    image = cv2.imdecode(np.frombuffer(base64.b64decode(picture.split(",", 1)[1]), np.uint8), 1)
    assert image is not None and max(image.shape[:2]) <= 640
    assert image.shape[1] > image.shape[0]  # a landscape card, the right way up


def test_scan_refuses_a_non_image(client: TestClient) -> None:
    files = {"image": ("notes.txt", b"not a picture at all\n" * 20, "text/plain")}
    answer = client.post("/api/scan", headers=AUTH, files=files)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error.startswith("notes.txt: ") and "\n" not in error


def test_scan_needs_multipart_and_the_image_field(client: TestClient) -> None:
    answer = client.post("/api/scan", headers=AUTH, content=b"x", params={})
    assert answer.status_code == 415
    files = {"photo": ("a.png", SAMPLE.read_bytes(), "image/png")}
    answer = client.post("/api/scan", headers=AUTH, files=files)
    assert answer.status_code == 400
    assert "'image'" in answer.json()["error"]


def test_scan_refuses_40_mb_by_content_length(client: TestClient, monkeypatch) -> None:
    scanned = []
    monkeypatch.setattr(web, "scan_bytes", lambda *a: scanned.append(a))
    files = {"image": ("big.jpg", bytes(40 * 1024 * 1024), "image/jpeg")}
    answer = client.post("/api/scan", headers=AUTH, files=files)
    assert answer.status_code == 413
    assert "20 MB" in answer.json()["error"]
    assert not scanned


def test_scan_counts_a_body_without_content_length(monkeypatch) -> None:
    """Chunked upload (no Content-Length): refused while it streams in, not after.

    Called at the ASGI level: TestClient reads a streamed body whole before sending it."""
    import anyio

    scanned = []
    monkeypatch.setattr(web, "scan_bytes", lambda *a: scanned.append(a))
    app = create_app(token=TOKEN, max_upload=1024 * 1024)
    head = b'--b\r\nContent-Disposition: form-data; name="image"; filename="x.jpg"\r\n\r\n'
    chunks = [head] + [bytes(1024 * 1024)] * 40  # 40 MB, 1 MB at a time, never ending
    received = []
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        received.append(1)
        more = len(received) < len(chunks)
        return {"type": "http.request", "body": chunks[len(received) - 1], "more_body": more}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/api/scan",
        "raw_path": b"/api/scan",
        "root_path": "",
        "scheme": "http",
        "query_string": f"token={TOKEN}".encode(),
        "headers": [(b"content-type", b"multipart/form-data; boundary=b")],
        "server": ("127.0.0.1", 8765),
        "client": ("127.0.0.1", 5000),
        "http_version": "1.1",
    }
    anyio.run(app, scope, receive, send)
    assert sent[0]["status"] == 413
    assert len(received) <= 3  # stopped right after the limit
    assert not scanned


def test_scan_part_over_the_limit_is_413(monkeypatch) -> None:
    monkeypatch.setattr(web, "scan_bytes", lambda *a: pytest.fail("must not scan"))
    client = TestClient(create_app(token=TOKEN, max_upload=1000))
    files = {"image": ("x.jpg", bytes(1001), "image/jpeg")}
    assert client.post("/api/scan", headers=AUTH, files=files).status_code == 413


# --- /api/draft --------------------------------------------------------------------------


def test_draft_answers_eml_and_mailto(client: TestClient) -> None:
    request = {"contacts": [_contact()], "template": "thank-you", "profile": _profile()}
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
    contacts = [_contact(personal_line="Thanks for the tour."), _contact(emails=["b@x.example"])]
    request = {"contacts": contacts, "template": "thank-you", "profile": _profile()}
    first, second = client.post("/api/draft", headers=AUTH, json=request).json()
    assert "\n\nThanks for the tour.\n\n" in first["body"]
    assert "tour" not in second["body"]


def test_draft_lists_skipped_contacts_in_a_header(client: TestClient) -> None:
    contacts = [_contact(), _contact(name="Zoë Ødegaard", emails=[], source="z.jpg")]
    request = {"contacts": contacts, "template": "thank-you", "profile": _profile()}
    answer = client.post("/api/draft", headers=AUTH, json=request)
    assert answer.status_code == 200
    assert len(answer.json()) == 1
    skipped = json.loads(answer.headers[SKIPPED_HEADER])
    assert skipped == [
        {"source": "z.jpg", "card": 0, "name": "Zoë Ødegaard", "reason": "no email address"}
    ]


def test_draft_flags_an_unsure_name_for_review(client: TestClient) -> None:
    request = {
        "contacts": [_contact(confidence={"name": 0.1})],
        "template": "thank-you",
        "profile": _profile(),
    }
    (item,) = client.post("/api/draft", headers=AUTH, json=request).json()
    assert item["review"] == ["name"]


@pytest.mark.parametrize("template", ["/etc/passwd", "../../etc/passwd", "thank-you.j2", 3])
def test_draft_refuses_template_paths(client: TestClient, template: Any) -> None:
    request = {"contacts": [_contact()], "template": template, "profile": _profile()}
    answer = client.post("/api/draft", headers=AUTH, json=request)
    assert answer.status_code == 422
    assert "unknown template" in answer.json()["error"]


@pytest.mark.parametrize(
    ("request_body", "status", "words"),
    [
        ({"contacts": [], "profile": _profile()}, 422, "contacts"),
        ({"contacts": [_contact(emails="a@b.example")], "profile": _profile()}, 422, "emails"),
        ({"contacts": ["x"], "profile": _profile()}, 422, "contacts[0]"),
        ({"contacts": [_contact()]}, 422, "profile"),
        ({"contacts": [_contact()], "profile": {"sender": {}}}, 422, "profile"),
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
    profile = {k: v for k, v in _profile().items() if k != "hr"}
    request = {"contacts": [_contact()], "template": "hr-update", "profile": profile}
    answer = client.post("/api/draft", headers=AUTH, json=request)
    assert answer.status_code == 422
    assert "[hr]" in answer.json()["error"]


# --- the banner --------------------------------------------------------------------------


def test_start_banner_has_the_url_and_a_qr_code() -> None:
    banner = start_banner("127.0.0.1", 8765, TOKEN)
    assert f"http://127.0.0.1:8765/?token={TOKEN}" in banner
    assert "█" in banner or "▀" in banner or "▄" in banner
    assert len(banner.splitlines()) > 10


def test_start_banner_shows_the_lan_address_for_a_wildcard_host(monkeypatch) -> None:
    monkeypatch.setattr(web, "lan_address", lambda: "192.168.1.23")
    banner = start_banner("0.0.0.0", 9000, "t")
    assert "http://192.168.1.23:9000/?token=t" in banner
    assert "0.0.0.0" not in banner


def test_lan_address_is_an_address_or_a_host_name() -> None:
    assert web.lan_address()


def test_cli_serve_hands_host_port_and_token_to_the_server(monkeypatch) -> None:
    from click.testing import CliRunner

    import cardscan.web
    from cardscan import cli

    seen = {}
    monkeypatch.setattr(cardscan.web, "serve", lambda **kwargs: seen.update(kwargs))
    args = ["serve", "--host", "0.0.0.0", "--port", "9000", "--token", "t0k"]
    result = CliRunner().invoke(cli.main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert seen == {"host": "0.0.0.0", "port": 9000, "token": "t0k"}
