"""`cardscan serve` under attack by someone who has the token, or a page that has it.

Once failed: /api/draft answered 500 with a traceback for deep JSON, huge or non-finite
numbers and wrongly typed confidence; 17,000 contacts blocked every other request for 30 s;
a skipped-contacts header grew past 100 KB; a foreign page could post (no Origin check); a
stalled upload was never timed out. Held (kept here): the token in constant time, upload
limits, 20 uploads at once, the header injection through the page.
"""

from __future__ import annotations

import email
import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from email import policy
from typing import Any
from urllib.request import Request, urlopen

import pytest

for _module in ("starlette", "uvicorn", "httpx"):  # the web page and its test client
    pytest.importorskip(_module)
# ruff: noqa: E402

from cardscan.web import create_app, drafting, server, upload
from cardscan.web.drafting import MAX_SKIPPED_HEADER, SKIPPED_HEADER
from tests.web.live import TestClient, live_server

TOKEN = "red-team-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON_AUTH = {**AUTH, "Content-Type": "application/json"}
PROFILE = {
    "sender": {"name": "Alex Doe", "email": "alex@example.com"},
    "interview": {"company": "Northwind Analytics", "role": "Data Engineer"},
}


SCORES = "confidence must map field names to numbers from 0 to 1"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(token=TOKEN))


def _contact(**overrides: Any) -> dict[str, Any]:
    contact = {"source": "c.jpg", "name": "Ana Ruiz", "emails": ["ana@northwind.example"]}
    return {**contact, "confidence": {"name": 0.9}, **overrides}


def _draft_body(contacts: list[dict[str, Any]]) -> dict[str, Any]:
    return {"contacts": contacts, "profile": PROFILE}


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "invalid JSON: nested too deeply"),
        (b'{"contacts": [{"card": ' + b"9" * 5000 + b"}]}", "invalid JSON: Exceeds the limit"),
        (b'{"contacts": [{"card": 1e999}]}', "invalid JSON: 1e999 is too large a number"),
        (b'{"contacts": [{"confidence": {"name": NaN}}]}', "invalid JSON: NaN is not a number"),
        (b'{"x": -Infinity}', "invalid JSON: -Infinity is not a number JSON allows"),
        (b'{"x": "\xff"}', "invalid JSON: "),
    ],
    ids=["deep", "huge-int", "huge-float", "nan", "infinity", "not-utf8"],
)
def test_bad_json_is_400_not_a_traceback(client: TestClient, body: bytes, error: str) -> None:
    answer = client.post("/api/draft", headers=JSON_AUTH, content=body)
    assert answer.status_code == 400, answer.text[:200]
    assert answer.json()["error"].startswith(error)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"confidence": {"name": "high"}}, SCORES),
        ({"confidence": {"name": 7}}, SCORES),
        ({"confidence": ["name"]}, SCORES),
        ({"card": -1}, "card must be a whole number"),
        ({"phones": [{"number": 5}]}, "each phone must be a string or an object with a number"),
        ({"address": {"street": "x"}}, "address must be a string"),
        ({"emails": "ana@northwind.example"}, "emails must be a list"),
    ],
)
def test_wrongly_typed_contacts_are_422(client: TestClient, change: dict, error: str) -> None:
    answer = client.post("/api/draft", headers=AUTH, json=_draft_body([_contact(**change)]))
    assert answer.status_code == 422
    assert answer.json() == {"error": f"contacts[0]: {error}"}


def test_thousands_of_contacts_are_refused_at_once(client: TestClient) -> None:
    started = time.monotonic()
    body = _draft_body([{"emails": [f"p{n}@n.example"]} for n in range(17_000)])  # < 1 MB
    answer = client.post("/api/draft", headers=AUTH, json=body)
    assert answer.status_code == 413
    assert answer.json() == {"error": "too many contacts (17000); send at most 200 at a time"}
    assert time.monotonic() - started < 10


def test_the_skipped_header_stays_short(client: TestClient) -> None:
    nobody = [_contact(name="N" * 1000 + str(n), emails=[]) for n in range(200)]
    answer = client.post("/api/draft", headers=AUTH, json=_draft_body(nobody))
    assert answer.status_code == 200 and answer.json() == []
    header = answer.headers[SKIPPED_HEADER]
    assert len(header) <= MAX_SKIPPED_HEADER
    skipped = json.loads(header)
    assert all(len(s["name"]) <= 80 for s in skipped)
    assert skipped[-1]["name"] == f"{200 - len(skipped) + 1} more contact(s)"


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Origin": "http://evil.example"}, 403),
        ({"Origin": "null"}, 403),
        ({"Sec-Fetch-Site": "cross-site"}, 403),
        ({"Origin": "http://testserver"}, 200),  # the page itself
        ({}, 200),  # curl and other programs send no Origin
    ],
)
def test_a_foreign_page_that_knows_the_token_cannot_post(
    client: TestClient, headers: dict[str, str], status: int
) -> None:
    answer = client.post("/api/draft", headers={**AUTH, **headers}, json=_draft_body([_contact()]))
    assert answer.status_code == status
    if status == 403:
        assert answer.json() == {"error": "cross-origin request refused"}


def test_header_injection_through_the_page_is_skipped(client: TestClient) -> None:
    forged = _contact(source="g.jpg", name="=?utf-8?q?Gil=0D=0ABcc:_x@y.example?=",
                      emails=["gil@n.example"])  # fmt: skip
    answer = client.post("/api/draft", headers=AUTH, json=_draft_body([forged, _contact()]))
    assert answer.status_code == 200
    (item,) = answer.json()
    message = email.message_from_string(item["eml"], policy=policy.default)
    assert "Bcc" not in message and "x@y.example" not in item["eml"]
    (skipped,) = json.loads(answer.headers[SKIPPED_HEADER])
    assert skipped["source"] == "g.jpg" and "encoded word" in skipped["reason"]


def test_wrong_token_sharing_a_prefix_is_refused(client: TestClient) -> None:
    """Held: compared in constant time (secrets.compare_digest), whole or nothing."""
    for guess in (TOKEN[:-1], TOKEN + "x", TOKEN[:-1] + "X"):
        assert client.get("/", headers={"Authorization": f"Bearer {guess}"}).status_code == 403


def test_upload_limit_holds(client: TestClient) -> None:
    small = TestClient(create_app(token=TOKEN, max_upload=1000))
    answer = small.post("/api/scan", headers=AUTH, files={"image": ("a.jpg", b"x" * 5000)})
    assert answer.status_code == 413


def _post(url: str, data: bytes, headers: dict[str, str]) -> tuple[int, float]:
    started = time.monotonic()
    request = Request(url, data=data, headers=headers, method="POST")
    try:
        with urlopen(request, timeout=60) as answer:
            return answer.status, time.monotonic() - started
    except Exception as exc:  # HTTPError carries the status
        return getattr(exc, "code", 0), time.monotonic() - started


def test_twenty_uploads_at_once_are_all_answered() -> None:
    """Held: one scan at a time, the others wait their turn; none is dropped."""
    boundary = "x0x0x0"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\""
            f"\r\n\r\nnot an image\r\n--{boundary}--\r\n").encode()  # fmt: skip
    headers = {**AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"}
    with live_server(create_app(token=TOKEN)) as url, ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(lambda _: _post(f"{url}/api/scan", body, headers), range(20)))
    assert [status for status, _ in answers] == [422] * 20


def test_a_slow_batch_does_not_block_other_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    real_render = drafting.render

    def slow_render(*args: Any) -> Any:
        time.sleep(3)
        return real_render(*args)

    monkeypatch.setattr(drafting, "render", slow_render)
    body = json.dumps(_draft_body([_contact()])).encode()
    with live_server(create_app(token=TOKEN)) as url:
        slow = threading.Thread(target=_post, args=(f"{url}/api/draft", body, JSON_AUTH))
        slow.start()
        time.sleep(0.5)  # the batch is rendering now
        started = time.monotonic()
        with urlopen(Request(f"{url}/", headers=AUTH), timeout=10) as page:
            assert page.status == 200
        waited = time.monotonic() - started
        slow.join()
    assert waited < 1.5


def test_a_stalled_upload_is_timed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(upload, "STALL_SECONDS", 0.5)
    with live_server(create_app(token=TOKEN)) as url:
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(
                b"POST /api/draft HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + f"Authorization: Bearer {TOKEN}\r\n".encode()
                + b'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"contacts"'
            )
            started = time.monotonic()
            answer = b""
            while b"send it again" not in answer and (chunk := sock.recv(4096)):
                answer += chunk  # the head and the body may come in separate packets
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"the upload stalled or took too long; send it again" in answer
    assert time.monotonic() - started < 5


def test_server_log_lines_carry_the_prefix() -> None:
    import logging

    from uvicorn.logging import DefaultFormatter

    settings = server._log_config()["formatters"]["default"]
    formatter = DefaultFormatter(fmt=settings["fmt"], use_colors=settings["use_colors"])
    record = logging.LogRecord("uvicorn.error", logging.WARNING, "", 0, "Invalid HTTP request "
                               "received.", None, None)  # fmt: skip
    assert formatter.format(record) == "cardscan: Invalid HTTP request received."
