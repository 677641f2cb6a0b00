"""Job title and company."""

from __future__ import annotations

from . import patterns as P
from .card import CardLine
from .lexicon import has_cjk, letters_only, load, matcher

# Second-level labels under a country TLD that are not the organisation's name (acme.co.jp).
_SECOND_LEVEL = frozenset(
    {"co", "com", "ne", "or", "ac", "ad", "go", "org", "net", "gov", "edu", "gob", "ltd", "plc"}
)


def has_legal_form(text: str) -> bool:
    """The text carries a company legal form (Inc., GmbH, Ltda., 株式会社 ...)."""
    return bool(matcher("legal_forms", case_sensitive_short=True).search(text))


def has_title_word(text: str) -> bool:
    """The text holds a job-title word from the lexicon (Director, Gerente, 部長 ...)."""
    return bool(matcher("titles").search(text))


def is_title_line(line: CardLine) -> bool:
    """A title line: short, has a title word, and is not a company line or a value line."""
    rest = line.rest
    # Long lines holding a title word are slogans or service lists, not a title.
    if not rest or len(rest) > 60 or len(rest.split()) > 7 or "@" in rest or has_legal_form(rest):
        return False
    return has_title_word(rest)


def pick_title(lines: list[CardLine], name_line: int | None, excluded: set[int]) -> CardLine | None:
    """The title line closest to the name (below it wins a tie), else the first one on the card."""
    candidates = [ln for ln in lines if ln.index not in excluded and is_title_line(ln)]
    if not candidates:
        return None
    if name_line is None:
        return candidates[0]
    return min(candidates, key=lambda ln: (abs(ln.index - name_line), ln.index < name_line))


def main_label(host: str) -> str | None:
    """The organisation part of a host: acme-robotics.com → acme-robotics, gzeal.co.jp → gzeal."""
    labels = [lbl for lbl in host.lower().split(".") if lbl]
    if labels and labels[0] in ("www", "www2", "mail"):
        labels = labels[1:]
    if len(labels) < 2:
        return None
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2]


def is_free_mail(host: str) -> bool:
    """Hosts of public mail providers (gmail.com, yahoo.co.jp) say nothing about the company."""
    label = main_label(host)
    return label is None or label in set(load("free_mail_domains"))


def domain_agreement(text: str, label: str) -> float:
    """How well a line's letters match a domain label: 1 exact, 0.8 acronym, 0.6 prefix/containment,
    0.

    "ACME Robotics" ↔ acme-robotics, "Internet Initiative Japan" ↔ iij,
    "BELTIS IT" ↔ beltis.
    """
    line_letters = letters_only(text)
    label_letters = letters_only(label)
    if not line_letters or len(label_letters) < 2:
        return 0.0
    if line_letters == label_letters:
        return 1.0
    words = [w for w in P.WHITESPACE.split(text) if w and w[0].isalpha()]
    if len(words) >= 2 and letters_only("".join(w[0] for w in words)) == label_letters:
        return 0.8
    if len(label_letters) >= 4 and (
        line_letters.startswith(label_letters) or label_letters in line_letters
    ):
        return 0.6
    if len(line_letters) >= 4 and label_letters.startswith(line_letters):
        return 0.6
    return 0.0


def _with_brand_above(line: CardLine, lines: list[CardLine], excluded: set[int]) -> CardLine:
    """Prepend a one-word capitals brand printed just above the legal name ("TMS" / "Automotive
    GmbH").

    Only when the legal-form line has no more than two words, so it cannot stand on its own.
    """
    above = lines[line.index - 1] if line.index > 0 else None
    word = above.rest if above else ""
    if (
        above is None
        or has_cjk(line.rest)
        or above.index in excluded
        or len(line.rest.split()) > 2
        or " " in word
        or not (2 <= len(word) <= 12 and word.isupper() and word.isalpha())
        or has_title_word(word)
    ):
        return line
    return CardLine(
        line.index, line.text, f"{word} {line.rest}", line.height, line.confidence, line.had_values
    )


def pick_company(lines: list[CardLine], hosts: list[str], excluded: set[int]) -> CardLine | None:
    """The company line: one with a legal form, else the best match for an email/website domain."""
    usable = [ln for ln in lines if ln.index not in excluded and ln.rest and "@" not in ln.rest]
    for line in usable:
        if has_legal_form(line.rest) and len(line.rest) <= 80:
            return _with_brand_above(line, lines, excluded)
    labels = [lbl for lbl in (main_label(h) for h in hosts if not is_free_mail(h)) if lbl]
    best: tuple[float, int, CardLine] | None = None
    for line in usable:
        if len(line.rest) > 60:
            continue
        score = max((domain_agreement(line.rest, lbl) for lbl in labels), default=0.0)
        if score and (best is None or (score, -line.index) > best[:2]):
            best = (score, -line.index, line)
    return best[2] if best else None
