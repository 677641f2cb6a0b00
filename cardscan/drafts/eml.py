"""Drafts as RFC 5322 messages, .eml files, mailto: links and printable text.

Every message carries `X-Unsent: 1` so mail clients (Outlook, Thunderbird) open the .eml as
a draft to edit and send, and `X-Cardscan-Review: name` when a person should check the
recipient's name first. `X-Cardscan-Template` names the template, for the file name.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Iterable
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cardscan.drafts.headers import HeaderValue, build_message
from cardscan.drafts.profile import Profile
from cardscan.errors import OutputExistsError
from cardscan.models import Draft
from cardscan.safefile import atomic_output

# Files get "\n" line ends like the message itself, so a base64 (CJK) and a
# quoted-printable (accented) body both decode to "\n" text; mail clients open either,
# and smtplib turns them into CRLF on the wire.
EML_POLICY = policy.default
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9@._+-]+")
_MAX_STEM = 120


def to_message(draft: Draft, profile: Profile, *, now: dt.datetime | None = None) -> EmailMessage:
    """The draft as an unsent message from the profile's sender; HeaderError (a ValueError
    naming the header) when a header could not be written safely (see headers.py)."""
    headers: list[tuple[str, HeaderValue]] = [
        ("From", (profile.sender.name, profile.sender.email)),
        ("To", (draft.to_name or "", draft.to_email)),
        ("Subject", draft.subject),
        ("Date", format_datetime(now or dt.datetime.now().astimezone())),
        ("Message-ID", make_msgid(domain=profile.sender.email.rpartition("@")[2])),
    ]
    if draft.in_reply_to:
        headers.append(("In-Reply-To", draft.in_reply_to))
        headers.append(("References", " ".join(draft.references or (draft.in_reply_to,))))
    if draft.bcc:
        headers.append(("Bcc", ", ".join(draft.bcc)))
    headers += [("X-Unsent", "1"), ("X-Cardscan-Template", draft.template)]
    if draft.review:
        headers.append(("X-Cardscan-Review", ", ".join(draft.review)))
    return build_message(headers, draft.body)


def for_sending(message: EmailMessage, *, now: dt.datetime | None = None) -> EmailMessage:
    """A copy fit to send: without X-Unsent and X-Cardscan-* (they are notes to the user,
    not to the recipient) and dated now rather than when the draft was written."""
    sendable = copy.deepcopy(message)
    for name in set(sendable.keys()):
        if name.lower() == "x-unsent" or name.lower().startswith("x-cardscan-"):
            del sendable[name]
    del sendable["Date"]
    sendable["Date"] = format_datetime(now or dt.datetime.now().astimezone())
    return sendable


def write_eml(
    messages: Iterable[EmailMessage], out_dir: str | Path, *, force: bool = False
) -> list[Path]:
    """Write one .eml per message into out_dir (created if needed); return the paths.

    Nothing is written when a target exists and force is False: a half-written batch
    would leave the user unsure which drafts are new.
    """
    out = Path(out_dir)
    messages = list(messages)
    targets = _file_names(messages, out)
    if not force:
        for target in targets:
            if target.exists():
                raise OutputExistsError(str(target))
    for msg, target in zip(messages, targets, strict=True):
        with atomic_output(target, force=force, encoding=None) as handle:
            handle.write(msg.as_bytes(policy=EML_POLICY))
    return targets


def mailto_link(draft: Draft) -> str:
    """A mailto: URI (RFC 6068) that opens the draft in the user's mail program."""
    body = draft.body.replace("\r\n", "\n").replace("\n", "\r\n")  # RFC 6068 wants %0D%0A
    return (
        f"mailto:{quote(draft.to_email, safe='@')}"
        f"?subject={quote(draft.subject, safe='')}&body={quote(body, safe='')}"
    )


def as_text(draft: Draft) -> str:
    """The draft as a person reads it on a terminal."""
    to = f"{draft.to_name} <{draft.to_email}>" if draft.to_name else draft.to_email
    lines = [f"To: {to}", f"Subject: {draft.subject}"]
    if draft.review:
        lines.append(f"Check before sending: {', '.join(draft.review)}")
    return "\n".join(lines) + "\n\n" + draft.body.rstrip("\n") + "\n"


def draft_fields(draft: Draft) -> dict[str, Any]:
    """The draft as JSON data: ``to``, ``subject``, ``body`` and ``review``."""
    fields = {"to": draft.to_email, "subject": draft.subject, "body": draft.body}
    return {**fields, "review": list(draft.review)}


def formatted(draft: Draft, profile: Profile, fmt: str) -> str:
    """The draft printed as ``fmt``: text, eml, mailto or jsonl (its JSON on one line)."""
    if fmt == "mailto":
        return mailto_link(draft)
    if fmt == "eml":
        return to_message(draft, profile).as_string()
    if fmt == "jsonl":
        return json.dumps(draft_fields(draft), ensure_ascii=False)
    return as_text(draft)


def json_list(drafts: Iterable[Draft]) -> str:
    """The drafts as one JSON array, each as :func:`draft_fields` gives it."""
    return json.dumps([draft_fields(d) for d in drafts], ensure_ascii=False, indent=2)


def _file_names(messages: list[EmailMessage], out: Path) -> list[Path]:
    """<template>-<recipient>.eml, made unique (case-insensitively, for macOS and Windows)."""
    used: set[str] = set()
    paths = []
    for msg in messages:
        template = str(msg.get("X-Cardscan-Template") or "draft")
        to = msg["To"]
        recipient = to.addresses[0].addr_spec if to is not None and to.addresses else "unknown"
        stem = _UNSAFE_FILENAME.sub("_", f"{template}-{recipient}").strip("._")[:_MAX_STEM]
        stem = stem or "draft"
        name, n = f"{stem}.eml", 1
        while name.casefold() in used:
            n += 1
            name = f"{stem}-{n}.eml"
        used.add(name.casefold())
        paths.append(out / name)
    return paths
