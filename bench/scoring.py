"""Score predicted contacts against hand labels, following ../shared/realcards/README.md:

names and companies after Unicode NFKC, case folding and whitespace collapsing (companies and
titles also count when 90 % similar); emails case-insensitively; phones by their last 9
digits; websites without scheme, ``www.`` and trailing slash; addresses by their words in
sorted order, 80 % similar.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Any

FIELDS = ("name", "email", "phone", "company", "title", "website", "address")
# Each scored field -> the Contact key (and confidence key) holding it.
CONTACT_KEYS_OF = {
    "name": "name",
    "email": "emails",
    "phone": "phones",
    "company": "company",
    "title": "title",
    "website": "websites",
    "address": "address",
}
SIMILAR_TEXT = 0.90
SIMILAR_ADDRESS = 0.80
PHONE_DIGITS = 9


def norm_text(value: str | None) -> str:
    """NFKC, case-folded, whitespace collapsed."""
    if not value:
        return ""
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def norm_phone(value: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", value))[-PHONE_DIGITS:]


def norm_website(value: str) -> str:
    value = norm_text(value)
    value = re.sub(r"^[a-z]+://", "", value)
    value = re.sub(r"^www\.", "", value)
    return value.rstrip("/")


def similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def exact_or_null(want: str | None, got: str | None) -> bool:
    """Names: equal after normalisation; a null label wants a null prediction."""
    return norm_text(want) == norm_text(got)


def fuzzy_or_null(want: str | None, got: str | None, *, threshold: float = SIMILAR_TEXT) -> bool:
    a, b = norm_text(want), norm_text(got)
    if not a or not b:
        return a == b
    return a == b or similar(a, b) >= threshold


def address_match(want: str | None, got: str | None) -> bool:
    a = " ".join(sorted(norm_text(want).replace(",", " ").split()))
    b = " ".join(sorted(norm_text(got).replace(",", " ").split()))
    if not a or not b:
        return a == b
    return similar(a, b) >= SIMILAR_ADDRESS


def all_found(want: Iterable[str], got: Iterable[str]) -> bool:
    """Every expected item is among the predicted ones (both already normalised)."""
    return set(want) <= set(got)


def _phones(contact: dict[str, Any]) -> list[str]:
    numbers = []
    for phone in contact.get("phones") or ():
        numbers.append(phone["number"] if isinstance(phone, dict) else phone)
    return [norm_phone(n) for n in numbers if norm_phone(n)]


def score_card(label: dict[str, Any], contact: dict[str, Any] | None) -> dict[str, bool | None]:
    """Field → hit (True/False), or None when the field does not apply to this card.

    List fields apply only when the label has items; a ``None`` contact (nothing read) misses.
    """
    c = contact or {}
    want_emails = [e.casefold() for e in label.get("email") or ()]
    got_emails = [e.casefold() for e in c.get("emails") or ()]
    want_phones = [norm_phone(p) for p in (label.get("phones") or []) + (label.get("fax") or [])]
    want_sites = [norm_website(w) for w in label.get("website") or ()]
    got_sites = [norm_website(w) for w in c.get("websites") or ()]
    return {
        "name": exact_or_null(label.get("name"), c.get("name")),
        "email": all_found(want_emails, got_emails) if want_emails else None,
        "phone": all_found(want_phones, _phones(c)) if want_phones else None,
        "company": fuzzy_or_null(label.get("company"), c.get("company")),
        "title": fuzzy_or_null(label.get("title"), c.get("title")),
        "website": all_found(want_sites, got_sites) if want_sites else None,
        "address": address_match(label.get("address"), c.get("address"))
        if label.get("address")
        else None,
    }


def email_precision_counts(
    label: dict[str, Any], contact: dict[str, Any] | None
) -> tuple[int, int]:
    """(correct, returned) email addresses: what was returned that is really on the card."""
    want = {e.casefold() for e in label.get("email") or ()}
    got = [e.casefold() for e in (contact or {}).get("emails") or ()]
    return sum(e in want for e in got), len(got)


def pick_contact(label: dict[str, Any], contacts: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The contact a label describes when a photo gave several: most shared emails, then card 0."""
    if not contacts:
        return None
    want = {e.casefold() for e in label.get("email") or ()}
    return max(
        contacts,
        key=lambda c: (
            len(want & {e.casefold() for e in c.get("emails") or ()}),
            -c.get("card", 0),
        ),
    )


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-field accuracy over rows of {"scores": {...}, "precision": (ok, n)}."""
    summary: dict[str, Any] = {"cards": len(rows)}
    for field in FIELDS:
        hits = [r["scores"][field] for r in rows if r["scores"][field] is not None]
        summary[field] = {"accuracy": sum(hits) / len(hits) if hits else None, "n": len(hits)}
    ok = sum(r["precision"][0] for r in rows)
    returned = sum(r["precision"][1] for r in rows)
    summary["email_precision"] = {"accuracy": ok / returned if returned else None, "n": returned}
    return summary
