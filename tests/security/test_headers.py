"""Header injection: text that passes every CR/LF check yet becomes a header line once encoded.

An RFC 2047 encoded word such as ``=?utf-8?q?Gil=0D=0ABcc:_x@y.example?=`` holds no line
break; Python's email package decodes it when it folds the header, so the written message got
a real ``Bcc:`` line: in .eml files, /api/draft's ``eml`` and on the wire with --send. It
could arrive by every way text reaches a header: a JSONL name, a CSV cell, a vCard FN, the
profile's sender name or role, a contact field used in a user template's subject.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from cardscan import cli
from cardscan.drafts import headers
from cardscan.drafts.headers import HeaderError, build_message, check_message
from cardscan.drafts.profile import profile_from_dict
from cardscan.drafts.render import render
from cardscan.errors import ProfileError
from cardscan.models import Contact
from tests.conftest import SAMPLES

PROFILE = str(SAMPLES / "profile.toml")
INJECTION = "=?utf-8?q?Gil=0D=0ABcc:_x@y.example?="
ENCODED_WORD = "contains an encoded word (=?…?=), which mail programs would decode"
ANA = {"source": "a.jpg", "name": "Ana Ruiz", "given_name": "Ana", "family_name": "Ruiz",
       "emails": ["ana.ruiz@northwind.example"], "confidence": {"name": 0.95}}  # fmt: skip


def _gil(**changes: object) -> dict:
    return {"source": "g.jpg", "name": INJECTION, "emails": ["gil@northwind.example"],
            "confidence": {"name": 0.95}, **changes}  # fmt: skip


def _draft(contacts_file: Path, *extra: str) -> tuple[int, str, list[EmailMessage]]:
    out = contacts_file.parent / "out"
    result = CliRunner().invoke(
        cli.main,
        ["draft", str(contacts_file), "--profile", PROFILE, "--out", str(out), *extra],
        catch_exceptions=False,
    )
    written = [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in sorted(out.glob("*.eml"))
    ]
    return result.exit_code, result.output, written


def _no_bcc(messages: list[EmailMessage]) -> bool:
    return all("Bcc" not in m and "x@y.example" not in m.as_string() for m in messages)


def test_the_python_email_package_really_decodes_it() -> None:
    """The hole itself, so the tests below keep meaning something on a newer Python."""
    message = EmailMessage(policy=email.policy.default)
    message["To"] = Address(display_name=INJECTION, addr_spec="gil@northwind.example")
    assert "\nBcc: x@y.example" in message.as_string()
    with pytest.raises(HeaderError, match=rf"^To {re.escape(ENCODED_WORD)}$"):
        check_message(message)


# The same forged name and an honest contact, as each format `draft` reads.
FORGED_FILES = {
    "c.jsonl": json.dumps(_gil()) + "\n" + json.dumps(ANA) + "\n",
    "c.csv": f"source,name,emails\ng.jpg,{INJECTION},gil@northwind.example\n"
    "a.jpg,Ana Ruiz,ana.ruiz@northwind.example\n",
    "c.vcf": "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{fn}\r\nN:;;;;\r\nX-CARDSCAN-SOURCE:{source}\r\n"
        f"EMAIL;TYPE=INTERNET:{address}\r\nEND:VCARD\r\n"
        for fn, source, address in (
            (INJECTION, "g.jpg", "gil@northwind.example"),
            ("Ana Ruiz", "a.jpg", "ana.ruiz@northwind.example"),
        )
    ),
}


@pytest.mark.parametrize("name", FORGED_FILES)
def test_forged_name_is_refused_for_that_contact_only(tmp_path: Path, name: str) -> None:
    contacts = tmp_path / name
    contacts.write_text(FORGED_FILES[name], "utf-8")
    code, output, written = _draft(contacts)
    assert code == 0, output
    assert f"skipped g.jpg card 0: name {ENCODED_WORD}" in output
    assert [m["To"].addresses[0].addr_spec for m in written] == ["ana.ruiz@northwind.example"]
    assert _no_bcc(written)


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [("sender", "name", INJECTION), ("interview", "role", f"Data {INJECTION}")],
)
def test_profile_values_bound_for_from_and_subject_are_refused(
    section: str, key: str, value: str
) -> None:
    data = {
        "sender": {"name": "Alex Doe", "email": "alex@example.com"},
        "interview": {"company": "Northwind Analytics", "role": "Data Engineer"},
    }
    data[section][key] = value
    with pytest.raises(ProfileError) as info:
        profile_from_dict(data, source="me.toml")
    assert str(info.value) == f"me.toml: [{section}] {key} {ENCODED_WORD}"


def test_contact_field_in_a_user_templates_subject(tmp_path: Path) -> None:
    template = tmp_path / "mine.j2"
    template.write_text(
        "{% block subject %}Hello from {{ contact.company }}{% endblock %}"
        "{% block body %}Hi{% endblock %}",
        "utf-8",
    )
    forged = Contact("g.jpg", name="Gil Ward", company=INJECTION, emails=("gil@n.example",))
    honest = Contact("a.jpg", name="Ana Ruiz", company="Northwind", emails=("ana@n.example",))
    profile = profile_from_dict(
        {
            "sender": {"name": "Alex Doe", "email": "alex@example.com"},
            "interview": {"company": "Northwind Analytics", "role": "Data Engineer"},
        }
    )
    result = render(template, [forged, honest], profile)
    assert [d.to_email for d in result.drafts] == ["ana@n.example"]
    assert [(s.contact, s.reason) for s in result.skipped] == [(forged, f"Subject {ENCODED_WORD}")]


def test_an_odd_address_skips_one_contact_not_the_batch(tmp_path: Path) -> None:
    """An address every validator accepts but Python's header parser chokes on
    (InvalidHeaderDefect) stopped the whole `draft` run."""
    contacts = tmp_path / "c.jsonl"
    odd = _gil(name="Gil Ward", emails=["=?utf-8?q?gil?=@northwind.example"])
    contacts.write_text(json.dumps(odd) + "\n" + json.dumps(ANA) + "\n", "utf-8")
    code, output, written = _draft(contacts)
    assert code == 0, output
    assert f"skipped g.jpg card 0: email address {ENCODED_WORD}" in output
    assert len(written) == 1


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Gil\u202eyaP", "name contains an invisible or text-direction character (U+202E)"),
        ("Gil\u200bWard", "name contains an invisible or text-direction character (U+200B)"),
        ("G" * 2000, "To is too long for a mail header line (2001 characters, at most 998)"),
    ],
    ids=["bidi-override", "zero-width-space", "longer-than-a-header-line"],
)
def test_names_that_cannot_be_shown_in_to_are_refused(
    tmp_path: Path, name: str, reason: str
) -> None:
    contacts = tmp_path / "c.jsonl"
    contacts.write_text(json.dumps(_gil(name=name)) + "\n" + json.dumps(ANA) + "\n", "utf-8")
    code, output, written = _draft(contacts)
    assert code == 0 and f"skipped g.jpg card 0: {reason}" in output, output[:300]
    assert len(written) == 1


def test_every_header_is_checked_after_encoding_not_only_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the text check before encoding switched off, the check of the encoded message
    still refuses: encoded words it does not know, a Python that decodes more, hold."""
    monkeypatch.setattr(headers, "header_text_problem", lambda text: None)
    with pytest.raises(HeaderError, match=r"^encoding would add header lines \(bcc\)$"):
        build_message([("Subject", "Hello"), ("To", (INJECTION, "gil@n.example"))], "Hi\n")
    with pytest.raises(HeaderError, match=r"^To changes when encoded; it cannot be written$"):
        build_message([("To", ("=?utf-8?q?Gil?=", "gil@n.example"))], "Hi\n")


def test_injection_never_reaches_the_wire(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loopback_smtp
) -> None:
    """--send to a loopback SMTP server: the forged contact is refused, the other one goes,
    and no envelope recipient comes from a decoded header."""
    handler, profile = loopback_smtp
    contacts = tmp_path / "c.jsonl"
    contacts.write_text(FORGED_FILES["c.jsonl"], "utf-8")
    monkeypatch.delenv("CARDSCAN_SMTP_PASSWORD", raising=False)
    result = CliRunner().invoke(
        cli.main, ["draft", str(contacts), "--profile", str(profile), "--send"]
    )
    assert result.exit_code == 0, result.output
    assert [r.rcpt_tos for r in handler.received] == [["ana.ruiz@northwind.example"]]
    assert _no_bcc([r.message for r in handler.received])
