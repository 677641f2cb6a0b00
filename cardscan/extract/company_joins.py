"""Which rows printed over one another may be one firm's name (company.py scores them):
none a person's, a title's department, a part of the firm, a value line, or a closed name."""

from __future__ import annotations

from collections.abc import Sequence

from . import patterns as P
from .blocks import Group, gap_between
from .company_forms import describes_trade, has_business_word, names_a_parent
from .domains import domain_agreement
from .lexicon import fold, has_cjk, has_legal_form, matcher
from .lines import CardLine
from .name_email import spelled_by_email
from .name_evidence import full_cyrillic_name
from .name_parts import given_names, is_known_name_word
from .name_text import labelled_by_neighbour, latin_name_shape
from .titles import (
    has_title_word,
    is_slogan,
    names_a_department,
    names_a_unit,
    names_only_a_department,
)

# Lines further apart than this many line heights belong to different blocks of the card.
NEAR_GAP = 2.0


def may_join(
    group: Group, lines: list[CardLine], locals_: list[str], labels: Sequence[str] = ()
) -> bool:
    """Rows can be one company's name only when no row is a title, a value line or a
    person's name (``locals_``: the card's emails' local parts; a row the card's domain
    ``labels`` spell is the firm's, not a person's) or a department printed
    next to a title (:func:`names_a_department`: "Sales & Marketing" under "Manager", over
    the firm's name), the rows added are short, their legal form aside ("Zänker GmbH & Co.
    KG" under "Schuchhardt &"; a long line under a logo spells it out rather than continues
    it), all rows are in one script (CJK or not) and no row but the
    last ends in a legal form (which closes a name)."""
    if group.rows == 1:
        return True
    parts = group.lines
    if any(
        _not_joinable(ln, lines, locals_, labels) or _titled_department(ln, lines) for ln in parts
    ):
        return False
    if any(_ends_in_a_unit(ln.rest) or _cjk_department(ln.rest) for ln in parts):
        return False
    if any(len(_without_legal_form(ln.rest).split()) > 4 for ln in parts[1:]):
        return False
    if any(_another_firms_line(ln.rest) for ln in parts[1:]):
        return False
    if len({has_cjk(ln.rest) for ln in parts}) > 1:
        return False  # "HANBIT ELECTRONICS" over "한빛전자": one name in two scripts, not one name
    return not any(_ends_in_legal_form(ln.rest) for ln in parts[:-1])


def _without_legal_form(text: str) -> str:
    return matcher("legal_forms").sub(" ", text)


def _another_firms_line(text: str) -> bool:
    """A line saying what the firm does or whose it is ("Authorised Dealer: Hartwell Motors
    Ltd.", "A unit of …"), whose legal form is a maker's or a parent's."""
    return describes_trade(text) or names_a_parent(text)


def _not_joinable(
    line: CardLine, lines: list[CardLine], locals_: list[str], labels: Sequence[str] = ()
) -> bool:
    """A row that cannot be part of a company's name: a value line, a long line or a
    person's name (name-shaped with no business word or closing legal form, as "Sai
    Logistics" and "Aparecida EIRELI" are a firm's; and
    :func:`_name_words_known` with a title printed next to it, or spelled by an email's
    local part: a card without a title still names its person; or a full name with a
    patronymic, name_evidence.full_cyrillic_name). Title rows never reach here
    (:func:`usable_group`)."""
    text = line.rest
    words = text.split()
    person = full_cyrillic_name(words) or (
        bool(words)
        and latin_name_shape(text)
        and not has_business_word(text)
        and not _ends_in_legal_form(text)
        and (
            (_name_words_known(words) and _next_to_title(line, lines))
            or spelled_by_email(text, locals_)
        )
        and not any(domain_agreement(text, label) >= 1.0 for label in labels)
    )
    labelled = bool(P.PERSON_LABEL.match(text)) or labelled_by_neighbour(line, lines)
    return line.had_values or len(words) > 6 or person or labelled


def _name_words_known(words: list[str]) -> bool:
    """A known given name opens the row, or a known name ends it ("Velorin Raman")."""
    return fold(words[0]) in given_names() or is_known_name_word(words[-1])


def _ends_in_a_unit(text: str) -> bool:
    """Rule: a row ending in a noun naming a part of the firm ("Health Care Systems
    Department", "Network Division") names that part, not a line of the firm's name; one
    opening with it ("Department of Health") may name a public body, so only the end counts."""
    return names_a_unit(text) and not matcher("department_units").match(text)


def _cjk_department(text: str) -> bool:
    """Rule: a CJK row ending in a department's suffix ("国际贸易部", "해외영업팀") names a
    part of the firm wherever it is printed: under a name set large, it is that person's
    department, not a row of the firm's name (titles.names_only_a_department)."""
    return has_cjk(text) and names_only_a_department(text)


def _titled_department(line: CardLine, lines: list[CardLine]) -> bool:
    """A department next to a title line: the title's, not a word of a logo ("VELMEN" over
    "LEGAL" is a firm and its trade)."""
    return names_a_department(line.rest) and _next_to_title(line, lines)


def _next_to_title(line: CardLine, lines: list[CardLine]) -> bool:
    """A title line is read right before or after this one and printed near it: a title
    across the card (another block read next) says nothing about this line, nor does a
    slogan's title word ("Your partner in growth")."""
    return any(
        has_title_word(o.rest) and not is_slogan(o.rest) and _near(line, o)
        for o in lines
        if abs(o.index - line.index) == 1
    )


def _near(line: CardLine, other: CardLine) -> bool:
    """The two lines are printed at most NEAR_GAP of the taller one's height apart
    (vertically); lines without boxes (text input) are as near as their order says."""
    a, b = line.box, other.box
    if a is None or b is None:
        return True
    return gap_between(a, b) <= NEAR_GAP * max(a.h, b.h)


def _ends_in_legal_form(text: str) -> bool:
    words = text.split()
    return bool(words) and has_legal_form(words[-1])
