"""send_messages against a real SMTP server (aiosmtpd) on 127.0.0.1; nothing leaves loopback.

Certificates come from trustme, a throwaway CA the client is told to trust.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import logging
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from cardscan.drafts.eml import to_message
from cardscan.drafts.profile import Profile, Smtp
from cardscan.drafts.send import (
    PASSWORD_ENV,
    Failed,
    SendReport,
    Sent,
    password_from_env,
    send_messages,
)
from cardscan.errors import EXIT_FATAL, EXIT_OK, EXIT_PARTIAL, SendError
from cardscan.models import Draft

HOST = "127.0.0.1"
USER, PASSWORD = "alex@example.com", "s3cret-passphrase-42"
JOSE, TARO = "jose.conceicao@northwind.example", "taro.yamada@northwind.example"
NOW = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.timezone.utc)


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    mail_options: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = BytesParser(policy=email.policy.default).parsebytes(self.data)
        assert isinstance(parsed, EmailMessage)
        return parsed

    @property
    def body(self) -> str:
        # An 8bit body keeps the wire's CRLF line ends; a base64 one decodes to what was sent.
        return self.message.get_content().replace("\r\n", "\n")


@dataclass
class Recorder:
    """An aiosmtpd handler that keeps what it was given and refuses chosen recipients."""

    refuse: set[str] = field(default_factory=set)
    received: list[Received] = field(default_factory=list)
    logins: list[tuple[bytes, bytes]] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                list(envelope.mail_options),
                envelope.original_content,
            )
        )
        return "250 2.0.0 Accepted"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        self.logins.append((auth_data.login, auth_data.password))
        ok = (auth_data.login, auth_data.password) == (USER.encode(), PASSWORD.encode())
        return AuthResult(success=ok, handled=False)


def free_port() -> int:
    # aiosmtpd 1.4's Controller(port=0) binds but then pokes port 0 to start up and fails,
    # so take a free port from the OS first.
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(HOST).configure_cert(context)
    return context


@pytest.fixture(scope="module")
def client_tls(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


ServerFactory = Callable[..., tuple[Recorder, int]]


@pytest.fixture
def smtp_server() -> Iterator[ServerFactory]:
    """smtp_server(**Controller kwargs) -> (handler, port); stopped after the test."""
    started: list[Controller] = []

    def start(refuse: set[str] | None = None, **kwargs: Any) -> tuple[Recorder, int]:
        handler = Recorder(refuse=refuse or set())
        if kwargs.pop("auth", False):
            kwargs["authenticator"] = handler.authenticate
            kwargs.setdefault("auth_require_tls", True)
        controller = Controller(
            handler, hostname=HOST, port=free_port(), server_hostname="smtp.test", **kwargs
        )
        controller.start()
        started.append(controller)
        return handler, controller.port

    yield start
    for controller in started:
        controller.stop()


@pytest.fixture
def messages(profile: Profile) -> list[EmailMessage]:
    drafts = [
        Draft("thank-you", "José Conceição", JOSE, "Thank you — José", "Dear José,\nMerci!\n"),
        Draft("thank-you", "山田 太郎", TARO, "Thank you", "Dear 太郎,\nありがとう\n", ("name",)),
    ]
    return [to_message(d, profile, now=NOW) for d in drafts]


def plain(port: int, **kwargs: Any) -> Smtp:
    return Smtp(host=HOST, port=port, starttls=False, **kwargs)


def test_plain_smtp_delivers_each_message_without_draft_headers(
    smtp_server: ServerFactory, messages: list[EmailMessage], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="cardscan")
    handler, port = smtp_server()
    report = send_messages(messages, plain(port))

    assert report.failed == [] and report.exit_code == EXIT_OK
    assert report.sent == [
        Sent(JOSE, str(messages[0]["Message-ID"])),
        Sent(TARO, str(messages[1]["Message-ID"])),
    ]
    assert [r.rcpt_tos for r in handler.received] == [[JOSE], [TARO]]
    assert {r.mail_from for r in handler.received} == {"alex@example.com"}
    assert [r.body for r in handler.received] == [
        "Dear José,\nMerci!\n",
        "Dear 太郎,\nありがとう\n",
    ]
    jose, taro = (r.message for r in handler.received)
    assert str(jose["From"]) == "Alex Doe <alex@example.com>"
    assert jose["To"].addresses[0].display_name == "José Conceição"
    assert jose["Subject"] == "Thank you — José"
    assert taro["To"].addresses[0].display_name == "山田 太郎"
    assert taro.get_content_charset() == "utf-8"
    for received in (jose, taro):
        assert received["X-Unsent"] is None
        assert not [k for k in received if k.lower().startswith("x-cardscan-")]
        assert received["Date"].datetime != NOW  # dated when sent, not when drafted
    # aiosmtpd offers 8BITMIME, so the UTF-8 body may cross as 8bit, declared as such.
    assert all("BODY=8BITMIME" in r.mail_options for r in handler.received)
    # Our log names no one.
    ours = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("cardscan"))
    assert ours and "@" not in ours and "José" not in ours


def test_without_8bitmime_the_body_is_sent_as_7bit(
    smtp_server: ServerFactory, messages: list[EmailMessage]
) -> None:
    handler, port = smtp_server(decode_data=True)  # aiosmtpd then does not offer 8BITMIME
    report = send_messages(messages, plain(port))
    assert len(report.sent) == 2
    for received, body in zip(
        handler.received, ("Dear José,\nMerci!\n", "Dear 太郎,\nありがとう\n")
    ):
        assert received.data.isascii()
        assert "BODY=8BITMIME" not in received.mail_options
        assert received.body == body


def test_starttls_and_login(
    smtp_server: ServerFactory,
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
    messages: list[EmailMessage],
) -> None:
    handler, port = smtp_server(tls_context=server_tls, require_starttls=True, auth=True)
    smtp = Smtp(host=HOST, port=port, starttls=True, username=USER)
    report = send_messages(messages, smtp, password=PASSWORD, ssl_context=client_tls)
    assert [s.to for s in report.sent] == [JOSE, TARO]
    assert handler.logins == [(USER.encode(), PASSWORD.encode())]
    assert len(handler.received) == 2


def test_implicit_tls(
    smtp_server: ServerFactory,
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
    messages: list[EmailMessage],
) -> None:
    # Controller(ssl_context=...) wraps the listening socket: SMTPS, TLS from the first byte.
    # aiosmtpd 1.4 only counts STARTTLS as TLS, so with auth_require_tls=True it would not
    # offer AUTH here at all.
    handler, port = smtp_server(ssl_context=server_tls, auth=True, auth_require_tls=False)
    smtp = Smtp(host=HOST, port=port, starttls=False, ssl=True, username=USER)
    report = send_messages(messages[:1], smtp, password=PASSWORD, ssl_context=client_tls)
    assert [s.to for s in report.sent] == [JOSE]
    assert handler.logins == [(USER.encode(), PASSWORD.encode())]


def test_ssl_wins_over_starttls(
    smtp_server: ServerFactory,
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
    messages: list[EmailMessage],
) -> None:
    # Smtp(ssl=True) keeps the starttls=True default; STARTTLS inside TLS would fail.
    handler, port = smtp_server(ssl_context=server_tls)
    report = send_messages(messages[:1], Smtp(HOST, port, ssl=True), ssl_context=client_tls)
    assert len(report.sent) == 1 and len(handler.received) == 1


def test_wrong_password_is_a_send_error_without_the_password(
    smtp_server: ServerFactory,
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
    messages: list[EmailMessage],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    handler, port = smtp_server(tls_context=server_tls, require_starttls=True, auth=True)
    smtp = Smtp(host=HOST, port=port, username=USER)
    wrong = "not-the-passphrase"
    with pytest.raises(SendError, match=f"{HOST}:{port} refused the login: 535") as info:
        send_messages(messages, smtp, password=wrong, ssl_context=client_tls)
    assert wrong not in str(info.value) and PASSWORD_ENV in str(info.value)
    assert info.value.exit_code == EXIT_FATAL
    assert not any(wrong in r.getMessage() for r in caplog.records)
    assert handler.received == []


def test_non_ascii_password_smtplib_cannot_send_is_not_quoted(
    smtp_server: ServerFactory,
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
    messages: list[EmailMessage],
) -> None:
    _, port = smtp_server(tls_context=server_tls, auth=True)
    smtp = Smtp(host=HOST, port=port, username=USER)
    with pytest.raises(SendError, match="non-ASCII") as info:
        send_messages(messages, smtp, password="ünïcödé", ssl_context=client_tls)
    assert "ü" not in str(info.value)


def test_refused_recipient_is_reported_and_the_others_sent(
    smtp_server: ServerFactory, messages: list[EmailMessage]
) -> None:
    handler, port = smtp_server(refuse={JOSE})
    report = send_messages(messages, plain(port))
    assert report.failed == [Failed(JOSE, "550 5.1.1 No such mailbox here")]
    assert [s.to for s in report.sent] == [TARO]
    assert [r.rcpt_tos for r in handler.received] == [[TARO]]
    assert report.exit_code == EXIT_PARTIAL
    to, reason = report.failed[0]  # a plain pair for the CLI's summary
    assert (to, reason) == (JOSE, "550 5.1.1 No such mailbox here")


def test_one_refused_of_several_recipients_still_sends_to_the_rest(
    smtp_server: ServerFactory, messages: list[EmailMessage]
) -> None:
    handler, port = smtp_server(refuse={TARO})
    message = messages[0]
    message["Cc"] = TARO
    report = send_messages([message], plain(port))
    assert report.sent == [Sent(JOSE, str(message["Message-ID"]))]
    assert [f.to for f in report.failed] == [TARO]
    assert handler.received[0].rcpt_tos == [JOSE]


def test_line_break_in_a_header_is_not_sent(
    smtp_server: ServerFactory, messages: list[EmailMessage]
) -> None:
    # An encoded word smuggles a CRLF past the header policy; decoded it would inject Bcc.
    forged = messages[0]
    del forged["Subject"]
    forged["Subject"] = "=?utf-8?q?Hi=0D=0ABcc=3A_x=40evil=2Eexample?="
    assert "\r\n" in str(forged["Subject"])
    handler, port = smtp_server()
    report = send_messages(messages, plain(port))
    assert report.failed == [Failed(JOSE, "not sent: Subject contains a line break")]
    assert [r.rcpt_tos for r in handler.received] == [[TARO]]


def test_username_without_password_names_the_variable(messages: list[EmailMessage]) -> None:
    smtp = Smtp(host=HOST, port=free_port(), username=USER)  # nothing listens: never reached
    with pytest.raises(SendError, match=PASSWORD_ENV):
        send_messages(messages, smtp, password=None)


def test_password_is_not_sent_unencrypted_off_loopback(messages: list[EmailMessage]) -> None:
    smtp = Smtp(host="smtp.example.invalid", port=25, starttls=False, username=USER)
    with pytest.raises(SendError, match="unencrypted.*starttls = true") as info:
        send_messages(messages, smtp, password=PASSWORD)  # refused before any DNS look-up
    assert "smtp.example.invalid:25" in str(info.value)


def test_connection_refused_names_host_and_port(messages: list[EmailMessage]) -> None:
    port = free_port()
    with pytest.raises(SendError, match=f"cannot connect to {HOST}:{port}: Connection refused"):
        send_messages(messages, plain(port), timeout=2)


def test_server_without_starttls_is_not_used_in_plain_text(
    smtp_server: ServerFactory, messages: list[EmailMessage]
) -> None:
    handler, port = smtp_server()
    with pytest.raises(SendError, match=f"{HOST}:{port} does not offer STARTTLS"):
        send_messages(messages, Smtp(HOST, port, starttls=True))
    assert handler.received == []


def test_untrusted_certificate_is_refused(
    smtp_server: ServerFactory, server_tls: ssl.SSLContext, messages: list[EmailMessage]
) -> None:
    handler, port = smtp_server(tls_context=server_tls)
    with pytest.raises(SendError, match=f"{HOST}:{port}: TLS failed: .*certificate"):
        send_messages(messages, Smtp(HOST, port))  # default context: trustme's CA unknown
    assert handler.received == []


def test_nothing_to_send_opens_no_connection() -> None:
    report = send_messages([], plain(free_port()))
    assert report == SendReport() and report.exit_code == EXIT_OK


def test_password_from_env() -> None:
    assert password_from_env({PASSWORD_ENV: PASSWORD}) == PASSWORD
    assert password_from_env({PASSWORD_ENV: ""}) is None
    assert password_from_env({}) is None
