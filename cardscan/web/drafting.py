"""/api/draft: the request checked (contacts as ``cardscan draft`` checks them, built-in
templates only) and the answer built, one item per draft and the skipped contacts in a
header."""

from __future__ import annotations

import json
from typing import Any

from cardscan.contacts_in import contact_from_mapping
from cardscan.drafts.eml import draft_fields, mailto_link, to_message
from cardscan.drafts.profile import Profile, profile_from_dict
from cardscan.drafts.render import BUILTIN_TEMPLATES, Choices, person_key, render
from cardscan.errors import one_line
from cardscan.models import Contact
from cardscan.web.errors import HTTPError

# An interview has a handful of interviewers; a page never sends more than this at once.
MAX_DRAFT_CONTACTS = 200
MAX_SKIPPED_HEADER = 8 * 1024
SKIPPED_HEADER = "X-Cardscan-Skipped"
DEFAULT_TEMPLATE = "thank-you"


def draft_request(payload: Any) -> tuple[str, list[Contact], Profile, Choices]:
    """The template, contacts, profile and personal lines of a /api/draft body."""
    if not isinstance(payload, dict):
        raise HTTPError(400, "the body must be a JSON object with contacts and profile")
    contacts = contacts_from(payload.get("contacts"))
    template = payload.get("template") or DEFAULT_TEMPLATE
    if not isinstance(template, str) or template not in BUILTIN_TEMPLATES:
        # Only built-in names: a path would let the page read files on this machine.
        raise HTTPError(
            422, f"unknown template {template!r}; use one of {', '.join(BUILTIN_TEMPLATES)}"
        )
    profile_data = payload.get("profile")
    if not isinstance(profile_data, dict):
        raise HTTPError(422, "'profile' must be an object with [sender] and [interview]")
    profile = profile_from_dict(profile_data, source="profile")
    return template, contacts, profile, personal_lines(payload["contacts"])


def contacts_from(data: Any) -> list[Contact]:
    """The request's contacts, each checked as ``cardscan draft`` checks a file's (422)."""
    if not isinstance(data, list) or not data:
        raise HTTPError(422, "'contacts' must be a non-empty list of contacts")
    if len(data) > MAX_DRAFT_CONTACTS:
        raise HTTPError(
            413, f"too many contacts ({len(data)}); send at most {MAX_DRAFT_CONTACTS} at a time"
        )
    contacts = []
    for index, item in enumerate(data):
        try:
            # Lists only: a program's request, where a lone address is a mistake.
            contacts.append(contact_from_mapping(item, lists_only=True))
        except ValueError as exc:
            raise HTTPError(422, f"contacts[{index}]: {exc}") from None
    return contacts


def personal_lines(items: list[Any]) -> Choices:
    """Each contact's optional ``personal_line`` (typed on the page) for its thank-you."""
    lines = {}
    for item in items:
        line, emails = item.get("personal_line"), item.get("emails") or []
        if isinstance(line, str) and line.strip() and emails and isinstance(emails[0], str):
            lines[person_key(emails[0])] = line
    return Choices(personal_lines=lines)


def draft_answer(
    template: str, contacts: list[Contact], profile: Profile, choices: Choices
) -> tuple[list[dict[str, Any]], str]:
    """/api/draft's answer: one item per draft, and the X-Cardscan-Skipped header."""
    result = render(template, contacts, profile, choices)
    items = [
        {
            **draft_fields(draft),
            "to_name": draft.to_name,
            "eml": to_message(draft, profile).as_string(),
            "mailto": mailto_link(draft),
        }
        for draft in result.drafts
    ]
    return items, skipped_header([(s.contact, s.reason) for s in result.skipped])


def skipped_header(skipped: list[tuple[Contact, str]]) -> str:
    """The X-Cardscan-Skipped value: ASCII JSON of at most MAX_SKIPPED_HEADER characters
    (clients and proxies refuse long headers); names and reasons shortened, and the rest
    counted in a last entry when the list is too long."""
    entries: list[str] = []
    room = MAX_SKIPPED_HEADER - len("[]")
    for number, (contact, reason) in enumerate(skipped):
        entry = _compact({"source": contact.source[:80], "card": contact.card,
                          "name": (contact.name or "")[:80] or None,
                          "reason": one_line(reason)[:200]})  # fmt: skip
        more = _compact({"source": "", "card": None,
                         "name": f"{len(skipped) - number} more contact(s)",
                         "reason": "not listed here (too many)"})  # fmt: skip
        if len(entry) + len(",") + len(more) > room:
            entries.append(more)
            break
        entries.append(entry)
        room -= len(entry) + len(",")
    return "[" + ",".join(entries) + "]"


def _compact(data: dict[str, Any]) -> str:
    # ensure_ascii: a header value must be ASCII; names may not be.
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))
