"""The company: the line (or block of lines) with the most evidence of naming an organisation.

Evidence, strongest first: a legal form (GmbH, Ltda., 株式会社), agreement with the
email's or website's domain (also over a logo split into stacked lines: "NVK" over "EXPRESSO"
↔ nvkexpresso.pt), a word saying what kind of business it is (Logistics, Clínica), and large
type. When nothing says "company", the largest block of a card without a person is its
business name; on a card with a person it must stand out in size and look like a brand.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, replace
from typing import NamedTuple

from cardscan.models import Box

from . import patterns as P
from .address_text import has_postcode, has_street_word
from .blocks import Group, rows, stacks
from .company_blocks import (
    in_full,
    in_main_script,
    logo_blocks,
    with_descriptor_below,
    with_form_above,
    with_fragment_below,
    with_its_name,
    with_logo_above,
    with_name_above,
    with_wrapped_rest,
)
from .company_forms import (
    describes_trade,
    has_business_word,
    is_fragment,
    names_a_parent,
    only_kind,
    with_brand_above,
)
from .company_joins import may_join
from .company_text import firm_text
from .domains import domain_agreement, firm_agreement
from .lexicon import fold, has_cjk, has_legal_form
from .lines import CardLine, list_items, main_script_is_cjk
from .name_parts import given_names, is_degree_line, without_honorifics
from .name_text import latin_name_shape
from .titles import has_title_word, is_slogan, names_a_department
from .weights import Candidate, weights_for

# Evidence for joining rows into one block (_adds_evidence): not the choice's weights,
# which are fitted (weights.py), but how much each kind of evidence counts when a block is
# compared with its own rows.
LEGAL_FORM = 4.0
DOMAIN = 3.0
MAILBOX = 2.0
BUSINESS_WORD = 1.5
EXACT_DOMAIN = 1.0
MAX_CHARS = 80


@dataclass(frozen=True)
class CompanyChoice:
    indices: tuple[int, ...]
    text: str
    score: float
    confidence: float  # the OCR's confidence in the lines used


def _ampersand_name(text: str) -> bool:
    """ "Harbor Boats & Fishing Gear", "Smith & Jones": capitalised words either side of "&"."""
    left, sep, right = text.partition("&")
    return bool(sep) and left.strip()[-1:].isalpha() and right.strip()[:1].isupper()


# A firm's name holds numbers ("3M", "1-800-Flowers", "99 Ranch Market") but not more
# digits than letters and this many digits or more: such a row is a number whose label OCR
# misread ("电机：(0755号) 86783386").
MIN_NUMBER_DIGITS = 6
# A row over the firm's name of this many words or more is a phrase, not a logo's word or two.
MIN_PHRASE_WORDS = 3


def _a_number_row(text: str) -> bool:
    """Rule: a row of MIN_NUMBER_DIGITS digits or more and more digits than letters is a
    number, not a firm's name."""
    digits = sum(ch.isdigit() for ch in text)
    return digits >= MIN_NUMBER_DIGITS and digits > sum(ch.isalpha() for ch in text)


def usable_group(group: Group, excluded: set[int]) -> bool:
    text = group.text
    return (
        not excluded.intersection(group.indices)
        and len(text) <= MAX_CHARS
        and "@" not in text
        and sum(ch.isalpha() for ch in text) >= 2
        and not _a_number_row(text)
        and not any(is_degree_line(line.rest) for line in group.lines)
        and not any(_title_like(line.rest) for line in group.lines)
        and not any(names_a_parent(line.rest) for line in group.lines)
        and not any(P.OPENING_HOURS.search(line.rest) for line in group.lines)
    )


def _mailbox_agreement(text: str, mailboxes: list[str]) -> float:
    """Agreement with a free-mail local part, unless the text starts with a given name and
    names no business or legal form (a person's gmail says nothing about a company; "Jai
    Bharat Travels" opens with a given name but is a firm). An honorific before the name
    ("Adv. Nicholas Sankaran") does not hide it."""
    words = without_honorifics(text).split()
    if not mailboxes:
        return 0.0
    firm = has_business_word(text) or has_legal_form(text)
    if words and fold(words[0]) in given_names() and not firm:
        return 0.0
    handles = [m for m in mailboxes if firm or not _spells_words(m, words)]
    return max((domain_agreement(text, m) for m in handles), default=0.0)


def _spells_words(mailbox: str, words: list[str]) -> bool:
    """The mailbox is the words joined by dots, dashes or underscores ("brijesh.kota" for
    "BRIJESH KOTA"): how a person, not a firm, names a mailbox."""
    parts = [p for p in P.MAILBOX_SEPARATOR.split(mailbox.casefold()) if p]
    return len(parts) >= 2 and parts == [fold(w) for w in words]


def _domain_score(text: str, labels: list[str]) -> float:
    return max((firm_agreement(text, label) for label in labels), default=0.0)


def company_features(
    group: Group, labels: list[str], mailboxes: list[str], ctx: CompanyContext
) -> dict[str, float]:
    """What speaks for and against a row or block being the company's name (weights.py):
    a legal form, agreement with the email's or website's domain or a free-mail mailbox, a
    business word, type size; a title, values or many words on it speak against."""
    text = group.text
    found = _group_evidence(group, labels, mailboxes)
    ratio = group.height / ctx.median if ctx.median else 1.0
    return {
        "legal": float(found.legal),
        "domain": found.domain,
        "domain_exact": float(found.domain == 1.0),
        "mailbox": found.mailbox,
        "business": float(found.business),
        "size_big": float(ratio >= 1.3),
        "size_mid": float(1.1 <= ratio < 1.3),
        "size": max(-1.5, min(1.5, math.log2(ratio))) if ratio > 0 else 0.0,
        "tallest": float(group.height >= ctx.tallest),
        "title_like": float(not found.legal and any(_title_like(ln.rest) for ln in group.lines)),
        "long": float(len(text.split()) > 7 and not found.legal),
        "only_kind": float(only_kind(text)),
        "values": float(any(line.had_values for line in group.lines)),
        "weak": float(not found.strong),
        "rows": float(group.rows - 1),
        "words": float(len(text.split())),
        "cjk": float(has_cjk(text)),
        "main_script": float(has_cjk(text) == ctx.cjk_card),
        "top": 1 - min(ln.index for ln in group.lines) / max(ctx.line_count, 1),
        "all_caps": float(text.isupper()),
        "slogan": float(is_slogan(text)),
        "person_like": float(_person_like(text)),
        "address_like": float(has_postcode(text) or has_street_word(text)),
        "digits": float(any(ch.isdigit() for ch in text)),
        "list_like": float(any(len(P.LIST_SEPARATOR.findall(ln.text)) >= 2 for ln in group.lines)),
    }


def _person_like(text: str) -> bool:
    """Name-shaped and starting with a known given name ("Maria Santos"), with no word saying
    what kind of business it is: "Raju Electricals", "Maria Lopes Boutique" are shops named
    after their owner."""
    words = text.split()
    return (
        bool(words)
        and fold(words[0]) in given_names()
        and latin_name_shape(text)
        and not has_business_word(text)
    )


@dataclass(frozen=True)
class CompanyContext:
    """What the company's candidates are compared with: the card's type sizes and script."""

    median: float
    tallest: int
    line_count: int
    cjk_card: bool


class _Evidence(NamedTuple):
    legal: bool
    domain: float
    mailbox: float
    business: bool

    @property
    def score(self) -> float:
        score = LEGAL_FORM * self.legal + DOMAIN * self.domain
        score += EXACT_DOMAIN * (self.domain == 1.0) + MAILBOX * self.mailbox
        return score + BUSINESS_WORD * self.business

    @property
    def strong(self) -> bool:
        """More than type size says "company"."""
        return self.legal or self.domain >= 0.6 or self.mailbox >= 0.7 or self.business


def _evidence(text: str, labels: list[str], mailboxes: list[str], domain: float = 0.0) -> _Evidence:
    """What the words say; ``domain`` is agreement already known from the text's rows."""
    # A maker's legal name on a trade line is not the card's firm's (a group's line never
    # gets here: usable_group).
    trade = describes_trade(text)
    legal = has_legal_form(text) and not trade
    domain = max(domain, _domain_score(text, labels))
    mailbox = _mailbox_agreement(text, mailboxes) if not legal and not domain else 0.0
    business = has_business_word(text) and not (trade or names_a_department(text))
    return _Evidence(legal, domain, mailbox, business)


def _group_evidence(group: Group, labels: list[str], mailboxes: list[str]) -> _Evidence:
    """A block inherits the domain agreement of its rows ("VELTRA" ↔ veltra.com over "IT
    Solutions")."""
    rows_domain = max(_domain_score(ln.rest, labels) for ln in group.lines)
    return _evidence(group.text, labels, mailboxes, rows_domain)


def join_features(group: Group, labels: list[str], mailboxes: list[str]) -> dict[str, float]:
    """How rows joined into one block compare with each row alone: more evidence as a whole
    ("ZX" over "freight" ↔ zxfreight.com), a row that is only a kind of business ("Trattoria"
    over "Bella Vista"), a slogan row; for a single row, whether it is a fragment that
    cannot stand alone ("& Logistics L.L.C.", "Private Limited")."""
    if group.rows == 1:
        return {"fragment": float(is_fragment(group.text))}
    alone = [_evidence(ln.rest, labels, mailboxes).score for ln in group.lines]
    whole = _group_evidence(group, labels, mailboxes).score
    kind_row = any(only_kind(ln.rest) for ln in group.lines)
    gain = whole > max(alone)
    return {
        "join_gain": float(gain),
        "join_kind": float(kind_row and whole >= max(alone)),
        "join_weak": float(not gain and not (kind_row and whole >= max(alone))),
        "join_slogan": float(any(is_slogan(ln.rest) for ln in group.lines)),
        "join_fragment": float(is_fragment(group.lines[-1].rest)),
    }


def _title_like(text: str) -> bool:
    """A job title, unless the title word is also the kind of business and all the line
    says ("DESPACHANTE" over the agency's name)."""
    return has_title_word(text) and not has_legal_form(text) and not only_kind(text)


def _single(line: CardLine) -> Group:
    box = line.box or _NO_BOX
    return Group((line,), line.rest, box, 1, box)


def may_name_a_firm(line: CardLine, items: frozenset[int] = frozenset()) -> bool:
    """Rule: an item of a list (``items``, :func:`lines.list_items`: "» Mobile repairs") is
    what the firm offers, and a slogan ("Your one stop shop", "まごころ込めて") speaks to the
    reader; neither names the firm, alone or as a row of its name. Nor does a line of
    degrees, which may also be a logo's initials ("MA" beside "Marlow Analytics AG"): left
    out of the rows, it no longer takes the firm's name on its row down with it."""
    rest = line.rest
    return (
        bool(rest) and line.index not in items and not is_slogan(rest) and not is_degree_line(rest)
    )


def _groups(lines: list[CardLine], excluded: set[int]) -> list[Group]:
    """Rows and stacked blocks of the lines still free (:func:`may_name_a_firm`); lines
    without a box stand alone."""
    items = list_items(lines)
    free = [ln for ln in lines if ln.index not in excluded and may_name_a_firm(ln, items)]
    alone = [_single(ln) for ln in free if ln.box is None]
    return alone + stacks(rows(free), max_ratio=5.0)


_NO_BOX = Box(0, 0, 0, 0)


def _logo_candidates(groups: list[Group], lines: list[CardLine], excluded: set[int]) -> list[Group]:
    """Logo blocks (company_blocks.logo_blocks) to score with the rows, when no row gives the
    firm's legal name: printed, that is its name. They are scored, not grown into: the rules
    after the choice see the rows only."""
    if any(has_legal_form(g.text) and usable_group(g, excluded) for g in groups):
        return []
    return logo_blocks(groups, lines)


def pick_company(
    lines: list[CardLine],
    labels: list[str],
    mailboxes: list[str],
    excluded: set[int],
    record: list[Candidate] | None = None,
    locals_: list[str] | None = None,
) -> CompanyChoice | None:
    """The row or block scored highest by :func:`company_features` and the fitted weights
    (weights.py), or None when none scores above 0; each candidate is appended to
    ``record`` when one is given (bench/fit_weights.py). ``locals_`` are the card's emails'
    local parts (no row they spell as a name joins a block)."""
    heights = [ln.height for ln in lines if ln.height > 0 and ln.rest]
    ctx = CompanyContext(
        median=statistics.median(heights) if heights else 0.0,
        tallest=max(heights, default=0),
        line_count=len(lines),
        cjk_card=main_script_is_cjk(lines),
    )
    model = weights_for("company")
    scored: list[tuple[float, Group, float]] = []
    every: list[Group] = []
    groups = _groups(lines, excluded)
    logos = _logo_candidates(groups, lines, excluded)
    logo_rows = {g.indices for g in logos}
    for group in map(_without_founding, [*groups, *logos]):
        if not usable_group(group, excluded) or not may_join(group, lines, locals_ or [], labels):
            continue
        features = company_features(group, labels, mailboxes, ctx)
        features.update(join_features(group, labels, mailboxes))
        if record is not None:
            record.append(Candidate(group.text, group.indices, features))
        if group.indices not in logo_rows:
            every.append(group)
        score = model.score(features)
        if score >= 0:
            scored.append((score, group, model.probability(features)))
    if not scored:
        return None
    _, group, probability = with_its_name(max(scored, key=lambda s: s[0]), scored)
    group = with_name_above(with_fragment_below(with_wrapped_rest(group, every), every), every)
    group = with_form_above(group, every)
    group = with_descriptor_below(with_logo_above(group, every, lines), every, lines, labels)
    group = _without_unspelled_row_above(group, every, labels, mailboxes)
    group = in_full(in_main_script(group, every, ctx.cjk_card), every)
    if group.rows == 1 and len(group.lines) == 1 and has_legal_form(group.text):
        line = with_brand_above(group.lines[0], lines, excluded)
        if line is not group.lines[0]:
            return CompanyChoice(
                (line.index - 1, line.index), line.rest, probability, line.confidence
            )
    return choice_of(probability, group)


def _without_unspelled_row_above(
    group: Group, every: list[Group], labels: list[str], mailboxes: list[str]
) -> Group:
    """Rule: of a block of two rows, the lower row alone when the card's domain or free-mail
    mailbox agrees with it better than with the block and with nothing of the upper row
    ("BIEN PLUS SIMPLE" over "Plomberie Morand", mailbox plomberiemorand@…): the address
    names the firm, and a row over it that it does not touch and that names no kind of firm
    is a slogan or a mark, not a logo the descriptor belongs to ("SOLMEN" over "Property
    Services", solmen.com, stays). When the domain spells the lower row and the block
    alike (words skipped: "Auto Mecânica Sales" ↔ autosales), an upper row of
    MIN_PHRASE_WORDS words or more ("FEITO COM CARINHO") is a phrase, left out too; a
    logo's word or two stays."""
    if group.rows != 2 or len(group.lines) != 2:
        return group
    upper, lower = group.lines

    def agreement(text: str) -> float:
        return max(_domain_score(text, labels), _mailbox_agreement(text, mailboxes))

    if has_business_word(upper.rest) or has_legal_form(upper.rest):
        return group  # "Группа компаний" over «АтлантПром»: the firm's own kind
    lower_agrees, block_agrees = agreement(lower.rest), agreement(group.text)
    if agreement(upper.rest) > 0.0 or lower_agrees == 0.0 or lower_agrees < block_agrees:
        return group
    if lower_agrees == block_agrees and len(upper.rest.split()) < MIN_PHRASE_WORDS:
        return group
    return next((g for g in every if g.indices == (lower.index,)), group)


def choice_of(score: float, group: Group) -> CompanyChoice:
    """The chosen group as the company, its text given as the firm's name
    (company_text.firm_text)."""
    return CompanyChoice(group.indices, firm_text(group.text), score, group.confidence)


def _without_founding(group: Group) -> Group:
    """The group judged without "since 1968" after the name: the year is not part of it and
    would make the name look long and numeric."""
    text = P.FOUNDED.sub("", group.text)
    return group if text == group.text or not text.strip() else replace(group, text=text)
