"""`cardscan serve` starting: the URL a phone can open, its QR code, the CLI options."""

from __future__ import annotations

import pytest

from cardscan.web import server
from cardscan.web.server import start_banner
from tests.web.conftest import TOKEN

QR_BLOCKS = ("█", "▀", "▄")
LOOPBACK_LINE = (
    "This address works on this computer only. To open the page on your phone (on the same "
    "network), start it with: cardscan serve --host 0.0.0.0"
)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", ""])
def test_a_wildcard_host_is_shown_as_the_lan_address_with_a_qr_code(monkeypatch, host) -> None:
    monkeypatch.setattr(server, "lan_address", lambda: "192.168.1.23")
    banner = start_banner(host, 9000, TOKEN)
    assert f"cardscan is serving on http://192.168.1.23:9000/?token={TOKEN}\n" in banner, banner
    assert "0.0.0.0" not in banner and "127.0.0.1" not in banner, banner
    assert any(block in banner for block in QR_BLOCKS), banner
    assert len(banner.splitlines()) > 10, banner
    assert LOOPBACK_LINE not in banner


def test_a_lan_host_given_by_address_is_shown_as_given() -> None:
    banner = start_banner("192.168.1.5", 8765, TOKEN)
    assert f"http://192.168.1.5:8765/?token={TOKEN}" in banner, banner
    assert any(block in banner for block in QR_BLOCKS), banner


@pytest.mark.parametrize(
    ("host", "url"),
    [("127.0.0.1", "http://127.0.0.1:8765/"), ("localhost", "http://localhost:8765/"),
     ("::1", "http://[::1]:8765/")],
)  # fmt: skip
def test_on_loopback_it_says_how_a_phone_gets_in_instead_of_a_useless_qr_code(
    host: str, url: str
) -> None:
    banner = start_banner(host, 8765, TOKEN)
    assert banner.splitlines() == [
        f"cardscan is serving on {url}?token={TOKEN}",
        LOOPBACK_LINE,
        "Anyone with this URL can use the page while it runs; press Ctrl+C to stop.",
    ], banner


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True),
     ("LOCALHOST", True), ("0.0.0.0", False), ("192.168.1.5", False), ("cardscan.lan", False)],
)  # fmt: skip
def test_is_loopback(host: str, loopback: bool) -> None:
    assert server.is_loopback(host) is loopback, host


def test_lan_address_is_an_address_or_a_host_name() -> None:
    assert server.lan_address()


def test_cli_serve_hands_host_port_and_token_to_the_server(monkeypatch) -> None:
    from click.testing import CliRunner

    import cardscan.web
    from cardscan import cli

    seen = {}
    monkeypatch.setattr(cardscan.web, "serve", lambda **kwargs: seen.update(kwargs))
    args = ["serve", "--host", "0.0.0.0", "--port", "9000", "--token", "t0k"]
    result = CliRunner().invoke(cli.main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert seen == {"host": "0.0.0.0", "port": 9000, "token": "t0k"}
