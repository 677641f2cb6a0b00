"""The web app: its three routes behind the token guard.

``GET /`` the phone page; ``POST /api/scan`` one photo in, its contacts out (each with a
picture of the card as read, the fields to check and the card's picture of their lines);
``POST /api/draft`` contacts, template and profile in, the drafts out. See the package
docstring for the whole protocol.
"""

from __future__ import annotations

import base64
import dataclasses
import threading
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from cardscan.api import ScanOptions, ScanOutcome, scan_bytes
from cardscan.errors import CardscanError, EngineUnavailableError
from cardscan.review import crops_to_check, to_check
from cardscan.web.auth import Guard
from cardscan.web.drafting import SKIPPED_HEADER, draft_answer, draft_request
from cardscan.web.errors import HTTPError, error_response
from cardscan.web.upload import DEFAULT_MAX_UPLOAD, read_image_part, read_json

DEFAULT_OPTIONS = ScanOptions()
# Large enough to read the card's small print when the page shows it full size.
CARD_PICTURE_SIDE = 1280
# A line's picture beside its field: at most this high and wide (CSS pixels times two).
CROP_HEIGHT, CROP_WIDTH = 96, 1024

# The phone page: one self-contained file (its CSS and JS inline, nothing fetched from the
# internet), read once at import; the contract checks it for the camera input.
INDEX_HTML = (resources.files("cardscan.web") / "static" / "index.html").read_text("utf-8")


class _Scanner:
    """scan_bytes one photo at a time: OCR is CPU- and memory-heavy."""

    def __init__(self, options: ScanOptions) -> None:
        self.options = dataclasses.replace(options, keep_card_images=True, keep_field_crops=True)
        self.lock = threading.Lock()

    def __call__(self, data: bytes, source: str) -> ScanOutcome:
        with self.lock:
            return scan_bytes(data, source, self.options)


def create_app(
    *,
    token: str,
    max_upload: int = DEFAULT_MAX_UPLOAD,
    options: ScanOptions = DEFAULT_OPTIONS,
) -> Starlette:
    """The web app; every request must carry ``token``."""
    if not token:
        raise ValueError("the access token must not be empty")
    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/api/scan", api_scan, methods=["POST"]),
            Route("/api/draft", api_draft, methods=["POST"]),
        ]
    )
    app.state.max_upload = max_upload
    app.state.scan = _Scanner(options)
    app.add_middleware(Guard, token=token)
    return app


async def index(request: Request) -> Response:
    return HTMLResponse(INDEX_HTML)


async def api_scan(request: Request) -> Response:
    try:
        data, source = await read_image_part(request, request.app.state.max_upload)
    except HTTPError as exc:
        return error_response(exc.status, exc.message)
    try:
        outcome = await run_in_threadpool(request.app.state.scan, data, source)
    except EngineUnavailableError as exc:
        return error_response(503, str(exc))
    except CardscanError as exc:
        return error_response(500, str(exc))
    if outcome.error is not None:
        return error_response(422, outcome.error)
    images = outcome.card_images or (None,) * len(outcome.contacts)
    crops = outcome.field_crops or ({},) * len(outcome.contacts)
    return JSONResponse(
        [
            {
                **c.to_dict(),
                "card_image": card_data_url(img),
                # The same rule as the terminal's review: doubtful, or a needed field missing.
                "doubtful": to_check(c),
                "crops": {
                    key: [crop_data_url(picture) for picture in pictures]
                    for key, pictures in crops_to_check(c, found).items()
                },
            }
            for c, img, found in zip(outcome.contacts, images, crops)
        ]
    )


async def api_draft(request: Request) -> Response:
    try:
        template, contacts, profile, choices = draft_request(await read_json(request))
        # In a thread: a big batch must not hold up every other request.
        items, header = await run_in_threadpool(draft_answer, template, contacts, profile, choices)
    except HTTPError as exc:
        return error_response(exc.status, exc.message)
    except CardscanError as exc:  # ProfileError, TemplateError
        return error_response(422, str(exc))
    return JSONResponse(items, headers={SKIPPED_HEADER: header})


def card_data_url(image: Any, *, long_side: int = CARD_PICTURE_SIDE) -> str | None:
    """The card as read, as a small JPEG data: URL for the page (never stored anywhere)."""
    if image is None:
        return None
    import cv2

    height, width = image.shape[:2]
    scale = min(1.0, long_side / max(height, width))
    if scale < 1.0:
        image = cv2.resize(
            image, (int(width * scale), int(height * scale)), interpolation=cv2.INTER_AREA
        )
    ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return "data:image/jpeg;base64," + base64.b64encode(jpeg.tobytes()).decode() if ok else None


def crop_data_url(image: Any) -> str:
    """The card's picture of one line as a PNG data: URL (sharp edges for letters; never
    stored anywhere), at most CROP_HEIGHT × CROP_WIDTH."""
    import cv2

    height, width = image.shape[:2]
    scale = min(1.0, CROP_HEIGHT / height, CROP_WIDTH / width)
    if scale < 1.0:
        size = (max(1, int(width * scale)), max(1, int(height * scale)))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    ok, png = cv2.imencode(".png", image)
    return "data:image/png;base64," + base64.b64encode(png.tobytes()).decode() if ok else ""
