"""The web page behind ``cardscan serve``: scan card photos from a phone, get drafts back.

Routes (every one needs the access token, as ``?token=…`` or ``Authorization: Bearer …``):

``GET /``
    The phone page (``static/index.html``, CSS and JS inline): the camera input, the
    contacts to check and edit, the profile form and the drafts.
``POST /api/scan``
    ``multipart/form-data`` with one file field ``image``; answers the JSON list of the
    contacts read from it (the contract's Contact keys). Nothing is written to disk: the
    upload is kept in memory (at most ``max_upload`` bytes) and scanned with
    :func:`cardscan.api.scan_bytes` in a worker thread, one scan at a time.
``POST /api/draft``
    JSON ``{"contacts": [...], "template": "thank-you", "profile": {...}}`` (a contact may
    carry ``personal_line``, a sentence of the user's own for its thank-you); answers a JSON
    list with one item per draft: ``to``, ``to_name``, ``subject``, ``body``, ``review``,
    ``eml`` (RFC 5322 text) and ``mailto``. The contacts that got no draft are listed in the
    ``X-Cardscan-Skipped`` response header: a JSON (ASCII) list of
    ``{"source", "card", "name", "reason"}``, ``[]`` when none was skipped.

Errors are JSON ``{"error": "<one line>"}``: 401 no token, 403 wrong token or a request a
browser sent from another site (``Origin``), 400 malformed request (JSON too deep, numbers
too large or not finite), 408 an upload that stalls (nothing for 30 s, or not done in 5
minutes), 413 too large (or more than 200 contacts), 415 wrong Content-Type, 422
unreadable image or invalid contacts/template/profile, 503 OCR engine not installed.
/api/draft renders in a worker thread, so a big batch does not hold up other requests.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import io
import json
import math
import secrets
import socket
import threading
from collections.abc import AsyncIterator
from importlib import resources
from typing import Any
from urllib.parse import quote

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, QueryParams
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cardscan.api import ScanOptions, scan_bytes
from cardscan.contacts_in import contact_from_mapping
from cardscan.drafts.eml import mailto_link, to_message
from cardscan.drafts.profile import Profile, profile_from_dict
from cardscan.drafts.render import BUILTIN_TEMPLATES, Choices, person_key, render
from cardscan.errors import CardscanError, EngineUnavailableError, one_line
from cardscan.models import Contact

__all__ = [
    "DEFAULT_MAX_UPLOAD",
    "DEFAULT_PORT",
    "MAX_DRAFT_BODY",
    "SKIPPED_HEADER",
    "create_app",
    "lan_address",
    "serve",
    "start_banner",
]

DEFAULT_PORT = 8765
DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024
# Room for the multipart boundaries and part headers around the image itself.
MULTIPART_OVERHEAD = 64 * 1024
# A /api/draft body: contacts and a profile are small; a megabyte is plenty.
MAX_DRAFT_BODY = 1024 * 1024
# An interview has a handful of interviewers; a page never sends more than this at once.
MAX_DRAFT_CONTACTS = 200
MAX_SKIPPED_HEADER = 8 * 1024
# A body that sends nothing for STALL_SECONDS, or is not complete after UPLOAD_SECONDS (a
# 20 MB photo over a slow phone connection), is refused with 408.
STALL_SECONDS = 30.0
UPLOAD_SECONDS = 300.0
SKIPPED_HEADER = "X-Cardscan-Skipped"
DEFAULT_TEMPLATE = "thank-you"
DEFAULT_OPTIONS = ScanOptions()

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),  # the token is in the page's URL
    (b"x-frame-options", b"DENY"),
)

# The phone page: one self-contained file (its CSS and JS inline, nothing fetched from the
# internet), read once at import; the contract checks it for the camera input.
INDEX_HTML = (resources.files("cardscan.web") / "static" / "index.html").read_text("utf-8")


class HTTPError(Exception):
    """Ends a request with ``{"error": message}`` and the status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = one_line(message)


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": one_line(message)}, status_code=status, headers=headers)


class _Guard:
    """ASGI middleware: the token on every HTTP request, and the security headers on every
    answer (errors included)."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token.encode("utf-8")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"
                ]
                message = {**message, "headers": headers + list(SECURITY_HEADERS)}
            await send(message)

        given = _given_token(scope)
        if not _same_origin(scope):
            # A page on another site that learnt the token must not drive this one.
            response: Response = _error(403, "cross-origin request refused")
        elif given is None:
            response = _error(
                401,
                "the access token is missing: open the URL cardscan serve printed "
                "(with ?token=…) or send Authorization: Bearer <token>",
                {"WWW-Authenticate": "Bearer"},
            )
        elif not secrets.compare_digest(given.encode("utf-8"), self.token):
            response = _error(403, "wrong access token")
        else:
            await self.app(scope, receive, secured_send)
            return
        await response(scope, receive, secured_send)


def _same_origin(scope: Scope) -> bool:
    """True unless a browser says the request comes from another site: an ``Origin`` that is
    not this server (``null`` included), or ``Sec-Fetch-Site: cross-site``. Programs such as
    curl send neither and are judged by the token alone."""
    headers = Headers(scope=scope)
    if headers.get("sec-fetch-site", "").lower() == "cross-site":
        return False
    origin = headers.get("origin")
    if origin is None:
        return True
    scheme = "https" if scope.get("scheme") in ("https", "wss") else "http"
    return origin.lower() == f"{scheme}://{headers.get('host', '')}".lower()


def _given_token(scope: Scope) -> str | None:
    """The Bearer token if an Authorization header is sent, else the ``token`` query value."""
    authorization = Headers(scope=scope).get("authorization")
    if authorization is not None:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
        return None
    token = QueryParams(scope.get("query_string", b"")).get("token")
    return token or None


async def _limited_stream(request: Request, limit: int, too_large: str) -> AsyncIterator[bytes]:
    """The request body, refused with 413 (``too_large``) as soon as it is known to exceed
    ``limit`` bytes: by its Content-Length before anything is read, else while it streams."""
    length = request.headers.get("content-length")
    if length is not None:
        try:
            declared = int(length)
        except ValueError:
            raise HTTPError(400, "invalid Content-Length") from None
        if declared > limit:
            raise HTTPError(413, too_large)
    received = 0
    chunks = request.stream().__aiter__()
    deadline = asyncio.get_running_loop().time() + UPLOAD_SECONDS
    while True:
        # A client that stops sending must not hold the connection (and its buffer) for ever.
        wait = min(STALL_SECONDS, deadline - asyncio.get_running_loop().time())
        try:
            chunk = await asyncio.wait_for(chunks.__anext__(), timeout=max(wait, 0))
        except StopAsyncIteration:
            return
        except asyncio.TimeoutError:
            raise HTTPError(408, "the upload stalled or took too long; send it again") from None
        received += len(chunk)
        if received > limit:
            raise HTTPError(413, too_large)
        yield chunk


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n} bytes"


async def _read_image_part(request: Request, max_upload: int) -> tuple[bytes, str]:
    """The bytes and file name of the one ``image`` part of a multipart request, kept in
    memory (never spooled to a temporary file as Starlette's form parser does)."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data":
        raise HTTPError(415, "send the photo as multipart/form-data with a file field 'image'")
    boundary = params.get(b"boundary")
    if not boundary:
        raise HTTPError(400, "multipart/form-data without a boundary")

    too_large = f"the image is larger than the limit of {_size(max_upload)}"
    images: list[tuple[io.BytesIO, str]] = []
    state: dict[str, Any] = {"field": b"", "value": b"", "headers": {}, "target": None}

    def on_part_begin() -> None:
        state["headers"] = {}
        state["target"] = None

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        state["value"] += data[start:end]

    def on_header_end() -> None:
        state["headers"][state["field"].lower()] = state["value"]
        state["field"], state["value"] = b"", b""

    def on_headers_finished() -> None:
        _, disposition = parse_options_header(state["headers"].get(b"content-disposition", b""))
        if disposition.get(b"name") == b"image":
            name = disposition.get(b"filename", b"").decode("utf-8", "replace")
            buffer = io.BytesIO()
            images.append((buffer, name))
            state["target"] = buffer

    def on_part_data(data: bytes, start: int, end: int) -> None:
        target = state["target"]
        if target is not None:
            if target.tell() + (end - start) > max_upload:
                raise HTTPError(413, too_large)
            target.write(data[start:end])

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished,
            "on_part_data": on_part_data,
        },
    )
    try:
        async for chunk in _limited_stream(request, max_upload + MULTIPART_OVERHEAD, too_large):
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as exc:
        raise HTTPError(400, f"malformed multipart body: {exc}") from None
    if not images:
        raise HTTPError(400, "no file field 'image' in the form")
    if len(images) > 1:
        raise HTTPError(400, "send one image per request")
    buffer, name = images[0]
    return buffer.getvalue(), _source_name(name)


def _source_name(filename: str) -> str:
    """The upload's own name (no folders), as the contacts' ``source``."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return one_line(name)[:200] or "upload"


async def _read_json(request: Request) -> Any:
    ctype, _ = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"application/json":
        raise HTTPError(415, "send the request as application/json")
    too_large = f"the body is larger than the limit of {_size(MAX_DRAFT_BODY)}"
    body = b"".join([chunk async for chunk in _limited_stream(request, MAX_DRAFT_BODY, too_large)])
    try:
        return json.loads(body, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise HTTPError(400, "invalid JSON: nested too deeply") from None
    except ValueError as exc:  # also a number too long for int(), NaN, Infinity, bad UTF-8
        raise HTTPError(400, f"invalid JSON: {exc}") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:20]} is too large a number")
    return value


def _choices(items: list[Any]) -> Choices:
    """Each contact's optional ``personal_line`` (typed on the page) for its thank-you."""
    lines = {}
    for item in items:
        line, emails = item.get("personal_line"), item.get("emails") or []
        if isinstance(line, str) and line.strip() and emails and isinstance(emails[0], str):
            lines[person_key(emails[0])] = line
    return Choices(personal_lines=lines)


def _contacts_from(data: Any) -> list[Contact]:
    if not isinstance(data, list) or not data:
        raise HTTPError(422, "'contacts' must be a non-empty list of contacts")
    if len(data) > MAX_DRAFT_CONTACTS:
        raise HTTPError(
            413, f"too many contacts ({len(data)}); send at most {MAX_DRAFT_CONTACTS} at a time"
        )
    contacts = []
    for index, item in enumerate(data):
        where = f"contacts[{index}]"
        # Stricter than a hand-written file, where a lone address may stand for a list.
        for key in _LIST_KEYS:
            if isinstance(item, dict) and not isinstance(item.get(key) or [], list):
                raise HTTPError(422, f"{where}.{key} must be a list")
        try:
            contacts.append(contact_from_mapping(item))  # the checks `cardscan draft` makes
        except ValueError as exc:
            raise HTTPError(422, f"{where}: {exc}") from None
    return contacts


_LIST_KEYS = ("emails", "phones", "websites")


def _draft_answer(
    template: str, contacts: list[Contact], profile: Profile, choices: Choices
) -> tuple[list[dict[str, Any]], str]:
    """/api/draft's answer: one item per draft, and the X-Cardscan-Skipped header."""
    result = render(template, contacts, profile, choices)
    items = [
        {
            "to": draft.to_email,
            "to_name": draft.to_name,
            "subject": draft.subject,
            "body": draft.body,
            "review": list(draft.review),
            "eml": to_message(draft, profile).as_string(),
            "mailto": mailto_link(draft),
        }
        for draft in result.drafts
    ]
    return items, _skipped_header([(s.contact, s.reason) for s in result.skipped])


def _skipped_header(skipped: list[tuple[Contact, str]]) -> str:
    """The X-Cardscan-Skipped value: ASCII JSON of at most MAX_SKIPPED_HEADER characters
    (clients and proxies refuse long headers); names and reasons shortened, and the rest
    counted in a last entry when the list is too long."""
    entries: list[str] = []
    room = MAX_SKIPPED_HEADER - len("[]")
    for number, (contact, reason) in enumerate(skipped):
        entry = _compact({"source": contact.source[:80], "card": contact.card,
                          "name": (contact.name or "")[:80] or None,
                          "reason": one_line(reason)[:200]})  # fmt: skip
        more = _compact({"source": "", "card": None,
                         "name": f"{len(skipped) - number} more contact(s)",
                         "reason": "not listed here (too many)"})  # fmt: skip
        if len(entry) + len(",") + len(more) > room:
            entries.append(more)
            break
        entries.append(entry)
        room -= len(entry) + len(",")
    return "[" + ",".join(entries) + "]"


def _compact(data: dict[str, Any]) -> str:
    # ensure_ascii: a header value must be ASCII; names may not be.
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def card_data_url(image, *, long_side: int = 640) -> str | None:
    """The card as read, as a small JPEG data: URL for the page (never stored anywhere)."""
    if image is None:
        return None
    import base64

    import cv2

    height, width = image.shape[:2]
    scale = min(1.0, long_side / max(height, width))
    if scale < 1.0:
        image = cv2.resize(
            image, (int(width * scale), int(height * scale)), interpolation=cv2.INTER_AREA
        )
    ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return "data:image/jpeg;base64," + base64.b64encode(jpeg.tobytes()).decode() if ok else None


def create_app(
    *,
    token: str,
    max_upload: int = DEFAULT_MAX_UPLOAD,
    options: ScanOptions = DEFAULT_OPTIONS,
) -> Starlette:
    """The web app; every request must carry ``token``."""
    if not token:
        raise ValueError("the access token must not be empty")
    scan_lock = threading.Lock()  # one scan at a time: OCR is CPU- and memory-heavy

    scan_options = dataclasses.replace(options, keep_card_images=True)

    def scan_locked(data: bytes, source: str):
        with scan_lock:
            return scan_bytes(data, source, scan_options)

    async def index(request: Request) -> Response:
        return HTMLResponse(INDEX_HTML)

    async def api_scan(request: Request) -> Response:
        try:
            data, source = await _read_image_part(request, max_upload)
        except HTTPError as exc:
            return _error(exc.status, exc.message)
        try:
            outcome = await run_in_threadpool(scan_locked, data, source)
        except EngineUnavailableError as exc:
            return _error(503, str(exc))
        except CardscanError as exc:
            return _error(500, str(exc))
        if outcome.error is not None:
            return _error(422, outcome.error)
        images = outcome.card_images or (None,) * len(outcome.contacts)
        return JSONResponse(
            [
                {**c.to_dict(), "card_image": card_data_url(img)}
                for c, img in zip(outcome.contacts, images)
            ]
        )

    async def api_draft(request: Request) -> Response:
        try:
            payload = await _read_json(request)
            if not isinstance(payload, dict):
                raise HTTPError(400, "the body must be a JSON object with contacts and profile")
            contacts = _contacts_from(payload.get("contacts"))
            template = payload.get("template") or DEFAULT_TEMPLATE
            if not isinstance(template, str) or template not in BUILTIN_TEMPLATES:
                # Only built-in names: a path would let the page read files on this machine.
                raise HTTPError(
                    422,
                    f"unknown template {template!r}; use one of {', '.join(BUILTIN_TEMPLATES)}",
                )
            profile_data = payload.get("profile")
            if not isinstance(profile_data, dict):
                raise HTTPError(422, "'profile' must be an object with [sender] and [interview]")
            profile = profile_from_dict(profile_data, source="profile")
            # In a thread: a big batch must not hold up every other request.
            choices = _choices(payload["contacts"])
            items, header = await run_in_threadpool(
                _draft_answer, template, contacts, profile, choices
            )
        except HTTPError as exc:
            return _error(exc.status, exc.message)
        except CardscanError as exc:  # ProfileError, TemplateError
            return _error(422, str(exc))
        return JSONResponse(items, headers={SKIPPED_HEADER: header})

    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/api/scan", api_scan, methods=["POST"]),
            Route("/api/draft", api_draft, methods=["POST"]),
        ]
    )
    app.add_middleware(_Guard, token=token)
    return app


def lan_address() -> str:
    """This machine's address on the local network (the interface a packet to a private
    address would leave by; nothing is sent), else its host name."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.254.254.254", 1))
            address = probe.getsockname()[0]
        if address and not address.startswith(("127.", "0.")):
            return address
    except OSError:
        pass
    return socket.gethostname()


def page_url(host: str, port: int, token: str) -> str:
    """The URL to open, with the token; a wildcard host is shown as the LAN address."""
    shown = lan_address() if host in ("0.0.0.0", "", "::") else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"  # an IPv6 literal
    return f"http://{shown}:{port}/?token={quote(token, safe='')}"


def start_banner(host: str, port: int, token: str) -> str:
    """What ``cardscan serve`` prints: the URL with the token, and a QR code of it for a
    phone's camera."""
    import segno

    url = page_url(host, port, token)
    qr = io.StringIO()
    segno.make(url, error="m").terminal(out=qr, compact=True)
    return (
        f"cardscan is serving on {url}\n"
        "Open it on your phone (same network) or scan this code:\n"
        f"{qr.getvalue()}"
        "Anyone with this URL can use the page while it runs; press Ctrl+C to stop.\n"
    )


def _log_config() -> dict[str, Any]:
    """uvicorn's logging with cardscan's prefix on each line ("cardscan: Invalid HTTP
    request received."), like every other line the program writes to stderr."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    for formatter in config["formatters"].values():
        formatter["fmt"] = "cardscan: %(message)s"
        formatter["use_colors"] = False
    return config


def serve(
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    token: str | None = None,
    options: ScanOptions = DEFAULT_OPTIONS,
) -> None:
    """Run the page until Ctrl+C. A random token is made when none is given."""
    import uvicorn

    token = token or secrets.token_urlsafe(16)
    app = create_app(token=token, options=options)
    print(start_banner(host, port, token), flush=True)
    # No access log: it would print every request's URL, token included.
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        access_log=False,
        server_header=False,
        log_level="warning",
        log_config=_log_config(),
    )
    uvicorn.Server(config).run()
