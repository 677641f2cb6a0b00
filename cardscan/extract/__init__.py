"""Turn the OCR text of one business card into a Contact.

Order matters: emails, websites and phones are read first and blanked out of
their lines, so the name/title/company/address rules only see what is left.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cardscan.models import Box, Contact, Line, OcrResult, Word

from . import address as address_mod
from . import patterns as P
from .address_text import join_address
from .brand import pick_brand
from .company import CompanyChoice, pick_company
from .company_forms import chinese_name_closed
from .company_text import mark_read_as_ju
from .confidence import REVIEW_BELOW
from .confidence import calibrate as calibrated
from .domains import is_free_mail, main_label, respelled_by_domain
from .email_glued import emails_glued_to_hosts, with_spaced_start
from .email_labels import drop_glued_label_letter, with_icon_letter_back
from .email_shape import misread_signs
from .emails import FoundEmail, find_emails, is_generic, order_emails
from .han_forms import card_variety, han_forms_repaired
from .lexicon import edit_distance, fold, misread_of
from .line_repairs import repaired_line
from .lines import (
    CardLine,
    clean_rest,
    cyrillic_read_back,
    half_width,
    latin_read_back,
    with_label_before,
)
from .name_cjk import without_leading_cjk_name
from .name_email import persons_mailbox, unbacked
from .name_parts import name_words, split_name, without_honorifics
from .names import NameChoice, pick_name
from .phones import FoundPhone, find_phones
from .region import infer_region, regions_named
from .shared_lines import firm_on_address_line, shared_line
from .textmap import mask
from .title_place import PLACED_TITLE_SCORE, title_after_name, title_by_place
from .title_text import title_of
from .titles import (
    TitleChoice,
    has_title_word,
    is_title_line,
    pick_title,
)
from .websites import FoundWebsite, agreed_spellings, find_websites, host_of
from .weights import Candidate
from .wrapped import tails as title_tails
from .wrapped import wrapped_head

# Besides extraction itself, what the later stages use (drafts, review, output): they import
# this package, never its modules (tests/test_layers.py).
__all__ = [
    "REVIEW_BELOW",
    "Values",
    "calibrated",
    "countries_named",
    "edit_distance",
    "extract_contact",
    "extract_text",
    "find_emails",
    "find_phones",
    "find_websites",
    "fold",
    "host_of",
    "is_generic",
    "main_label",
    "misread_of",
    "misread_signs",
    "name_words",
    "pick_fields",
    "read_values",
    "split_name",
    "unbacked",
    "without_honorifics",
]


@dataclass(frozen=True)
class Values:
    """What a card holds that validates on its own: emails, websites, phones, and the card's
    lines with those values blanked out (what the other fields are picked from)."""

    emails: list[FoundEmail]
    websites: list[FoundWebsite]
    phones: list[FoundPhone]
    lines: list[CardLine]
    hosts: list[str]
    region: str
    variety: str | None = None  # han_forms.card_variety: "ja", "hant" or None


@dataclass(frozen=True)
class People:
    """The fields chosen among candidates: address lines, company, name and title."""

    place: list[CardLine]
    company: CompanyChoice | None
    name: NameChoice | None
    title: TitleChoice | None
    title_text: str | None


def extract_contact(
    ocr: OcrResult,
    *,
    source: str,
    card: int = 0,
    region: str | None = None,
    calibrate: bool = True,
    record: dict[str, list[Candidate]] | None = None,
) -> Contact:
    """Every Contact field read from one card's OCR result.

    ``calibrate=False`` leaves the raw per-field scores in ``confidence`` (bench/calibrate.py
    fits the calibration table on them); ``record`` collects every name, company and title
    candidate with its features (bench/fit_weights.py fits the weights on them).
    """
    values = read_values(ocr, region)
    chosen = pick_fields(values, record)
    name = chosen.name
    texts = [line.text for line in values.lines]
    values = replace(
        values,
        emails=[with_spaced_start(e, texts[e.line], name and name.text) for e in values.emails],
    )
    given, family = split_name(name.text, values.region) if name else (None, None)
    mail, sites = agreed_spellings(
        [(e.address, values.lines[e.line].confidence) for e in values.emails],
        [(w.url, values.lines[w.line].confidence) for w in values.websites],
    )
    capital = {e.address for e in values.emails if e.capital_label}
    found = [
        drop_glued_label_letter(a, name.text if name else None, capital=a in capital) for a in mail
    ]
    addresses = order_emails(list(dict.fromkeys(found)), name.text if name else None)
    confidence = raw_confidence(values, chosen)
    if calibrate:
        confidence = placed_title_kept(calibrated(confidence), confidence, chosen.title)
    return Contact(
        source=source,
        card=card,
        name=name.text if name else None,
        given_name=given,
        family_name=family,
        name_alt=name.alt if name else None,
        title=chosen.title_text,
        company=chosen.company.text if chosen.company else None,
        emails=tuple(addresses),
        phones=tuple(p.phone for p in values.phones),
        websites=tuple(sites),
        address=join_address(chosen.place),
        confidence=confidence,
        engine=ocr.engine,
        text=ocr.text,
    )


def placed_title_kept(
    confidence: dict[str, float], raw: dict[str, float], title: TitleChoice | None
) -> dict[str, float]:
    """A title found by its place alone keeps its raw score (its measured precision times the
    OCR's confidence): the calibration was fitted on titles that hold a job word."""
    if title is None or not title.placed:
        return confidence
    return {**confidence, "title": min(confidence["title"], raw["title"])}


def read_values(ocr: OcrResult, region: str | None) -> Values:
    """Emails, then websites, then phones (in the card's region, guessed when not given),
    each blanked out of its line before the next is looked for."""
    raw_lines = [line for line in ocr.lines if line.text.strip()]
    texts = _card_texts(raw_lines)
    emails, websites, spans = _emails_and_websites(texts)
    hosts = _hosts(emails, websites)
    phone_region = (region or infer_region(ocr.text, hosts)).upper()
    phones = find_phones([mask(t, s) for t, s in zip(texts, spans, strict=True)], phone_region)
    for phone in phones:
        spans[phone.line].append(phone.span)
    variety = card_variety(ocr.text, phone_region)
    spans = [[with_label_before(t, span) for span in s] for t, s in zip(texts, spans, strict=True)]
    lines = [
        CardLine(
            index=i,
            text=texts[i],
            rest=han_forms_repaired(
                repaired_line(clean_rest(mask(texts[i], spans[i])), texts[i]), variety
            ),
            height=line.height,
            confidence=line.confidence,
            had_values=bool(spans[i]),
            box=line.box,
        )
        for i, line in enumerate(raw_lines)
    ]
    return Values(emails, websites, phones, lines, hosts, phone_region, variety)


def _card_texts(lines: list[Line]) -> list[str]:
    """The lines' texts with look-alikes read back (full-width forms, Greek for Cyrillic)."""
    return latin_read_back([cyrillic_read_back(half_width(line.text)) for line in lines])


def _emails_and_websites(
    texts: list[str],
) -> tuple[list[FoundEmail], list[FoundWebsite], list[list[tuple[int, int]]]]:
    """The emails, then the websites in what they left, then emails whose "@" OCR lost
    glued to the card's own domain (email_glued.py: such a word is no website), and each
    line's spans of all."""
    spans: list[list[tuple[int, int]]] = [[] for _ in texts]
    emails = [with_icon_letter_back(e, texts) for e in find_emails(texts)]
    for email in emails:
        spans[email.line].append(email.span)
    masked = [mask(t, s) for t, s in zip(texts, spans, strict=True)]
    websites = find_websites(masked)
    known = {email.address for email in emails}
    glued = [
        e for e in emails_glued_to_hosts(masked, _hosts(emails, websites)) if e.address not in known
    ]
    for email in glued:
        spans[email.line].append(email.span)
    if glued:  # the glued word is no website: look again without it
        websites = find_websites([mask(t, s) for t, s in zip(texts, spans, strict=True)])
    for site in websites:
        spans[site.line].append(site.span)
    return emails + glued, websites, spans


def _hosts(emails: list[FoundEmail], websites: list[FoundWebsite]) -> list[str]:
    return [host_of(e.address) for e in emails] + [host_of(w.url) for w in websites]


def countries_named(ocr: OcrResult) -> frozenset[str]:
    """The countries a reading names (region.regions_named: its +CC numbers, its hosts'
    country-code domains, a country's name, its wording); the pipeline checks a script
    probe against them (engines.script_completion.ScriptCompleter). Only the emails and
    websites are looked for: the phones' region is not needed."""
    texts = _card_texts([line for line in ocr.lines if line.text.strip()])
    emails, websites, _ = _emails_and_websites(texts)
    return regions_named(ocr.text, _hosts(emails, websites))


def pick_fields(values: Values, record: dict[str, list[Candidate]] | None = None) -> People:
    """The address, then the company, the name and the title, each among the lines the
    earlier ones left; a card without company evidence may take its largest type as one."""
    lines = values.lines

    def log(field: str) -> list[Candidate] | None:
        return None if record is None else record.setdefault(field, [])

    place = address_mod.address_lines(lines, excluded=set())
    excluded = {ln.index for ln in place}
    # The second line of a title wrapped over two is the title's, not a firm's or a name.
    wrapped = {i: t for i, t in title_tails(lines).items() if t.index not in excluded}
    excluded |= {t.index for t in wrapped.values()}
    hosts = [h for h in values.hosts if not is_free_mail(h)]
    labels = [lbl for lbl in (main_label(h) for h in hosts) if lbl]
    rows = [ln.rest for ln in lines if ln.index not in excluded]
    free = [e.address.partition("@")[0] for e in values.emails if is_free_mail(host_of(e.address))]
    mailboxes = [m for m in free if not persons_mailbox(m, rows)]
    # The local parts that name a person when they spell a row: a free-mail one only when
    # split by dots or dashes ("shreeganesh@" is as often the shop's own as its owner's) or
    # spelling a given and a family name.
    locals_ = [
        local
        for local, host in (e.address.partition("@")[::2] for e in values.emails)
        if not is_free_mail(host) or P.MAILBOX_SEPARATOR.search(local) or local not in mailboxes
    ]
    company = pick_company(lines, labels, mailboxes, excluded, log("company"), locals_)
    if company is None and place:
        company, place = firm_on_address_line(place)
    elif company is not None:
        text = mark_read_as_ju(respelled_by_domain(company.text, labels), lines, labels)
        company = replace(company, text=text)
    if company is not None:
        excluded.update(company.indices)
    title_lines = [ln.index for ln in lines if ln.index not in excluded and is_title_line(ln)]
    emails = [e.address for e in values.emails]
    name = pick_name(
        lines, emails, title_lines, labels, excluded, log("name"), company_found=bool(company)
    )
    if name is not None:
        excluded.update(name.block)
    firm = company.indices if company else ()
    title = pick_title(lines, name.block if name else (), excluded, log("title"), firm)
    if company is None:
        company = pick_brand(lines, excluded, has_person=name is not None)
        if company is not None and title is not None and title.line.index in company.indices:
            title = None  # "DESPACHANTE" over the agency's name: the business, not a job
    beside = None
    if title is None and name is not None:
        beside = title_after_name(name.line, name.text, name.remainder)
    if beside is not None:
        title = TitleChoice(name.line, PLACED_TITLE_SCORE, placed=True)
    elif title is None and name is not None:
        taken = excluded | set(company.indices if company else ())
        title = title_by_place(
            lines,
            name.block,
            name.text,
            taken,
            firm_found=bool(company),
            firm=firm,
            firm_name=company.text if company else "",
            domains=tuple(labels),
        )
    title_text = title_of(beside or title.line.rest) if title else None
    # A job printed on the name's row is whole there; one on a line of its own may wrap.
    if beside is None and title is not None and title.line.index in wrapped:
        head = title.line.rest if title.line.had_values else title.line.text.strip()
        title_text = title_of(f"{head} {wrapped[title.line.index].rest}")
    elif beside is None and title is not None and title_text:
        taken = excluded | set(company.indices if company else ())
        first_half = wrapped_head(title.line, lines, taken)
        if first_half is not None:
            title_text = title_of(f"{first_half.rest} {title_text}")
    # "Maria Santos, Gerente" on one line: the title printed with the name is the person's,
    # before any other line holding a title word (a firm's "Immigration Consultant").
    if name and has_title_word(name.remainder):
        title_text = title_of(name.remainder)
    if title_text is not None:
        title_text = without_leading_cjk_name(title_text)
    company, title_text = shared_line(lines, company, title, title_text)
    if company is not None and values.variety != "ja":
        company = replace(company, text=chinese_name_closed(company.text))
    return People(place, company, name, title, title_text)


# How sure an email's reading is before its line's OCR confidence: read as printed, read
# after a repair of a misread sign, or rebuilt around a lost "@", which is a guess: its raw
# score is under the calibration table's lowest knot, so it is always shown for review.
EMAIL_READ, EMAIL_REPAIRED, EMAIL_REBUILT = 0.95, 0.7, 0.6


def _email_reading(email: FoundEmail) -> float:
    if email.rebuilt:
        return EMAIL_REBUILT
    return EMAIL_REPAIRED if email.repaired else EMAIL_READ


def raw_confidence(values: Values, chosen: People) -> dict[str, float]:
    """Per-field raw scores, before calibration (confidence.py): the chosen candidate's
    probability times the OCR's confidence in its line; for values, how sure their reading is."""
    lines = values.lines
    name, company, title = chosen.name, chosen.company, chosen.title
    title_score = title.score * title.line.confidence if title else 0.0
    return {
        "name": round(name.score * name.line.confidence, 3) if name else 0.0,
        "title": round(title_score, 3) if title else (0.5 if chosen.title_text else 0.0),
        "company": round(company.score * company.confidence, 3) if company else 0.0,
        "emails": round(
            min(_email_reading(e) * lines[e.line].confidence for e in values.emails),
            3,
        )
        if values.emails
        else 0.0,
        "phones": round(
            sum(1.0 if p.phone.e164 else 0.5 for p in values.phones) / len(values.phones), 3
        )
        if values.phones
        else 0.0,
        "websites": round(min(0.9 * lines[w.line].confidence for w in values.websites), 3)
        if values.websites
        else 0.0,
        "address": round(0.6 * min(ln.confidence for ln in chosen.place), 3)
        if chosen.place
        else 0.0,
    }


def text_reading(text: str) -> OcrResult:
    """An OcrResult for plain text: one line per text line, words on spaces, equal-height
    boxes (what the extraction tests and the weight fitting read made-up cards as)."""
    lines = []
    for row, raw in enumerate(t for t in text.splitlines() if t.strip()):
        words = []
        x = 10
        for token in raw.split():
            width = 12 * len(token)
            words.append(Word(token, 1.0, Box(x, 10 + 30 * row, width, 20)))
            x += width + 12
        lines.append(Line(tuple(words)))
    return OcrResult(engine="text", lines=tuple(lines), width=1000, height=30 * len(lines) + 20)


def extract_text(text: str, *, source: str = "-", region: str | None = None) -> Contact:
    """extract_contact on plain text (see :func:`text_reading`)."""
    return extract_contact(text_reading(text), source=source, region=region)
