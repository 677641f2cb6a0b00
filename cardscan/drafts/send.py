"""Send drafts through the profile's [smtp] server.

Nothing is sent unless the user passes --send: without it cardscan only prints drafts or
writes .eml files for a person to read first, because a misread card means a wrong name
or address and a sent message cannot be taken back.

With --send every message goes over ONE connection: one TLS handshake and one login for
the batch, since providers throttle or lock accounts that log in many times a minute.

Before sending, each message goes through `for_sending`: X-Unsent (the "open me as a draft"
flag) and X-Cardscan-* (template, "check the name") are notes to the user, not to the
recipient, and are removed; Date is set to the moment of sending. smtplib drops any Bcc
header from what goes on the wire.

A server refusing one message or recipient does not stop the others; it is reported in
`SendReport.failed`. Not reaching the server, failing TLS or the login does: SendError, one
line naming host:port and what to change. The password never appears in a message, and
nothing personal (addresses, names, subjects, the username) is logged.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import smtplib
import ssl
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses, make_msgid
from typing import NamedTuple

from cardscan.drafts.eml import for_sending, to_message
from cardscan.drafts.headers import HeaderError, check_message
from cardscan.drafts.profile import PASSWORD_ENV, Profile, Smtp
from cardscan.errors import EXIT_FATAL, EXIT_OK, EXIT_PARTIAL, ProfileError, SendError
from cardscan.models import Draft

_RECIPIENT_HEADERS = ("To", "Cc", "Bcc")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sent:
    """A message the server accepted: its recipient(s), comma-separated, and Message-ID."""

    to: str
    message_id: str


class Failed(NamedTuple):
    """A recipient (or a message's recipients) not reached, and why, on one line.

    A tuple, so `for to, reason in report.failed` works.
    """

    to: str
    reason: str


@dataclass
class SendReport:
    """What went out and what did not, in the order the messages were given."""

    sent: list[Sent] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """The contract's codes: 0 all sent, 3 some failed, 1 none could be sent."""
        if not self.failed:
            return EXIT_OK
        return EXIT_PARTIAL if self.sent else EXIT_FATAL


def send_drafts(
    drafts: Sequence[Draft], profile: Profile, *, password: str | None
) -> tuple[SendReport, list[Draft]]:
    """Send the drafts that need no review through the profile's [smtp]; return the report
    and the drafts held back because a person should check them first (a doubtful name)."""
    if profile.smtp is None:
        raise ProfileError(f"{profile.source}: --send needs an [smtp] table (host, port, username)")
    ready = [d for d in drafts if not d.review]
    report = send_messages([to_message(d, profile) for d in ready], profile.smtp, password=password)
    return report, [d for d in drafts if d.review]


def password_from_env(environ: Mapping[str, str] = os.environ) -> str | None:
    """The SMTP password from CARDSCAN_SMTP_PASSWORD; None when unset or empty.

    It comes from the environment, never the profile: profiles get copied and shared.
    """
    return environ.get(PASSWORD_ENV) or None


def send_messages(
    messages: Iterable[EmailMessage],
    smtp: Smtp,
    *,
    password: str | None = None,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 30,
) -> SendReport:
    """Send each message (as `for_sending` makes it) over one connection to `smtp`.

    TLS from the start when `smtp.ssl` (then `starttls` is not used), else STARTTLS when
    `smtp.starttls`; a server that does not offer STARTTLS is an error, never a silent fall
    back to plain text. Logs in when `smtp.username` is set. Raises SendError, before
    anything is sent, when the password is missing, when it would cross the network
    unencrypted, or when the connection, TLS or login fails. Per-message refusals and a
    connection lost halfway are in the report, so the caller knows what did go out.
    """
    where = f"{smtp.host}:{smtp.port}"
    _check_settings(smtp, password, where)
    report = SendReport()
    ready: list[tuple[EmailMessage, list[str]]] = []
    for message in messages:
        recipients = _recipients(message)
        prepared = _prepared(message)
        problem = _unsendable(prepared, recipients)
        if problem:
            report.failed.append(
                Failed(_one_line(", ".join(recipients)) or "(no recipient)", problem)
            )
        else:
            ready.append((prepared, recipients))
    if not ready:
        return report

    log.info("sending %d message(s) through %s", len(ready), where)
    client = _connect(smtp, ssl_context, timeout, where)
    try:
        if smtp.username:
            _login(client, smtp.username, password or "", where)
        _send_all(client, ready, report, where)
    finally:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()
    log.info("%d sent, %d not sent", len(report.sent), len(report.failed))
    return report


def _check_settings(smtp: Smtp, password: str | None, where: str) -> None:
    if not smtp.username:
        return
    if not password:
        raise SendError(
            f"{where}: [smtp] username is set but {PASSWORD_ENV} is not; set {PASSWORD_ENV} "
            "to the account's password (or app password) in the environment"
        )
    if not (smtp.ssl or smtp.starttls) and not _is_loopback(smtp.host):
        raise SendError(
            f"{where}: refusing to send the password unencrypted; set starttls = true "
            "(port 587) or ssl = true (port 465) in [smtp]"
        )


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _recipients(message: EmailMessage) -> list[str]:
    # The same headers and parsing smtplib.send_message uses for the envelope.
    values = [str(v) for name in _RECIPIENT_HEADERS for v in message.get_all(name, [])]
    return [addr for _, addr in getaddresses(values) if addr]


def _unsendable(message: EmailMessage, recipients: list[str]) -> str | None:
    try:
        check_message(message)  # what goes on the wire is what was checked
    except HeaderError as exc:
        return f"not sent: {exc}"
    if not recipients:
        return "not sent: the message has no recipient"
    if not message["From"]:
        return "not sent: the message has no From address"
    return None


def _prepared(message: EmailMessage) -> EmailMessage:
    sendable = for_sending(message)
    if not sendable["Message-ID"]:
        sender = getaddresses([str(sendable["From"])])[0][1]
        sendable["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    return sendable


def _connect(
    smtp: Smtp, context: ssl.SSLContext | None, timeout: float, where: str
) -> smtplib.SMTP:
    """Connected, encrypted as the profile asks, and greeted (EHLO)."""
    if context is None and (smtp.ssl or smtp.starttls):
        context = ssl.create_default_context()
    try:
        if smtp.ssl:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                smtp.host, smtp.port, timeout=timeout, context=context
            )
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=timeout)
    except ssl.SSLError as exc:
        raise _tls_error(exc, where) from None
    except TimeoutError:
        raise SendError(
            f"cannot connect to {where}: no answer within {timeout:g} s; check [smtp] host "
            "and port (a server on port 465 wants ssl = true)"
        ) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise SendError(
            f"cannot connect to {where}: {_reason(exc)}; check [smtp] host and port"
        ) from None
    try:
        if not smtp.ssl and smtp.starttls:
            client.starttls(context=context)
        client.ehlo_or_helo_if_needed()
    except smtplib.SMTPNotSupportedError:
        client.close()
        raise SendError(
            f"{where} does not offer STARTTLS; use ssl = true if it is an SMTPS port (465), "
            "or another server"
        ) from None
    except ssl.SSLError as exc:
        client.close()
        raise _tls_error(exc, where) from None
    except (OSError, smtplib.SMTPException) as exc:
        client.close()
        raise SendError(f"{where}: {_reason(exc)}") from None
    return client


def _tls_error(exc: ssl.SSLError, where: str) -> SendError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        hint = _CERTIFICATE_HINTS.get(exc.verify_code, _UNKNOWN_CA)
    else:
        hint = "check [smtp] ssl and port (ssl = true is for port 465, 587 uses starttls)"
    return SendError(f"{where}: TLS failed: {_reason(exc)}; {hint}")


# OpenSSL's X509_V_ERR_* codes; any other refusal of the certificate gets _UNKNOWN_CA.
_UNKNOWN_CA = (
    "the server's certificate is not signed by an authority this computer trusts (a "
    "self-signed certificate or a company's own CA); add that CA to the system's "
    "certificates or point SSL_CERT_FILE at it, or use the provider's public host name"
)
_OTHER_HOST = (
    "the certificate is for another host name; check [smtp] host (use the name on the "
    "certificate, not an IP address or alias)"
)
_CERTIFICATE_HINTS = {
    62: _OTHER_HOST,  # host name mismatch
    64: _OTHER_HOST,  # IP address mismatch
    10: "the server's certificate has expired; tell the server's administrator",
    9: "the server's certificate is not valid yet; check this computer's clock",
}


def _login(client: smtplib.SMTP, username: str, password: str, where: str) -> None:
    fix = f"check [smtp] username and {PASSWORD_ENV} (many providers want an app password)"
    try:
        client.login(username, password)
    except smtplib.SMTPAuthenticationError as exc:
        message = f"{where} refused the login: {_reason(exc)}; {fix}"
    except smtplib.SMTPNotSupportedError:
        message = (
            f"{where} offers no login (AUTH) on this connection; check [smtp] starttls and ssl"
        )
    except UnicodeEncodeError:
        # smtplib sends credentials as ASCII; the exception text would quote the password.
        message = f"{where}: the username or password has non-ASCII characters; {fix}"
    except (OSError, smtplib.SMTPException) as exc:
        message = f"{where}: login failed: {_reason(exc)}; {fix}"
    else:
        return
    raise SendError(message.replace(password, "***") if password else message) from None


def _send_all(
    client: smtplib.SMTP,
    ready: list[tuple[EmailMessage, list[str]]],
    report: SendReport,
    where: str,
) -> None:
    if client.has_extn("8bitmime"):
        options: tuple[str, ...] = ("BODY=8BITMIME",)
    else:
        # UTF-8 bodies are 8bit; without 8BITMIME they must cross as base64 / QP, which
        # the generator does when the policy says 7bit.
        options = ()
        for message, _ in ready:
            message.policy = message.policy.clone(cte_type="7bit")
    for number, (message, recipients) in enumerate(ready, 1):
        to = ", ".join(recipients)
        try:
            refused = client.send_message(message, mail_options=options)
        except smtplib.SMTPRecipientsRefused as exc:
            for address, (code, text) in exc.recipients.items():
                report.failed.append(Failed(address, _reply(code, text)))
            log.info("message %d refused by the server", number)
            continue
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            report.failed.append(
                Failed(to, f"connection to {where} lost while sending: {_reason(exc)}")
            )
            for _, rest in ready[number:]:
                report.failed.append(
                    Failed(", ".join(rest), f"not sent: connection to {where} was lost")
                )
            log.warning("connection to %s lost at message %d", where, number)
            return
        except smtplib.SMTPException as exc:
            report.failed.append(Failed(to, _reason(exc)))
            log.info("message %d refused by the server", number)
            continue
        for address, (code, text) in refused.items():
            report.failed.append(Failed(address, _reply(code, text)))
        accepted = [r for r in recipients if r not in refused]
        if accepted:
            report.sent.append(Sent(", ".join(accepted), str(message["Message-ID"])))
        log.debug("message %d sent", number)


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return _one_line(f"{code} {text}")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, ssl.SSLCertVerificationError) and exc.verify_message:
        return _one_line(exc.verify_message)
    if isinstance(exc, ssl.SSLError) and exc.reason:
        return _one_line(str(exc.reason))
    if isinstance(exc, OSError) and exc.strerror:
        return _one_line(exc.strerror)
    return _one_line(str(exc)) or type(exc).__name__


def _one_line(text: str) -> str:
    return " ".join(text.split())
