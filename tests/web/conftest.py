"""What the web page's tests share: a TestClient of the app (no server, no disk), the
token, and request data."""

from __future__ import annotations

from typing import Any

import pytest

from cardscan.web import create_app
from tests.conftest import SAMPLES
from tests.web.live import TestClient

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SAMPLE = SAMPLES / "uk_centred_flat.png"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(token=TOKEN))


def profile_data() -> dict[str, Any]:
    return {
        "sender": {"name": "Alex Doe", "email": "alex@example.com"},
        "interview": {"company": "Northwind Analytics", "role": "Data Engineer"},
        "hr": {"name": "Pat Lee", "email": "pat.lee@northwind.example"},
    }


def contact_data(**overrides: Any) -> dict[str, Any]:
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
