"""The card as the field extractors see it: lines with already-read values taken out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from string import ascii_letters

from cardscan.models import Box

from . import address_patterns as AP
from . import patterns as P
from .lexicon import has_cjk, is_cjk_char, load, load_pairs
from .name_parts import is_known_name_word


@dataclass(frozen=True)
class CardLine:
    index: int  # position on the card, top first
    text: str  # as printed
    rest: str  # what is left once emails, phones and websites are removed and labels stripped
    height: int  # font-size proxy (Line.height)
    confidence: float
    had_values: bool  # an email, phone or website was read on this line
    box: Box | None = None  # where it is printed (None for plain text without layout)


# Full-width forms of ASCII (U+FF01–U+FF5E) and the ideographic space, as engines trained on
# CJK text sometimes give Latin letters, digits and signs ("Ｓeｒvices", "Tel：").
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def list_items(lines: list[CardLine]) -> frozenset[int]:
    """Rule: the lines that are items of a list, what a shop offers: those opened by a
    bullet (P.LIST_ITEM), and those opened by a dash or an asterisk and a space
    (P.DASH_ITEM) or by a CJK middle dot (P.MIDDLE_DOT_ITEM) when at least MIN_DASH_ITEMS
    lines are: alone, such a dash is as often what OCR made of a logo's mark or a rule before
    the firm's name, and such a dot a mark beside a name ("ㆍ 김영일"). Where such a list is,
    a line opened by a dash glued to its first letter (P.GLUED_DASH_ITEM: "-Managed IT") is
    an item whose space the OCR lost, and counts towards MIN_DASH_ITEMS beside one item
    read with its space ("-커트" over "- 염색")."""
    dashed = [
        ln.index for ln in lines if P.DASH_ITEM.match(ln.text) or P.MIDDLE_DOT_ITEM.match(ln.text)
    ]
    bullets = [ln.index for ln in lines if P.LIST_ITEM.match(ln.text)]
    glued = [ln.index for ln in lines if P.GLUED_DASH_ITEM.match(ln.text)]
    if not dashed or len(dashed) + len(glued) < MIN_DASH_ITEMS:
        return frozenset(bullets)
    items = frozenset(bullets + dashed + glued)
    return items | _between_items(lines, items)


# A list has two items at least.
MIN_DASH_ITEMS = 2
# Items of one list are set in one type size: a line this much taller or smaller than the
# items around it is no item.
ITEM_HEIGHT_RATIO = 1.3


def _between_items(lines: list[CardLine], items: frozenset[int]) -> frozenset[int]:
    """Rule: a line read between two items of a list, in their type size, is an item whose
    bullet OCR lost ("- Side dishes" / "Lunch boxes" / "- Holiday orders")."""
    by_index = {ln.index: ln for ln in lines}
    found = set()
    for ln in lines:
        around = [by_index.get(ln.index - 1), by_index.get(ln.index + 1)]
        if ln.index in items or any(o is None or o.index not in items for o in around):
            continue
        if all(_same_size(ln, o) for o in around if o is not None):
            found.add(ln.index)
    return frozenset(found)


def _same_size(a: CardLine, b: CardLine) -> bool:
    if not a.height or not b.height:
        return True  # text without boxes: its order is all there is
    return 1 / ITEM_HEIGHT_RATIO <= a.height / b.height <= ITEM_HEIGHT_RATIO


def half_width(text: str) -> str:
    """Rule: full-width letters, digits and signs are read as their ASCII forms, one character
    for one, so positions in the text stay where they were."""
    return text.translate(_HALF_WIDTH)


@cache
def _cyrillic_lookalikes() -> dict[int, str]:
    return {ord(key): value for key, value in load_pairs("cyrillic_lookalikes")}


def cyrillic_read_back(text: str) -> str:
    """Rule: a word holding a Greek letter or the product sign among Latin or Cyrillic
    letters ("ΦaKC", "OΓPH", "«Πporpecc»", "∏H-∏T") is Cyrillic read by a model that has
    none, so its look-alike letters (data/cyrillic_lookalikes.txt) are read back as
    Cyrillic, one character for one; a word of Greek letters only is Greek and stays."""
    return P.NON_SPACE.sub(_word_read_back, text)


def _word_read_back(found: re.Match[str]) -> str:
    word = found.group()
    if not P.GREEK_SIGN.search(word) or not P.NON_GREEK_LETTER.search(word):
        return word
    return word.translate(_cyrillic_lookalikes())


# A card whose words (values aside) hold this many times more Cyrillic letters than Latin
# ones is written in Cyrillic.
CYRILLIC_CARD_RATIO = 2.0
# Shorter look-alike words ("OK", "TV") are as often Latin.
MIN_LOOKALIKE_LETTERS = 3


@cache
def _latin_lookalikes() -> tuple[dict[int, str], re.Pattern[str]]:
    """The Latin letters of data/cyrillic_lookalikes.txt as a translation table to the
    Cyrillic ones they stand for, and the pattern of a word made only of them."""
    table = {k: v for k, v in _cyrillic_lookalikes().items() if chr(k) in ascii_letters}
    letters = "".join(map(chr, table))
    return table, P.lookalike_word(letters, MIN_LOOKALIKE_LETTERS)


# Word lists whose Latin words a Cyrillic card prints in Latin too ("CEO", "MOB", "MBA").
LATIN_WORD_LISTS = ("titles", "phone_labels", "department_words", "honorifics", "company_words")


@cache
def _latin_words() -> frozenset[str]:
    return frozenset(
        word.casefold()
        for name in LATIN_WORD_LISTS
        for entry in load(name)
        for word in P.LETTER_RUN.findall(entry)
        if word.isascii()
    )


def latin_read_back(texts: list[str]) -> list[str]:
    """Rule: on a card written in Cyrillic (CYRILLIC_CARD_RATIO), a word of
    MIN_LOOKALIKE_LETTERS or more letters that are all Latin look-alikes of Cyrillic ones
    ("BEKTOP", "TexHO") is Cyrillic read by a model that has none (ВЕКТОР, ТехНО), and is
    read back one character for one, as is one small look-alike with a full stop, an
    abbreviation ("r. Camapa" for "г. Самара"); emails, websites, words with other letters
    and the Latin words of LATIN_WORD_LISTS ("CEO", "MOB") stay."""
    words = [w for text in texts for w in text.split() if not P.VALUE_TOKEN.search(w)]
    cyrillic = sum(bool(P.CYRILLIC_LETTER.match(ch)) for w in words for ch in w)
    latin = sum(ch.isascii() and ch.isalpha() for w in words for ch in w)
    if not cyrillic or cyrillic < CYRILLIC_CARD_RATIO * latin:
        return texts
    table, word = _latin_lookalikes()

    def read_back(found: re.Match[str]) -> str:
        latin = found.group()
        return latin if latin.casefold() in _latin_words() else latin.translate(table)

    return [word.sub(read_back, text) for text in texts]


def line_after(index: int, lines: list[CardLine]) -> CardLine | None:
    """The line read right after the one at ``index``, if any."""
    return next((ln for ln in lines if ln.index == index + 1), None)


def line_before(index: int, lines: list[CardLine]) -> CardLine | None:
    """The line read right before the one at ``index``, if any."""
    return next((ln for ln in lines if ln.index == index - 1), None)


def strip_labels(text: str) -> str:
    """Drop field labels ("Tel:", "E-mail:"), icons before them (P.LEADING_ICONS) and
    leftover separators around a value."""
    previous = None
    text = text.strip()
    while previous != text:
        previous = text
        text = P.LEADING_ICONS.sub("", text)
        text = P.LEADING_LABEL.sub("", text)
        text = AP.ADDRESS_JOINER_STRIP.sub("", text)
    return P.WHITESPACE.sub(" ", text).strip()


def clean_rest(masked: str) -> str:
    """What remains of a line after its values were blanked: labels and dangling separators
    gone. A slash, bar or bullet between two remaining words stays ("Toimitusjohtaja / CEO",
    "Sales Manager | Plant 4"): it tells two fields on one line apart (titles.job_part)."""
    parts = P.FIELD_SEPARATOR.split(masked)
    separators = [m.group(0) for m in P.FIELD_SEPARATOR.finditer(masked)]
    out: list[str] = []
    for index, piece in enumerate(parts):
        piece = strip_labels(P.TRAILING_LABEL.sub("", piece))
        if not piece or not any(ch.isalnum() for ch in piece) or _only_labels(piece):
            continue
        if out:
            sep = separators[index - 1]
            out.append(" / " if "/" in sep else " | " if P.FIELD_BAR.fullmatch(sep) else " ")
        out.append(piece)
    return "".join(out)


def _only_labels(piece: str) -> bool:
    """A piece that is just leftover labels ("TEL FAX", "E-mail", "HP", "Telp") once the
    values were removed; the phone labels of data/phone_labels.txt count."""
    words = [w.strip(".:：") for w in piece.split()]
    if has_cjk(piece) and _is_label("".join(words)):
        return True  # a CJK label OCR read with a space inside ("대표 전화")
    return all(_is_label(w) for w in words if w)


# Labels of the person's and the firm's own fields: printed bare on a line ("COMPANY NAME",
# a template's placeholder, in the firm's type), they are the text, not a leftover label.
FIELD_NAME_LABELS = frozenset(
    {
        "name", "nome", "nombre", "title", "cargo", "company", "empresa", "firma", "firm",
        "designation", "desig.", "desig", "position", "organisation", "organization",
    }
)  # fmt: skip


def _is_label(word: str) -> bool:
    if word.casefold() in _phone_label_words():
        return True
    if word.casefold() in FIELD_NAME_LABELS:
        return False
    return bool(P.LEADING_LABEL.match(word + ":")) and not P.LEADING_LABEL.sub("", word + ":")


@cache
def _phone_label_words() -> frozenset[str]:
    """Every phone label, and each word of the labels of several words ("Hand Phone")."""
    words = set()
    for _, label in load_pairs("phone_labels"):
        words.add(label.casefold().strip("."))
        words.update(w.casefold().strip(".") for w in label.split())
    return frozenset(w for w in words if w)


def with_label_before(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Rule: a short word and a colon right before a value ("Celt: 512-…", "Tcl: …") is the
    value's label even when OCR misread it out of every label list, so it leaves the line
    with its value and is not read as the end of a name or a firm; a known name is the
    person's ("Ravi Patel : 98450 …", as cards listing two people print them). A short word
    and a full stop opening the line before the value is its label too ("Ten. +7 …")."""
    found = P.SHORT_LABEL_BEFORE.search(text, 0, span[0]) or P.OPENING_LABEL_BEFORE.search(
        text, 0, span[0]
    )
    if found is None or is_known_name_word(P.LETTER_RUN.findall(found.group())[0]):
        return span
    return (found.start(), span[1])


# A CJK character says about as much as this many Latin letters: a romanised syllable takes
# about three ("대한화학" is "Daehan"-"Chemical"), a translated title or firm word more
# ("상무" is "Managing Director", "物産" "Trading Co."), so a card printing everything in
# both scripts, its Latin side a translation, counts as a CJK card. Six rather than four
# (twelfth session): bilingual Korean cards set a Latin logo large and translate the name,
# title and firm, and at four their Latin side outweighed the Hangul one (rendered ko_9
# company 0.73 → 0.77, nothing changed on dev or seven other sets).
CJK_CHAR_LETTERS = 6


def main_script_is_cjk(lines: list[CardLine]) -> bool:
    """Most of what the card says (values aside) is written in Han, kana or Hangul, each CJK
    character counting as CJK_CHAR_LETTERS Latin letters and every character as large as it
    is printed (its line's height): a card printing everything in both scripts is a CJK card,
    and so is one setting its firm and name large in CJK over a small, wordier Latin side."""
    cjk = sum(max(ln.height, 1) * is_cjk_char(ch) for ln in lines for ch in ln.rest)
    latin = sum(
        max(ln.height, 1) * (ch.isascii() and ch.isalpha()) for ln in lines for ch in ln.rest
    )
    return CJK_CHAR_LETTERS * cjk > latin
