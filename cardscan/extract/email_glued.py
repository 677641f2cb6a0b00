"""Emails whose "@" OCR lost or read as a letter or two ("infogishikawa.co.jp",
"russellipinebridge.co.uk", "wendy_liughotmail.com"): the card's own domain, known from its
website or another email, or a public mail provider's, glued after letters. The local part
is kept only when the card backs it: a shared mailbox's word ("info") or a name printed on
another line ("Russell Hart")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .domains import long_providers
from .emails import FoundEmail, strip_glued_label, validate
from .lexicon import load
from .name_email import email_agreement

# What OCR makes of an "@": nothing, or up to this many characters ("g", "gr", "i", "(").
MAX_AT_CHARS = 2
# How well the local part must spell a name on another line (name_email.email_agreement):
# the given name or the surname alone at least.
MIN_NAME_AGREEMENT = 0.8
# A run of characters an address may be read as, with no space in it.
GLUED_TOKEN = re.compile(r"[^\s|,;]+")
# Signs before an address that are no part of it ("(", ":", a bar's remains).
LEADING_SIGNS = "([{<:|'\"-"


def emails_glued_to_hosts(texts: Sequence[str], hosts: Sequence[str]) -> list[FoundEmail]:
    """Rule: a word ending in one of the card's hosts with letters glued before it, which
    no website or address begins that way ("www.", "http://"), is an email whose "@" was
    lost or misread as up to MAX_AT_CHARS characters, when what is left before them is a
    shared mailbox's word or spells a name on another line of the card
    (:func:`local_backed`); of several cuts the best backed, then the fewest dropped."""
    found: list[FoundEmail] = []
    known = {h.lower() for h in hosts if h} | provider_hosts(texts)
    bare = sorted(known, key=len, reverse=True)
    for index, text in enumerate(texts):
        for token in GLUED_TOKEN.finditer(text):
            email = _glued(token, bare, texts, index)
            if email is not None and all(e.address != email.address for e in found):
                found.append(email)
    return found


# A public mail provider's domain closing a word ("…hotmail.com", "…yahoo.co.jp"); only the
# long providers' names (domains.long_providers): "me", "web" or "mail" end too many words.
_PROVIDER_AT_END = re.compile(
    r"(?<=[^\W_]|_)(?P<host>(?:"
    + "|".join(sorted(long_providers(), key=len, reverse=True))
    + r")(?:\.[a-z]{2,3}){1,2})$",
    re.IGNORECASE,
)


def provider_hosts(texts: Sequence[str]) -> set[str]:
    """The mail providers' domains that close a word of the card with letters before them:
    hosts an address whose "@" was lost may be glued to, like the card's own."""
    return {
        m.group("host").lower()
        for text in texts
        for token in GLUED_TOKEN.finditer(text)
        if (m := _PROVIDER_AT_END.search(token.group().rstrip(".")))
    }


def _glued(
    token: re.Match[str], hosts: list[str], texts: Sequence[str], index: int
) -> FoundEmail | None:
    word = token.group().rstrip(".")
    for host in hosts:
        if not word.lower().endswith(host) or len(word) == len(host):
            continue
        head = word[: len(word) - len(host)]
        if head[-1] in "./:-_" or "@" in head:
            return None  # a website ("www.", "http://") or a sub-domain, or an address
        stripped = strip_glued_label(head.lstrip(LEADING_SIGNS))
        local, backing = _best_local(stripped, texts, index)
        address = validate(local, host) if backing else None
        if address is None:
            return None
        start = token.start() + len(head) - len(stripped)
        span = (start, token.start() + len(word))
        return FoundEmail(address, index, span, repaired=True, rebuilt=True)
    return None


def _best_local(head: str, texts: Sequence[str], index: int) -> tuple[str, float]:
    """The cut of ``head`` best backed (:func:`local_backed`), the fewest characters
    dropped first, and how well it is backed (0 when no cut is)."""
    best, backing = head, 0.0
    for dropped in range(MAX_AT_CHARS + 1):
        local = head[: len(head) - dropped] if dropped else head
        if len(local) < 2 or not local[-1].isalnum():
            continue
        score = local_backed(local, [t for i, t in enumerate(texts) if i != index])
        if score > backing:
            best, backing = local, score
    return best, backing


def local_backed(local: str, others: Sequence[str]) -> float:
    """1.0 for a shared mailbox's word ("info", "sales"), else how well the local part spells
    a name on another line when at least MIN_NAME_AGREEMENT, else 0."""
    if local.lower() in set(load("generic_mailboxes")):
        return 1.0
    lines = [t for t in others if t.strip() and "@" not in t and not any(ch.isdigit() for ch in t)]
    agreement = max((email_agreement(t, [local]) for t in lines), default=0.0)
    return agreement if agreement >= MIN_NAME_AGREEMENT else 0.0


# What OCR reads a low line between two words of a local part as.
SPACE_FOR_LOW_LINE = re.compile(r"([^\W\d_]{2,})\s$")


def with_spaced_start(email: FoundEmail, text: str, name: str | None) -> FoundEmail:
    """Rule: a word printed right before an address, one space apart ("loreto angulo@…"),
    that with a low line makes a local part spelling the person's name in full
    (name_email.email_agreement 1.0) where the address alone spells less, is the local
    part's start: OCR read the low line as a space. Rebuilt, so shown for review."""
    local, _, domain = email.address.partition("@")
    before = SPACE_FOR_LOW_LINE.search(text, 0, email.span[0])
    if name is None or before is None:
        return email
    word = before.group(1).lower()
    joined = f"{word}_{local}"
    if email_agreement(name, [joined]) < 1.0 or email_agreement(name, [local]) >= 1.0:
        return email
    address = validate(joined, domain)
    if address is None:
        return email
    return FoundEmail(address, email.line, (before.start(), email.span[1]), True, rebuilt=True)
