"""Which country's dialling rules to read unprefixed phone numbers with."""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers

from . import patterns as P
from .lexicon import load_pairs

DEFAULT_REGION = "US"

# Country-code TLDs that are sold worldwide as generic names say nothing about the country.
_GENERIC_CCTLDS = frozenset(
    {"io", "co", "ai", "me", "tv", "fm", "ly", "gg", "to", "cc", "ws", "la", "eu"}
)
_TLD_REGION_EXCEPTIONS = {"uk": "GB"}
_KANA = re.compile(r"[ぁ-んァ-ヶ]")
_HANGUL = re.compile(r"[가-힣]")


def region_from_host(host: str) -> str | None:
    """The region of a host's country-code TLD (acme.co.jp → JP, acme.com.br → BR), if any."""
    tld = host.lower().rstrip(".").rsplit(".", 1)[-1]
    if tld in _GENERIC_CCTLDS or len(tld) != 2:
        return None
    region = _TLD_REGION_EXCEPTIONS.get(tld, tld.upper())
    return region if phonenumbers.country_code_for_region(region) else None


def region_from_country_names(text: str) -> str | None:
    """The region of the first country name printed on the card ("Brasil", "Germany", "日本")."""
    best: tuple[int, str] | None = None
    for region, name in load_pairs("countries"):
        pattern = (
            re.escape(name) if not name.isascii() else r"(?<!\w)" + re.escape(name) + r"(?!\w)"
        )
        match = re.search(pattern, text, flags=0 if name.isupper() else re.IGNORECASE)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), region)
    return best[1] if best else None


def region_from_calling_codes(text: str) -> str | None:
    """The main region of the most frequent "+CC" prefix among the card's numbers."""
    codes = Counter(m.group("code") for m in P.PLUS_NUMBER.finditer(text))
    for code, _ in codes.most_common():
        for length in (1, 2, 3):
            region = phonenumbers.region_code_for_country_code(int(code[:length]))
            if region != "ZZ":
                return region
    return None


def infer_region(text: str, hosts: list[str]) -> str:
    """Guess the card's phone region when the user gave none.

    Evidence in order of trust: a "+CC" prefix printed on the card, a
    country-code TLD of its email/website hosts, a country name in the text,
    kana (Japan) or Hangul (Korea); otherwise the US.
    """
    found = region_from_calling_codes(text)
    if found:
        return found
    for host in hosts:
        found = region_from_host(host)
        if found:
            return found
    found = region_from_country_names(text)
    if found:
        return found
    if _KANA.search(text):
        return "JP"
    if _HANGUL.search(text):
        return "KR"
    return DEFAULT_REGION
