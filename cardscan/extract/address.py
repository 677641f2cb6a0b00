"""Postal address: lines with a postcode or a street word, joined into one line."""

from __future__ import annotations

from dataclasses import replace

from cardscan.models import Box

from . import address_patterns as AP
from . import cjk_patterns as CJK
from . import patterns as P
from .address_text import (
    ends_with_country,
    has_postcode,
    has_street_word,
    only_country,
    postcode_line,
)
from .blocks import stacked
from .lexicon import fold, has_cjk, has_legal_form
from .lines import CardLine
from .name_parts import cjk_surnames, given_names, surnames
from .titles import has_title_word, is_slogan


def is_address_line(line: CardLine) -> bool:
    """An address line: its remaining text has a postcode, a street word with a number,
    a Cyrillic city after its mark ("г. Москва"), or ends "City, Country".
    """
    rest = line.rest
    if not rest or not any(ch.isalpha() for ch in rest) or AP.CERTIFICATION.search(rest):
        return False
    if P.OPENING_HOURS.search(rest):
        return False  # "Seg. a Sex. 8h às 18h, Sáb. 8h às 12h": when, not where
    if has_postcode(rest) or ("," in rest and ends_with_country(rest)):
        return True
    if labelled_address(line.text) or landmark_led(rest) or AP.CYRILLIC_CITY_MARK.search(rest):
        return True
    # Street words alone are common in names ("Court", "Way"); a house number makes them an address.
    street = has_street_word(rest) or bool(AP.ROMANISED_UNIT.search(rest))
    return street and (any(ch.isdigit() for ch in rest) or has_cjk(rest))


def labelled_address(text: str) -> bool:
    """Rule: a line printed opening with an address label, its colon or the word "address" itself
    ("Address: Near Bus Stand, Main Road", "Add.: Civil Lines, Jaipur", "Adresse Rue de la
    Loi"), and two words or a comma after it, is an address whatever those words are: the
    card says so. "Office:", "Branch:" need their colon; a title is not an address."""
    after = _after_address_label(text)
    if not after:
        return False
    enough = "," in after or len(after.split()) >= 2
    return enough and "@" not in after and not has_title_word(after)


def bare_label(text: str) -> bool:
    """The line is an address label and nothing more ("Address:", "Adresse", "地址：")."""
    return _after_address_label(text) == ""


def _after_address_label(text: str) -> str | None:
    """What follows an address label opening the line, stripped ("" when nothing does), or
    None when no label says "address": its colon or the word itself (ADDRESS_WORD)."""
    found = AP.ADDRESS_LABEL.match(text)
    if found is None or not found.group().strip():
        return None
    label = found.group()
    if not (label.rstrip().endswith((":", "：")) or AP.ADDRESS_WORD.search(label)):
        return None
    return text[found.end() :].strip()


def landmark_led(text: str) -> bool:
    """Rule: a line opening with a landmark ("Near Bus Stand, Main Road", "Opp. Town Hall,
    Station Road") is an address line: Indian, Gulf and African addresses place a shop by a
    landmark where others give its number. A comma or a street word must follow the landmark,
    so a slogan's "Near you" is not one."""
    found = AP.LANDMARK_START.match(text)
    if found is None or is_slogan(text) or has_title_word(text):
        return False
    after = text[found.end() :]
    return "," in after or has_street_word(after)


def continues_address(text: str) -> bool:
    """Weaker signs that count only next to an address line: a country, a state code, a building or
    street name, a CJK floor or room number.
    """
    if AP.CERTIFICATION.search(text) or P.OPENING_HOURS.search(text):
        return False
    return bool(
        ends_with_country(text)
        or AP.STATE_SUFFIX.search(text)
        or AP.NUMBERED_STREET.match(text)
        or AP.STREET_THEN_NUMBER.match(text)
        or has_street_word(text)
        or bool(CJK.CJK_UNIT.search(text))
        or bool(AP.ROMANISED_UNIT.search(text) and ("," in text or any(c.isdigit() for c in text)))
    )


def address_lines(lines: list[CardLine], excluded: set[int]) -> list[CardLine]:
    """The card's main address: the first run of address lines, grown over neighbouring
    lines that continue them.

    A run ends where a label names the next address ("Hanoi Registration Address:",
    "Vietnam Office …"), so a second office is not glued on.
    """
    lines = [without_registry_ids(ln) for ln in lines]
    by_index = {ln.index: ln for ln in lines}
    picked = {
        ln.index
        for ln in lines
        if ln.index not in excluded and (is_address_line(ln) or _under_bare_label(ln, by_index))
    }
    if not picked:
        return []
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
            continues = continues_address(ln.rest) and not _title_without_number(ln.rest)
            continues = continues and not _firm_without_number(ln.rest)
            if (near and continues) or _postcode_by_cjk(ln, by_index, picked):
                picked.add(ln.index)
                grown = True
    run = _first_run([by_index[i] for i in sorted(picked)], by_index)
    run = in_one_script(_grow_in_block(run, lines, excluded))
    return _with_cjk_postcode(run, by_index, excluded)


def _with_cjk_postcode(
    run: list[CardLine], by_index: dict[int, CardLine], excluded: set[int]
) -> list[CardLine]:
    """The run with the Japanese postcode line printed next to it (:func:`_postcode_by_cjk`)
    once the block has grown: the postcode may sit over a building's line that only the
    block brought in ("〒150-0002" / "Sakura Bldg 3F" / "東京都…")."""
    taken = {ln.index for ln in run}
    extra = {
        i
        for i, ln in by_index.items()
        if i not in taken and i not in excluded and _postcode_by_cjk(ln, by_index, taken)
    }
    return run if not extra else [ln for i, ln in by_index.items() if i in taken | extra]


def _under_bare_label(line: CardLine, by_index: dict[int, CardLine]) -> bool:
    """Rule: the line right under a label standing alone ("Address:") opens the address,
    when it says nothing else (:func:`_plain`)."""
    above = by_index.get(line.index - 1)
    return above is not None and bare_label(above.text) and _plain(line)


def _script(text: str) -> str | None:
    """The script of a line: "cjk" for one with Han, kana or Hangul, "latin" for one with
    other letters only, None for one without letters (a postcode, its 〒 mark perhaps read
    as "T", a floor)."""
    text = CJK.JP_POSTCODE_MARK.sub("", text, count=1)
    if has_cjk(text):
        return "cjk"
    return "latin" if any(ch.isalpha() for ch in text) else None


def in_one_script(run: list[CardLine]) -> list[CardLine]:
    """Rule: an address printed in CJK and again in Latin letters (a bilingual card's
    translation, "台北市信義區松仁路100號" then "No. 100, Songren Rd., Taipei") is one address
    printed twice: the run keeps the lines in the script of its first line with letters, the
    lines without letters (a postcode, a floor) and a country's name ("Korea"), which is no
    translation."""
    scripts = [_script(ln.rest) for ln in run]
    first = next((s for s in scripts if s), None)
    return [
        ln
        for ln, s in zip(run, scripts, strict=True)
        if s in (first, None) or only_country(ln.rest)
    ]


def _postcode_by_cjk(line: CardLine, by_index: dict[int, CardLine], picked: set[int]) -> bool:
    """Rule: a Japanese postcode alone on its line, with its 〒 mark, the mark read as a
    look-alike ("T") or lost ("901-6557"), read next to a CJK address line or printed right
    over or under it is that address's postcode."""
    if not CJK.BARE_JP_POSTCODE.match(CJK.JP_POSTCODE_MARK.sub("", line.rest, count=1)):
        return False
    for index in picked:
        other = by_index[index]
        if not has_cjk(other.rest):
            continue
        if abs(index - line.index) == 1:
            return True
        a, b = line.box, other.box
        if a is not None and b is not None and (stacked(a, b) or stacked(b, a)):
            return True
    return False


def without_registry_ids(line: CardLine) -> CardLine:
    """The line without a registration or tax number ("…, SIRET 732 829 320 00074", "GSTIN:
    27AAAAA0000A1Z5") or a messenger handle ("QQ 12345678"): printed next to the address,
    it is not part of it."""
    rest = AP.MESSENGER_ID.sub("", AP.REGISTRY_ID.sub("", line.rest))
    return line if rest == line.rest else replace(line, rest=rest.strip())


# An address is rarely longer than this many printed lines.
MAX_ADDRESS_LINES = 4
# Lines of one typographic block: type within this ratio of the address lines' height.
BLOCK_HEIGHT_RATIO = 1.4
# A CJK line holding a floor or a room ("9 층", "1302室", "3階") may be read in a box of
# another height than the address over it (Tesseract's Hangul boxes vary): this ratio.
FLOOR_HEIGHT_RATIO = 2.0
# How far (share of its height) a line's box may reach into its neighbours' and still lie
# between them.
BETWEEN_OVERLAP = 0.25


def _grow_in_block(
    run: list[CardLine], lines: list[CardLine], excluded: set[int]
) -> list[CardLine]:
    """The run grown over the lines printed with it as one block (same type size, just above
    or below, sideways overlapping; see blocks.stacked) that say nothing else: a district
    or a building name between the street and the postcode line, a street line above the
    city line. A line with a value, a title, a legal form or a slogan ends the block; a line
    grown above the address must hold a digit or a comma (a street, not a heading)."""
    if not run or any(ln.box is None for ln in run):
        return run
    picked = {ln.index for ln in run}
    while len(picked) < MAX_ADDRESS_LINES:
        members = [ln for ln in lines if ln.index in picked]
        nxt = _next_in_block(members, lines, picked | excluded)
        if nxt is None:
            break
        picked.add(nxt.index)
    return [ln for ln in lines if ln.index in picked]


def _next_in_block(
    members: list[CardLine], lines: list[CardLine], taken: set[int]
) -> CardLine | None:
    top = min(members, key=lambda ln: ln.box.y)
    bottom = max(members, key=lambda ln: ln.box.bottom)
    height = max(ln.box.h for ln in members)
    for line in lines:
        if line.index in taken or line.box is None or not _plain(line):
            continue
        below_all = line.index > members[-1].index
        if _starts_another(members, line) if below_all else _second_postcode(members, line):
            continue
        ratio = FLOOR_HEIGHT_RATIO if CJK.CJK_UNIT.search(line.rest) else BLOCK_HEIGHT_RATIO
        if not 1 / ratio <= line.box.h / max(1, height) <= ratio:
            continue
        below = stacked(bottom.box, line.box, max_ratio=ratio)
        above = stacked(line.box, top.box, max_ratio=ratio)
        # Boxes of tightly set lines overlap a little: a line counts as between when it
        # reaches at most BETWEEN_OVERLAP of its height into the lines above and below.
        slack = BETWEEN_OVERLAP * line.box.h
        between = top.box.bottom - slack <= line.box.y and line.box.bottom <= bottom.box.y + slack
        between = between and any(_overlaps_sideways(line.box, m.box) for m in members)
        if below or between or (above and _street_like(line)):
            return line
        if above and _under_street(line, lines, taken):
            return line
    return None


def _street_like(line: CardLine) -> bool:
    return any(ch.isdigit() or ch == "," for ch in line.rest)


def _under_street(line: CardLine, lines: list[CardLine], taken: set[int]) -> bool:
    """Rule: a plain line without digits (a district: "Al Nahda") joins the address above
    it when a street-like line (a digit or a comma: "Shop 10") is printed right above it
    in the same block, which joins next."""
    return any(
        other.index not in taken
        and other.box is not None
        and _plain(other)
        and _street_like(other)
        and stacked(other.box, line.box, max_ratio=BLOCK_HEIGHT_RATIO)
        for other in lines
        if other is not line
    )


def _overlaps_sideways(a: Box, b: Box) -> bool:
    return min(a.right, b.right) > max(a.x, b.x)


def _plain(line: CardLine) -> bool:
    """A line that may continue an address: text left, no value, title, legal form or slogan."""
    rest = line.rest
    return bool(
        rest
        and not line.had_values
        and "@" not in rest
        and any(ch.isalpha() for ch in rest)
        and not has_title_word(rest)
        and not has_legal_form(rest)
        and not is_slogan(rest)
        and not AP.CERTIFICATION.search(rest)
        and not P.OPENING_HOURS.search(rest)
        and not AP.ADDRESS_LABEL.match(rest)
        and not looks_like_person(rest)
    )


def _title_without_number(text: str) -> bool:
    """A job title next to the address ("Advocate, High Court"): its street-like word
    ("Court") does not make it part of the address unless it carries a number."""
    return has_title_word(text) and not any(ch.isdigit() for ch in text)


def _firm_without_number(text: str) -> bool:
    """Rule: a line without a digit whose last word is a legal form is a firm's name
    ("Crescent Shipping & Logistics L.L.C."), whatever street word it holds ("Crescent");
    a county line opens with its "Co." ("Co. Cork") and may still continue an address."""
    words = text.split()
    return len(words) >= 2 and has_legal_form(words[-1]) and not any(c.isdigit() for c in text)


def looks_like_person(text: str) -> bool:
    """Rule: two or three capitalised words, a known given name then a known surname
    ("Ravi Shankar"), or a CJK family name, a space and a given name ("岡田 健吾", "김 민준"):
    a person printed under the address, not its next line."""
    if _spaced_cjk_name(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 3 or has_street_word(text):
        return False
    if not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    return fold(words[0]) in given_names() and fold(words[-1]) in surnames()


def _spaced_cjk_name(text: str) -> bool:
    words = text.split()
    return (
        len(words) == 2
        and bool(P.CJK_NAME.match(text))
        and words[0] in cjk_surnames()
        and not CJK.CJK_UNIT.search(text)
    )


def _first_run(found: list[CardLine], by_index: dict[int, CardLine]) -> list[CardLine]:
    """The first run of address lines holding a postcode, else the first run. Rule: a line
    with a value (a phone, an email) read between a line without a postcode and the next
    address line parts them into two runs: a stray line read as an address above the contact
    block ("Floor 9", a certification misread) is not the start of the address under it. A
    run holding its postcode keeps a line read after a phone (a building's name, on a photo
    whose lines came back out of order)."""
    runs = [[found[0]]]
    for line in found[1:]:
        run = runs[-1]
        between = [by_index[i] for i in range(run[-1].index + 1, line.index) if i in by_index]
        if any(AP.ADDRESS_LABEL.match(b.rest) for b in [*between, line]):
            break
        if _starts_another(run, line):
            break
        if any(b.had_values for b in between) and not any(postcode_line(r.rest) for r in run):
            runs.append([line])
        else:
            run.append(line)
    return next((r for r in runs if any(postcode_line(ln.rest) for ln in r)), runs[0])


def _starts_another(run: list[CardLine], line: CardLine) -> bool:
    """Rule: an address has one postcode, so a line with a postcode after one that had
    it starts a second address (another office); so does a numbered street after the
    postcode line of an address written in Latin letters street first ("12 High Street",
    "Leeds LS1 4AP", then "40 King Street"). Cyrillic and CJK addresses may put the
    postcode first and the street after it."""
    if postcode_line(line.rest):
        return _second_postcode(run, line)
    street_first = any(postcode_line(ln.rest) for ln in run[1:])
    latin = not any(has_cjk(ln.rest) or P.CYRILLIC_LETTER.search(ln.rest) for ln in run)
    numbered = has_street_word(line.rest) and any(ch.isdigit() for ch in line.rest)
    return street_first and latin and numbered


def _second_postcode(run: list[CardLine], line: CardLine) -> bool:
    return postcode_line(line.rest) and any(postcode_line(ln.rest) for ln in run)
