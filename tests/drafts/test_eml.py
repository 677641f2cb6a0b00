from __future__ import annotations

import dataclasses
import datetime as dt
import email.policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from cardscan.drafts.eml import as_text, for_sending, mailto_link, to_message, write_eml
from cardscan.drafts.profile import Profile
from cardscan.drafts.render import render
from cardscan.errors import OutputExistsError
from cardscan.models import Contact, Draft

NOW = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.timezone.utc)


def parse(data: bytes) -> EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def drafts_for(contacts: list[Contact], profile: Profile) -> list[Draft]:
    return render("thank-you", contacts, profile).drafts


def test_written_eml_parses_back(
    tmp_path: Path, jose: Contact, taro: Contact, profile: Profile
) -> None:
    messages = [to_message(d, profile, now=NOW) for d in drafts_for([jose, taro], profile)]
    paths = write_eml(messages, tmp_path / "out")
    assert [p.name for p in paths] == [
        "thank-you-jose.conceicao@northwind.example.eml",
        "thank-you-taro.yamada@northwind.example.eml",
    ]
    first = parse(paths[0].read_bytes())
    assert first["To"].addresses[0].display_name == "José Conceição"
    assert first["To"].addresses[0].addr_spec == "jose.conceicao@northwind.example"
    assert str(first["From"]) == "Alex Doe <alex@example.com>"
    assert first["Subject"] == "Thank you — Data Engineer interview on 20 November 2026"
    assert first["X-Unsent"] == "1"
    assert first["X-Cardscan-Review"] is None
    assert first["Message-ID"].endswith("@example.com>")
    assert first["Date"].datetime == NOW
    body = first.get_content()
    assert body.startswith("Dear José Conceição,")
    assert body.rstrip().endswith("Alex Doe\n+1 555 0100")

    second = parse(paths[1].read_bytes())
    assert second["To"].addresses[0].display_name == "山田 太郎"
    assert second.get_content().startswith("Dear 山田 太郎,")
    assert second.get_content_charset() == "utf-8"


def test_headers_are_ascii_on_the_wire(jose: Contact, taro: Contact, profile: Profile) -> None:
    for draft in drafts_for([jose, taro], profile):
        raw = to_message(draft, profile).as_bytes(policy=email.policy.SMTP)
        head = raw.split(b"\r\n\r\n", 1)[0]
        head.decode("ascii")  # encoded words, so old servers pass it along unharmed


def test_review_header(jose: Contact, profile: Profile) -> None:
    doubtful = Contact(jose.source, name=jose.name, emails=jose.emails, confidence={"name": 0.2})
    (draft,) = drafts_for([doubtful], profile)
    message = parse(bytes(to_message(draft, profile)))
    assert message["X-Cardscan-Review"] == "name"


def test_no_overwrite_without_force(
    tmp_path: Path, jose: Contact, taro: Contact, profile: Profile
) -> None:
    messages = [to_message(d, profile) for d in drafts_for([jose, taro], profile)]
    existing = tmp_path / "thank-you-taro.yamada@northwind.example.eml"
    existing.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="--force"):
        write_eml(messages, tmp_path)
    # Nothing at all was written, not even the file that did not exist yet.
    assert sorted(p.name for p in tmp_path.iterdir()) == [existing.name]
    assert existing.read_text(encoding="utf-8") == "mine"

    paths = write_eml(messages, tmp_path, force=True)
    assert len(paths) == 2
    assert parse(existing.read_bytes())["X-Unsent"] == "1"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_file_names_are_unique_and_safe(tmp_path: Path, profile: Profile) -> None:
    drafts = [
        Draft("thank-you", "A", "a@northwind.example", "s", "b\n"),
        Draft("thank-you", "A", "A@northwind.example", "s", "b\n"),
        Draft("../../evil", None, "x@northwind.example", "s", "b\n"),
    ]
    paths = write_eml([to_message(d, profile) for d in drafts], tmp_path)
    assert [p.name for p in paths] == [
        "thank-you-a@northwind.example.eml",
        "thank-you-A@northwind.example-2.eml",
        "evil-x@northwind.example.eml",
    ]
    assert all(p.parent == tmp_path for p in paths)


def test_refuses_line_breaks_in_headers(profile: Profile) -> None:
    draft = Draft("thank-you", "Eve\r\nBcc: x@example.com", "eve@northwind.example", "s", "b")
    with pytest.raises(ValueError, match="line break"):
        to_message(draft, profile)


def test_mailto_link_is_percent_encoded() -> None:
    draft = Draft(
        "thank-you",
        "José",
        "jose+jobs@northwind.example",
        "Q&A — 20 Nov?",
        "Olá José,\n\nA & B = 100%\n",
    )
    link = mailto_link(draft)
    assert " " not in link and "\n" not in link
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "jose+jobs@northwind.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Q&A — 20 Nov?"]
    assert query["body"] == ["Olá José,\r\n\r\nA & B = 100%\r\n"]


def test_as_text(jose: Contact, profile: Profile) -> None:
    (draft,) = drafts_for([jose], profile)
    text = as_text(draft)
    assert text.startswith(
        "To: José Conceição <jose.conceicao@northwind.example>\nSubject: Thank you"
    )
    assert "\n\nDear José Conceição," in text


def test_for_sending_drops_the_notes_to_self(jose: Contact, profile: Profile) -> None:
    doubtful = Contact(jose.source, name=jose.name, emails=jose.emails, confidence={"name": 0.2})
    (draft,) = drafts_for([doubtful], profile)
    message = to_message(draft, profile, now=NOW)
    later = NOW + dt.timedelta(days=1)
    sendable = for_sending(message, now=later)
    assert sendable["X-Unsent"] is None
    assert [k for k in sendable if k.lower().startswith("x-")] == []
    assert sendable["Date"].datetime == later
    assert sendable["To"] == message["To"] and sendable.get_content() == message.get_content()
    assert message["X-Unsent"] == "1"  # the draft itself is untouched


def test_a_reply_carries_its_thread_and_a_copy_for_the_sender(profile: Profile) -> None:
    update_id = "<update.1@example.com>"
    reply = Draft(
        "hr-follow-up",
        "Pat Lee",
        "pat.lee@northwind.example",
        "Following up",
        "Dear Pat Lee,\n",
        in_reply_to=update_id,
        references=("<first@example.com>", update_id),
        bcc=("alex@example.com",),
    )
    msg = parse(to_message(reply, profile, now=NOW).as_bytes())
    assert msg["In-Reply-To"] == update_id
    assert msg["References"] == "<first@example.com> <update.1@example.com>"
    assert msg["Bcc"] == "alex@example.com"
    alone = dataclasses.replace(reply, in_reply_to=None, bcc=())
    plain = parse(to_message(alone, profile).as_bytes())
    assert plain["In-Reply-To"] is None and plain["References"] is None and plain["Bcc"] is None
