"""Request bodies read with limits: the photo of /api/scan (multipart, kept in memory) and
the JSON of /api/draft. Too large is 413, a stalled or endless upload 408, malformed 400,
the wrong Content-Type 415."""

from __future__ import annotations

import asyncio
import io
import json
import math
from collections.abc import AsyncIterator
from typing import Any

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from cardscan.errors import one_line
from cardscan.web.errors import HTTPError

DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024
# Room for the multipart boundaries and part headers around the image itself.
MULTIPART_OVERHEAD = 64 * 1024
# A /api/draft body: contacts and a profile are small; a megabyte is plenty.
MAX_DRAFT_BODY = 1024 * 1024
# A body that sends nothing for STALL_SECONDS, or is not complete after UPLOAD_SECONDS (a
# 20 MB photo over a slow phone connection), is refused with 408.
STALL_SECONDS = 30.0
UPLOAD_SECONDS = 300.0


async def limited_stream(request: Request, limit: int, too_large: str) -> AsyncIterator[bytes]:
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


def size_text(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n} bytes"


class _ImageParts:
    """The multipart parser's callbacks: each ``image`` part into its own buffer, at most
    ``limit`` bytes each; other parts are skipped."""

    def __init__(self, limit: int, too_large: str) -> None:
        self.limit, self.too_large = limit, too_large
        self.images: list[tuple[io.BytesIO, str]] = []
        self._field, self._value = b"", b""
        self._headers: dict[bytes, bytes] = {}
        self._target: io.BytesIO | None = None

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
        }

    def on_part_begin(self) -> None:
        self._headers, self._target = {}, None

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[self._field.lower()] = self._value
        self._field, self._value = b"", b""

    def on_headers_finished(self) -> None:
        _, disposition = parse_options_header(self._headers.get(b"content-disposition", b""))
        if disposition.get(b"name") == b"image":
            name = disposition.get(b"filename", b"").decode("utf-8", "replace")
            self._target = io.BytesIO()
            self.images.append((self._target, name))

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._target is not None:
            if self._target.tell() + (end - start) > self.limit:
                raise HTTPError(413, self.too_large)
            self._target.write(data[start:end])


async def read_image_part(request: Request, max_upload: int) -> tuple[bytes, str]:
    """The bytes and file name of the one ``image`` part of a multipart request, kept in
    memory (never spooled to a temporary file as Starlette's form parser does)."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data":
        raise HTTPError(415, "send the photo as multipart/form-data with a file field 'image'")
    boundary = params.get(b"boundary")
    if not boundary:
        raise HTTPError(400, "multipart/form-data without a boundary")
    too_large = f"the image is larger than the limit of {size_text(max_upload)}"
    parts = _ImageParts(max_upload, too_large)
    parser = MultipartParser(boundary, parts.callbacks())
    try:
        async for chunk in limited_stream(request, max_upload + MULTIPART_OVERHEAD, too_large):
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as exc:
        raise HTTPError(400, f"malformed multipart body: {exc}") from None
    if not parts.images:
        raise HTTPError(400, "no file field 'image' in the form")
    if len(parts.images) > 1:
        raise HTTPError(400, "send one image per request")
    buffer, name = parts.images[0]
    return buffer.getvalue(), source_name(name)


def source_name(filename: str) -> str:
    """The upload's own name (no folders), as the contacts' ``source``."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return one_line(name)[:200] or "upload"


async def read_json(request: Request) -> Any:
    """The JSON body, at most MAX_DRAFT_BODY bytes; numbers must be finite."""
    ctype, _ = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"application/json":
        raise HTTPError(415, "send the request as application/json")
    too_large = f"the body is larger than the limit of {size_text(MAX_DRAFT_BODY)}"
    body = b"".join([chunk async for chunk in limited_stream(request, MAX_DRAFT_BODY, too_large)])
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
