"""Who may use the page: the access token on every request, no request a browser sends from
another site, and the security headers on every answer (errors included)."""

from __future__ import annotations

import secrets

from starlette.datastructures import Headers, QueryParams
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cardscan.web.errors import error_response

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),  # the token is in the page's URL
    (b"x-frame-options", b"DENY"),
)
MISSING_TOKEN = (
    "the access token is missing: open the URL cardscan serve printed "
    "(with ?token=…) or send Authorization: Bearer <token>"
)


class Guard:
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

        refusal = self.refusal(scope)
        if refusal is None:
            await self.app(scope, receive, secured_send)
        else:
            await refusal(scope, receive, secured_send)

    def refusal(self, scope: Scope) -> Response | None:
        """The answer to a request that may not go on, None for one that may."""
        given = given_token(scope)
        if not same_origin(scope):
            # A page on another site that learnt the token must not drive this one.
            return error_response(403, "cross-origin request refused")
        if given is None:
            return error_response(401, MISSING_TOKEN, {"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(given.encode("utf-8"), self.token):
            return error_response(403, "wrong access token")
        return None


def same_origin(scope: Scope) -> bool:
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


def given_token(scope: Scope) -> str | None:
    """The Bearer token if an Authorization header is sent, else the ``token`` query value."""
    authorization = Headers(scope=scope).get("authorization")
    if authorization is not None:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
        return None
    token = QueryParams(scope.get("query_string", b"")).get("token")
    return token or None
