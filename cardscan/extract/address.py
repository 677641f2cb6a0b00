"""Postal address: lines with a postcode or a street word, joined into one line."""

from __future__ import annotations

from . import patterns as P
from .card import CardLine
from .lexicon import has_cjk, load_pairs, matcher

_POSTCODES = (
    P.JP_POSTCODE,
    P.JP_POSTCODE_BARE,
    P.BR_CEP,
    P.US_ZIP,
    P.UK_POSTCODE,
    P.EU_POSTCODE_CITY,
    P.CA_POSTCODE,
    P.IN_PIN,
)


def has_postcode(text: str) -> bool:
    """A postcode in one of the shapes cards use (〒150-0002, 01310-100, NY 10001, SW1A 1AA, 10115
    Berlin).
    """
    return any(p.search(text) for p in _POSTCODES)


def has_street_word(text: str) -> bool:
    """A street/building word (Street, Rua, Straße, Suite, 丁目 ...) or a numbered street
    start ("221B Baker").
    """
    return bool(matcher("street_words").search(text)) or bool(P.JP_ADDRESS.search(text))


def ends_with_country(text: str) -> bool:
    """A short line whose last comma-separated part is a country ("Tokyo 150-0002,
    Japan", "Germany")."""
    if len(text.split()) > 8:
        return False
    last = text.rsplit(",", 1)[-1].strip(" ,.").casefold()
    return any(last == name.casefold() for _, name in load_pairs("countries"))


def is_address_line(line: CardLine) -> bool:
    """An address line: its remaining text has a postcode, a street word with a number,
    or ends "City, Country".
    """
    rest = line.rest
    if not rest or not any(ch.isalpha() for ch in rest) or P.CERTIFICATION.search(rest):
        return False
    if has_postcode(rest) or ("," in rest and ends_with_country(rest)):
        return True
    # Street words alone are common in names ("Court", "Way"); a house number makes them an address.
    return has_street_word(rest) and (any(ch.isdigit() for ch in rest) or has_cjk(rest))


def continues_address(text: str) -> bool:
    """Weaker signs that count only next to an address line: a country, a state code, a building or
    street name.
    """
    if P.CERTIFICATION.search(text):
        return False
    return bool(
        ends_with_country(text)
        or P.STATE_SUFFIX.search(text)
        or P.NUMBERED_STREET.match(text)
        or P.STREET_THEN_NUMBER.match(text)
        or has_street_word(text)
    )


def address_lines(lines: list[CardLine], excluded: set[int]) -> list[CardLine]:
    """The card's main address: the first run of address lines, grown over neighbouring
    lines that continue them.

    A run ends where a label names the next address ("Hanoi Registration Address:",
    "Vietnam Office …"), so a second office is not glued on.
    """
    picked = {ln.index for ln in lines if ln.index not in excluded and is_address_line(ln)}
    if not picked:
        return []
    by_index = {ln.index: ln for ln in lines}
    grown = True
    while grown:
        grown = False
        for ln in lines:
            if (
                ln.index in picked
                or ln.index in excluded
                or not ln.rest
                or ln.had_values
                and len(ln.rest) < 4
            ):
                continue
            near = (ln.index - 1) in picked or (ln.index + 1) in picked
            if near and continues_address(ln.rest):
                picked.add(ln.index)
                grown = True
    return _first_run([by_index[i] for i in sorted(picked)], by_index)


def _first_run(found: list[CardLine], by_index: dict[int, CardLine]) -> list[CardLine]:
    run = [found[0]]
    for line in found[1:]:
        between = [by_index[i] for i in range(run[-1].index + 1, line.index) if i in by_index]
        if any(P.ADDRESS_LABEL.match(b.rest) for b in [*between, line]):
            break
        run.append(line)
    return run


def _label_free(text: str) -> str:
    return P.ADDRESS_LABEL.sub("", text, count=1)


def tidy(part: str) -> str:
    """One address part with a leading office label dropped and the spaces OCR lost after
    commas, abbreviations and house numbers put back."""
    part = _label_free(part)
    part = P.GLUED_COMMA.sub(", ", part)
    part = P.GLUED_ABBREVIATION.sub(r"\1. ", part)
    part = P.GLUED_NUMBER_DASH.sub(" - ", part)
    return P.ADDRESS_JOINER_STRIP.sub("", part)


def join_address(lines: list[CardLine]) -> str | None:
    """The address lines' text joined with ", " (None when there is none)."""
    parts = [tidy(ln.rest) for ln in lines]
    parts = [p for p in parts if p]
    return ", ".join(parts) if parts else None
