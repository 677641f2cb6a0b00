"""The person's name: short capitalised lines scored by evidence, never invented."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from . import address_patterns as AP
from . import patterns as P
from .blocks import lines_apart, rows, stacked, stacks
from .domains import domain_agreement
from .lexicon import fold, has_cjk, romanised
from .lines import CardLine, line_after, list_items, main_script_is_cjk
from .name_cjk import cjk_name_shape
from .name_email import email_agreement, spelled_by_email
from .name_evidence import full_cyrillic_name, initials_first, known_family_name, person_evidence
from .name_owner import OWNER_SCORE, lone_owner, only_kind
from .name_parts import (
    given_names,
    name_words,
)
from .name_repairs import repair_name_text
from .name_text import (
    candidate_text,
    capitalisation,
    labelled_by_neighbour,
    latin_name_shape,
    lone_word,
    strip_name_text,
    two_script_name,
)
from .name_twins import leading_cjk_name
from .non_names import is_non_name
from .titles import has_title_word
from .weights import Candidate, weights_for


@dataclass(frozen=True)
class NameChoice:
    line: CardLine  # the (first) line the name is printed on
    text: str  # as printed
    score: float  # 0..1
    indices: tuple[int, ...] = ()  # every line the name uses (a name set over two lines)
    alt: str | None = None  # the same name printed in a second script
    alt_lines: tuple[int, ...] = ()  # the lines ``alt`` is printed on, when apart from the name

    @property
    def used(self) -> tuple[int, ...]:
        return self.indices or (self.line.index,)

    @property
    def block(self) -> tuple[int, ...]:
        """Every line printing the name, in either script."""
        return tuple(sorted({*self.used, *self.alt_lines}))

    @property
    def remainder(self) -> str:
        """What the name line holds besides the name ("Maria Santos, Gerente" → "Gerente"),
        in the line as the name was read from it when OCR slips were undone there
        ("Dr.Ilse WarnkeProkuristin") or its words glued ("AnaLima-Gerente")."""
        rest, name = self.line.rest, self.text
        if name not in rest:
            rest = repair_name_text(rest)
        if name not in rest:
            name = "".join(name.split())  # read glued: "ElviraCarrillo-Jefe de Proyecto"
        if name not in rest:
            return ""
        left = AP.ADDRESS_JOINER_STRIP.sub("", rest.replace(name, "", 1)).strip(" ,|/–—-")
        return left.lstrip(". ")  # the stop after the name ("Lidia Marsh. Gerente")


def name_features(
    line: CardLine, text: str, indices: tuple[int, ...], ctx: _Context
) -> dict[str, float]:
    """What speaks for and against a candidate being the person's name (see weights.py):
    agreement with an email's local part, a title line next to it, known given and family
    names, capitals, type size and place on the card, likeness to the company's domain."""
    agreement = email_agreement(text, ctx.locals)
    distance = min((lines_apart(ctx.lines, line.index, t) for t in ctx.title_lines), default=99)
    words = name_words(text)
    given = bool(words) and fold(romanised(words[0])) in ctx.given_names
    family = known_family_name(text, words)
    cjk = has_cjk(text)
    ratio = line.height / ctx.median_height if ctx.median_height and line.height else 1.0
    taller = ratio >= 1.2
    domain = max((domain_agreement(text, label) for label in ctx.domain_labels), default=0.0)
    initials = initials_first(text)
    patronymic = full_cyrillic_name(words)
    evidence = (
        agreement >= 0.5 or distance <= 2 or given or family or taller or initials or patronymic
    )
    return {
        "email": agreement,
        "title_same": float(distance == 0),
        "title_next": float(distance == 1),
        "title_near": float(distance == 2),
        "given": float(given),
        "family": float(family),
        "caps": 0.0 if cjk else max(capitalisation(text), -1.0),
        "all_caps": float(not cjk and text.isupper()),
        "cjk": float(cjk),
        "taller": float(taller),
        "shorter": float(ratio < 1.0),
        "size": max(-1.5, min(1.5, math.log2(ratio))) if ratio > 0 else 0.0,
        "top": 1 - line.index / max(ctx.line_count, 1),
        "domain": float(domain >= 0.6),
        "words": float(len(words)),
        "two_lines": float(len(indices) > 1),
        "one_word": float(len(words) == 1 and not cjk),
        "shared_line": float(bool(line.rest.strip()) and text != strip_name_text(line.rest)),
        "no_evidence": float(not evidence),
        "labelled": float(
            bool(P.PERSON_LABEL.match(line.rest)) or labelled_by_neighbour(line, ctx.lines)
        ),
        "company_elsewhere": float(ctx.company_found),
        "latin_on_cjk_card": float(ctx.cjk_card and not cjk),
        "initials": float(initials),
        "patronymic": float(patronymic),
        "card_has_title": float(bool(ctx.title_lines)),
        "shop_hours": float(ctx.shop_hours),
        "kind_nearby": float(
            any(
                only_kind(ctx.lines, i) and i not in ctx.taken
                for i in (line.index - 1, indices[-1] + 1)
            )
        ),
    }


# The score of a name a label presents ("Ask for Maria"): accepted, but below a name that
# more speaks for.
LABELLED_SCORE = 0.1


def _one_capitalised_word(text: str) -> bool:
    word = text.strip()
    return " " not in word and word.isalpha() and len(word) >= 3 and word[0].isupper()


@dataclass(frozen=True)
class _Context:
    lines: list[CardLine]
    shop_hours: bool
    locals: list[str]
    title_lines: list[int]
    domain_labels: list[str]
    median_height: float
    line_count: int
    given_names: frozenset[str]
    company_found: bool = False
    cjk_card: bool = False  # lines.main_script_is_cjk
    # Lines already given to the address or the company: a kind of business among them is
    # that company's, not a sign that a line beside it names the business.
    taken: frozenset[int] = frozenset()


def pick_name(
    lines: list[CardLine],
    emails: list[str],
    title_lines: list[int],
    domain_labels: list[str],
    excluded: set[int],
    record: list[Candidate] | None = None,
    *,
    company_found: bool = False,
) -> NameChoice | None:
    """The best-scoring name candidate with real evidence, or None (company-only cards).

    Candidates are single lines and names set in large type over two lines ("ALEXANDRA" /
    "KOWALCZYK"), scored by :func:`name_features` and the fitted weights (weights.py); each
    is appended to ``record`` when one is given (bench/fit_weights.py). A name printed in two
    scripts is given in the card's main script, the other one in ``alt``.
    """
    heights = [ln.height for ln in lines if ln.height > 0]
    ctx = _Context(
        lines=lines,
        shop_hours=any(P.OPENING_HOURS.search(ln.text) for ln in lines),
        locals=[e.partition("@")[0] for e in emails],
        title_lines=title_lines,
        domain_labels=domain_labels,
        median_height=statistics.median(heights) if heights else 0.0,
        line_count=len(lines),
        given_names=given_names(),
        company_found=company_found,
        cjk_card=main_script_is_cjk(lines),
        taken=frozenset(excluded),
    )
    model = weights_for("name")
    scored: list[tuple[float, NameChoice, dict[str, float]]] = []
    for line, text, indices in _candidates(lines, excluded, ctx, title_lines):
        features = name_features(line, text, indices, ctx)
        if not person_evidence(features):
            continue
        score = model.score(features)
        if features["labelled"]:  # "Ask for Maria": the card says who the person is
            score = max(score, LABELLED_SCORE)
        elif (features["given"] or features["family"]) and spelled_by_email(text, ctx.locals):
            score = max(score, LABELLED_SCORE)  # so does an email spelling the whole name
        elif features["patronymic"] or features["initials"]:
            score = max(score, LABELLED_SCORE)
        if record is not None:
            record.append(Candidate(text, indices, features))
        if score >= 0:
            choice = NameChoice(line, text, model.probability(features), indices)
            scored.append((score, choice, features))
    if not scored:
        owner = lone_owner(lines, ctx.taken, domain_labels, ctx.locals) if company_found else None
        return None if owner is None else NameChoice(owner, owner.rest.strip(), OWNER_SCORE)
    return in_main_script(
        _completed_by_email(_backed_over_unbacked(scored), scored), lines, excluded
    )


# An email agreeing at least this much (email_agreement: a first or last name alone) with a
# known name backs it.
EMAIL_BACKING = 0.8


def _backed_over_unbacked(scored: list[tuple[float, NameChoice, dict[str, float]]]) -> NameChoice:
    """Rule: a candidate the card labels as its person ("Contact: Ishwar", "Ask for Maria")
    outranks every other. Rule: the best-scoring candidate, unless nothing backs it (no
    known given name or surname, no agreement with an email: a brand set large over the
    title) while another candidate holds a known name that an email spells: the email says
    who the person is.
    Rule: a Latin candidate an email spells in full (given and family name) printed with a
    title beside it outranks one in Latin letters that no email agrees with and that opens
    with no known given name, whatever else speaks for it ("HECHO A MANO" set large ends in
    a word that is also a surname). A name in CJK is left to its own evidence: its Latin
    twin is the one an email spells."""
    labelled = [s for s in scored if s[2]["labelled"]]
    if labelled:  # "Contact: Ishwar" under "Shiv Mobile Care": the card says who it is
        return max(labelled, key=lambda s: s[0])[1]
    best = max(scored, key=lambda s: s[0])
    features = best[2]
    if not (features["email"] or features["given"] or features["cjk"]):
        spelled = [s for s in scored if _spelled_beside_title(s[2])]
        if spelled:
            return max(spelled, key=lambda s: s[0])[1]
    if features["given"] or features["family"] or features["email"]:
        return best[1]
    backed = [
        s for s in scored if s[2]["email"] >= EMAIL_BACKING and (s[2]["given"] or s[2]["family"])
    ]
    return max(backed, key=lambda s: s[0])[1] if backed else best[1]


def _spelled_beside_title(features: dict[str, float]) -> bool:
    """An email spells the candidate in full and a title is printed on its row or the next."""
    titled = features["title_same"] or features["title_next"]
    return features["email"] >= 1.0 and not features["cjk"] and bool(titled)


def _completed_by_email(
    chosen: NameChoice, scored: list[tuple[float, NameChoice, dict[str, float]]]
) -> NameChoice:
    """Rule: a chosen name that is part of a longer candidate (its line and the piece printed
    beside or under it: "Xiti V" + "Brahmbhatt") gives way to that candidate when an email
    spells the longer one in full (email_agreement 1.0) and not the part."""
    if any(c is chosen and f["email"] >= 1.0 for _, c, f in scored):
        return chosen
    part = set(chosen.indices)
    fuller = [c for _, c, f in scored if f["email"] >= 1.0 and part < set(c.indices)]
    return fuller[0] if fuller else chosen


# How far apart (× the type height) two words of one name may be printed and still be read as
# one row: letter-spaced or justified names come as separate detections with wide gaps.
NAME_WORD_GAP = 2.5


def _candidates(lines: list[CardLine], excluded: set[int], ctx: _Context, title_lines: list[int]):
    """(first line, text, line indices) of every name-shaped single line or two-line name;
    a line opening with a list bullet ("• Rações") is an item of what a shop offers."""
    items = list_items(lines)
    lines = [ln for ln in lines if ln.index not in items]
    for line in lines:
        if line.index in excluded:
            continue
        text = candidate_text(line, ctx.locals, ctx.domain_labels)
        if text is None and _one_capitalised_word(line.rest) and labelled_by_neighbour(line, lines):
            text = line.rest.strip()  # "Ask for" / "Balendra": the label says it is a name
        if text is None and lone_word(line.rest) and _titled_below(line, lines, title_lines):
            text = line.rest.strip()  # "Advika" / "Owner": the title says whose card it is
        if text is not None:
            yield line, text, (line.index,)
    free = [ln for ln in lines if ln.index not in excluded and ln.rest and ln.box is not None]
    for group in stacks(rows(free, max_gap=NAME_WORD_GAP), max_rows=2, max_ratio=1.3):
        if len(group.lines) < 2 or any(len(ln.rest.split()) > 2 for ln in group.lines):
            continue  # one line is a candidate on its own; longer lines are not name pieces
        text = strip_name_text(group.text)
        if not has_cjk(text) and latin_name_shape(text) and not is_non_name(text):
            yield group.lines[0], text, group.indices


def _titled_below(line: CardLine, lines: list[CardLine], title_lines: list[int]) -> bool:
    """Rule: the line read next is a title printed right under this one (a given name alone
    over "Owner" or "Proprietor"): a one-word line so placed names the person even when the
    name is missing from the given-name lists."""
    below = line_after(line.index, lines)
    if below is None or below.index not in title_lines:
        return False
    if line.box is None or below.box is None:
        return True
    return stacked(line.box, below.box, max_ratio=3.0)


def in_main_script(choice: NameChoice, lines: list[CardLine], excluded: set[int]) -> NameChoice:
    """The chosen name, or its twin printed in the other script on the line just above or
    below when that script is the card's main one (山田 太郎 / TARO YAMADA); the other
    spelling goes to ``alt``."""
    both = two_script_name(choice.line.rest)
    if both is not None and choice.text == both[0]:
        cjk, latin = both
        if main_script_is_cjk(lines):
            return NameChoice(choice.line, cjk, choice.score, choice.indices, alt=latin)
        return NameChoice(choice.line, latin, choice.score, choice.indices, alt=cjk)
    found = _script_twin(choice, lines, excluded)
    if found is None:
        return choice
    twin, text = found
    if _twin_is_primary(twin, choice.line, has_cjk(text) == main_script_is_cjk(lines)):
        return NameChoice(
            twin, text, choice.score, (twin.index,), alt=choice.text, alt_lines=choice.used
        )
    return NameChoice(
        choice.line, choice.text, choice.score, choice.indices, alt=text, alt_lines=(twin.index,)
    )


# A CJK name printed this many times larger than its Latin twin is the card's primary
# spelling, whatever script the rest of the card is mostly in.
TWIN_PRIMACY = 1.25


def _twin_is_primary(twin: CardLine, chosen: CardLine, twin_in_main_script: bool) -> bool:
    """Rule: of a name printed in two scripts, the one in the card's main script; but a CJK
    name set TWIN_PRIMACY times larger than its Latin twin is the card's own ("이유진" over a
    small "Lee Yujin" on a card whose firm's English name takes most of it): a card printing
    its person's name largest in Hangul or Han is a Korean or Chinese card. A Latin name set
    larger stays the main script's call (the labels' convention)."""
    cjk_twin = has_cjk(twin.rest)
    bigger, smaller = (twin, chosen) if cjk_twin else (chosen, twin)
    if bigger.height >= TWIN_PRIMACY * smaller.height:
        return cjk_twin
    return twin_in_main_script


def _script_twin(
    choice: NameChoice, lines: list[CardLine], excluded: set[int]
) -> tuple[CardLine, str] | None:
    """A name-shaped line in the other script within two lines of the chosen name, with
    nothing but a title between them, and the name it holds (:func:`leading_cjk_name`)."""
    cjk = has_cjk(choice.text)
    first, last = choice.used[0], choice.used[-1]
    for index in (first - 1, last + 1, first - 2, last + 2):
        if not 0 <= index < len(lines) or index in excluded:
            continue
        between = range(min(index, first) + 1, max(index, last))
        if any(i not in choice.used and not has_title_word(lines[i].rest) for i in between):
            continue
        text = lines[index].rest.strip()
        if cjk and latin_name_shape(text) and not is_non_name(text):
            return lines[index], text
        if not cjk and cjk_name_shape(text) and not is_non_name(text):
            return lines[index], text
        leading = None if cjk else leading_cjk_name(text, choice.text)
        if leading is not None:
            return lines[index], leading
    return None
