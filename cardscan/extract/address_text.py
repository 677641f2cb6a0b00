"""The text of an address: what in a line's words says "address" (a postcode, a street word, a
country), and the address's lines as one line of text (labels dropped, lost spaces put back,
parts joined as the address's script writes them)."""

from __future__ import annotations

from functools import cache

from . import address_patterns as AP
from . import cjk_patterns as CJK
from . import patterns as P
from .lexicon import has_cjk, load_pairs, matcher
from .lines import CardLine

_POSTCODES = (
    AP.JP_POSTCODE,
    AP.JP_POSTCODE_BARE,
    AP.BR_CEP,
    AP.BR_CEP_BARE,
    AP.US_ZIP,
    AP.UK_POSTCODE,
    AP.UK_POSTCODE_MISREAD,
    AP.UK_POSTCODE_ZERO_AS_O,
    AP.EU_POSTCODE_CITY,
    AP.CA_POSTCODE,
    AP.IN_PIN,
    AP.IE_EIRCODE,
    AP.CYRILLIC_CITY_POSTCODE,
    AP.CYRILLIC_POSTCODE_CITY,
)


def has_postcode(text: str) -> bool:
    """A postcode in one of the shapes cards use (〒150-0002, 01310-100, NY 10001, SW1A 1AA, 10115
    Berlin).
    """
    text = AP.POSTAL_BOX.sub(" ", text)
    return any(p.search(text) for p in _POSTCODES)


def has_street_word(text: str) -> bool:
    """A street/building word (Street, Rua, Straße, Suite, 丁目 ...) or a numbered street
    start ("221B Baker"); "St." opening the line before a name is Saint, no street ("St.
    Xavier's College", while "St. Mary's Road" has its "Road").
    """
    return bool(
        any(not _saint_first(text, m.start()) for m in matcher("street_words").finditer(text))
        or CJK.JP_ADDRESS.search(text)
        or CJK.KR_ADDRESS.search(text)
    )


def _saint_first(text: str, at: int) -> bool:
    return not text[:at].strip() and bool(P.SAINT_FIRST.match(text, at))


def ends_with_country(text: str) -> bool:
    """A short line whose last comma-separated part is a country ("Tokyo 150-0002,
    Japan", "Germany")."""
    if len(text.split()) > 8:
        return False
    return only_country(text.rsplit(",", 1)[-1])


@cache
def _country_names() -> frozenset[str]:
    return frozenset(name.casefold() for _, name in load_pairs("countries"))


def only_country(text: str) -> bool:
    """The text is a country's name and nothing more ("Japan", "Korea.")."""
    return text.strip(" ,.").casefold() in _country_names()


def postcode_line(text: str) -> bool:
    """The line has a postcode (:func:`has_postcode`), a house number before its street's
    name not counted ("12055 Cedar Road", "4410 NW 55 Ave": a postcode before a city in
    EU_POSTCODE_CITY's shape)."""
    if not has_postcode(text):
        return False
    if not (AP.NUMBERED_STREET.match(text) and has_street_word(text)):
        return True
    return any(p.search(text) for p in _POSTCODES if p is not AP.EU_POSTCODE_CITY)


def _label_free(text: str) -> str:
    """Without the label opening it: "Address:", "公司地址：", or any short CJK label before
    a colon (CJK.LEADING_LABEL: "台北：", "門市：")."""
    return CJK.LEADING_LABEL.sub("", AP.ADDRESS_LABEL.sub("", text, count=1), count=1)


def tidy(part: str) -> str:
    """One address part with a leading office label dropped and the spaces OCR lost after
    commas, abbreviations and house numbers (before a dash or a street's name) put back; a
    bar or bullet the line's rest kept between its fields (lines.clean_rest) is a space; a
    British postcode read with lower-case letters is given in capitals ("Ls1 4ab"), and one
    whose inward zero was read as O given its zero ("WN7R OUB")."""
    part = _label_free(P.FIELD_BAR.sub(" ", part))
    part = AP.GLUED_COMMA.sub(", ", part)
    part = AP.GLUED_ABBREVIATION.sub(r"\1. ", part)
    part = AP.GLUED_NUMBER_DASH.sub(" - ", part)
    part = AP.GLUED_HOUSE_NUMBER.sub(r"\1 ", part)
    part = AP.UK_POSTCODE_MISREAD.sub(lambda found: found.group().upper(), part)
    part = AP.UK_POSTCODE_ZERO_AS_O.sub(r"\g<outward>0\g<letters>", part)
    return AP.ADDRESS_JOINER_STRIP.sub("", part)


def tidy_cjk(part: str, *, japanese: bool) -> str:
    """A part of a CJK address with its postcode mark read right and the space OCR lost after
    the postcode put back ("T150-0002東京都…" → "〒150-0002 東京都…", "407台中市…" → "407
    台中市…"); in a Japanese address also the space before the building's name, after the
    block number ("…13番8号北上野ハイツ918" → "…13番8号 北上野ハイツ918") or after the
    number of a building before it ("1-2-3サクラハイツ" → "1-2-3 サクラハイツ")."""
    mark = CJK.JP_POSTCODE_MARK.match(part)
    # A look-alike of the mark before NNN-NNNN is the mark in any CJK address: only Japan
    # writes its postcodes so.
    if mark and (japanese or mark.group().strip()):
        part = CJK.JP_POSTCODE_MARK.sub("〒", part, count=1)
    if not has_cjk(part):
        return part
    if japanese:
        part = CJK.JP_BUILDING_AFTER_BLOCK.sub(" ", part)
        part = CJK.JP_BUILDING_AFTER_NUMBER.sub(r"\1 ", part)
    return CJK.POSTCODE_THEN_CJK.sub(r"\1 ", part)


def tidy_korean(part: str) -> str:
    """A Korean address part with the spaces between its units put back where OCR of Hangul
    lost or moved them ("인천광역시부평구 인하로321-26" → "인천광역시 부평구 인하로 321-26"), a
    floor's 층 misread as 증 and a gap before a floor, room or road word undone ("10증 1011
    호" → "10층 1011호", "45 길" → "45길"); a floor and its room apart ("8층816호" → "8층
    816호"); a pin icon read before the province ("6 서울특별시 …") dropped."""
    if not (CJK.HANGUL_RUN.search(part) or CJK.KR_UNIT_NUMBER.search(part)):
        return part
    part = CJK.KR_ICON_BEFORE_PROVINCE.sub("", part)
    part = CJK.KR_GAP_BEFORE_UNIT.sub("", CJK.KR_FLOOR_MISREAD.sub("층", part))
    part = CJK.KR_AFTER_PROVINCE.sub(" ", CJK.KR_INNER_SPACE.sub("", part))
    words = [_units_apart(word) for word in part.split(" ")]
    return CJK.KR_MISSING_SPACE.sub(" ", " ".join(words))


def _units_apart(word: str) -> str:
    """A run of Hangul opening with a city or county, a district or a town (after one of
    those), cut after each."""
    units = []
    for unit in (CJK.KR_CITY, CJK.KR_DISTRICT):
        found = unit.match(word)
        if found:
            units.append(found.group())
            word = word[found.end() :]
    town = CJK.KR_TOWN.match(word) if units else None
    if town:
        units.append(town.group())
        word = word[town.end() :]
    return " ".join([*units, word])


def join_address(lines: list[CardLine]) -> str | None:
    """The address lines' text joined with ", ", or with a space when the address is written
    in CJK (a postcode line aside), as those addresses are (None when there is none)."""
    parts = [p for p in (tidy(ln.rest) for ln in lines) if p]
    if not parts:
        return None
    japanese = any(has_cjk(p) and CJK.JP_ADDRESS_TEXT.search(p) for p in parts)
    parts = [tidy_korean(tidy_cjk(p, japanese=japanese)) for p in parts]
    # A postcode on a line of its own counts as CJK next to a CJK address.
    cjk = all(has_cjk(p) or CJK.POSTCODE_ONLY.match(p) for p in parts) and any(map(has_cjk, parts))
    return (" " if cjk else ", ").join(parts)
