"""A title told by where it is printed: next to the name, when no line holds a job word.

The title vocabulary (data/titles.txt) cannot know every job ("Storyteller", "Rainmaker", a
trade's own word). A card sets the person's title right under the name (or, on cards that
end with the name, right over it), in the name's column and no larger; a line placed there
that is no other field is the title.
"""

from __future__ import annotations

from . import patterns as P
from .address_text import has_street_word
from .blocks import lines_apart, set_with_the_firm
from .company_forms import has_business_word
from .lexicon import fold, has_cjk, has_legal_form, matcher
from .lines import CardLine, list_items
from .name_parts import given_then_family, is_degree_line
from .titles import (
    FIRM_WORDS,
    TitleChoice,
    is_slogan,
    names_a_department,
    names_a_unit,
)

# A title line holds at most this many words and characters ("Head of Partnerships EMEA").
MAX_PLACED_WORDS = 5
MAX_PLACED_CHARS = 40
# A job the vocabulary lacks is a word ("Storyteller"); its short ones (CEO, VP, Chef) are
# in the vocabulary, so a line whose words are all shorter than this is a speck or a piece.
MIN_PLACED_WORD = 4
# Titles are set no larger than the name; this much taller is a heading or a firm.
MAX_HEIGHT_OVER_NAME = 1.1
# One word in capitals this long is a brand, not a job (_brand_word).
MIN_BRAND_LETTERS = 3
# Besides letters and spaces, what a title line may hold ("R&D Lead", "Owner / Chef").
TITLE_SIGNS = frozenset(" &/.,'’()-")
# How often a title found by its place alone is right on rendered and development cards read
# with half the title vocabulary held out (bench/title_holdout.py): 294 of 316 (0.93) with
# its split of the vocabulary, 160 of 190 (0.84) with another (measured with fewer checks).
# Its confidence, times the OCR's, the lower figure rounded up.
PLACED_TITLE_SCORE = 0.85


def title_by_place(
    lines: list[CardLine],
    name_lines: tuple[int, ...],
    name_text: str,
    excluded: set[int],
    *,
    firm_found: bool,
    firm: tuple[int, ...] = (),
    firm_name: str = "",
    domains: tuple[str, ...] = (),
) -> TitleChoice | None:
    """Rule: the line printed right under the name (the next line of its column; a
    department, degrees or a line of values only between them do not count) is the title when it
    reads as one (:func:`_reads_as_title`). With no such line and the firm found elsewhere,
    the line right over the name is, as on cards that set the title over the name, unless
    it is set with the ``firm``'s rows (blocks.set_with_the_firm: the firm's tagline). A line
    naming the firm (:func:`_names_the_firm`: a word of ``firm_name`` or opening one of the
    ``domains``' names) is no title either."""
    if not name_lines or _given_name_only(name_text):
        return None
    passed = frozenset(ln.index for ln in lines if _passed_over(ln.rest))
    # A list's items say what the firm offers ("- Tax advisory"), not a job.
    skipped = excluded | passed | list_items(lines)
    free = [ln for ln in lines if ln.index not in skipped]
    bottom = max(name_lines, key=lambda i: _bottom(lines[i]))
    below = [
        ln
        for ln in free
        if _bottom(ln) > _bottom(lines[bottom])
        and lines_apart(lines, ln.index, bottom, ignore=passed) == 1
    ]
    if below:
        return _placed(below, lines[bottom], (firm_name, domains))
    if not firm_found:
        return None
    top = min(name_lines, key=lambda i: _top(lines[i]))
    above = [
        ln
        for ln in free
        if _top(ln) < _top(lines[top])
        and lines_apart(lines, ln.index, top, ignore=passed) == 1
        and not set_with_the_firm(ln, firm, name_lines, lines)
    ]
    return _placed(above, lines[top], (firm_name, domains))


# A firm's word this long or longer in a line says the line names the firm; shorter ones
# ("de", "and", "Co") are any line's.
MIN_FIRM_WORD = 4


def _names_the_firm(text: str, firm: tuple[str, tuple[str, ...]]) -> bool:
    """Rule: a line holding a word of MIN_FIRM_WORD letters or more that the firm's name
    holds, or that opens a name of its domains ("Orion Engeharia" beside the firm "ORION
    ENGENHARIA" or the domain orionengenh.com), names the firm, misread or set small under
    the person: a job the vocabulary lacks does not repeat the firm's name."""
    name, domains = firm
    firm_words = set(P.LETTER_RUN.findall(fold(name)))
    labels = [fold(label) for label in domains]
    return any(
        word in firm_words or any(label.startswith(word) for label in labels)
        for word in P.LETTER_RUN.findall(fold(text))
        if len(word) >= MIN_FIRM_WORD
    )


def _passed_over(text: str) -> bool:
    """A line of values only, a department or degrees ("B.Sc., LL.B.") sits between a name
    and its title without parting them."""
    return not text.strip() or names_a_department(text) or is_degree_line(text)


def _names_a_firm(text: str) -> bool:
    """A legal form, a word naming a kind of firm ("Logistics Group"), or a business word
    that is not also a department's ("Directora de Marketing" is a job)."""
    return (
        has_legal_form(text)
        or any(fold(word) in FIRM_WORDS for word in P.LETTER_RUN.findall(text))
        or has_business_word(matcher("department_words").sub(" ", text))
    )


def _placed(
    beside: list[CardLine], name: CardLine, firm: tuple[str, tuple[str, ...]]
) -> TitleChoice | None:
    if len(beside) != 1 or not _reads_as_title(beside[0], name, firm):
        return None
    return TitleChoice(beside[0], PLACED_TITLE_SCORE, placed=True)


def _given_name_only(name: str) -> bool:
    """A Latin name of one word is a shop's or a trade's card ("Odette" over "Pneumatiques"):
    the line beside it says what the business does, not a job."""
    return not has_cjk(name) and len(P.LETTER_RUN.findall(name)) < 2


def _bottom(line: CardLine) -> float:
    return line.box.bottom if line.box is not None else float(line.index)


def _top(line: CardLine) -> float:
    return line.box.y if line.box is not None else float(line.index)


def _letters_and_signs(text: str) -> bool:
    return all(ch.isalpha() or ch in TITLE_SIGNS for ch in text)


def title_after_name(line: CardLine, name: str, remainder: str) -> str | None:
    """Rule: words printed after the name on its row and set off from it by a comma, a dash
    or a bar (P.NAME_SPLITTER: "Sergio Polo- Gerente de Ventas", "Steven Glover, Project
    Manager") are the person's job when they read as one (:func:`_job_shaped`), whether or
    not the vocabulary knows its words; words after a mere space may be a degree or a
    second name, and words before the name a rank or a greeting."""
    text = line.rest
    at = text.find(name)
    if not remainder or at < 0 or has_cjk(text):
        return None
    after = at + len(name)
    cut = P.NAME_SPLITTER.match(text, after)
    if cut is None or cut.end() == after or text[cut.end() :].strip() != remainder:
        return None
    return remainder if _job_shaped(remainder, name) else None


def _reads_as_title(line: CardLine, name: CardLine, firm: tuple[str, tuple[str, ...]]) -> bool:
    """A short line, no larger than the name, holding no value, whose words read as a job
    (:func:`_job_shaped`) and do not name the ``firm`` (:func:`_names_the_firm`)."""
    text = P.FIELD_BAR.split(line.rest.strip(" ,;|-"))[0]  # "Event Planner | Depot 4"
    if line.had_values:
        return False
    if name.height and line.height > MAX_HEIGHT_OVER_NAME * name.height:
        return False
    return _job_shaped(text, name.rest or name.text) and not _names_the_firm(text, firm)


def _job_shaped(text: str, name: str) -> bool:
    """Latin, Cyrillic … words only, at most MAX_PLACED_WORDS, naming nothing else a card
    prints: no department, firm (department words aside: "Directora de Marketing"), street,
    slogan, opening days ("Abierto de lunes a sábado") or sentence ("Sauber. Schnell."),
    no brand in capitals."""
    words = P.LETTER_RUN.findall(text)
    if not words or not _letters_and_signs(text):
        return False
    if max(map(len, words)) < MIN_PLACED_WORD:
        return False  # "cs)", "ab": specks and pieces, not a job the vocabulary lacks
    if len(text) > MAX_PLACED_CHARS or len(words) > MAX_PLACED_WORDS:
        return False
    # Japanese, Chinese and Korean ranks are closed lists the vocabulary holds (部長, 經理,
    # 과장 …): a CJK line without one says what the firm does ("一般整備", "욕실 리모델링"),
    # is a slogan, or a misreading (lone jamo such as ㅁㄱ count as CJK too).
    if has_cjk(text) or has_cjk(name):
        return False
    return not (
        names_a_unit(text)
        or _names_a_firm(text)
        or _passed_over(text)
        or has_street_word(text)
        or is_slogan(text)
        or P.OPENING_HOURS.search(text)
        or _brand_word(words, text, name)
        or _plural_noun(words)
        or _repeats_a_word(words)
        or given_then_family(text)  # the next person on a card listing two
        or P.SENTENCE_END.search(text)
    )


def _plural_noun(words: list[str]) -> bool:
    """One word in the plural ("Fechaduras", "Repairs", "Ferragens") names what a shop offers:
    a job is one person's and singular, and no singular job word ends in a lone "s"
    ("Actress" ends in two)."""
    return len(words) == 1 and words[0].endswith("s") and not words[0].endswith("ss")


# The shortest word whose repeat marks a slogan ("a", "of", "de" repeat in any phrase).
MIN_REPEATED_LETTERS = 3


def _repeats_a_word(words: list[str]) -> bool:
    """A word said twice is a slogan's parallel ("Good food, good mood", "Clean home, happy
    home"): a job names one thing once."""
    folded = [w.casefold() for w in words if len(w) >= MIN_REPEATED_LETTERS]
    return len(folded) != len(set(folded))


def _brand_word(words: list[str], text: str, name: str) -> bool:
    """One word in capitals ("DALTEK", "HECHOAMANO" glued) beside a name that is not: a logo
    or a brand, or a piece of a wrapped line; a job word in capitals (CEO) is in the
    vocabulary. On a card setting its name in capitals too, capitals are its style."""
    if name.isupper():
        return False
    return len(words) == 1 and text.isupper() and len(words[0]) >= MIN_BRAND_LETTERS
