"""The app's routes: the page, and /api/scan reading a photo."""

from __future__ import annotations

import base64
import json

import cv2
import numpy as np

from cardscan.extract import REVIEW_BELOW
from cardscan.review import NEEDED
from tests.web.conftest import AUTH, SAMPLE, TOKEN
from tests.web.live import TestClient

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
    # The fields the page marks "check": read and scored under the review threshold, or
    # needed by an email and not found.
    scores = contacts[0]["confidence"]
    fields = ("name", "title", "company", "emails", "phones", "websites", "address")
    low = [f for f in fields if (contacts[0][f] and scores.get(f, 1.0) < REVIEW_BELOW)
           or (f in NEEDED and not contacts[0][f])]  # fmt: skip
    assert contacts[0]["doubtful"] == low, scores
    # The card as read, flattened and upright, for the page to show beside the fields.
    picture = contacts[0]["card_image"]
    assert picture.startswith("data:image/jpeg;base64,")
    image = cv2.imdecode(np.frombuffer(base64.b64decode(picture.split(",", 1)[1]), np.uint8), 1)
    assert image is not None and max(image.shape[:2]) <= 1280
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
