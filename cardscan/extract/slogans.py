"""Slogans told by their shape: clauses that mirror each other, in Latin letters or in Han
characters (titles.is_slogan adds the slogan words and the sentence endings)."""

from __future__ import annotations

from . import cjk_patterns as CJK
from . import patterns as P
from .lexicon import has_legal_form, matcher

# Clauses of one word each make a slogan's list from this many ("Fast. Fair. Friendly.").
MIN_ONE_WORD_CLAUSES = 3
# The shortest word whose repeat or whose clause counts ("a", "of", "de" repeat anywhere).
MIN_CLAUSE_WORD_LETTERS = 3


def parallel_clauses(text: str) -> bool:
    """Rule: clauses set apart by commas or full stops that say a word twice, once in lower
    case ("Good food, good mood", "Clean home, happy home"), or sentences of one word each,
    three or more ("Fast. Fair. Friendly."), are a slogan's parallel. Not with a digit or a
    legal form (nor a job word: titles.is_slogan); a name said twice keeps its capitals
    ("Kuala Lumpur, Kuala Lumpur"); a list of services parts its words with dots or commas,
    not full stops."""
    if not P.CLAUSE_BREAK.search(text) or any(ch.isdigit() for ch in text):
        return False
    if has_legal_form(text):
        return False
    sentences = [s.split() for s in P.SENTENCE_BREAK.split(text) if s.strip()]
    one_word = len(sentences) >= MIN_ONE_WORD_CLAUSES and all(
        len(s) == 1 and len(s[0]) >= MIN_CLAUSE_WORD_LETTERS for s in sentences
    )
    words = [w.strip(",.!") for w in text.split()]
    words = [w for w in words if len(w) >= MIN_CLAUSE_WORD_LETTERS]
    # A word said again, one of its sayings in lower case.
    repeated = any(w.islower() and words.count(w) + words.count(w.capitalize()) > 1 for w in words)
    return one_word or (len(P.CLAUSE_BREAK.split(text.strip(" ,.!"))) >= 2 and repeated)


def han_parallel_phrases(text: str) -> bool:
    """Rule: Han phrases of four characters, two or more set apart by spaces ("诚信为本 客户至上",
    "品質第一 誠信服務"), or of two characters, three or more ("专业 创新 共赢"), are a
    Chinese slogan's parallel phrases: a firm's name is one run of characters ending in its
    kind or legal form. Not with a legal form or a kind of business in it ("旭日產業 株式会社")."""
    if not CJK.HAN_PARALLEL_PHRASES.fullmatch(text.strip()):
        return False
    return not (has_legal_form(text) or matcher("company_words").search(text))


def speaks_in_chinese(text: str) -> bool:
    """Rule: a line of Han characters only, MIN_ZH_SLOGAN or more, holding a word that speaks
    to the reader or for the firm (P.ZH_READER_WORDS: "讓生活更美好", "您的最佳選擇") is a
    slogan (not with a job word: titles.is_slogan)."""
    compact = "".join(text.split())
    return len(compact) >= P.MIN_ZH_SLOGAN and bool(P.ZH_READER_WORDS.fullmatch(compact))
