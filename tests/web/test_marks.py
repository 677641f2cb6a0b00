"""The phone page's marks: which fields /api/scan says to check (a doubtful value, a name or
email not found), the card's picture of each such line, and the page's hooks that show
them and the card full size. Cards are rendered here; low scores are made by hand."""

from __future__ import annotations

import base64

import cv2
import numpy as np
import pytest

from cardscan.web import create_app
from cardscan.web.routes import CROP_HEIGHT, INDEX_HTML
from tests.conftest import render_card
from tests.web.conftest import AUTH, TOKEN
from tests.web.live import TestClient

NAMELESS = [  # a shop's card: no person on it
    ("Brightwater Analytics GmbH", 40),
    ("info@brightwater.example.de", 32),
    ("Tel +49 30 1234 5678", 32),
]
PERSON = [
    ("Helena Marquardt", 64),
    ("Head of Data Platform", 36),
    ("Brightwater Analytics GmbH", 36),
    ("helena.marquardt@brightwater.example.de", 32),
    ("Tel +49 30 1234 5678", 32),
]


def scan(client: TestClient, lines: list[tuple[str, int]]) -> dict:
    ok, png = cv2.imencode(".png", render_card(lines))
    assert ok
    files = {"image": ("card.png", png.tobytes(), "image/png")}
    answer = client.post("/api/scan", headers=AUTH, files=files)
    assert answer.status_code == 200, answer.text
    (contact,) = answer.json()
    return contact


def decoded(url: str) -> np.ndarray:
    assert url.startswith("data:image/png;base64,")
    image = cv2.imdecode(np.frombuffer(base64.b64decode(url.split(",", 1)[1]), np.uint8), 1)
    assert image is not None
    return image


@pytest.fixture
def doubtful_client(monkeypatch: pytest.MonkeyPatch) -> TestClient:
    """An app whose every score comes out under the review threshold, as a blurred photo's
    would (the scan runs in this process, so the pipeline's calibration can be replaced)."""
    monkeypatch.setattr("cardscan.pipeline.calibrated", lambda raw: dict.fromkeys(raw, 0.2))
    return TestClient(create_app(token=TOKEN))


def test_a_card_without_a_name_marks_the_name(client: TestClient) -> None:
    contact = scan(client, NAMELESS)
    assert contact["name"] is None and contact["emails"] == ["info@brightwater.example.de"]
    assert "name" in contact["doubtful"]  # the reported bug: nothing was marked here
    assert "name" not in contact["crops"]  # no line to show; the page shows the card


def test_a_well_read_card_marks_nothing(client: TestClient) -> None:
    contact = scan(client, PERSON)
    assert contact["name"] == "Helena Marquardt"
    sure = [k for k in ("name", "emails", "phones") if contact["confidence"][k] >= 0.6]
    assert not set(sure) & set(contact["doubtful"])
    assert set(contact["crops"]) <= set(contact["doubtful"])


def test_each_doubtful_field_comes_with_the_cards_picture_of_its_line(
    doubtful_client: TestClient,
) -> None:
    contact = scan(doubtful_client, PERSON)
    assert {"name", "emails", "phones"} <= set(contact["doubtful"])
    assert {"name", "emails", "phones"} <= set(contact["crops"])
    for key in ("name", "emails", "phones"):
        (url,) = contact["crops"][key]
        image = decoded(url)
        height, width = image.shape[:2]
        assert 10 < height <= CROP_HEIGHT and width > 2 * height  # one line, not the card
    # The email's line is the email's, not the name's: the pictures differ.
    assert contact["crops"]["emails"] != contact["crops"]["name"]
    # Only fields to check get a picture.
    assert set(contact["crops"]) <= set(contact["doubtful"])


def test_the_page_has_the_hooks_for_marks_pictures_and_full_size(client: TestClient) -> None:
    page = client.get("/", params={"token": TOKEN}).text
    assert page == INDEX_HTML
    assert '<dialog id="viewer"' in page  # the card (or a line) full size
    assert 'class: "card-picture"' in page and "showFull(picture" in page
    assert 'class: "field-crop"' in page and "contact.crops" in page
    assert 'class: "low-note"' in page and 'text: "check"' in page
    assert "not found on the card" in page  # an empty marked field says why
    assert "delete c.crops;" in page  # the pictures stay on the phone, never in /api/draft
