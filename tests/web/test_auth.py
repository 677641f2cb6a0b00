"""The page's guard: the access token on every route, the security headers."""

from __future__ import annotations

from typing import Any

import pytest

from cardscan.web import create_app
from tests.web.conftest import AUTH, TOKEN
from tests.web.live import TestClient


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
