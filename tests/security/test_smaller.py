"""The smaller findings: a password in the profile ignored without a word, a TLS hint that
sent the user to the wrong setting, stderr lines without the `cardscan:` prefix."""

from __future__ import annotations

import ssl
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from cardscan import cli
from cardscan.drafts.eml import to_message
from cardscan.drafts.profile import Smtp, profile_from_dict
from cardscan.drafts.send import send_messages
from cardscan.errors import ProfileError, SendError
from cardscan.models import Draft
from tests.conftest import SAMPLES

HOST = "127.0.0.1"
PROFILE = {
    "sender": {"name": "Alex Doe", "email": "alex@example.com"},
    "interview": {"company": "Northwind Analytics", "role": "Data Engineer"},
}


def test_a_password_in_the_profile_is_refused_not_ignored() -> None:
    data = {**PROFILE, "smtp": {"host": "smtp.example.com", "password": "hunter2"}}
    with pytest.raises(ProfileError) as info:
        profile_from_dict(data, source="me.toml")
    assert str(info.value) == (
        "me.toml: [smtp] password is never read from the profile (profiles get copied and "
        "shared); delete it and set the environment variable CARDSCAN_SMTP_PASSWORD instead"
    )
    assert "hunter2" not in str(info.value)


@pytest.fixture
def message() -> list[EmailMessage]:
    profile = profile_from_dict(PROFILE)
    return [to_message(Draft("thank-you", "Ana Ruiz", "ana@n.example", "Hi", "Hi\n"), profile)]


def test_an_unknown_ca_is_not_blamed_on_the_host_name(smtp_server, server_tls, message) -> None:
    _, port = smtp_server(tls_context=server_tls)
    with pytest.raises(SendError) as info:
        send_messages(message, Smtp(HOST, port))  # trustme's CA is not the system's
    text = str(info.value)
    assert "not signed by an authority this computer trusts" in text
    assert "host name" not in text.split("; ", 1)[1].split(",")[0]


def test_a_certificate_for_another_host_says_so(smtp_server, ca, client_tls, message) -> None:
    elsewhere = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("mail.other.example").configure_cert(elsewhere)
    _, port = smtp_server(tls_context=elsewhere)
    with pytest.raises(SendError) as info:
        send_messages(message, Smtp(HOST, port), ssl_context=client_tls)
    assert "the certificate is for another host name; check [smtp] host" in str(info.value)


@pytest.mark.slow
def test_every_stderr_line_of_run_carries_the_prefix(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli.main,
        ["run", str(SAMPLES / "uk_centred_flat.png"), "--yes", "--workers", "1", "--no-cache",
         "--profile", str(SAMPLES / "profile.toml"), "--out", str(tmp_path / "out")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("cardscan: ") for line in lines), lines


def test_the_send_summary_carries_the_prefix(tmp_path: Path, monkeypatch, loopback_smtp) -> None:
    _, profile = loopback_smtp
    contacts = tmp_path / "c.jsonl"
    contacts.write_text('{"source": "a.jpg", "name": "Ana Ruiz", "emails": ["ana@n.example"]}\n')
    monkeypatch.delenv("CARDSCAN_SMTP_PASSWORD", raising=False)
    result = CliRunner().invoke(
        cli.main, ["draft", str(contacts), "--profile", str(profile), "--send"]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == ["cardscan: sent 1 of 1 message(s)"]
