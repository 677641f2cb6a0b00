"""OCR slips undone in a name's text: a zero for O, "AI" for the particle "Al", a courtesy
title, a middle initial or the title glued to the name, a capital read as its small letter
(a capital I as a small l)."""

from __future__ import annotations

import re

from . import patterns as P
from .lexicon import fold
from .name_parts import given_names, is_degree_word, is_known_name_word
from .title_misreads import holds_a_title

# Lower-case particles that sit inside names (Maria da Silva, Ludwig van Beethoven).
PARTICLES = frozenset(
    {
        "da",
        "de",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "y",
        "e",
        "bin",
        "al",
    }
)


# Words in small letters a name holds between capitalised ones: PARTICLES, and the
# particles of names no repair here joins or splits ("Eva af Klint", "Ali ibn Hassan",
# "Jan op den Akker", "Heinrich zu Stolberg").
INNER_SMALL_WORDS = PARTICLES | frozenset({"af", "av", "ibn", "bint", "op", "zu", "zur", "dei"})


def small_word_not_a_particle(words: list[str]) -> bool:
    """Rule: a word in small letters that is no particle (INNER_SMALL_WORDS) between
    capitalised words makes a phrase, not a name ("Made in Germany", "Quality for Life"); a
    first word in small letters is as often a capital OCR read small ("устинов Парфен")."""
    capitalised = any(w[:1].isupper() for w in words)
    return capitalised and any(
        w[:1].islower() and w.isalpha() and w not in INNER_SMALL_WORDS for w in words[1:-1]
    )


def repair_name_text(text: str) -> str:
    """Undo OCR slips common in names: a small l for a capital I ("Abha lyer"), a one for a
    small l ("Lauren Maxwel1"), a zero for the letter O ("Josué0liveira"), "AI" for the
    particle "Al" ("Hamad AI Ameri"), a courtesy title glued to the name ("DR.XITI KALE",
    "Adv.Meera Rao": the space after its full stop is back), "Mc" read apart from the rest
    of a Scottish or Irish family name ("William Mc Donald": P.MC_APART)."""
    text = with_small_l_back(with_capital_i_back(text))
    text = P.AI_PARTICLE.sub("Al", P.ZERO_IN_WORD.sub("O", text))
    glued = P.GLUED_HONORIFIC.match(text)
    if glued and is_degree_word(glued.group(1)):
        text = f"{glued.group(1)} {text[glued.end(1) :]}"
    text = with_particles_apart(with_initials_apart(with_given_name_apart(text)))
    return with_capitals_back(with_glued_title_apart(P.MC_APART.sub("Mc", text)))


def with_small_l_back(text: str) -> str:
    """Rule: the digit one inside a capitalised word ("Lauren Maxwel1", "Wi1son") is a small
    l misread, when it is the text's only digit: a line with other digits is a value, an
    address or a room ("Room1, Block 4")."""
    if sum(ch.isdigit() for ch in text) != 1:
        return text
    return P.ONE_FOR_L.sub(lambda found: found.group().replace("1", "l"), text)


def with_capital_i_back(text: str) -> str:
    """Rule: a word opening with a small "l" before a consonant ("Abha lyer", "lgor
    Petrov") is a capital I misread, as the two are one stroke in sans-serif type, when
    another word of the text is capitalised: no word of a name, title or firm opens so."""
    if not any(w[:1].isupper() for w in text.split()):
        return text
    return P.SMALL_L_FOR_I.sub("I", text)


# The fewest letters either side of a case change that parts a given name from the next word
# ("RodolfoBarragán"); "McDonald", "DeLuca", "LeBlanc" open with shorter pieces.
MIN_GLUED_PART = 3


def with_given_name_apart(text: str) -> str:
    """Rule: a name of two words or more whose first word OCR read glued to the next
    ("RodolfoBarragán Palomino") gets its space back where a small letter meets a capital,
    when the part before is a known given name of MIN_GLUED_PART letters or more and the
    part after is none ("MaryAnn Smith" is printed so)."""
    words = text.split()
    if len(words) < 2 or not words[0].isalpha():
        return text
    parts = P.CASE_CHANGE.split(words[0])
    if len(parts) != 2 or min(map(len, parts)) < MIN_GLUED_PART:
        return text
    if fold(parts[0]) not in given_names() or fold(parts[1]) in given_names():
        return text  # "MaryAnn", "LeeAnn": one given name printed so
    return " ".join([*parts, *words[1:]])


# Particles OCR glues to the given name before them ("Gabrieldas Neves"): two letters or
# more (a lone "e" or "y" ends many names), and the given name at least MIN_GLUED_GIVEN long.
GLUED_PARTICLES = ("das", "dos", "da", "do", "de", "del", "della", "di", "du", "van", "von")
MIN_GLUED_GIVEN = 4
# Arabic family names open with "Al" or "El", printed apart ("Layla Al Mansoori"): glued to the
# given name before them in a name of two words ("LAYLAAL MANSOORI") they are cut off too.
ARABIC_PARTICLES = ("al", "el")


def with_particles_apart(text: str) -> str:
    """Rule: in a name of three words or more, a word no lexicon knows that is a known given
    name with a particle glued after it ("Arthur Gabrieldas Neves Farias") is the two words
    ("Gabriel das"); a lower-case particle is seldom read with its space in narrow type.
    In a name of two words or more, a lower-case particle glued before a capital ("Ana
    deSouza", and Arabic "AlMarzouqi") is set apart too, and so is an Arabic "Al" or "El"
    glued after a known given name ("LAYLAAL MANSOORI"), never in the name's last word."""
    words = text.split()
    if len(words) < 2:
        return text
    glued_after = len(words) >= 3
    return " ".join(
        _particle_apart(word, glued_after=glued_after, last=i == len(words) - 1)
        for i, word in enumerate(words)
    )


def _particle_apart(word: str, *, glued_after: bool, last: bool = False) -> str:
    before = P.PARTICLE_GLUED_BEFORE.match(word)
    if before:  # "deSouza", "vanDijk", "AlMarzouqi"
        return f"{before.group(1)} {word[before.end(1) :]}"
    if last or not word.isalpha() or is_known_name_word(word):
        return word
    folded = fold(word)
    particles = (GLUED_PARTICLES if glued_after else ()) + ARABIC_PARTICLES
    for particle in particles:
        head = folded[: -len(particle)]
        if folded.endswith(particle) and len(head) >= MIN_GLUED_GIVEN and head in given_names():
            cut = len(word) - len(particle)
            return f"{word[:cut]} {word[cut:]}"
    return word


def with_initials_apart(text: str) -> str:
    """Rule: a middle initial read glued to a word beside it gets its space back: to the
    family name after it ("RYAN V.RAMASWAMY"), to the given name before it ("AmolA.
    Agate"), or to both when the word before it is a known given name ("DOMINICS.NAYAR");
    so does a family name with an elided particle glued to the word before it
    ("AnthonyD'Souza"). An initial opening the name stays as printed ("K.SRINIVASAN"), and
    so do degrees after a comma ("Sophie Tremblay, P.Eng.")."""
    name, comma, rest = text.partition(",")
    name = P.INITIAL_GLUED_BOTH.sub(_initial_glued_both, name)
    name = P.INITIAL_GLUED_AFTER.sub(r" \1", P.MIDDLE_INITIAL_GLUED.sub(r"\1 ", name))
    return P.ELIDED_NAME_GLUED.sub(" ", name) + comma + rest


def _initial_glued_both(found: re.Match[str]) -> str:
    """The given name, its initial and the family name apart when the word before the
    initial is a known given name and the whole word is none ("JAMES.SMITH" stays)."""
    given, initial = found.group(1), found.group(2)
    if fold(given) not in given_names() or fold(given + initial) in given_names():
        return found.group(0)
    return f"{given} {initial}. "


# A word's last part in Title Case after a small letter ("BolnbachProkurist"), maybe an
# abbreviation with its stop ("RamakrishnanAsst." before "Manager"), or in capitals of two
# to four letters, as title abbreviations are printed ("WoodardCEO", "AhmedHR" before
# "Business Partner").
GLUED_TITLE_CASE = re.compile(r"(?<=[a-zß-ÿ])(?=(?:[A-ZÀ-Þ][a-zß-ÿ]{3,}\.?|[A-ZÀ-Þ]{2,4})$)")


# Family names' prefixes followed by a capital inside the name ("McDonald", "MacLeod").
CAPITAL_INSIDE_PREFIXES = frozenset({"mc", "mac"})


def with_glued_title_apart(text: str) -> str:
    """Rule: a name's last word read glued to the title after it, the title's capital
    showing where ("Melitta BolnbachProkurist", "Amber MaldonadoAccount Executive", "Ada
    LoweHR Business Partner"), gets its space back when the glued part and any words after
    it are a title (one letter may be misread: "Account Executve") and the part before it
    one capitalised word, no prefix with a capital after it (CAPITAL_INSIDE_PREFIXES:
    "McDonald - Business Development Manager" is a name before a title): the name and
    title are then cut as on one row."""
    words = text.split()
    for k in range(1, len(words)):
        cut = GLUED_TITLE_CASE.search(words[k])
        if cut is None:
            continue
        head, glued = words[k][: cut.start()], words[k][cut.start() :]
        title = " ".join([glued, *words[k + 1 :]])
        prefix = fold(head) in CAPITAL_INSIDE_PREFIXES
        if head[1:].islower() and not prefix and holds_a_title(title):
            return " ".join([*words[:k], head, title])
        return text  # "BusinessDevelopmentManager" is a glued title, no name and title
    return text


# Letters whose capital is their small letter set larger: OCR reads "Oliver" as "oliver".
CASE_ALIKE = frozenset("cosuvwxz")


def with_capitals_back(text: str) -> str:
    """Rule: in two or three words opening with a known given name in Title Case ("Claire
    oliver"), a lower-case word opening with a letter whose capital has the same shape
    (CASE_ALIKE) is given its capital back, unless it is a particle ("van", "da"); the
    letter after an "O'" too ("William o'sullivan" → "O'Sullivan")."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not words[0].istitle() or fold(words[0]) not in given_names():
        return text
    fixed = [w.title() if _case_slip(w) else w for w in words]
    if not all(w.istitle() or w.lower() in PARTICLES for w in fixed[1:]):
        return text
    return " ".join(fixed)


def _case_slip(word: str) -> bool:
    letters = P.IRISH_O.sub("o", word)
    return (
        letters.isalpha()
        and letters.islower()
        and letters[0] in CASE_ALIKE
        and word not in PARTICLES
    )
