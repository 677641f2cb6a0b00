"""`cardscan serve` starting: the URL a phone can open, its QR code, the CLI options."""

from __future__ import annotations

from cardscan.web import server
from cardscan.web.server import start_banner
from tests.web.conftest import TOKEN


def test_start_banner_has_the_url_and_a_qr_code() -> None:
    banner = start_banner("127.0.0.1", 8765, TOKEN)
    assert f"http://127.0.0.1:8765/?token={TOKEN}" in banner
    assert "█" in banner or "▀" in banner or "▄" in banner
    assert len(banner.splitlines()) > 10


def test_start_banner_shows_the_lan_address_for_a_wildcard_host(monkeypatch) -> None:
    monkeypatch.setattr(server, "lan_address", lambda: "192.168.1.23")
    banner = start_banner("0.0.0.0", 9000, "t")
    assert "http://192.168.1.23:9000/?token=t" in banner
    assert "0.0.0.0" not in banner


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
