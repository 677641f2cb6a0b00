"""How a chosen title line is given as the title: brackets, licence numbers, degrees,
departments and CJK spacing as cards print them."""

from __future__ import annotations

from functools import cache

from cardscan.script import is_hangul_char

from . import cjk_patterns as CJK
from . import patterns as P
from .lexicon import has_cjk, has_legal_form, is_cjk_char, load, matcher
from .name_parts import is_degree_word
from .titles import CJK_UNIT_SUFFIXES, has_title_word, job_part


def title_of(text: str) -> str:
    """The title as printed, without brackets around all of it ("(Proprietor)", "[CEO]"),
    which set it apart on the card but are not part of it, and without a licence or
    registration number after it ("Loan Officer | NMLS #123456"): the number is the
    person's, not the job's; nor with a colon a label's layout left at its end ("차장:"), or
    a speck read as a dot apart from the last word ("Proprietor .") or after a CJK one
    ("상무.")."""
    text = P.LONE_DOTS_END.sub("", P.LICENCE_NUMBER_TAIL.sub("", text.strip()))
    text = P.CJK_DOTS_END.sub("", text)
    text = text.strip(" |,;:·•-–")
    text = P.ENCLOSING_BRACKETS.sub(r"\1", text).strip()
    return job_part(without_degrees(department_apart(closed_title_words(closed_cjk_gaps(text)))))


def closed_title_words(text: str) -> str:
    """Rule: a CJK title word read with a space inside ("책임 연구원") is given as the
    lexicon writes it; Hangul puts spaces between words, so only inside a title word."""
    return matcher("titles").sub(
        lambda m: m.group().replace(" ", "") if has_cjk(m.group()) else m.group(), text
    )


# Suffixes that close a department's name in CJK (部 division, 課/科 section, 室 office,
# 處/处 bureau, 中心 centre, 팀 team, 본부 headquarters); 부 and 실 alone open too many
# titles (부장).
DEPARTMENT_ENDS = ("部门", *CJK_UNIT_SUFFIXES, "中心", "팀", "본부")


# The shortest title phrase printed apart from its department: a two-character head noun
# (经理, 部長) is written as one word with it ("市场部经理").
MIN_TITLE_PHRASE = 3


def department_apart(text: str) -> str:
    """Rule: a department read glued to a title phrase of its own after it ("国际贸易部市场
    总监", "품질관리팀책임연구원") gets its space back, as cards print the two apart; the
    department ends at its last suffix before the title word (MIN_TITLE_PHRASE), or right
    before a Hangul title that stands alone (:func:`standing_title_after_unit`: "마케팅팀대리")."""
    standing = standing_title_after_unit(text.replace(" ", "")) if " " not in text else []
    if standing:
        at = standing[0][0]
        return text[:at] + " " + text[at:]
    for found in matcher("titles").finditer(text):
        head = text[: found.start()]
        if not head or not has_cjk(found.group()) or not is_cjk_char(head[-1]):
            continue
        word = head.split()[-1]
        cut = max(
            (word.rfind(end) + len(end) for end in DEPARTMENT_ENDS if end in word[1:]), default=-1
        )
        at = len(head) - len(word) + cut
        if cut > 1 and found.end() - at >= MIN_TITLE_PHRASE:
            return text[:at] + " " + text[at:]
    return text


def closed_cjk_gaps(text: str) -> str:
    """Rule: a space OCR put between two Han or kana characters of a title ("业务 经理") is
    dropped, except after a department, which the title's words follow ("市场部 高级工程师")."""
    pieces = P.CJK_GAP.split(text)
    if len(pieces) == 1:
        return text
    out = pieces[0]
    for piece in pieces[1:]:
        last_word = out.split()[-1] if out.split() else out
        out += (" " if CJK.CJK_DEPARTMENT.match(last_word) else "") + piece
    return out


def without_degrees(text: str) -> str:
    """Rule: degrees printed before or after the title ("B.Tech, MBA | Director", "MBBS, MD -
    Consultant Physician", "Partner, FCA") are qualifications, not the job: dropped when what
    remains still holds a title word ("Asst. Prof." stays whole)."""
    tokens = list(P.DEGREE_TOKEN.finditer(text))
    first, last = 0, len(tokens)
    while (
        first < last
        and is_degree_word(tokens[first].group())
        and not P.SENIORITY.fullmatch(tokens[first].group())
    ):
        first += 1
    while last > first and is_degree_word(tokens[last - 1].group()):
        last -= 1
    if first == last or (first, last) == (0, len(tokens)):
        return text
    core = text[tokens[first].start() : tokens[last - 1].end()].strip(" ,;|/&·•-–—")
    return core if has_title_word(core) else text


def title_and_company(text: str) -> tuple[str, str] | None:
    """Rule: one line printing the title, then the company after a comma, a bar or "at"
    ("Marketing Director, Northwind Ltd.", "Head of Sales | Fernhill Group"): (title,
    company) when the first part holds a title word and no legal form, and the second a
    legal form or a kind of business and no title word."""
    found = P.TITLE_COMPANY_SEPARATOR.search(text)
    if found is None:
        return None
    title, company = text[: found.start()].strip(), text[found.end() :].strip()
    if not title or not company or not has_title_word(title) or has_legal_form(title):
        return None
    if has_title_word(company):
        return None
    if not (has_legal_form(company) or matcher("company_words").search(company)):
        return None
    return title, company


@cache
def _standing_hangul_titles() -> tuple[str, ...]:
    """The Hangul titles that count only as words of their own ("=대리" in titles.txt)."""
    entries = (e[1:] for e in load("titles") if e.startswith("="))
    return tuple(e for e in entries if e and all(map(is_hangul_char, e)))


def standing_title_after_unit(compact: str) -> list[tuple[int, int]]:
    """Rule: a title that counts only standing alone ("대리", not the 대리 of 대리점), read
    glued at the end of a run right after a department's suffix ("…마케팅팀대리"): the
    unit ends a word, so as printed the title stood alone. Its span, or none."""
    for title in _standing_hangul_titles():
        start = len(compact) - len(title)
        if start > 0 and compact.endswith(title) and P.CJK_UNIT_SUFFIX.search(compact[:start]):
            return [(start, len(compact))]
    return []
