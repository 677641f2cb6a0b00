"""CJK names: their shape (2–5 Han or kana characters, 2–4 Hangul syllables), a known
family name at their start, and the name cut out of a run that holds its title too
("王大明總經理", "박은주 경영지원팀 이사"). name_text.py has the Latin side."""

from __future__ import annotations

from cardscan.script import is_hangul_char

from . import patterns as P
from .lexicon import has_cjk, is_cjk_char, matcher
from .name_parts import HANGUL_GIVEN_SYLLABLES, cjk_surnames
from .title_text import standing_title_after_unit
from .titles import has_title_word

# Longest Korean name in syllables: a family name of one or two (김, 남궁) and a given name
# of two, rarely one or three; five syllables on a Korean card are a firm ("한빛소프트").
MAX_HANGUL_NAME = 4
# Longest Japanese or Chinese name in characters (佐々木健二).
MAX_HAN_NAME = 5
# ... after a family name of three (佐々木, 長谷川, 五十嵐), whose given name may have three
# too (佐々木由美子, 長谷川くみ子).
MAX_LONG_FAMILY_NAME = 6
LONG_FAMILY = 3


def cjk_name_shape(text: str) -> bool:
    """2–5 Han/kana characters, six after a family name of three (MAX_LONG_FAMILY_NAME), or
    2–4 Hangul syllables (MAX_HAN_NAME, MAX_HANGUL_NAME), maybe one space between family
    and given name (佐々木 健二, 김민준); without a space, not ending
    like a department (総務課). Four Hangul syllables only after a family name of two
    (남궁민수): a given name of three is rare, and a shop's four-syllable phrase of hours
    or trade ("연중무휴", open all year) is not a name."""
    text = text.strip()
    if " " not in text and P.CJK_UNIT_SUFFIX.search(text):
        return False
    compact = text.replace(" ", "")
    hangul = bool(compact) and is_hangul_char(compact[0])
    if hangul and len(compact) == MAX_HANGUL_NAME and compact[:2] not in cjk_surnames():
        return False
    longest = MAX_HANGUL_NAME if hangul else MAX_HAN_NAME
    if not hangul and compact[:LONG_FAMILY] in cjk_surnames():
        longest = MAX_LONG_FAMILY_NAME
    return bool(P.CJK_NAME.match(text)) and len(compact) <= longest


def close_cjk_spacing(text: str) -> str | None:
    """A CJK name set letter-spaced ("王 小 明", "김 민 준"), closed up: each word one
    character, two to four of them; or a name read with a space inside its given name
    ("佐々木く み子"), closed up when only so is it name-shaped, after a known family name."""
    words = text.split()
    if 2 <= len(words) <= 4 and all(len(w) == 1 and has_cjk(w) for w in words):
        return "".join(words)
    compact = "".join(words)
    if len(words) == 2 and all(is_cjk_char(ch) for ch in compact) and not cjk_name_shape(text):
        return compact if cjk_name_shape(compact) and known_cjk_family(compact) else None
    return None


def glued_cjk_title(text: str) -> str | None:
    """Rule: a CJK name and its title read as one run of characters, the title after or
    before the name ("王大明總經理", "대표이사홍길동", "池田花子代表取締役社長"): the name when
    the other end of the run is a title from the lexicon, or titles one after another, and
    the name begins with a known family name; before the titles, a Hangul name may be glued
    to a department too (:func:`_hangul_name_before_unit`)."""
    compact = text.replace(" ", "")
    if not compact or not all(is_cjk_char(ch) for ch in compact):
        return None
    spans = [(m.start(), m.end()) for m in matcher("titles").finditer(compact)]
    spans = sorted(
        {*spans, *_title_standing_last(text, len(compact)), *standing_title_after_unit(compact)}
    )
    head = compact[: _chain_start(spans, len(compact))]
    for name in (head, compact[_chain_end(spans) :]):
        if name != compact and _name_beside_title(name):
            return name
    return _hangul_name_before_unit(head) if head != compact else None


def given_name_glued_to_title(text: str) -> str | None:
    """Rule: a CJK name printed family name, space, given name, its title read glued to
    the given name ("中川 稔主任", "김 민준과장"): the name is the words before the run of
    titles ending the line, when it is name-shaped and starts with a known family name.
    (Cut at the space, the title would take the given name along.)"""
    words = text.split()
    if len(words) != 2 or not all(is_cjk_char(ch) for ch in "".join(words)):
        return None
    family, last = words
    spans = [(m.start(), m.end()) for m in matcher("titles").finditer(last)]
    start = _chain_start(spans, len(last))
    given = last[:start]
    if not 0 < start < len(last) or P.CJK_UNIT_SUFFIX.search(given):
        return None
    name = f"{family} {given}"
    return name if _name_beside_title(name) else None


def _title_standing_last(text: str, end: int) -> list[tuple[int, int]]:
    """The span, in the run closed up, of a last word that is a title only standing alone
    ("대리" in "박하린기획팀 대리"): closing the run up glues it to the word before."""
    words = text.split()
    if len(words) > 1 and matcher("titles").fullmatch(words[-1]):
        return [(end - len(words[-1]), end)]
    return []


def _hangul_name_before_unit(head: str) -> str | None:
    """Rule: the part of a Hangul run before its titles that is a name glued to a
    department ("박서현" + "마케팅팀" before "수석연구원"): a known family name and
    HANGUL_GIVEN_SYLLABLES syllables, the rest two syllables or more ending like a unit
    (…팀, …부, …실)."""
    if not head or not all(is_hangul_char(ch) for ch in head):
        return None
    for size in (2, 1):
        end = size + HANGUL_GIVEN_SYLLABLES
        name, unit = head[:end], head[end:]
        if head[:size] not in cjk_surnames() or len(unit) < 2:
            continue
        if P.CJK_UNIT_SUFFIX.search(unit) and not has_title_word(name):
            return name
    return None


def _chain_start(spans: list[tuple[int, int]], end: int) -> int:
    """Where the run of titles ending the text starts, one title after another
    ("代表取締役" + "社長"); ``end`` when no title ends it."""
    start = end
    for first, last in reversed(spans):
        if last != start:
            break
        start = first
    return start


def _chain_end(spans: list[tuple[int, int]]) -> int:
    """Where the run of titles opening the text ends; 0 when no title opens it."""
    end = 0
    for first, last in spans:
        if first != end:
            break
        end = last
    return end


def _name_beside_title(name: str) -> bool:
    return cjk_name_shape(name) and not has_title_word(name) and known_cjk_family(name)


def without_leading_cjk_name(title: str) -> str:
    """Rule: a CJK title line that opens with the person's name ("박은주 경영지원팀 이사",
    "최 정훈|해외사업부 이사") is the title without it: a name-shaped first word with a known
    family name, then a space or a separator, then a title."""
    gaps = list(P.NAME_TITLE_GAP.finditer(title))
    for gap in gaps[:2]:  # the name as one word ("박은주") or two ("최 정훈")
        name, rest = title[: gap.start()], title[gap.end() :]
        if (
            has_cjk(name)
            and cjk_name_shape(name)
            and known_cjk_family(name)
            and not has_title_word(name)
            and has_title_word(rest)
        ):
            return rest
    return title


def known_cjk_family(text: str) -> bool:
    """A CJK name that starts with a known family name (伊藤淳, 김민준, 五十嵐一郎)."""
    compact = text.replace(" ", "")
    return any(compact[:size] in cjk_surnames() for size in (3, 2, 1) if len(compact) > size)
