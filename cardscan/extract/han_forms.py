"""Han characters read in the wrong form: a Chinese-trained recogniser often gives the
simplified form (设, 课, 长) of a character a Japanese or Traditional Chinese card prints in
its own (設, 課, 長). data/han_forms.txt lists each simplified form with its Traditional
and Japanese ones."""

from __future__ import annotations

from functools import cache

from . import patterns as P
from .lexicon import load

# Traditional-only characters a card needs, more than simplified-only ones, to be read as a
# Traditional Chinese card.
MIN_TRADITIONAL = 2


@cache
def _forms() -> dict[str, tuple[str, str]]:
    """Simplified form → (Traditional form, Japanese form)."""
    out = {}
    for entry in load("han_forms"):
        simplified, traditional, japanese = entry.split()
        out[simplified] = (traditional, japanese)
    return out


@cache
def _traditional_only() -> frozenset[str]:
    """Forms only Traditional Chinese prints: neither simplified nor Japanese (會, 區, 號,
    not 設 or 長, which Japanese cards print too)."""
    return frozenset(t for s, (t, j) in _forms().items() if t not in (s, j))


# Regions whose cards print Traditional characters.
TRADITIONAL_REGIONS = frozenset({"TW", "HK", "MO"})


def card_variety(text: str, region: str = "") -> str | None:
    """Which form the card prints: "ja" with kana or in Japan (the region its numbers are
    read in: a .jp domain, +81), "hant" in Taiwan, Hong Kong or Macao or when its
    Traditional-only characters outnumber its simplified-only ones (at least
    MIN_TRADITIONAL), else None (simplified Chinese, Korean or no Han: nothing to repair)."""
    if P.KANA.search(text) or region == "JP":
        return "ja"
    if region in TRADITIONAL_REGIONS:
        return "hant"
    if P.HANGUL_SYLLABLE.search(text):
        return None
    traditional = sum(ch in _traditional_only() for ch in text)
    simplified = sum(ch in _forms() for ch in text)
    return "hant" if traditional >= MIN_TRADITIONAL and traditional > simplified else None


@cache
def _lookalikes(variety: str) -> dict[str, str]:
    """The other form → the ``variety``'s own, of the look-alike pairs (data/
    han_lookalikes.txt: "產" → "産" for "ja", "産" → "產" for "hant")."""
    pairs = [tuple(entry.split()) for entry in load("han_lookalikes")]
    if variety == "ja":
        return {traditional: japanese for japanese, traditional in pairs}
    return {japanese: traditional for japanese, traditional in pairs}


def han_forms_repaired(text: str, variety: str | None) -> str:
    """Rule: on a Japanese or Traditional Chinese card (:func:`card_variety`) a simplified
    character is read as the card's own form ("吉田建设" → "吉田建設", "13楼" → "13樓"), and
    so is the other form of a pair that differs by a stroke ("物產" → "物産" on a Japanese
    card)."""
    if variety is None:
        return text
    column = 0 if variety == "hant" else 1
    lookalikes = _lookalikes(variety)
    return "".join(
        _forms()[ch][column] if ch in _forms() else lookalikes.get(ch, ch) for ch in text
    )
