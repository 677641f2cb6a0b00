"""Made-up people and a profile for the draft tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from cardscan.drafts.profile import Profile, profile_from_dict
from cardscan.models import Contact


def _profile_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "sender": {
            "name": "Alex Doe",
            "email": "alex@example.com",
            "signature": "Alex Doe\n+1 555 0100",
        },
        "interview": {
            "company": "Northwind Analytics",
            "role": "Data Engineer",
            "date": dt.date(2026, 11, 20),
        },
        "hr": {"name": "Pat Lee", "email": "pat.lee@northwind.example"},
    }
    for section, values in overrides.items():
        if values is None:
            data.pop(section, None)
        else:
            data[section] = {**data.get(section, {}), **values}
    return data


@pytest.fixture
def profile_data() -> Callable[..., dict[str, Any]]:
    """profile_data(hr=None, interview={"date": "…"}): the profile dict with sections changed."""
    return _profile_data


@pytest.fixture
def profile() -> Profile:
    return profile_from_dict(_profile_data())


@pytest.fixture
def jose() -> Contact:
    return Contact(
        source="cards/jose.jpg",
        name="José Conceição",
        given_name="José",
        family_name="Conceição",
        title="Head of Data Platforms",
        company="Northwind Analytics",
        emails=("jose.conceicao@northwind.example",),
        confidence={"name": 0.93},
    )


@pytest.fixture
def taro() -> Contact:
    return Contact(
        source="cards/taro.jpg",
        name="山田 太郎",
        given_name="太郎",
        family_name="山田",
        title="Engineering Manager",
        company="Northwind Analytics",
        emails=("taro.yamada@northwind.example",),
    )
