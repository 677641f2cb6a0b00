"""Job titles: which lines hold one, and which of them is the person's title."""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass
from functools import cache

from . import address_patterns as AP
from . import cjk_patterns as CJK
from . import patterns as P
from .blocks import lines_apart, set_with_the_firm
from .lexicon import (
    fold,
    has_cjk,
    has_legal_form,
    load,
    matcher,
    spaced_like,
    split_into,
)
from .lines import CardLine, list_items, main_script_is_cjk
from .name_parts import given_names, surnames
from .slogans import han_parallel_phrases, parallel_clauses, speaks_in_chinese
from .weights import Candidate, weights_for


def has_title_word(text: str) -> bool:
    """The text holds a job-title word from the lexicon (Director, Gerente, 部長 ...), or is a
    short line ending in a word that names a job only there ("Brand Designer"), or "Head"
    of a department ("Head - Sales", "Head IT")."""
    return (
        any(
            not _names_a_unit(text, m)
            and not _opens_a_label(text, m)
            and not _surname_after_given(text, m)
            for m in matcher("titles").finditer(text)
        )
        or ends_in_title_word(text)
        or heads_a_department(text)
    )


def _surname_after_given(text: str, found: re.Match[str]) -> bool:
    """Rule: a job's ending glued to a word ("-leder" in "Prosjektleder") found in the word
    right after a known given name is a surname ending that way ("Ivonne Rohleder"): a job
    follows a name, it does not stand in the surname's place."""
    start = found.start()
    if start == 0 or not text[start - 1].isalpha() or has_cjk(found.group()):
        return False
    words = text[:start].split()
    # "Hermann Börner,Projektleiter": a comma ends the surname, the job follows it.
    glued = words[-1].replace("-", "") if words else ""
    return len(words) == 2 and fold(words[0]) in given_names() and glued.isalpha()


# Han characters that turn the words before them into a department or office: 部, 課, 科,
# 處/处, 室 ("行銷企劃部" is the marketing planning department, "總經理室" the GM's office).
CJK_UNIT_SUFFIXES = "部課课科處处室"


def _names_a_unit(text: str, found: re.Match[str]) -> bool:
    """Rule: a CJK title word directly followed by a unit suffix names the unit."""
    end = found.end()
    return has_cjk(found.group()) and end < len(text) and text[end] in CJK_UNIT_SUFFIXES


# Words that turn a CJK title word before them into a field label: "대표전화" is the main
# line's number, "代表電話" the same in Japanese and Chinese, "대표메일" the main mailbox.
CJK_LABEL_WORDS = ("전화", "번호", "메일", "이메일", "팩스", "電話", "电话", "番号", "號碼", "号码")


def _opens_a_label(text: str, found: re.Match[str]) -> bool:
    """Rule: a CJK title word directly followed by a field's name is part of a label."""
    return has_cjk(found.group()) and text.startswith(CJK_LABEL_WORDS, found.end())


# Longest line (in words) whose last word alone makes it a title ("Senior Brand Designer").
TAIL_TITLE_WORDS = 4


def ends_in_title_word(text: str) -> bool:
    """Rule: a line of at most TAIL_TITLE_WORDS words without digits whose last word is in
    data/title_tail_words.txt ("Creative Head", "Wedding Planner", "Designer"): those words
    name a job only at the end of a line ("Designer Sarees", "Head Office" are not jobs)."""
    words = P.TAIL_TITLE_SPLIT.split(text.strip())
    words = [w for w in words if w]
    if not words or len(words) > TAIL_TITLE_WORDS or any(ch.isdigit() for ch in text):
        return False
    last = words[-1].strip(".,:;")
    if has_cjk(last):  # no spaces to find the word by: the line's last characters
        return len(last) <= MAX_CJK_TITLE_CHARS and last.endswith(_cjk_tail_words())
    return fold(last) in _tail_words()


# Longest CJK word (in characters) that a tail word makes a title.
MAX_CJK_TITLE_CHARS = 8


@cache
def _tail_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load("title_tail_words") if not has_cjk(w))


@cache
def _cjk_tail_words() -> tuple[str, ...]:
    return tuple(w for w in load("title_tail_words") if has_cjk(w))


def heads_a_department(text: str) -> bool:
    """Rule: "Head" followed by a department ("Head - Sales", "Head, HR", "Head Operations"):
    Indian and British cards print the title this way round."""
    found = P.HEAD_OF_DEPARTMENT.match(text.strip())
    if found is None or len(text.split()) > TAIL_TITLE_WORDS or AP.ADDRESS_LABEL.match(text):
        return False  # "Head Office" labels an address
    rest = found.group("rest")
    return bool(matcher("department_words").match(rest) or P.DEPARTMENT_ACRONYM.match(rest))


@cache
def title_vocabulary() -> frozenset[str]:
    """Every Latin word of the title lexicon and of the department words, folded ("senior",
    "marketing", "of" ...)."""
    words = set()
    for entry in load("titles") + load("department_words"):
        if entry.startswith("-") or has_cjk(entry):
            continue
        words.update(w for w in P.NON_WORD.split(fold(entry)) if len(w) >= 2)
    return frozenset(words)


# Shorter runs of letters are too often one real word ("Consultant") to split.
MIN_GLUED_LETTERS = 10
# Longer vocabulary words are not looked for ("Administrative" has 14 letters; only German
# compounds, which are written as one word anyway, run longer).
LONGEST_WORD = 20


def respaced_title(text: str) -> str | None:
    """Rule: a title set letter-spaced or glued that OCR read as one word ("MARKETINGMANAGER",
    "G R A P H I C D E S I G N E R", "MarketingManager") is split into words of the title
    lexicon, when all of it splits and the result holds a title; the letters keep their
    case. A glued word inside a longer line is split the same way ("Sr.SalesManager",
    "AreaManager - North"). A word written as one word ("Serviceberater") is left alone when
    it is a title."""
    words = text.split()
    if len(words) > 1 and all(len(w) == 1 for w in words):
        return _respaced_word("".join(words))
    out, changed = text, False
    for run in reversed(list(P.LETTER_RUN.finditer(text))):
        spaced = _respaced_word(run.group())
        if spaced is not None:
            out, changed = out[: run.start()] + spaced + out[run.end() :], True
    return out if changed and has_title_word(out) else None


def _respaced_word(letters: str) -> str | None:
    """One run of letters split into title-lexicon words, or None."""
    if len(letters) < MIN_GLUED_LETTERS or not letters.isalpha() or has_cjk(letters):
        return None
    written_as_one = letters[1:].islower()  # "Serviceberater", where capitals are not
    if written_as_one and has_title_word(letters):
        return None  # one word already (a German compound title)
    folded = fold(letters)
    if len(folded) != len(letters):
        return None  # folding changed the length ("ß"): the pieces would not map back
    pieces = split_into(folded, title_vocabulary(), longest=LONGEST_WORD)
    if pieces is None or len(pieces) < 2:
        return None
    spaced = spaced_like(letters, pieces)
    return spaced if has_title_word(spaced) else None


# Longest title, in characters and in words, once what follows a comma or slash is cut
# (job_part): longer lines holding a title word are slogans or service lists.
MAX_TITLE_CHARS = 60
MAX_TITLE_WORDS = 7
# Longest line a title and its department or region after a comma can fill.
MAX_TITLE_LINE_CHARS = 100


def title_words(text: str) -> int:
    """Rule: a title line is as long as its job part (:func:`job_part`: "Senior Vice
    President, Global Sales & Business Development" is three words), in words holding a
    letter, so "&" and "-" are not words."""
    return _words_with_letters(job_part(text))


def _words_with_letters(text: str) -> int:
    return sum(any(ch.isalpha() for ch in word) for word in text.split())


def is_title_line(line: CardLine) -> bool:
    """A title line: short (MAX_TITLE_CHARS, MAX_TITLE_WORDS), has a title word, and is not
    a company line or a value line."""
    rest = line.rest
    if not rest or "@" in rest or has_legal_form(rest) or len(rest) > MAX_TITLE_LINE_CHARS:
        return False
    job = job_part(rest)
    if len(job) > MAX_TITLE_CHARS or _words_with_letters(job) > MAX_TITLE_WORDS:
        return False
    return has_title_word(rest) and not is_slogan(rest)


def is_slogan(text: str) -> bool:
    """The line speaks to the reader ("Your partner in growth"), ends as a Japanese or
    Korean sentence does ("まごころ込めて", "笑顔をお届けします", "고객 만족을 넘어 감동으로")
    or holds a Korean clause ("함께 만드는 내일", P.KO_CLAUSE), or a Chinese word for the
    reader or the firm ("讓生活更美好", slogans.speaks_in_chinese): a slogan, whatever its
    words. "Our Lady" in any language (P.OUR_LADY: Nossa Senhora, Nuestra Señora,
    Notre-Dame) names a church, a school, a town or a firm, not the reader."""
    return bool(
        (matcher("slogan_words").search(P.OUR_LADY.sub(" ", text)) and _is_a_phrase(text))
        or P.JA_SENTENCE_END.search(text)
        or P.KO_SENTENCE_END.search(text)
        or P.KO_CLAUSE.search(text)
        or (
            (parallel_clauses(text) or han_parallel_phrases(text) or speaks_in_chinese(text))
            and not has_title_word(text)
        )
    )


def _is_a_phrase(text: str) -> bool:
    """Rule: a slogan is a phrase; one word alone on its line ("Nossa", "Our") is a piece of a
    row the OCR cut ("Padaria" | "Nossa" over "Senhora da Luz" names a bakery after Our
    Lady), which is judged as a row where it is joined."""
    return len(P.LETTER_RUN.findall(text)) > 1


@dataclass(frozen=True)
class TitleChoice:
    line: CardLine
    score: float  # 0..1, the fitted model's probability
    placed: bool = False  # found by its place alone (title_place.py), no job word


# How far (in lines of its column, blocks.lines_apart) a title can sit from the name before
# distance stops mattering.
FAR = 10
# The distance the score counts at most. The fitted cards print the title beside the name or
# a line off, so the weight of the distance, carried further, ruled out a card's only job-word
# line when it is printed under the contact block or over the logo (made-up cards: 112 of
# 180 such titles lost); a nearer title still wins (_next_to_the_name).
SCORED_DISTANCE = 2
# The distance given when no name was found: unknown, so the usual one (a title sits on the
# line beside the name), not FAR, which would rule out the title of a card whose name OCR
# lost; at two lines, titles of three words and more ("Assistant General Manager") were lost.
UNKNOWN_DISTANCE = 1


# Department words that, in a line, rather name a kind of firm ("Software Solutions",
# "Media Group").
FIRM_WORDS = frozenset({"services", "solutions", "systems", "group", "communications"})


def names_a_department(text: str) -> bool:
    """Rule: a line made only of department words ("Sales & Marketing", "Customer Service"),
    or a CJK line ending in a department's suffix ("営業推進部", "품질관리팀", "市场部") with
    no title word, names a part of the firm, not the firm, though "Marketing" also names
    kinds of firms."""
    if has_cjk(text):
        return bool(CJK.CJK_DEPARTMENT.match(text)) and not has_title_word(text)
    if any(fold(word) in FIRM_WORDS for word in P.LETTER_RUN.findall(text)):
        return False
    rest = matcher("department_words").sub(" ", text)
    return rest != text and not P.LETTER_RUN.search(P.CONNECTORS.sub(" ", rest))


def names_only_a_department(text: str) -> bool:
    """Rule: :func:`names_a_department`, except a CJK line ending in a word that also ends a
    firm's own name (中心, センター, 센터, 室, グループ: "光明汽车维修中心" is a garage)."""
    if has_cjk(text):
        return bool(CJK.CJK_UNIT_ONLY.match(text)) and not has_title_word(text)
    return names_a_department(text)


def names_a_unit(text: str) -> bool:
    """The line opens or ends with a noun naming a part of the firm ("Department of …",
    "Отдел …", "… Section": data/department_units.txt)."""
    return any(
        m.start() == 0 or m.end() == len(text) for m in matcher("department_units").finditer(text)
    )


def title_features(
    line: CardLine, order: int, name_lines: tuple[int, ...], lines: list[CardLine]
) -> dict[str, float]:
    """What speaks for a title line being the person's title (weights.py): how close it sits
    to the name (to the nearest line printing it, in either script), above or below it, its
    length, script and type size."""
    text = line.rest
    # A department printed between the name and the title ("品質管理部" over "部長") is
    # the title's own line, not a line that sets them apart.
    departments = frozenset(ln.index for ln in lines if names_a_department(ln.rest))
    apart = [lines_apart(lines, line.index, i, ignore=departments) for i in name_lines]
    distance = min([*apart, FAR])
    heights = [ln.height for ln in lines if ln.height > 0]
    median = statistics.median(heights) if heights else 0.0
    ratio = line.height / median if median and line.height else 1.0
    return {
        "distance": float(min(distance, SCORED_DISTANCE) if name_lines else UNKNOWN_DISTANCE),
        "name_next": float(distance == 1),
        "name_near": float(distance == 2),
        "below": float(bool(name_lines) and line.index > name_lines[0]),
        "no_name": float(not name_lines),
        "order": float(order),
        "words": float(title_words(text)),
        "cjk": float(has_cjk(text)),
        "main_script": float(has_cjk(text) == main_script_is_cjk(lines)),
        "size": max(-1.5, min(1.5, math.log2(ratio))) if ratio > 0 else 0.0,
        "all_caps": float(text.isupper()),
        "separator": float(bool(P.FIELD_SEPARATOR.search(text) or " - " in text)),
    }


def pick_title(
    lines: list[CardLine],
    name_lines: tuple[int, ...],
    excluded: set[int],
    record: list[Candidate] | None = None,
    firm: tuple[int, ...] = (),
) -> TitleChoice | None:
    """The title line scored highest by :func:`title_features` and the fitted weights, or
    None; each candidate is appended to ``record`` when one is given. An item of a list
    (lines.list_items: "- Audit & assurance") says what the firm offers, not the person's
    job; so does a line set with the ``firm``'s rows (:func:`set_with_the_firm`)."""
    skipped = excluded | list_items(lines)
    candidates = [ln for ln in lines if ln.index not in skipped and is_title_line(ln)]
    model = weights_for("title")
    scored: list[tuple[float, float, TitleChoice]] = []
    twins: list[tuple[float, CardLine, dict[str, float]]] = []
    for order, line in enumerate(candidates):
        features = title_features(line, order, name_lines, lines)
        if record is not None:
            record.append(Candidate(line.rest, (line.index,), features))
        score = model.score(features)
        if score < 0 and _latin_twin(line, features):
            twins.append((model.score(features | {"main_script": 1.0}), line, features))
        if score >= 0:
            choice = TitleChoice(line, model.probability(features))
            with_firm = set_with_the_firm(line, firm, name_lines, lines)
            scored.append((score, math.inf if with_firm else features["distance"], choice))
    if not scored:  # the CJK title unread: its Latin twin, as its own script's title would be
        scored = [
            (score, features["distance"], TitleChoice(line, model.probability(features)))
            for score, line, features in twins
            if score >= 0
        ]
    return _next_to_the_name(scored)


def _latin_twin(line: CardLine, features: dict[str, float]) -> bool:
    """Rule: a title in Latin letters on a card whose main script is CJK ("Deputy General
    Manager" under a "차장" OCR misread as "자장") is its person's title when no title in the
    card's script was read: it scores as it would in the main script."""
    return not features["main_script"] and not has_cjk(line.rest)


def _next_to_the_name(scored: list[tuple[float, float, TitleChoice]]) -> TitleChoice | None:
    """Rule: the best-scoring title, unless it is not next to the name while another one is
    (on the name's row or the line beside it): a line that says what the firm does may
    score as well as a title, but the person's title is printed with the person. A line
    set with the firm's rows counts as far from the name."""
    if not scored:
        return None
    best = max(scored, key=lambda s: s[0])
    closer = [s for s in scored if s[1] <= 1 < best[1]]
    return max(closer, key=lambda s: s[0])[2] if closer else best[2]


def job_part(text: str) -> str:
    """Rule: a title line cut by commas or slashes into parts of which exactly one holds a
    title word is that part ("Director/ Sales Team", "Sales Manager, North Region"): the
    others name the department, the region or the person. Two parts that are both jobs
    ("Owner / Chef") stay together; a dash joins a title's own qualifier and is not cut. A
    job the vocabulary lacks, found by its place, ends at a bar ("Event Planner | Depot 4")."""
    parts = [part for part in P.TITLE_PART_SEPARATOR.split(text) if part]
    jobs = [part for part in parts if has_title_word(part)]
    if len(parts) > 1 and len(jobs) == 1:
        return jobs[0]
    fields = [part for part in P.FIELD_BAR.split(text) if part]
    return fields[0] if not jobs and len(fields) > 1 else text


def qualifies_the_title(head: str) -> bool:
    """Rule: words beside a title on its row that end in a word of the titles' or the
    departments' vocabulary ("Key Account", "Senior Relationship", "de Ventas"), no surname,
    qualify the job: a name ends in a family name."""
    words = P.LETTER_RUN.findall(head)
    last = fold(words[-1]) if words else ""
    return last in title_vocabulary() and last not in surnames()
