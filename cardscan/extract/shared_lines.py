"""Lines that print two fields: a title and the firm ("Marketing Director, Northwind Ltd."),
the firm and its address ("Northwind Ltd · 12 High Street")."""

from __future__ import annotations

from dataclasses import replace

from . import patterns as P
from .company import CompanyChoice
from .company_forms import firm_before_address
from .lines import CardLine
from .title_text import title_and_company, title_of
from .titles import TitleChoice

# The score of a firm's name found before the address on its line: read without rivals.
FIRM_ON_ADDRESS_SCORE = 0.5


def firm_on_address_line(
    place: list[CardLine],
) -> tuple[CompanyChoice | None, list[CardLine]]:
    """The firm's name printed before the address on the address's first line
    (company_forms.firm_before_address), and the address without it."""
    first = place[0]
    found = firm_before_address(first.rest)
    if found is None and not first.had_values:
        # as printed: the line's rest turned its "·" into a space (it keeps "|" and "•")
        found = firm_before_address(first.text.strip())
    if found is None:
        return None, place
    firm, rest = found[0], P.FIELD_SEPARATOR.sub(", ", found[1])
    company = CompanyChoice((first.index,), firm, FIRM_ON_ADDRESS_SCORE, first.confidence)
    return company, [replace(first, rest=rest), *place[1:]]


def shared_line(
    lines: list[CardLine],
    company: CompanyChoice | None,
    title: TitleChoice | None,
    title_text: str | None,
) -> tuple[CompanyChoice | None, str | None]:
    """The company and title text once a line printing both ("Marketing Director, Northwind
    Ltd.") is cut in two (title_text.title_and_company): the company line chosen whole, the
    title line chosen with no company found, or, with no title found, any line printing
    both (a card repeating its firm's name after the title: "Sales Manager | Northwind Ltd")."""
    if company is not None and len(company.indices) == 1:
        both = title_and_company(lines[company.indices[0]].text)
        if both is not None and (title_text is None or title_text == company.text):
            return replace(company, text=both[1]), title_of(both[0])
    if title is not None and (company is None or title.line.index in company.indices):
        both = title_and_company(title.line.text)
        if both is not None:
            index = title.line.index
            found = CompanyChoice((index,), both[1], title.score, title.line.confidence)
            return found, title_of(both[0])
    if title_text is None:
        pairs = (title_and_company(line.text) for line in lines)
        return company, next((title_of(both[0]) for both in pairs if both), None)
    return company, title_text
