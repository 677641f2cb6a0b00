"""``cardscan serve`` starting up: the address a phone can open, the banner with its QR
code, and uvicorn."""

from __future__ import annotations

import copy
import io
import ipaddress
import secrets
import socket
from typing import Any
from urllib.parse import quote

from cardscan.api import ScanOptions
from cardscan.web.routes import DEFAULT_OPTIONS, create_app

DEFAULT_PORT = 8765
WILDCARD_HOSTS = ("0.0.0.0", "", "::")
REACH_FROM_PHONE = (
    "This address works on this computer only. To open the page on your phone (on the same "
    "network), start it with: cardscan serve --host 0.0.0.0"
)


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


def is_loopback(host: str) -> bool:
    """True when only this computer can reach ``host`` (127.x, ::1, localhost)."""
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: assume the network can resolve it


def page_url(host: str, port: int, token: str) -> str:
    """The URL to open, with the token; a wildcard host is shown as the LAN address."""
    shown = lan_address() if host in WILDCARD_HOSTS else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"  # an IPv6 literal
    return f"http://{shown}:{port}/?token={quote(token, safe='')}"


def start_banner(host: str, port: int, token: str) -> str:
    """What ``cardscan serve`` prints: the URL with the token and, when a phone can reach
    it, a QR code of it for the phone's camera; on loopback, how to let the phone in."""
    url = page_url(host, port, token)
    last = "Anyone with this URL can use the page while it runs; press Ctrl+C to stop.\n"
    if is_loopback(host):
        return f"cardscan is serving on {url}\n{REACH_FROM_PHONE}\n{last}"
    import segno

    qr = io.StringIO()
    segno.make(url, error="m").terminal(out=qr, compact=True)
    return (
        f"cardscan is serving on {url}\n"
        "Open it on your phone (same network) or scan this code:\n"
        f"{qr.getvalue()}{last}"
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
