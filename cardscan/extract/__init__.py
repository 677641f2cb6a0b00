"""Turn the OCR text of one business card into a Contact.

Order matters: emails, websites and phones are read first and blanked out of
their lines, so the name/title/company/address rules only see what is left.
"""

from __future__ import annotations

from cardscan.models import Box, Contact, Line, OcrResult, Word

from . import address as address_mod
from .card import CardLine, clean_rest
from .company import pick_brand, pick_company
from .confidence import REVIEW_BELOW
from .confidence import calibrate as calibrated
from .emails import find_emails, is_generic, order_emails
from .name_parts import name_words, split_name, without_honorifics
from .names import email_agreement, pick_name
from .org import has_title_word, is_free_mail, is_title_line, main_label, pick_title
from .phones import find_phones
from .region import infer_region
from .textmap import mask
from .websites import find_websites, host_of

# Besides extraction itself, what the later stages use (drafts, review, output): they import
# this package, never its modules (tests/test_layers.py).
__all__ = [
    "REVIEW_BELOW",
    "extract_contact",
    "extract_text",
    "is_generic",
    "name_words",
    "split_name",
    "without_honorifics",
]


def extract_contact(
    ocr: OcrResult,
    *,
    source: str,
    card: int = 0,
    region: str | None = None,
    calibrate: bool = True,
) -> Contact:
    """Every Contact field read from one card's OCR result.

    ``calibrate=False`` leaves the raw per-field scores in ``confidence`` (bench/calibrate.py
    fits the calibration table on them).
    """
    raw_lines = [line for line in ocr.lines if line.text.strip()]
    texts = [line.text for line in raw_lines]
    spans: list[list[tuple[int, int]]] = [[] for _ in texts]

    emails = find_emails(texts)
    for email in emails:
        spans[email.line].append(email.span)
    websites = find_websites([mask(t, s) for t, s in zip(texts, spans, strict=True)])
    for site in websites:
        spans[site.line].append(site.span)
    hosts = [host_of(e.address) for e in emails] + [host_of(w.url) for w in websites]
    phone_region = (region or infer_region(ocr.text, hosts)).upper()
    phones = find_phones([mask(t, s) for t, s in zip(texts, spans, strict=True)], phone_region)
    for phone in phones:
        spans[phone.line].append(phone.span)

    lines = [
        CardLine(
            index=i,
            text=line.text,
            rest=clean_rest(mask(line.text, spans[i])),
            height=line.height,
            confidence=line.confidence,
            had_values=bool(spans[i]),
            box=line.box,
        )
        for i, line in enumerate(raw_lines)
    ]

    place = address_mod.address_lines(lines, excluded=set())
    excluded = {ln.index for ln in place}
    labels = [lbl for lbl in (main_label(h) for h in hosts if not is_free_mail(h)) if lbl]
    mailboxes = [e.address.partition("@")[0] for e in emails if is_free_mail(host_of(e.address))]
    company = pick_company(lines, labels, mailboxes, excluded)
    if company is not None:
        excluded.update(company.indices)
    title_lines = [ln.index for ln in lines if ln.index not in excluded and is_title_line(ln)]
    name = pick_name(lines, [e.address for e in emails], title_lines, labels, excluded)
    if name is not None:
        excluded.update(name.used)
    title = pick_title(lines, name.line.index if name else None, excluded)
    if company is None:
        company = pick_brand(lines, excluded, has_person=name is not None)
        if company is not None and title is not None and title.index in company.indices:
            title = None  # "DESPACHANTE" over the agency's name: the business, not a job
    title_text = title.rest if title else None
    if title_text is None and name and has_title_word(name.remainder):
        title_text = name.remainder  # "Maria Santos, Gerente" on one line
    given, family = split_name(name.text, phone_region) if name else (None, None)

    found = [drop_glued_label_letter(e.address, name.text if name else None) for e in emails]
    addresses = order_emails(list(dict.fromkeys(found)), name.text if name else None)
    confidence = {
        "name": round(name.score * name.line.confidence, 3) if name else 0.0,
        "title": round(0.7 * title.confidence, 3) if title else (0.5 if title_text else 0.0),
        "company": round(min(1.0, company.score / 6) * company.confidence, 3) if company else 0.0,
        "emails": round(
            min((0.7 if e.repaired else 0.95) * lines[e.line].confidence for e in emails), 3
        )
        if emails
        else 0.0,
        "phones": round(sum(1.0 if p.phone.e164 else 0.5 for p in phones) / len(phones), 3)
        if phones
        else 0.0,
        "websites": round(min(0.9 * lines[w.line].confidence for w in websites), 3)
        if websites
        else 0.0,
        "address": round(0.6 * min(ln.confidence for ln in place), 3) if place else 0.0,
    }
    return Contact(
        source=source,
        card=card,
        name=name.text if name else None,
        given_name=given,
        family_name=family,
        name_alt=name.alt if name else None,
        title=title_text,
        company=company.text if company else None,
        emails=tuple(addresses),
        phones=tuple(p.phone for p in phones),
        websites=tuple(w.url for w in websites),
        address=address_mod.join_address(place),
        confidence=calibrated(confidence) if calibrate else confidence,
        engine=ocr.engine,
        text=ocr.text,
    )


# "E sean@…", "M: …": a one-letter label OCR glued onto the address's local part.
GLUED_LABEL_LETTERS = "eE"


def drop_glued_label_letter(address: str, name: str | None) -> str:
    """Rule: an address whose local part, without a leading "e", is a known shared mailbox
    ("ekontakt@") or agrees fully with the printed name ("esean.davies@" next to "Sean
    Davies") while the whole local part is neither, had the "E" label glued on; drop it."""
    local, _, domain = address.partition("@")
    if len(local) < 3 or local[0] not in GLUED_LABEL_LETTERS:
        return address
    bare = f"{local[1:]}@{domain}"
    if is_generic(bare) and not is_generic(address):
        return bare
    if name and email_agreement(name, [local[1:]]) == 1.0 > email_agreement(name, [local]):
        return bare
    return address


def extract_text(text: str, *, source: str = "-", region: str | None = None) -> Contact:
    """extract_contact on plain text: one line per text line, words on spaces, equal-
    height boxes.
    """
    lines = []
    for row, raw in enumerate(t for t in text.splitlines() if t.strip()):
        words = []
        x = 10
        for token in raw.split():
            width = 12 * len(token)
            words.append(Word(token, 1.0, Box(x, 10 + 30 * row, width, 20)))
            x += width + 12
        lines.append(Line(tuple(words)))
    ocr = OcrResult(engine="text", lines=tuple(lines), width=1000, height=30 * len(lines) + 20)
    return extract_contact(ocr, source=source, region=region)
