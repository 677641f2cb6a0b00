"""Score predicted contacts against hand labels.

Two sets of rules. The yardstick (:func:`score_items`, what bench/accuracy.py reports) is the
one of ../shared/realcards-blind/score.py, so the development and the blind figures can be
compared: every labelled item counts (each email, phone, website), names exact after NFKC,
case folding and whitespace collapsing, in either script (``name`` or ``name_alt``), without
a leading courtesy title or degrees after a comma, CJK names also without the space; phones
by the last 9 digits of their E.164 form (else as printed); websites without scheme, ``www.``
and trailing slash; company, title and address equal, or the same words 80 % alike.

The card rules (:func:`score_card`, per card and field, used by the confidence calibration)
follow ../shared/realcards/README.md: companies and titles also count when 90 % similar,
phones by their printed digits, addresses by their sorted words, 80 % similar.
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


# What identifies a card among a photo's several: its emails, then its phones and name
# (an email misread on the label's card leaves the others to tell the cards apart).
IDENTIFYING = ("email", "phone", "name")


def pick_contact(label: dict[str, Any], contacts: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The contact a label describes when a photo gave several: most shared emails, then most
    shared phones and name (IDENTIFYING), then card 0."""
    if not contacts:
        return None

    def shared(contact: dict[str, Any]) -> tuple[int, ...]:
        hits = score_items(label, contact)
        return tuple(sum(hits.get(field, ())) for field in IDENTIFYING)

    return max(contacts, key=lambda c: (*shared(c), -c.get("card", 0)))


HONORIFIC = re.compile(r"^(dr|mr|mrs|ms|mx|prof|sr|sra|srta)\.?\s*")
SIMILAR_WORDS = 0.80


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def name_key(value: str | None) -> str:
    """A person's name without a leading courtesy title or degrees after a comma."""
    return HONORIFIC.sub("", norm_text(value).split(",")[0].strip(" ,.;|")).strip()


def _digits(value: str) -> str:
    return re.sub(r"\D", "", str(value))[-PHONE_DIGITS:]


def words(value: str | None) -> list[str]:
    return re.findall(r"\w+", norm_text(value))


def words_alike(want: str, got: str | None) -> bool:
    """The same words in any order, SIMILAR_WORDS alike (as multisets)."""
    a, b = sorted(words(want)), sorted(words(got))
    return bool(b) and SequenceMatcher(None, a, b).ratio() >= SIMILAR_WORDS


def _text_hit(want: str, got: str | None) -> bool:
    return bool(got) and (
        norm_text(got).strip(" ,.;|") == norm_text(want).strip(" ,.;|") or words_alike(want, got)
    )


def score_items(label: dict[str, Any], contact: dict[str, Any] | None) -> dict[str, list[bool]]:
    """Field → one hit or miss per labelled item, by the yardstick rules (module docstring)."""
    c = contact or {}
    out: dict[str, list[bool]] = {}
    names = [n for n in (label.get("name"), label.get("name_alt")) if n]
    if label.get("name"):
        got = [n for n in (c.get("name"), c.get("name_alt")) if n]
        exact = {name_key(n) for n in names}
        # Only CJK names also count without their spaces (the yardstick's rule, as in
        # ../shared/realcards-blind/score.py): a Latin name read "V.RAMASWAMY" is a miss.
        compact = {name_key(n).replace(" ", "") for n in names if _CJK.search(n)}
        out["name"] = [
            any(name_key(g) in exact or name_key(g).replace(" ", "") in compact for g in got)
        ]
    emails = {norm_text(e) for e in c.get("emails") or ()}
    out["email"] = [norm_text(e) in emails for e in label.get("email") or ()]
    phones = {
        _digits((p.get("e164") or p.get("number")) if isinstance(p, dict) else p)
        for p in c.get("phones") or ()
    }
    want_phones = (label.get("phones") or []) + (label.get("fax") or [])
    out["phone"] = [_digits(p) in phones for p in want_phones]
    sites = {norm_website(w) for w in c.get("websites") or ()}
    out["website"] = [norm_website(w) in sites for w in label.get("website") or ()]
    for field in ("company", "title", "address"):
        if label.get(field):
            out[field] = [_text_hit(label[field], c.get(field))]
    return out


def summarise_items(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-field share of labelled items found, over rows of {"items": score_items(...)}."""
    summary: dict[str, Any] = {"cards": len(rows)}
    for field in FIELDS:
        hits = [hit for r in rows for hit in r["items"].get(field, ())]
        summary[field] = {"accuracy": sum(hits) / len(hits) if hits else None, "n": len(hits)}
    ok = sum(r["precision"][0] for r in rows)
    returned = sum(r["precision"][1] for r in rows)
    summary["email_precision"] = {"accuracy": ok / returned if returned else None, "n": returned}
    return summary


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
