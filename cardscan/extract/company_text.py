"""How the rows chosen as the company are given as the firm's name: a founding year, a
logo's monogram, a description after the name and specks at its edges out, words OCR split
closed, Korea's legal form written as Korean cards print it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import patterns as P
from .company_forms import name_ends_at_legal_form, without_description, without_monogram
from .hangul import spells_syllables
from .lexicon import has_cjk, matcher
from .lines import CardLine


def firm_text(text: str) -> str:
    """A chosen group's text as the firm's name: a founding year out, a logo's monogram
    read on its row out (:func:`without_monogram`); Korea's legal form written as Korean
    cards print it: "주식회사 태광", "(주)태광", the name itself as one word
    (:func:`korean_name_closed`); a listed word OCR split closed
    (:func:`split_words_closed`); a bar or bullet between its rows' fields a space."""
    text = split_words_closed(P.FOUNDED.sub("", P.FIELD_BAR.sub(" ", text)))
    text = P.KR_CORPORATION_MARK.sub("(주)", korean_name_closed(text))
    text = P.KR_CORPORATION_GLUED.sub(" ", text)
    text = P.LONE_DOTS_END.sub("", P.WHITESPACE.sub(" ", text))  # a speck: "대성공업사 ."
    text = without_stray_brackets(text.strip(" ,;:|"))
    return name_ends_at_legal_form(without_description(without_monogram(without_mark(text))))


# A speck a logo leaves before a name: one letter, or a bracket and a digit ("(3").
LOGO_SPECK = re.compile(r"[^\W\d_]|[(\[]\d")


def without_mark(text: str) -> str:
    """Rule: a first word holding no letter or digit ("€", "%®") is a logo's mark OCR read
    before the name, not the name's. So is a lone letter or a bracket and a digit (LOGO_SPECK)
    before a name made of a legal form or a kind of firm and a name in guillemets ("Ш Группа
    компаний «Меридиан»", "О Автосервис «Атлант»"): that name is whole without it. So is one
    CJK character before a name with none ("三 Duhamel SAS"): a logo's bars or box, read by a
    model that knows Han, not a word of a name written in Latin letters; and one Latin
    letter before a name written in CJK only ("A ㈜해솔화학"), the same mark read by a model
    that knows Latin."""
    first, _, rest = text.partition(" ")
    if not rest:
        return text
    if not any(ch.isalnum() for ch in first):
        return rest
    if len(first) == 1 and has_cjk(first) and not has_cjk(rest):
        return rest
    if P.LATIN_LETTER.fullmatch(first) and has_cjk(rest) and not P.LATIN_LETTER.search(rest):
        return rest
    opens_with_kind = any(matcher(name).match(rest) for name in ("legal_forms", "company_words"))
    if LOGO_SPECK.fullmatch(first) and opens_with_kind and P.GUILLEMET_NAME.search(rest):
        return rest
    return text


_CLOSING, _OPENING = ")]）】", "([（【"


def without_stray_brackets(text: str) -> str:
    """Rule: a closing bracket opening the name (maybe after one more speck: "O ) 동방"), an
    opening one standing apart before it ("( ㈜대성전자") or an opening one ending it, with no
    partner in the name, is a speck OCR read at the logo's edge (") 김네반찬가게"), not the
    name's;
    "(주)태광" and "Acme (Europe)" keep theirs."""
    opened = sum(text.count(ch) for ch in _OPENING)
    closed = sum(text.count(ch) for ch in _CLOSING)
    lead = P.STRAY_CLOSING_BRACKET.match(text)
    if lead and closed > opened:
        text = text[lead.end() :]
    apart = P.STRAY_OPENING_BRACKET.match(text)
    if apart and opened > closed:
        text = text[apart.end() :]
    if text[-1:] in _OPENING and opened > closed:
        text = text[:-1].rstrip()
    return text


def split_words_closed(text: str) -> str:
    """Rule: a space OCR read between two Han or kana characters is dropped when a legal form
    or a word of business spans it once it is gone ("有限 公司", "合同会 社", "貿 易"): the
    word was printed whole. Other gaps are the card's own ("株式会社 ミナトリンク")."""
    for gap in reversed(list(P.CJK_GAP.finditer(text))):
        closed = text[: gap.start()] + text[gap.end() :]
        at = gap.start()
        if any(
            m.start() < at < m.end()
            for name in ("legal_forms", "company_words")
            for m in matcher(name).finditer(closed)
        ):
            text = closed
    return text


def korean_name_closed(text: str) -> str:
    """Rule: a Korean firm's name carrying its legal form (주식회사, (주), ㈜) is one word,
    the kind of business glued to the name ("누리솔루션", "가온전자"); spaces OCR read
    between its Hangul syllables are dropped, those around 주식회사 kept."""
    if not P.KR_CORPORATION.search(text):
        return text
    parts = P.KR_CORPORATION_WORD.split(text)
    return "".join(P.HANGUL_GAP.sub("", part) for part in parts)


# How many Hangul syllables after a leading 주 the card's Latin text must spell for the 주 to
# be the legal form's mark: one syllable is spelled by chance too often.
MARK_EVIDENCE_SYLLABLES = 2


def mark_read_as_ju(name: str, lines: Sequence[CardLine], labels: Sequence[str]) -> str:
    """Rule: Korea's one-character legal form ㈜ read as the syllable 주 it holds, glued to
    the firm's Hangul name ("주해솔건설"), is given back ("㈜해솔건설") when the card's Latin
    text (its lines without CJK, its domain ``labels``) spells the next
    MARK_EVIDENCE_SYLLABLES syllables at the start of a word ("Haesol Construction",
    "haesol.co.kr"): a firm whose name opens with 주 ("주원산업") spells the 주 too
    ("Juwon"), and one whose card spells nothing is left as read."""
    found = P.KR_MARK_READ_AS_JU.match(name)
    if not found:
        return name
    latin = " ".join([*labels, *(ln.rest for ln in lines if not has_cjk(ln.rest))])
    if spells_syllables(found.group(1)[:MARK_EVIDENCE_SYLLABLES], latin):
        return "㈜" + name[found.start(1) :]
    return name
