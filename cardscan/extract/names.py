"""The person's name: short capitalised lines scored by evidence, never invented."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from nameparser import HumanName

from . import patterns as P
from .address import has_postcode, has_street_word
from .card import CardLine
from .lexicon import fold, has_cjk, letters_only, load, matcher
from .org import domain_agreement, has_legal_form, has_title_word

# Lower-case particles that sit inside names (Maria da Silva, Ludwig van Beethoven).
_PARTICLES = frozenset(
    {
        "da",
        "de",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "y",
        "e",
        "bin",
        "al",
    }
)
_MIN_SCORE = 1.5


@dataclass(frozen=True)
class NameChoice:
    line: CardLine
    text: str  # as printed
    score: float  # 0..1

    @property
    def remainder(self) -> str:
        """What the name line holds besides the name ("Maria Santos, Gerente" → "Gerente")."""
        rest = self.line.rest
        if self.text not in rest:
            return ""
        return P.ADDRESS_JOINER_STRIP.sub("", rest.replace(self.text, "", 1)).strip(" ,|/")


def _honorific_pattern() -> re.Pattern[str]:
    return matcher("honorifics", case_sensitive_short=True)


def name_words(text: str) -> list[str]:
    """The words of a name without honorifics and degrees ("Dr. Jane Roe, PhD" → Jane, Roe)."""
    words = []
    for raw in text.replace(",", " ").split():
        if _honorific_pattern().fullmatch(raw) and not P.INITIAL.match(raw):
            continue
        words.append(raw.strip(".,"))
    return [w for w in words if w]


def latin_name_shape(text: str) -> bool:
    """2–5 name-shaped words (at most 4 longer than an initial), no digits, @ or URL."""
    if any(ch.isdigit() for ch in text) or "@" in text or "www" in text.lower() or "/" in text:
        return False
    words = name_words(text)
    if not 2 <= len(words) <= 5 or sum(len(w) >= 2 for w in words) > 4:
        return False
    if not all(P.NAME_TOKEN.match(w) or P.INITIAL.match(w + ".") for w in words):
        return False
    return sum(len(w) >= 2 for w in words) >= 2


def cjk_name_shape(text: str) -> bool:
    """2–4 Han/kana characters, maybe one space between family and given name (島田 匡輔)."""
    return bool(P.CJK_NAME.match(text.strip())) and len(text.replace(" ", "")) <= 5


def is_non_name(text: str) -> bool:
    """Lines that are something else: a title, a company, an address or business words."""
    return (
        has_title_word(text)
        or has_legal_form(text)
        or has_postcode(text)
        or has_street_word(text)
        or bool(matcher("non_name_words").search(text))
    )


def capitalisation(text: str) -> float:
    """1 for Title Case or ALL CAPS words (particles aside), 0 mixed, -1 mostly lower case."""
    words = [w for w in name_words(text) if w.lower() not in _PARTICLES]
    if not words:
        return -1.0
    if all(w.isupper() for w in words if len(w) > 1) or all(w[0].isupper() for w in words):
        return 1.0
    return -1.0 if sum(w[0].islower() for w in words) * 2 >= len(words) else 0.0


def email_agreement(text: str, locals_: list[str]) -> float:
    """How well a candidate matches an email's local part (ASCII-folded, lower case).

    1.0 for first.last / flast / firstl / lastfirst / first-last, 0.8 for the
    first or last name alone, 0.5 when a name word of ≥ 4 letters appears in it.
    """
    words = [letters_only(w) for w in name_words(text)]
    words = [w for w in words if w]
    if len(words) < 1:
        return 0.0
    first, last = words[0], words[-1]
    best = 0.0
    for local in locals_:
        parts = [p for p in P.LOCAL_PART_SPLIT.split(fold(local)) if p and not p.isdigit()]
        joined = re.sub(r"\d+", "", "".join(parts))
        if len(joined) < 2:
            continue
        full = {first + last, last + first, "".join(words)}
        prefixed = {first[:k] + last for k in range(1, len(first) + 1)} | {
            first + last[:k] for k in range(1, len(last) + 1)
        }
        prefixed |= {last + first[:k] for k in range(1, len(first) + 1)}
        if joined in full or joined in prefixed or (len(parts) >= 2 and set(parts) <= set(words)):
            return 1.0
        if joined in (first, last) or joined in words and len(joined) >= 3:
            best = max(best, 0.8)
        elif any(len(w) >= 4 and w in joined for w in words) or (
            len(joined) >= 4 and any(joined in w for w in words)
        ):
            best = max(best, 0.5)
    return best


def unglue_name(text: str, locals_: list[str]) -> str | None:
    """Re-split a name OCR printed without its space ("STEVENKERSTENS") using an email's local part.

    Only when the word's letters equal the local part's pieces joined
    (steven.kerstens); the space goes back where the pieces meet.
    """
    word = text.strip()
    if " " in word or not word.isalpha():
        return None
    for local in locals_:
        parts = [p for p in P.LOCAL_PART_SPLIT.split(fold(local)) if p]
        if len(parts) >= 2 and all(p.isalpha() for p in parts) and fold(word) == "".join(parts):
            out, pos = [], 0
            for part in parts:
                out.append(word[pos : pos + len(part)])
                pos += len(part)
            return " ".join(out)
    return None


def _candidate_text(line: CardLine, locals_: list[str]) -> str | None:
    """The name-shaped part of a line: whole line, or the piece before ", Title" / "| Title"."""
    rest = line.rest.strip(" ,.;:")
    if not rest:
        return None
    pieces = [p for p in P.NAME_SPLITTER.split(rest) if p]
    for text in [rest] + pieces[:1]:
        if (latin_name_shape(text) or cjk_name_shape(text)) and not is_non_name(text):
            return text
    return unglue_name(rest, locals_)


def _score(line: CardLine, text: str, ctx: _Context) -> tuple[float, bool]:
    """Score of a candidate and whether it has real evidence (email, title nearby,
    given name, font)."""
    agreement = email_agreement(text, ctx.locals)
    distance = min((abs(line.index - t) for t in ctx.title_lines), default=99)
    near_title = 1.0 if distance == 1 else 0.5 if distance == 2 else 0.0
    taller = ctx.median_height and line.height >= 1.2 * ctx.median_height
    given = bool(name_words(text)) and fold(name_words(text)[0]) in ctx.given_names
    score = 3.0 * agreement + near_title + (0.7 if given else 0.0)
    score += 0.5 * max(capitalisation(text), -1.0) if not has_cjk(text) else 0.3
    score += (
        0.6 if taller else (-0.2 if ctx.median_height and line.height < ctx.median_height else 0.0)
    )
    score += 0.4 * (1 - line.index / max(ctx.line_count, 1))
    if any(domain_agreement(text, label) >= 0.6 for label in ctx.domain_labels):
        score -= 2.0  # reads like the company's name
    evidence = agreement >= 0.5 or near_title > 0 or given or bool(taller)
    return score, evidence


@dataclass(frozen=True)
class _Context:
    locals: list[str]
    title_lines: list[int]
    domain_labels: list[str]
    median_height: float
    line_count: int
    given_names: frozenset[str]


def pick_name(
    lines: list[CardLine],
    emails: list[str],
    title_lines: list[int],
    domain_labels: list[str],
    excluded: set[int],
) -> NameChoice | None:
    """The best-scoring name candidate with real evidence, or None (company-only cards)."""
    heights = [ln.height for ln in lines if ln.height > 0]
    ctx = _Context(
        locals=[e.partition("@")[0] for e in emails],
        title_lines=title_lines,
        domain_labels=domain_labels,
        median_height=statistics.median(heights) if heights else 0.0,
        line_count=len(lines),
        given_names=frozenset(fold(n) for n in load("given_names")),
    )
    best: tuple[float, NameChoice] | None = None
    for line in lines:
        if line.index in excluded:
            continue
        text = _candidate_text(line, ctx.locals)
        if text is None:
            continue
        score, evidence = _score(line, text, ctx)
        if not evidence or score < _MIN_SCORE:
            continue
        if best is None or score > best[0]:
            best = (score, NameChoice(line, text, min(1.0, score / 4.0)))
    if best is None:
        return None
    return _native_script_twin(best[1], lines, excluded) or best[1]


def _native_script_twin(
    choice: NameChoice, lines: list[CardLine], excluded: set[int]
) -> NameChoice | None:
    """A CJK name printed right next to the chosen romanised one is the name as printed
    (山田 太郎 / TARO YAMADA).
    """
    if has_cjk(choice.text):
        return None
    for index in (choice.line.index - 1, choice.line.index + 1):
        if 0 <= index < len(lines) and index not in excluded:
            text = lines[index].rest.strip()
            if cjk_name_shape(text) and not is_non_name(text):
                return NameChoice(lines[index], text, choice.score)
    return None


def split_name(name: str) -> tuple[str | None, str | None]:
    """(given, family): nameparser for Latin names; for CJK the first token (or character) is the
    family.
    """
    if has_cjk(name):
        tokens = name.split()
        if len(tokens) >= 2:
            return " ".join(tokens[1:]), tokens[0]
        family_len = 1 if len(name) <= 3 else 2
        return name[family_len:] or None, name[:family_len]
    parsed = HumanName(name)
    given = " ".join(p for p in (parsed.first, parsed.middle) if p) or None
    return given, parsed.last or None
