"""How a request of the web page fails: ``{"error": "<one line>"}`` with an HTTP status."""

from __future__ import annotations

from starlette.responses import JSONResponse

from cardscan.errors import one_line


class HTTPError(Exception):
    """Ends a request with ``{"error": message}`` and the status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = one_line(message)


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": one_line(message)}, status_code=status, headers=headers)
