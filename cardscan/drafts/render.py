"""Render contacts and a profile into drafts (RenderResult) with a template.

See templating.py for the template format. Variables every template gets:
  sender        name, email, signature
  sign_off      the signature, else the sender's name
  interview     company, role, date ("20 November 2026", or "" when unknown)
  hr            name, email (None values when the profile has no [hr])
  greeting_name whom "Dear …," names (people.greeting: "Dr. Roe", "Ana Ruiz", "山田 太郎");
                "" means greet neutrally
  personal_line (each only) the line the user typed for this person, or ""
  contact       (each only) the recipient: the Contact keys (name, title … in natural
                case) plus `email`, the address used, and `english_title`, the title fit
                for an English sentence or None (titles.english_title)
  interviewers  the contacts as above (for each: every contact given but HR's own card)
  interviewer_names  "Ana Ruiz, Bo Chen and Dee Okafor" (the names read, in order)

Refused contacts (no or invalid email, a line break or an encoded word in the name, HR's
own card, a role mailbox such as sales@ that the user did not pick, a header that could not
be written safely: see headers.py) are returned in RenderResult.skipped with a reason; the
others still get their drafts.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from cardscan.drafts.checks import check_email, header_text_problem
from cardscan.drafts.eml import to_message
from cardscan.drafts.headers import HeaderError
from cardscan.drafts.people import Greeting, greeting, is_role_mailbox, natural_case
from cardscan.drafts.profile import Profile
from cardscan.drafts.templating import (
    BUILTIN_TEMPLATES,
    LoadedTemplate,
    list_templates,
    load_template,
    recipients_mode,
    render_blocks,
    template_source,
)
from cardscan.drafts.titles import english_title, natural_title
from cardscan.errors import CardscanError, ProfileError
from cardscan.extract import REVIEW_BELOW, split_name
from cardscan.models import Contact, Draft

__all__ = [
    "BUILTIN_TEMPLATES",
    "NAME_CONFIDENCE_MIN",
    "RenderResult",
    "Skip",
    "list_templates",
    "render",
    "template_source",
]

# Below this the name may be misread: greet neutrally and ask for a review.
NAME_CONFIDENCE_MIN = 0.5


class Skip(NamedTuple):
    """A contact that got no message, and why (one line, fit for stderr)."""

    contact: Contact
    reason: str


@dataclass(frozen=True)
class RenderResult:
    drafts: list[Draft] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)


@dataclass(frozen=True)
class Choices:
    """What the user decided in the review, keyed by the person's email (person_key):
    `picked`, role mailboxes that do get a message; `unpicked`, people switched off;
    `personal_lines`, a line for one person's thank-you."""

    picked: Collection[str] = ()
    unpicked: Collection[str] = ()
    personal_lines: Mapping[str, str] = field(default_factory=dict)


def render(
    template_name_or_path: str | Path,
    contacts: Iterable[Contact],
    profile: Profile,
    choices: Choices | None = None,
) -> RenderResult:
    """Drafts for the contacts, plus the contacts refused with the reason.

    Raises TemplateError for a bad template, ProfileError for an hr template without [hr].
    """
    loaded = load_template(template_name_or_path)
    contacts = list(contacts)
    base = _base_vars(profile)
    mode = recipients_mode(loaded, base)
    if mode == "hr":
        return _render_hr(loaded, contacts, profile, base)
    return _render_each(loaded, contacts, profile, base, choices or Choices())


def person_key(email: str) -> str:
    """How the review's choices name a person: the address, normalised and casefolded."""
    try:
        return check_email(email).casefold()
    except ValueError:
        return email.strip().casefold()


def _render_each(
    loaded: LoadedTemplate,
    contacts: list[Contact],
    profile: Profile,
    base: dict[str, Any],
    choices: Choices,
) -> RenderResult:
    result = RenderResult()
    hr_key = profile.hr.email.casefold() if profile.hr else None
    seen: set[str] = set()
    everyone = _interviewers(contacts, hr_key)
    for contact in contacts:
        email, problem = _recipient_email(contact)
        key = email.casefold() if email else ""
        if email is None:
            problem = problem or "no usable email address"
        elif key in choices.unpicked:
            problem = "not picked in the review"
        elif key == hr_key:
            problem = "the HR contact's own card: HR gets the HR messages, not a thank-you"
        elif is_role_mailbox(email) and key not in choices.picked:
            problem = f"{email} is a role mailbox, not a person's; pick it to write to it"
        if problem:
            result.skipped.append(Skip(contact, problem))
            continue
        if key in seen:
            continue  # the same person scanned twice gets one message
        trusted = _name_trusted(contact)
        named = greeting(contact.name, contact.family_name) if trusted else Greeting("", "")
        variables = {
            **base,
            "greeting_name": named.salutation,
            "personal_line": " ".join(choices.personal_lines.get(key, "").split()),
            "contact": _contact_vars(contact, email),
            "interviewers": everyone,
            "interviewer_names": _join_names(everyone),
        }
        subject, body = render_blocks(loaded, variables)
        draft = Draft(
            loaded.label, named.display or None, email, subject, body, _review_marks(contact)
        )
        problem = _unwritable(draft, profile)
        if problem is not None:
            result.skipped.append(Skip(contact, problem))
            continue
        seen.add(key)
        result.drafts.append(draft)
    return result


def _interviewers(contacts: list[Contact], hr_key: str | None) -> list[dict[str, Any]]:
    """Who the user met: not HR's own card, not a nameless shared mailbox (a company's
    card), nothing that could not go near a header."""
    out = []
    for contact in contacts:
        email = _first_email(contact)
        if _header_problem(contact) or (email and email.casefold() == hr_key):
            continue
        if not contact.name and email and is_role_mailbox(email):
            continue
        out.append(_contact_vars(contact, email))
    return out


def _render_hr(
    loaded: LoadedTemplate, contacts: list[Contact], profile: Profile, base: dict[str, Any]
) -> RenderResult:
    if profile.hr is None:
        raise ProfileError(
            f"{profile.source}: [hr] with name and email is needed for the {loaded.label} template"
        )
    result = RenderResult()
    interviewers: list[dict[str, Any]] = []
    hr_key = profile.hr.email.casefold()
    seen: set[str] = set()
    review = False
    for contact in contacts:
        problem = _header_problem(contact)
        if problem is not None:
            result.skipped.append(Skip(contact, problem))
            continue
        email = _first_email(contact)
        key = (email or contact.name or "").casefold()
        if key == hr_key or (not contact.name and email and is_role_mailbox(email)):
            continue  # HR knows itself; a company's shared mailbox is nobody met
        if key and key in seen:
            continue
        seen.add(key)
        review = review or not contact.name or not _name_trusted(contact)
        interviewers.append(_contact_vars(contact, email))
    hr_name = greeting(profile.hr.name, split_name(profile.hr.name or "")[1])
    variables = {
        **base,
        "greeting_name": hr_name.salutation,
        "personal_line": "",
        "interviewers": interviewers,
        "interviewer_names": _join_names(interviewers),
    }
    subject, body = render_blocks(loaded, variables)
    draft = Draft(
        loaded.label,
        hr_name.display or None,
        profile.hr.email,
        subject,
        body,
        ("name",) if review else (),
    )
    problem = _unwritable(draft, profile)
    if problem is not None:
        raise CardscanError(f"the {loaded.label} message to HR cannot be written: {problem}")
    result.drafts.append(draft)
    return result


def _unwritable(draft: Draft, profile: Profile) -> str | None:
    """Why the draft's message cannot be written, if it cannot (see headers.py): every way
    out (.eml, printed, the web page, --send) builds the same message, so a draft that
    fails here is refused here, for its contact alone."""
    try:
        to_message(draft, profile)
    except HeaderError as exc:
        return str(exc)
    return None


def _recipient_email(contact: Contact) -> tuple[str | None, str | None]:
    """The normalised address to write to, or None and why not."""
    problem = _header_problem(contact)
    if problem is not None:
        return None, problem
    if not contact.emails:
        return None, "no email address"
    try:
        return check_email(contact.emails[0]), None
    except ValueError as exc:
        return None, str(exc)


def _header_problem(contact: Contact) -> str | None:
    """Why the contact's name or addresses could not go near a header, if they cannot."""
    for label, value in (
        ("name", contact.name),
        ("given name", contact.given_name),
        ("family name", contact.family_name),
        *(("email address", email) for email in contact.emails),
    ):
        problem = header_text_problem(value)
        if problem is not None:
            return f"{label} {problem}"
    return None


def _name_trusted(contact: Contact) -> bool:
    return contact.confidence.get("name", 1.0) >= NAME_CONFIDENCE_MIN


def _review_marks(contact: Contact) -> tuple[str, ...]:
    """What a person should check before this message goes: a doubtful address could
    reach a stranger (send holds it back), a doubtful name greets the wrong person."""
    marks = []
    if contact.is_doubtful("emails", REVIEW_BELOW):
        marks.append("email")
    if not _name_trusted(contact):
        marks.append("name")
    return tuple(marks)


def _first_email(contact: Contact) -> str | None:
    if not contact.emails:
        return None
    try:
        return check_email(contact.emails[0])
    except ValueError:
        return contact.emails[0]


def _contact_vars(contact: Contact, email: str | None) -> dict[str, Any]:
    data = contact.to_dict()
    for key, value in data.items():
        # Titles and companies are inlined in sentences; stray line breaks would split them.
        if isinstance(value, str) and key != "text":
            data[key] = " ".join(value.split())
    for key in ("name", "given_name", "family_name"):
        data[key] = natural_case(data[key])
    data["title"] = natural_title(data["title"])
    data["english_title"] = english_title(data["title"])
    data["email"] = email
    return data


def _join_names(people: Sequence[dict[str, Any]]) -> str:
    names = [p["name"] for p in people if p.get("name")]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _base_vars(profile: Profile) -> dict[str, Any]:
    hr = profile.hr
    return {
        "sender": {
            "name": profile.sender.name,
            "email": profile.sender.email,
            "signature": profile.sender.signature,
        },
        "sign_off": profile.sender.sign_off,
        "interview": {
            "company": profile.interview.company,
            "role": profile.interview.role,
            "date": profile.interview.date_text,
        },
        "hr": {"name": hr.name if hr else None, "email": hr.email if hr else None},
    }
