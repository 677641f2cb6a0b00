"""Upload limits: a photo too large is refused before or while it streams in, never scanned."""

from __future__ import annotations

from typing import Any

import pytest

from cardscan.web import create_app, routes
from tests.web.conftest import AUTH, TOKEN
from tests.web.live import TestClient


def test_scan_refuses_40_mb_by_content_length(client: TestClient, monkeypatch) -> None:
    scanned = []
    monkeypatch.setattr(routes, "scan_bytes", lambda *a: scanned.append(a))
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
    monkeypatch.setattr(routes, "scan_bytes", lambda *a: scanned.append(a))
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
    monkeypatch.setattr(routes, "scan_bytes", lambda *a: pytest.fail("must not scan"))
    client = TestClient(create_app(token=TOKEN, max_upload=1000))
    files = {"image": ("x.jpg", bytes(1001), "image/jpeg")}
    assert client.post("/api/scan", headers=AUTH, files=files).status_code == 413
