"""How the chosen company is given: with the name a kind-of-business line describes, in the
card's main script, with a fragment row under it, the row over a bare "Trading LLC" or a
brand word above it, in full where a line prints it with its legal form. Also the word tests
those rules and the choice share."""

from __future__ import annotations

from functools import cache

from . import company_patterns as CP
from . import patterns as P
from .address_text import has_street_word
from .lexicon import fold, has_cjk, has_legal_form, load, matcher, spaced_like, split_into
from .lines import CardLine, list_items
from .titles import has_title_word


def has_business_word(text: str) -> bool:
    """The text says what kind of organisation it is (Solutions, Freight, Clínica ...), or
    is a Cyrillic line naming one in guillemets, as Russian and Ukrainian cards print a
    firm's own name ("Ремонт квартир «Орион»")."""
    if matcher("company_words").search(text):
        return True
    return bool(P.GUILLEMET_NAME.search(text) and P.CYRILLIC_LETTER.search(text))


# Capitals glued into one run shorter than this are too often one word to split; the
# vocabulary's words are at most LONGEST_BUSINESS_WORD letters long.
MIN_GLUED_CAPITALS = 10
LONGEST_BUSINESS_WORD = 16


@cache
def _business_vocabulary() -> frozenset[str]:
    """Every one-word Latin entry of the business words, folded ("consulting", "group")."""
    return frozenset(
        fold(entry)
        for entry in load("company_words")
        if " " not in entry and entry.isalpha() and not has_cjk(entry) and len(entry) >= 3
    )


def unglued_business_words(text: str) -> str:
    """Rule: a run of capitals that OCR read without the spaces of letter-spaced type
    ("CONSULTINGENGINEERS") and that splits wholly into two or more business words is
    given its spaces back ("CONSULTING ENGINEERS"); a run that is one known word stays."""
    out = text
    for run in reversed(list(P.LETTER_RUN.finditer(text))):
        letters = run.group()
        folded = fold(letters)
        if len(letters) < MIN_GLUED_CAPITALS or not letters.isupper():
            continue
        if len(folded) != len(letters) or folded in _business_vocabulary():
            continue
        pieces = split_into(folded, _business_vocabulary(), longest=LONGEST_BUSINESS_WORD)
        if pieces is not None and len(pieces) >= 2:
            out = out[: run.start()] + spaced_like(letters, pieces) + out[run.end() :]
    return out


# The longest piece OCR cuts off the start of a word with a space ("I ngeniería", "In
# mobiliaria": a narrow first letter set apart by the type's kerning).
MAX_CUT_PIECE = 2


def cut_business_word_closed(text: str) -> str:
    """Rule: a piece of one or two letters before a word is closed up with it when the two
    make one business word ("In mobiliaria" → "Inmobiliaria", "I ngeniería" → "Ingeniería");
    other short words stay apart ("LG Electronics", "A Tech")."""
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        piece = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        cut = 1 <= len(piece) <= MAX_CUT_PIECE and piece.isalpha() and nxt.isalpha()
        cased = nxt[:1].islower() or (piece.isupper() and nxt.isupper())
        if cut and cased and fold(piece + nxt) in _business_vocabulary():
            out.append(piece + nxt)
            i += 2
            continue
        out.append(piece)
        i += 1
    return " ".join(out)


# In a word of two pieces, the piece beside a business word or legal form must have this many
# letters for the word to be two words that lost their space ("Brightwave|Solutions"): a
# brand glues a short syllable to a kind of firm ("PolTech", "MotoCorp", "InfoTech").
MIN_WORD_PIECE = 6


def unglued_at_case_changes(text: str) -> str:
    """Rule: a word that changes case where OCR lost the spaces between words
    ("EletrônicaKAWANOLtda.", "SoftwareSolutions") is cut there when one of its pieces is
    a business word or a legal form and none is a single letter; brands that are one word
    in two cases ("PayPal", "LinkedIn") have no such piece and stay, and so do brands made
    of a short syllable and a kind of firm (MIN_WORD_PIECE: "PolTech", "MotoCorp")."""
    words = []
    for word in text.split(" "):
        pieces = P.CASE_CUT.split(word)
        glued = len(pieces) > 1 and all(len(p.strip(".,")) >= 2 for p in pieces)
        kinds = [has_business_word(p) or has_legal_form(p) for p in pieces]
        if glued and any(kinds) and not _brand(pieces, kinds):
            words.append(" ".join(pieces))
        else:
            words.append(word)
    return " ".join(words)


def _brand(pieces: list[str], kinds: list[bool]) -> bool:
    """Two pieces, one a kind of firm and the other shorter than MIN_WORD_PIECE letters."""
    others = [p for p, kind in zip(pieces, kinds, strict=True) if not kind]
    return len(pieces) == 2 and all(len(p.strip(".,")) < MIN_WORD_PIECE for p in others)


# Digits and Latin letters OCR reads in place of the Cyrillic ones of a legal form.
_FORM_LOOKALIKES = str.maketrans("0OA3", "ООАЗ")


def cyrillic_form_repaired(text: str) -> str:
    """Rule: a Russian legal form read with look-alike digits or Latin letters before a
    firm's name ("000 «Вектор»", "3AO «Альфа»") is given in Cyrillic ("ООО", "ЗАО")."""
    return P.CYRILLIC_FORM_MISREAD.sub(lambda m: m.group().translate(_FORM_LOOKALIKES), text)


def korean_form_repaired(text: str) -> str:
    """Rule: Korea's one-character legal form "㈜" read as the look-alike syllable 쥐 or 뛰 at
    the start of a Hangul word ("쥐삼정건설", "뛰한빛소프트") is given back ("㈜삼정건설"); 쥐
    ("mouse") opens no firm's name, and 뛰 ("run") only the verb's forms 뛰어…, 뛰놀…"""
    return P.KR_CORPORATION_MISREAD.sub("㈜", text)


def describes_trade(text: str) -> bool:
    """Rule: a line that says what the firm does ("Manufacturers & Exporters of Cotton Yarn",
    "Dealers in Electrical Goods", "Authorised Dealer: Hartwell Motors Ltd.") is no evidence
    of its name, whatever business words it holds; nor is a line of ways of trading alone
    ("Wholesale & Retail", CP.TRADE_MODES_LINE)."""
    return bool(CP.ACTIVITY_LINE.match(text) or CP.TRADE_MODES_LINE.match(text))


def names_a_parent(text: str) -> bool:
    """Rule: a line naming the group the firm belongs to ("A unit of Sharma Group", "Member
    of …", "Powered by …") names another firm than the card's."""
    return bool(CP.PARENT_LINE.match(text))


def is_fragment(text: str) -> bool:
    """A row that continues the one above: it opens with "&" or a lower-case word, or is
    nothing but a legal form."""
    words = text.split()
    if not words:
        return False
    bare = not any(ch.isalpha() for ch in matcher("legal_forms").sub("", text))
    return words[0] in ("&", "+") or words[0][0].islower() or (has_legal_form(text) and bare)


def only_kind(text: str) -> bool:
    """The text is nothing but a business word ("RESTAURANTE", "Trattoria")."""
    return has_business_word(text) and not any(
        ch.isalpha() for ch in matcher("company_words").sub("", text)
    )


def with_brand_above(line: CardLine, lines: list[CardLine], excluded: set[int]) -> CardLine:
    """Prepend a one-word brand printed just above the legal name ("TMS" / "Automotive GmbH",
    "Novagate" / "Logistique SA", "DAON" / "INDUSTRIAL CO., LTD.").

    Only when the legal-form line has one word besides its legal form (of one word or more),
    so it cannot stand on its own; an item of a list over it ("- Аудит") is what the firm
    offers, not its brand.
    """
    above = lines[line.index - 1] if line.index > 0 else None
    word = above.rest if above else ""
    if (
        above is None
        or has_cjk(line.rest)
        or above.index in excluded
        or above.index in list_items(lines)
        or len(P.LETTER_RUN.findall(matcher("legal_forms").sub(" ", line.rest))) > 1
        or " " in word
        or not (2 <= len(word) <= 12 and word[0].isupper() and word.isalpha())
        or has_title_word(word)
    ):
        return line
    return CardLine(
        line.index,
        line.text,
        f"{word} {line.rest}",
        line.height,
        line.confidence,
        line.had_values,
        line.box,
    )


# A logo's monogram: two to four capital letters.
MONOGRAM_LETTERS = (2, 4)


def without_monogram(text: str) -> str:
    """Rule: a first word of two to four capitals that are the initials of the words after
    it, in order ("OD Orro Dental Studio", "TD Torres & Dufour SARL"), is the logo's
    monogram, read on the name's row; it is not part of the name."""
    words = text.split()
    first = words[0] if words else ""
    shortest, longest = MONOGRAM_LETTERS
    if not shortest <= len(first) <= longest or not (first.isalpha() and first.isupper()):
        return text
    if has_legal_form(first):
        return text
    initials = "".join(w[0] for w in words[1:] if w[:1].isalpha())
    if len(words) - 1 < len(first) or initials[: len(first)].upper() != first:
        return text
    return text[len(first) :].lstrip()


# A firm's name before its address on one line has at most this many words.
MAX_FIRM_WORDS = 6


def firm_before_address(text: str) -> tuple[str, str] | None:
    """Rule: an address line whose first piece (CP.FIRM_ADDRESS_SEPARATOR) holds a legal form
    or a kind of business and no digit or street word ("Northwind Logistics Ltd · 12 High
    Street · London") prints the firm's name before its address: (firm, address). A legal
    form after a comma stays with its name ("Northwind, Inc., 12 Main St")."""
    for cut in CP.FIRM_ADDRESS_SEPARATOR.finditer(text):
        head, tail = text[: cut.start()].strip(), text[cut.end() :].strip()
        if not head or not tail or matcher("legal_forms").match(tail):
            continue
        if any(ch.isdigit() for ch in head) or len(head.split()) > MAX_FIRM_WORDS:
            return None
        if has_street_word(head) or not (has_legal_form(head) or has_business_word(head)):
            return None
        return head, tail
    return None


# Legal forms that do not close a name: "& Co." goes on ("Lee & Co. Solicitors"), and the
# Indonesian and Dutch forms open it ("PT Maju Jaya", "CV Sinar").
OPEN_LEGAL_FORMS = frozenset({"co", "co.", "pt", "pt.", "cv", "ud"})
# A bracketed part ending a firm's line with at least this many words describes the firm
# ("(An ISO 9001:2015 Certified Company)"); a shorter one is part of its name ("(India)").
DESCRIPTION_WORDS = 3


def name_ends_at_legal_form(text: str) -> str:
    """Rule: a Latin firm's name ends at its legal form ("Northwind Logistics Ltd. Excellence
    in Shipping" → "Northwind Logistics Ltd."): what OCR read after it on the line is a
    tagline or another column. A form that opens the name (a word of two letters or more
    must stand before it), "& Co.", and Cyrillic and CJK names aside; a second legal form
    after it is kept ("GmbH & Co. KG" is one)."""
    if has_cjk(text) or P.CYRILLIC_LETTER.search(text):
        return text  # their forms open the name ("ООО «Прогресс»", "株式会社 …")
    forms = [
        m
        for m in matcher("legal_forms", case_sensitive_short=True).finditer(text)
        if CP.NAME_WORD_BEFORE.search(text[: m.start()])
        and m.group().casefold() not in OPEN_LEGAL_FORMS
    ]
    if not forms:
        return text
    rest = text[forms[-1].end() :]
    if not P.LETTER_RUN.search(rest) or rest.lstrip(" ,").startswith("&"):
        return text
    return text[: forms[-1].end()].rstrip(" ,;-–")


def without_description(text: str) -> str:
    """Rule: a bracketed part ending the firm's line, DESCRIPTION_WORDS words or more and no
    legal form, describes the firm ("Northwind Logistics (An ISO 9001 Certified Company)");
    a clause naming the firm it belongs to ("(A unit of Kestrel Industries Pvt. Ltd.)",
    CP.PARENT_CLAUSE) is that other firm's name, not this one's, and so is the maker a dealer
    or agent names after its own ("…, authorised dealer of Kestrel Cars Ltd.",
    CP.TRADE_CLAUSE); a sentence after the name ("… is a registered trademark of …",
    CP.FIRM_SENTENCE) is no part of it either."""
    for clause in (CP.PARENT_CLAUSE, CP.TRADE_CLAUSE, CP.FIRM_SENTENCE):
        found = clause.search(text)
        if found is not None and CP.NAME_WORD_BEFORE.search(text[: found.start()]):
            return text[: found.start()].rstrip(" ,;-–(|")
    found = P.TRAILING_BRACKETED.search(text)
    if found is None or found.start() == 0:
        return text
    inside = found.group(1)
    if len(inside.split()) < DESCRIPTION_WORDS or has_legal_form(inside):
        return text
    return text[: found.start()].rstrip(" ,;-–")


def chinese_name_closed(text: str) -> str:
    """Rule: on a Chinese card a space between two Han characters of the firm's name is
    OCR's (a letter-spaced logo: "台 灣電子"), as Chinese prints no space between words; one
    setting a legal form apart stays ("華通電子 股份有限公司"). Japanese cards space a firm's
    parts ("株式会社 東京電機", "山田 法律事務所"), so this is for cards that are not
    Japanese (:func:`han_forms.card_variety`)."""
    for gap in reversed(list(P.CJK_GAP.finditer(text))):
        forms = matcher("legal_forms").finditer(text)
        if not any(m.end() == gap.start() or m.start() == gap.end() for m in forms):
            text = text[: gap.start()] + text[gap.end() :]
    return text
