"""The phone page in a real headless Chromium (Playwright): scan a sample card, correct the
name, write the thank-you email, and check its mailto: link and .eml download.

Uses the system's Chromium (the Debian package ``chromium``), never ``playwright install``.
With ``CARDSCAN_SCREENSHOT=1`` it also saves docs/serve-phone.png.
"""

from __future__ import annotations

import base64
import email
import json
import os
import shutil
from collections.abc import Iterator
from email import policy
from pathlib import Path
from urllib.parse import unquote

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
pytest.importorskip("segno")
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(
        "no Chromium to drive (apt-get install chromium; `playwright install` is not used)",
        allow_module_level=True,
    )
# ruff: noqa: E402

from cardscan.web import create_app
from tests.conftest import REPO, SAMPLES
from tests.web.live import live_server

TOKEN = "e2e-token"
SAMPLE = SAMPLES / "uk_centred_flat.png"
EXPECTED = json.loads(SAMPLE.with_suffix(".json").read_text("utf-8"))
SCREENSHOT = REPO / "docs" / "serve-phone.png"
CORRECTED = "Sean P. Davies"
PROFILE = {
    "#p-sender-name": "Alex Doe",
    "#p-sender-email": "alex@example.com",
    "#p-company": "Northwind Analytics",
    "#p-role": "Data Engineer",
    "#p-date": "2026-11-20",
    "#p-hr-name": "Pat Lee",
    "#p-hr-email": "pat.lee@northwind.example",
}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_server(create_app(token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser: sync_api.Browser) -> Iterator[sync_api.Page]:
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        accept_downloads=True,
    )
    page = context.new_page()
    page.set_default_timeout(60_000)  # the first OCR run loads its models
    yield page
    context.close()


def test_scan_edit_and_write_on_a_phone(base_url: str, page: sync_api.Page, tmp_path) -> None:
    expect = sync_api.expect
    expected_email = EXPECTED["emails"][0]
    page.goto(f"{base_url}/?token={TOKEN}")
    expect(page.get_by_role("heading", name="cardscan")).to_be_visible()

    page.set_input_files('input[type="file"]', str(SAMPLE))
    card = page.locator("article.card").first
    expect(card).to_be_visible()
    expect(card.locator('[data-field="email"]')).to_have_value(expected_email)
    # The card as read (flattened, upright) comes back with the contact and is shown.
    picture = card.locator("button.card-picture img")
    assert picture.get_attribute("src").startswith("data:image/jpeg;base64,")

    card.locator('[data-field="name"]').fill(CORRECTED)
    with page.expect_download() as info:
        card.locator("button.vcard").click()
    assert info.value.suggested_filename.endswith(".vcf")
    info.value.save_as(tmp_path / "card.vcf")
    vcard = (tmp_path / "card.vcf").read_bytes().decode("utf-8").split("\r\n")
    assert vcard[:2] == ["BEGIN:VCARD", "VERSION:3.0"]
    assert "FN:Sean P. Davies" in vcard and "N:Davies;Sean P.;;;" in vcard
    assert f"EMAIL;TYPE=INTERNET:{expected_email}" in vcard
    card.locator('[data-field="personal_line"]').fill("Thanks for the tour of the studio.")
    for selector, value in PROFILE.items():
        page.fill(selector, value)
    page.select_option("#template", "thank-you")
    if os.environ.get("CARDSCAN_SCREENSHOT") == "1":
        page.evaluate("window.scrollTo(0, 0)")
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
    page.get_by_role("button", name="Write emails").click()

    draft = page.locator("article.draft").first
    expect(draft).to_be_visible()
    expect(page.locator("#messages")).to_be_empty()

    href = draft.locator("a.mailto").get_attribute("href")
    assert href.startswith(f"mailto:{expected_email}?")
    body = unquote(href.split("body=", 1)[1])
    assert "Dear Sean P. Davies," in body
    assert "\n\nThanks for the tour of the studio.\n\n" in body.replace("\r\n", "\n")
    assert "Alex Doe" in body

    with page.expect_download() as info:
        draft.locator("a.eml").click()
    download = info.value
    assert download.suggested_filename.endswith(".eml")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    message = email.message_from_bytes(saved.read_bytes(), policy=policy.default)
    to = message["To"]
    assert to.addresses[0].display_name == CORRECTED
    assert to.addresses[0].addr_spec == expected_email
    assert message["X-Unsent"] == "1"
    text = message.get_body(("plain",)).get_content()
    assert "Dear Sean P. Davies," in text
    assert text.rstrip().endswith("Alex Doe")

    # The profile is remembered on the phone: a reload fills the form again.
    page.reload()
    expect(page.locator("#p-sender-email")).to_have_value("alex@example.com")


def test_api_errors_are_shown(base_url: str, page: sync_api.Page, tmp_path) -> None:
    page.goto(f"{base_url}/?token={TOKEN}")
    junk = tmp_path / "notes.png"
    junk.write_bytes(b"not a picture at all\n" * 20)
    page.set_input_files('input[type="file"]', str(junk))
    sync_api.expect(page.locator("#messages")).to_contain_text("notes.png")
    assert page.locator("article.card").count() == 0


def card_from_answer(base_url: str, page: sync_api.Page, contact: dict) -> sync_api.Locator:
    """The page's card for ``contact``, given as /api/scan's answer to a photo."""
    answer = json.dumps([contact])
    page.route(
        "**/api/scan",
        lambda route: route.fulfill(status=200, content_type="application/json", body=answer),
    )
    page.goto(f"{base_url}/?token={TOKEN}")
    page.set_input_files('input[type="file"]', str(SAMPLE))
    return page.locator("article.card").first


def test_the_page_marks_the_fields_the_server_calls_doubtful(
    base_url: str, page: sync_api.Page
) -> None:
    """The page has no threshold of its own: "check" goes where /api/scan's ``doubtful``
    says, here the name only, though the email's score is as low."""
    contact = {**EXPECTED, "source": SAMPLE.name, "card": 0, "phones": [], "card_image": None,
               "confidence": {"name": 0.2, "emails": 0.2}, "doubtful": ["name"]}  # fmt: skip
    card = card_from_answer(base_url, page, contact)
    sync_api.expect(card.locator(".low-note")).to_have_count(1)
    assert card.locator('[data-field="name"]').get_attribute("class") == "low"
    assert card.locator('[data-field="email"]').get_attribute("class") is None


def test_a_missing_name_is_marked_and_pictures_open_full_size(
    base_url: str, page: sync_api.Page
) -> None:
    """No name found: the name is marked too; the email's line comes with the card's own
    picture of it, and tapping the card (or that picture) shows it full size."""
    line = "data:image/png;base64," + base64.b64encode(SAMPLE.read_bytes()).decode()
    contact = {**EXPECTED, "source": SAMPLE.name, "card": 0, "name": None, "phones": [],
               "card_image": line, "confidence": {"name": 0.0, "emails": 0.2},
               "doubtful": ["name", "emails"], "crops": {"emails": [line]}}  # fmt: skip
    card = card_from_answer(base_url, page, contact)
    sync_api.expect(card.locator(".low-note")).to_have_count(2)
    name = card.locator('[data-field="name"]')
    assert name.get_attribute("class") == "low"
    assert "not found" in name.get_attribute("placeholder")
    crop = card.locator('img.field-crop[data-crop="email"]')
    sync_api.expect(crop).to_have_count(1)
    assert crop.get_attribute("src") == line

    viewer = page.locator("dialog#viewer")
    card.locator("button.card-picture").click()
    sync_api.expect(viewer).to_be_visible()
    assert viewer.locator("img").get_attribute("src") == line
    viewer.click()
    sync_api.expect(viewer).to_be_hidden()
    crop.click()
    sync_api.expect(viewer).to_be_visible()
