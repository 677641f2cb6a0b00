"""Job titles in an English email: natural case, and only in English inside a sentence.

"your work as SALES DIRECTOR" reads as shouting and "your work as Geschäftsführer" or
"as 営業部 課長" mixes languages mid-sentence, so a sentence gets the title only when it is
English ("Toimitusjohtaja / CEO" → "CEO"), in natural case. Lists (the HR update) may
show any title as printed.

Which words are English comes from the title lexicon extract already ships
(extract/data/titles.txt, one section per language).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import NamedTuple

_SECTION = re.compile(r"^# -{10,} (?P<language>\S+)")
_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)
_ACRONYMS = frozenset(
    [
        "ai",
        "apac",
        "b2b",
        "b2c",
        "bi",
        "cx",
        "emea",
        "eu",
        "gm",
        "hr",
        "it",
        "md",
        "ml",
        "pr",
        "qa",
        "r&d",
        "rd",
        "seo",
        "svp",
        "evp",
        "avp",
        "uk",
        "us",
        "usa",
        "ux",
        "ui",
        "vp",
        "it",
        "ict",
        "crm",
        "erp",
        "sap",
        "dach",
        "latam",
        "na",
    ]
)
# Words that only occur in titles of other languages ("Gerente de Planta", "Leiter für").
_FOREIGN_FUNCTION_WORDS = frozenset(
    [
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "della",
        "du",
        "des",
        "la",
        "le",
        "y",
        "e",
        "et",
        "und",
        "für",
        "der",
        "van",
        "voor",
        "och",
        "og",
        "ds",
        "ve",
    ]
)
_BILINGUAL = re.compile(r"\s+[/|]\s+")


def natural_title(title: str | None) -> str | None:
    """A title set in capitals (or all lower case) in title case: "SALES DIRECTOR" →
    "Sales Director", "VP OF SALES" → "VP of Sales"; mixed case stays as printed."""
    if not title:
        return title
    letters = [ch for ch in title if ch.isalpha()]
    if not letters or not (title.isupper() or title.islower()):
        return title
    words = title.split()
    return " ".join(_title_word(w, first=(i == 0)) for i, w in enumerate(words))


def english_title(title: str | None) -> str | None:
    """The title for an English sentence, or None when it is in another language or script.

    A bilingual title gives its English half ("Toimitusjohtaja / CEO" → "CEO").
    """
    if not title:
        return None
    for part in [title, *_BILINGUAL.split(title)]:
        if _is_english(part):
            return natural_title(part.strip())
    return None


def _is_english(title: str) -> bool:
    letters = [ch for ch in title if ch.isalpha()]
    if not letters or not all(ch.isascii() for ch in letters):
        return False  # another script, or accents English titles do not carry
    words = [w.strip(".,;:()&-–").casefold() for w in title.split()]
    words = [w for w in words if w]
    english, foreign, suffixes, _ = _lexicon()
    if any(w in _FOREIGN_FUNCTION_WORDS or w in foreign for w in words):
        return False
    if any(len(w) > len(s) and w.endswith(s) for w in words for s in suffixes):
        return False  # "Vertriebsleiter", "Projectleider"
    return any(w in english or w in _ACRONYMS for w in words)


@cache
def _lexicon() -> _Lexicon:
    """English title words and acronyms, other languages' title words and glued suffixes."""
    text = resources.files("cardscan.extract.data").joinpath("titles.txt").read_text("utf-8")
    english: set[str] = set()
    foreign: set[str] = set()
    suffixes: set[str] = set()
    acronyms: set[str] = set()
    language = ""
    for raw in text.splitlines():
        header = _SECTION.match(raw)
        if header:
            language = header["language"]
            continue
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        entry = entry.removeprefix("=")  # a CJK word matched only standing alone
        if entry.startswith("-") and language != "English":
            suffixes.add(entry[1:].casefold())
            continue
        words = {w.strip(".,").casefold() for w in entry.split()} - {""}
        if language == "English":
            english.update(words)
        elif len(words) == 1:  # "General" of "Gerente General" is English too
            foreign.update(words)
        if language == "English" and entry.isupper():
            acronyms.add(entry.casefold())  # CEO, SVP, CHRO
    return _Lexicon(
        frozenset(english),
        frozenset(foreign - english),
        tuple(sorted(suffixes)),
        frozenset(acronyms),
    )


class _Lexicon(NamedTuple):
    english: frozenset[str]
    foreign: frozenset[str]
    suffixes: tuple[str, ...]
    acronyms: frozenset[str]


def _title_word(word: str, *, first: bool) -> str:
    folded = word.casefold()
    if folded.strip(".,;:()") in _ACRONYMS or folded.strip(".,;:()") in _lexicon().acronyms:
        return word.upper()
    if folded in _SMALL_WORDS and not first:
        return folded
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
