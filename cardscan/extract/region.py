"""Which country's dialling rules to read unprefixed phone numbers with."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import phonenumbers

from . import address_patterns as AP
from . import patterns as P
from . import phone_patterns as PP
from .lexicon import has_cjk, load_pairs
from .phone_matches import GLUED_RUN, unglued

DEFAULT_REGION = "US"

# Country-code TLDs that are sold worldwide as generic names say nothing about the country.
_GENERIC_CCTLDS = frozenset(
    {"io", "co", "ai", "me", "tv", "fm", "ly", "gg", "to", "cc", "ws", "la", "eu"}
)
_TLD_REGION_EXCEPTIONS = {"uk": "GB"}
# Letters only Ukrainian writes among the Cyrillic alphabets.
_UKRAINIAN = re.compile(r"[ІіЇїЄєҐґ]")
# Cyrillic letters a card needs before its script names the region: a few may be a
# Latin word read in look-alikes.
MIN_CYRILLIC = 12
# Postcode and number formats only one country prints: one cue each, like a word.
_FORMAT_CUES = {"GB": AP.UK_POSTCODE, "IN": AP.IN_MOBILE_FIVES}
# Distinct language/locale cues a region needs before it replaces the default.
MIN_CUES = 2


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
    codes = Counter(m.group("code") for m in PP.PLUS_NUMBER.finditer(text))
    return next(filter(None, map(_region_of_code, (code for code, _ in codes.most_common()))), None)


def _region_of_code(digits: str) -> str | None:
    """The main region of the calling code that ``digits`` (up to three) begin with."""
    for length in (1, 2, 3):
        region = phonenumbers.region_code_for_country_code(int(digits[:length]))
        if region != "ZZ":
            return region
    return None


def regions_named(text: str, hosts: list[str]) -> frozenset[str]:
    """Every country the card's Latin text names: the main region of each "+CC" prefix (of a
    number read with its spaces or without), its hosts' country-code domains, the first
    country name printed, and the region its wording points to (region_from_cues). Unlike
    :func:`infer_region`, no script and no default counts: empty when the card names none."""
    plus = [*PP.PLUS_NUMBER.finditer(text), *PP.PLUS_GLUED_NUMBER.finditer(text)]
    found = {_region_of_code(m.group("code")) for m in plus}
    found.update(region_from_host(host) for host in hosts)
    found.add(region_from_country_names(text))
    found.add(region_from_cues(text))
    return frozenset(r for r in found if r)


def _cue_pattern(cue: str) -> str:
    """Regex source for one entry of data/region_cues.txt (see the file's header)."""
    if cue.startswith("-") and len(cue) > 1:
        return "(?i:" + re.escape(cue[1:]) + ")" + (r"(?!\w)" if cue[-1].isalnum() else "")
    if has_cjk(cue):
        return re.escape(cue)
    body = re.escape(cue.rstrip(".")).replace(r"\ ", r"\s+")
    tail = r"\.?" if cue.endswith(".") else ""
    start = r"(?<!\w)" if cue[0].isalnum() else ""
    end = r"(?!\w)" if cue.rstrip(".")[-1].isalnum() else ""
    pattern = start + body + tail + end
    if cue.isalpha() and cue.isupper() and len(cue) <= 4:
        return pattern
    return "(?i:" + pattern + ")"


@cache
def _cue_patterns() -> dict[str, list[re.Pattern[str]]]:
    """Region → one compiled pattern per cue word, plus one for its state abbreviations."""
    found: dict[str, list[re.Pattern[str]]] = {}
    for region, cue in load_pairs("region_cues"):
        found.setdefault(region, []).append(re.compile(_cue_pattern(cue)))
    states: dict[str, list[str]] = {}
    for region, code in load_pairs("region_states"):
        states.setdefault(region, []).append(re.escape(code))
    for region, codes in states.items():
        found.setdefault(region, []).append(
            re.compile(r"(?:[-–/,]|\s-)\s*(?:" + "|".join(codes) + r")\.?" + PP.STATE_CODE_END)
        )
    for region, pattern in _FORMAT_CUES.items():
        found.setdefault(region, []).append(pattern)
    return found


def _valid_national_numbers(text: str, region: str) -> int:
    """How many numbers written without "+CC" are valid when read with region's rules, two
    printed one space apart that phonenumbers reads as one invalid run ("0422 2999434 033
    29336868", phone_matches.unglued) counting as the two they are."""
    count, spans = 0, []
    matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
    for match in matcher:
        spans.append((match.start, match.end))
        if not match.raw_string.lstrip("(（ ").startswith(("+", "＋")):
            count += 1
    for run in GLUED_RUN.finditer(text):
        read = any(start < run.end() and run.start() < end for start, end in spans)
        if not read and not run.group().startswith("+") and _two_numbers(run.group(), region):
            count += 2
    return count


# Each of two numbers printed one space apart has this many digits at least: shorter pieces
# make valid numbers of many countries' open plans (Germany's) out of one number and a tail.
MIN_UNGLUED_DIGITS = 8


def _two_numbers(run: str, region: str) -> bool:
    """The run is two valid numbers of ``region`` cut at a space (phone_matches.unglued),
    each of MIN_UNGLUED_DIGITS digits or more."""
    pair = unglued(run, region)
    if pair is None or pair[0][1] == pair[1][0]:
        return False  # cut between two digits: one number and a stray digit make many
    return all(sum(ch.isdigit() for ch in text) >= MIN_UNGLUED_DIGITS for _, _, text, _ in pair)


def cue_scores(text: str) -> Counter[str]:
    """Region → evidence from the card's wording: one point per distinct cue found, one more
    when the card's unprefixed numbers are valid in that region but not in the default one."""
    scores: Counter[str] = Counter()
    for region, patterns in _cue_patterns().items():
        hits = sum(1 for pattern in patterns if pattern.search(text))
        if hits:
            scores[region] = hits
    if scores:
        default = _valid_national_numbers(text, DEFAULT_REGION)
        for region in list(scores):
            if _valid_national_numbers(text, region) > default:
                scores[region] += 1
    return scores


def region_from_cues(text: str) -> str | None:
    """The region with the most language/locale evidence, when it has at least MIN_CUES
    points and no other region ties with it."""
    ranked = cue_scores(text).most_common(2)
    if not ranked or ranked[0][1] < MIN_CUES:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def infer_region(text: str, hosts: list[str]) -> str:
    """Guess the card's phone region when the user gave none.

    Evidence in order of trust: a "+CC" prefix printed on the card, a
    country-code TLD of its email/website hosts, a country name in the text,
    kana or the postcode mark 〒 (Japan) or Hangul (Korea), Cyrillic (Ukraine when it has
    Ukrainian letters, otherwise Russia, whose numbering Kazakhstan shares), language/locale
    cue words (data/region_cues.txt, data/region_states.txt), the one region in which most
    of its numbers are valid when none is in the US (:func:`region_from_numbers`);
    otherwise the US.
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
    if P.KANA.search(text) or "〒" in text:  # 〒 marks a postcode in Japan only
        return "JP"
    if P.HANGUL_SYLLABLE.search(text):
        return "KR"
    if len(P.CYRILLIC_LETTER.findall(text)) >= MIN_CYRILLIC:
        return "UA" if _UKRAINIAN.search(text) else "RU"
    return region_from_cues(text) or region_from_numbers(text) or DEFAULT_REGION


# The countries a card's numbers are tried in when nothing else names one: those the word
# cues know (data/region_cues.txt), and these, whose cards carry fewer words to tell them by.
NUMBER_REGIONS = ("JP", "KR", "RU", "AE", "GB", "AU", "MX", "AR", "PT")


def region_from_numbers(text: str) -> str | None:
    """Rule: with no other evidence, the one region in which more of the card's numbers
    written without "+CC" are valid than in any other, when none is valid in the default
    one ("(0522) 255 0142" and "7984501234" are Indian numbers and no US ones); none on a
    tie. A card with a number valid in the default region keeps it: its other numbers may
    be misread ones that happen to be valid elsewhere."""
    if _valid_national_numbers(text, DEFAULT_REGION):
        return None
    regions = dict.fromkeys([*_cue_patterns(), *NUMBER_REGIONS])
    counts = {region: _valid_national_numbers(text, region) for region in regions}
    best = max(counts.values(), default=0)
    winners = [region for region, count in counts.items() if count == best]
    return winners[0] if best and len(winners) == 1 else None
