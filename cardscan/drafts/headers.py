"""The one place where cardscan builds mail headers, and checks them after encoding.

Checking text before it goes into a header is not enough. "=?utf-8?q?Gil=0D=0ABcc:_x@y?="
holds no line break, yet it is an RFC 2047 encoded word: Python's email package decodes it
when it folds the header, and the message written (to an .eml, to the web page, to the SMTP
server) gets a real ``Bcc:`` line. So every message is also serialised here, parsed back the
way a mail program parses it, and refused unless exactly the headers that were set come
back, each with the value it was given, on lines no longer than RFC 5322 allows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from email import errors, policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser

from cardscan.drafts.checks import header_text_problem

# RFC 5322 2.1.1: a line is at most 998 characters, CRLF excluded.
MAX_LINE = 998
POLICY = policy.default

# A header's value: text, or (display name, address) for a mailbox header (From, To).
HeaderValue = str | tuple[str, str]


class HeaderError(ValueError):
    """A header that cannot be written safely; the message (one line) names the header."""


def build_message(headers: Sequence[tuple[str, HeaderValue]], body: str) -> EmailMessage:
    """A UTF-8 text message with these headers, in this order; HeaderError when a value holds
    a line break, an invisible or text-direction character or an encoded word, or would not
    come back from the encoded message as given."""
    message = EmailMessage(policy=POLICY)
    for name, value in headers:
        mailbox = isinstance(value, tuple)
        label = f"{name} name" if mailbox else name
        _refuse_problem(label, value[0] if mailbox else value)
        if mailbox:
            _refuse_problem(f"{name} address", value[1])
        try:
            item = Address(display_name=value[0], addr_spec=value[1]) if mailbox else value
            message[name] = item
        except (ValueError, TypeError, errors.HeaderDefect) as exc:
            raise HeaderError(f"{name} cannot be written: {exc}") from None
        if not _same(str(message[name]), str(item)):  # decoded as it was set
            raise HeaderError(f"{label} changes when encoded; it cannot be written")
    message.set_content(body, charset="utf-8")
    check_message(message)
    return message


def check_message(message: EmailMessage) -> None:
    """HeaderError unless the encoded message's headers, parsed back as a mail program reads
    them, are the same headers with the same values, none holding a line break or another
    character :func:`~cardscan.drafts.checks.header_text_problem` refuses, and no header
    line is over 998 characters. For messages built elsewhere too: cardscan.drafts.send
    checks each one just before it goes out."""
    for name, value in message.items():
        _refuse_problem(name, str(value))
    try:
        data = message.as_bytes(policy=message.policy)
    except (ValueError, TypeError, UnicodeError, errors.HeaderDefect) as exc:
        raise HeaderError(f"the message cannot be written: {exc}") from None
    head = data.split(b"\n\n", 1)[0]
    parsed = BytesHeaderParser(policy=POLICY).parsebytes(head + b"\n\n")
    written, came_back = [n.lower() for n in message], [n.lower() for n in parsed]
    if came_back != written:
        extra = Counter(came_back) - Counter(written)
        raise HeaderError(
            f"encoding would add header lines ({', '.join(sorted(extra)) or 'reordered'})"
        )
    for name, before, after in zip(message.keys(), message.values(), parsed.values()):
        _refuse_problem(name, str(after))
        if not _same(str(after), str(before)):
            raise HeaderError(f"{name} changes when encoded; it cannot be written")
    name = ""
    for line in head.split(b"\n"):
        if line[:1] not in (b" ", b"\t"):
            name = line.split(b":", 1)[0].decode("ascii", "replace")
        length = len(line.rstrip(b"\r"))
        if length > MAX_LINE:
            raise HeaderError(
                f"{name} is too long for a mail header line ({length} characters, at most "
                f"{MAX_LINE}); shorten it"
            )


def _refuse_problem(name: str, value: str) -> None:
    problem = header_text_problem(value)
    if problem is not None:
        raise HeaderError(f"{name} {problem}")


def _same(one: str, other: str) -> bool:
    """Equal but for white space, which folding may add between encoded words."""
    return "".join(one.split()) == "".join(other.split())
