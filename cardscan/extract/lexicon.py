"""Word lists shipped as data files, loaded once and compiled into matchers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources

from cardscan.script import CJK_CHAR_CLASS, has_cjk, is_cjk_char

_DATA_PACKAGE = "cardscan.extract.data"
__all__ = [
    "fold",
    "has_cjk",
    "is_cjk_char",
    "has_legal_form",
    "letters_only",
    "romanised",
    "load",
    "load_pairs",
    "matcher",
]


@cache
def load(name: str) -> tuple[str, ...]:
    """Entries of data/<name>.txt: one per line, blank lines and `#` comments dropped."""
    text = resources.files(_DATA_PACKAGE).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return tuple(entries)


@cache
def load_pairs(name: str) -> tuple[tuple[str, str], ...]:
    """Entries of a two-column list (`key value with spaces`), split at the first space."""
    pairs = []
    for entry in load(name):
        key, _, value = entry.partition(" ")
        if value.strip():
            pairs.append((key, value.strip()))
    return tuple(pairs)


# CJK entries this long or longer also match with a space OCR put between two of their
# characters ("책임 연구원", "有限 公司"); shorter ones would match across words.
MIN_SPACED_CJK = 3


# A suffix entry ("-gata", "-weg") glued to a word needs this many letters before it: a
# compound has a stem ("Storgata", "Amtsweg"), a name does not ("Ágata" is no street).
MIN_SUFFIX_STEM = 2


def _entry_pattern(entry: str, *, case_sensitive_short: bool) -> str:
    """Regex source for one list entry.

    CJK entries match anywhere because CJK text has no word boundaries (MIN_SPACED_CJK),
    except those starting with "=", which must stand alone, with no CJK character glued on
    either side (Hangul words are spaced: "대리" is a title, "대리점" a dealership); entries
    starting with "-" are suffixes glued to a word of MIN_SUFFIX_STEM letters or more
    (Haupt-straße) or standing alone; the rest
    must stand alone as words. A trailing period is optional since OCR drops it.
    """
    if entry.startswith("-") and len(entry) > 1:
        stem = rf"(?:(?<=[^\W\d_]{{{MIN_SUFFIX_STEM}}})|(?<![^\W\d_]))"
        return stem + re.escape(entry[1:]) + r"(?![^\W\d_])"
    if entry.startswith("=") and has_cjk(entry):
        return f"(?<!{CJK_CHAR_CLASS}){re.escape(entry[1:])}(?!{CJK_CHAR_CLASS})"
    if has_cjk(entry):
        if len(entry) < MIN_SPACED_CJK or " " in entry:
            return re.escape(entry)
        return " ?".join(re.escape(ch) for ch in entry)
    body = "".join(map(_char_pattern, entry.rstrip(".")))
    tail = r"\.?" if entry.endswith(".") else ""
    start = r"(?<![^\W_])" if entry[0].isalnum() else ""
    end = r"(?![^\W_])" if entry.rstrip(".")[-1:].isalnum() else ""
    pattern = start + body + tail + end
    if case_sensitive_short and _is_short_acronym(entry):
        return pattern
    return "(?i:" + pattern + ")"


def _char_pattern(ch: str) -> str:
    """One character of a Latin entry: a space also matches none ("Co., Ltd." is often read
    "Co.,Ltd."), and an accented letter also matches its bare letter, as capitals are often
    printed and OCR often reads them ("INGENIERIA" for Ingeniería, "TECNICO" for Técnico)."""
    if ch == " ":
        return r"\s*"
    bare = unaccented(ch)
    return f"[{ch}{bare}]" if bare != ch else re.escape(ch)


@cache
def unaccented(ch: str) -> str:
    """A Latin letter without its accents ("í" → "i"); any other character as it is (Cyrillic
    "й" is a letter of its own, not an accented "и")."""
    if not "\u00c0" <= ch <= "\u024f":
        return ch
    bare = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return bare if len(bare) == 1 and bare.isascii() else ch


def _is_short_acronym(entry: str) -> bool:
    """All-caps entries of ≤ 4 letters (AG, SA, LLC) are only trusted in capitals: "sa", "ag" are
    words.
    """
    return entry.isalpha() and entry.isupper() and len(entry) <= 4


class Lexicon:
    """A word list's alternation (``full``: every entry's pattern, longest first) behind a
    quick test (``quick``) that every text the alternation can match passes: the entries'
    letters alone, without the assertions around them, in one trie. Python's re tries the
    alternatives one by one at every position of a text, most of which holds no entry; a
    text the quick test rejects has no match, so it is not given to the alternation."""

    __slots__ = ("full", "quick")

    def __init__(self, full: re.Pattern[str], quick: re.Pattern[str]) -> None:
        self.full, self.quick = full, quick

    def _may_match(self, text: str) -> bool:
        return self.quick.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        return self.full.search(text) if self._may_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.full.match(text) if self._may_match(text) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.full.fullmatch(text) if self._may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.full.finditer(text) if self._may_match(text) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.full.sub(repl, text) if self._may_match(text) else text


@cache
def matcher(name: str, *, case_sensitive_short: bool = False) -> Lexicon:
    """One compiled alternation of every entry in data/<name>.txt, longest entries first."""
    entries = sorted(set(load(name)), key=len, reverse=True)
    parts = [_entry_pattern(e, case_sensitive_short=case_sensitive_short) for e in entries]
    return Lexicon(re.compile("|".join(parts)), _quick_pattern(entries))


def _quick_pattern(entries: list[str]) -> re.Pattern[str]:
    """The entries' atoms (:func:`_entry_atoms`) in one trie, matched in any case: wherever an
    entry's pattern matches, this matches too."""
    atoms = [_entry_atoms(e) for e in entries]
    if any(not a for a in atoms):
        return re.compile("")  # an entry without letters matches anywhere
    trie: dict[str, dict] = {}
    for sequence in atoms:
        node = trie
        for atom in sequence:
            node = node.setdefault(atom, {})
        node[""] = {}  # an entry ends here
    return re.compile(_trie_source(trie), re.IGNORECASE)


def _trie_source(node: dict[str, dict]) -> str:
    branches = [atom + _trie_source(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    ends = "" in node
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + ("?" if ends else "")


def _entry_atoms(entry: str) -> list[str]:
    """What :func:`_entry_pattern` matches for ``entry`` one character at a time, without its
    assertions and its optional full stop."""
    if entry.startswith("-") and len(entry) > 1:
        return [re.escape(ch) for ch in entry[1:]]
    if entry.startswith("=") and has_cjk(entry):
        return [re.escape(ch) for ch in entry[1:]]
    if has_cjk(entry):
        if len(entry) < MIN_SPACED_CJK or " " in entry:
            return [re.escape(ch) for ch in entry]
        atoms = [re.escape(entry[0])]
        for ch in entry[1:]:
            atoms += [" ?", re.escape(ch)]
        return atoms
    return [_char_pattern(ch) for ch in entry.rstrip(".")]


def spaced_like(word: str, pieces: list[str]) -> str:
    """``word`` cut into words as long as ``pieces`` (its folded parts), keeping its letters
    as printed: "MARTAHOLLOWAY", ["marta", "holloway"] → "MARTA HOLLOWAY"."""
    out, pos = [], 0
    for piece in pieces:
        out.append(word[pos : pos + len(piece)])
        pos += len(piece)
    return " ".join(out)


def split_into(folded: str, vocabulary: frozenset[str], *, longest: int) -> list[str] | None:
    """The split of ``folded`` into the fewest ``vocabulary`` words of two letters or more
    (none longer than ``longest``), or None when it does not split."""
    best: list[list[str] | None] = [[]] + [None] * len(folded)
    for end in range(1, len(folded) + 1):
        for start in range(max(0, end - longest), end - 1):
            head, known = best[start], best[end]
            if head is None or folded[start:end] not in vocabulary:
                continue
            if known is None or len(head) + 1 < len(known):
                best[end] = [*head, folded[start:end]]
    return best[-1]


def fold(text: str) -> str:
    """ASCII-fold and lower-case: 'Müller' → 'muller', for comparing with email local parts."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l")
    return stripped.casefold()


@cache
def _cyrillic_latin() -> dict[str, str]:
    return {k: ("" if v == "-" else v) for k, v in load_pairs("cyrillic_latin")}


def romanised(text: str) -> str:
    """Cyrillic letters spelt in Latin ones (data/cyrillic_latin.txt), lower case: how an
    email spells a Russian or Ukrainian name ("Стрелков" → "strelkov")."""
    table = _cyrillic_latin()
    return "".join(table.get(ch, ch) for ch in text.casefold())


def letters_only(text: str) -> str:
    """Folded letters and digits only: 'ACME-Robotics, Inc.' → 'acmeroboticsinc'."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def has_legal_form(text: str) -> bool:
    """The text carries a company legal form (Inc., GmbH, Ltda., 株式会社 ...)."""
    # "$" is how OCR reads the cedilla S of "A.Ş.".
    text = text.replace("$", "S")
    return any(
        not _in_compound(text, found.start(), found.end())
        and not (found.group().rstrip(". ") == "Co" and names_a_county_at(text, found.end()))
        for found in matcher("legal_forms", case_sensitive_short=True).finditer(text)
    )


_NEXT_WORD = re.compile(r"\.?\s*([^\W\d_]+)")


@cache
def irish_counties() -> frozenset[str]:
    """The counties of Ireland (data/ie_counties.txt)."""
    return frozenset(load("ie_counties"))


def names_a_county_at(text: str, at: int) -> bool:
    """Rule: the word at ``at`` (after "Co." in "Naas, Co. Kildare") is an Irish county's
    name: that "Co." is a county's, not a company's."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and word.group(1) in irish_counties()


def _in_compound(text: str, start: int, end: int) -> bool:
    """The match is part of a hyphenated word ("Co-Founder", "Co-op"), not a word of its own."""
    return bool(_HYPHEN_THEN_LETTER.match(text, end)) or bool(
        _LETTER_THEN_HYPHEN.search(text[max(0, start - 2) : start])
    )


_HYPHEN_THEN_LETTER = re.compile(r"-[^\W\d_]")
_LETTER_THEN_HYPHEN = re.compile(r"[^\W\d_]-$")


def edit_distance(a: str, b: str, *, limit: int | None = None) -> int:
    """Levenshtein distance (short strings: local parts, domain labels, host names); with
    ``limit``, any distance over it may be given as ``limit + 1`` (the count stops early)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


# From this length a misread may change two letters of a word, below it one.
TWO_SLIPS_FROM = 10


def misread_of(word: str, form: str, *, slips: int | None = None) -> bool:
    """``word`` differs from ``form`` as a misread would: by one letter, or two when the form
    has TWO_SLIPS_FROM letters or more (or by ``slips`` when given); not at all is no
    misread."""
    allowed = slips if slips is not None else 2 if len(form) >= TWO_SLIPS_FROM else 1
    return word != form and abs(len(word) - len(form)) <= allowed and (
        edit_distance(word, form, limit=allowed) <= allowed
    )
