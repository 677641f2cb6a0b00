"""A name printed in two scripts: the CJK line beside a Latin name that holds the same
person's name, often with the title after it (names.py pairs the two)."""

from __future__ import annotations

from cardscan.script import has_hangul

from .hangul import spells_syllables
from .lexicon import has_cjk
from .name_cjk import cjk_name_shape, given_name_glued_to_title, known_cjk_family
from .non_names import is_non_name
from .titles import has_title_word


def leading_cjk_name(text: str, latin: str) -> str | None:
    """Rule: a CJK line that opens with a name in as many words as the Latin name printed
    beside it, or in one word (printed solid), a known family name first, and goes on with
    words that are no part of it (a title, maybe misread: "최 예진 적임 연구?" by "Choi
    Yejin", "장미정 영업부 과장" by "Jang Mijeong"), holds that name when it is the Latin
    name's twin (:func:`_twin_of`); the given name may be read glued to the title
    (:func:`given_name_glued_to_title`: "中川 稔主任" by "Minoru Nakagawa")."""
    words = text.split()
    count = len(latin.split())
    glued = given_name_glued_to_title(text)
    if glued is not None and len(words) == count and _twin_of(glued, "", latin, solid=False):
        return glued
    for size in dict.fromkeys((count, 1)):
        if len(words) <= size or not all(has_cjk(w) for w in words[:size]):
            continue
        head = " ".join(words[:size])
        if not cjk_name_shape(head) or not known_cjk_family(head) or is_non_name(head):
            continue
        if _twin_of(head, " ".join(words[size:]), latin, solid=size < count):
            return head
    return None


def _twin_of(head: str, rest: str, latin: str, *, solid: bool) -> bool:
    """Rule: a Hangul name is the Latin name's twin when the Latin name spells its given
    name (the family name is often spelled its own way: Park, Lee, Choi), or when it is
    printed solid and a title follows it; a Han name, which Latin letters cannot check,
    when printed in as many words as the Latin one, or solid with a title after it."""
    if has_hangul(head) and spells_syllables(head.replace(" ", "")[1:], latin):
        return True
    return has_title_word(rest) if solid else not has_hangul(head)
