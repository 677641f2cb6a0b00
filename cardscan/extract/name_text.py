"""Which text on a card line is shaped like a person's name: the shapes (Latin, CJK,
initials), what rules a line out, and the repairs of OCR slips in names (a zero for O; glued
words are split by name_glue.py). names.py scores the candidates these give."""

from __future__ import annotations

from collections.abc import Sequence

from . import patterns as P
from .lexicon import fold, has_cjk, letters_only, romanised
from .lines import CardLine
from .name_cjk import (
    cjk_name_shape,
    close_cjk_spacing,
    given_name_glued_to_title,
    glued_cjk_title,
)
from .name_glue import (
    spelled_head,
    unglue_by_case,
    unglue_by_email,
    unglue_by_lexicon,
    unglue_name,
    unglue_word_by_email,
    unglue_words_by_case,
)
from .name_parts import (
    couple_halves,
    given_names,
    name_words,
)
from .name_repairs import PARTICLES, repair_name_text, small_word_not_a_particle
from .non_names import is_non_name
from .title_misreads import holds_a_title, title_word_read_as
from .titles import has_title_word, qualifies_the_title


def latin_name_shape(text: str) -> bool:
    """2–6 name-shaped words, at most 4 of them longer than an initial besides particles
    ("Ana Júlia Fonseca da Rocha"); no digits, @, URL or CJK characters (words of Han or
    Hangul are letters to Python, but a CJK name has a shape of its own)."""
    if has_cjk(text) or any(ch.isdigit() for ch in text) or "@" in text:
        return False
    if "www" in text.lower() or "/" in text:
        return False
    # Sentences are not names: "Fast. Reliable. Affordable." (a name abbreviates at most one
    # long word: "Amaral Jr.", "Md. Karim").
    if sum(len(w) > 4 and w.endswith(".") for w in text.split()) >= 2:
        return False
    words = name_words(text)
    full = [w for w in words if len(w) >= 2 and w.lower() not in PARTICLES]
    if not 2 <= len(words) <= 6 or len(full) > 4:
        return False
    if not all(P.NAME_TOKEN.match(w) or P.INITIAL.match(w + ".") for w in words):
        return False
    if words[-1][:1].islower() and any(w[:1].isupper() for w in words):
        return False  # particles stand inside a name: "Rápido e confiável" is a slogan
    if small_word_not_a_particle(words):
        return False
    return sum(len(w) >= 2 for w in words) >= 2 or initials_and_name(words)


def initials_and_name(words: list[str]) -> bool:
    """Rule: initials and one name ("K. Srinivasan", "R. K. Narayan", "Srinivasan K."): how
    South Indian names are printed (the initials stand for the father's or the family name),
    and a common short form elsewhere. The name is a capitalised word of three letters or more."""
    full = [w for w in words if len(w) >= 2]
    if len(full) != 1 or len(words) > 4 or full[0] not in (words[0], words[-1]):
        return False
    return (
        len(full[0]) >= 3
        and full[0][0].isupper()
        and all(w.isupper() for w in words if len(w) == 1)
    )


def after_title(text: str) -> str | None:
    """The words after a job title printed first on the same row ("業務經理 王小明",
    "Director Ana Lima"), when those words hold no title word and do not qualify the title
    ("Jefe de Ventas": :func:`qualifies_the_title`); words opening in lower case go on with
    the title ("Chef de Projet")."""
    words = text.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if tail[:1].islower():  # "Chef de Projet": the title goes on, no name follows
            continue
        if has_title_word(head) and not has_title_word(tail) and not qualifies_the_title(tail):
            return tail
    return None


def two_script_name(text: str) -> tuple[str, str] | None:
    """Rule: one row holding a name in CJK and its Latin spelling ("王小明 Wang Xiaoming",
    "KIM MINJUN 김민준"): (CJK name, Latin name), each name-shaped on its own."""
    words = text.split()
    kinds = [has_cjk(w) for w in words]
    if not any(kinds) or all(kinds) or kinds != sorted(kinds, reverse=kinds[0]):
        return None  # both scripts, each in one run
    cjk = " ".join(w for w, k in zip(words, kinds) if k)
    latin = " ".join(w for w, k in zip(words, kinds) if not k)
    cjk = close_cjk_spacing(cjk) or cjk
    if cjk_name_shape(cjk) and latin_name_shape(latin) and not is_non_name(text):
        return cjk, latin
    return None


def capitalisation(text: str) -> float:
    """1 for Title Case or ALL CAPS words (particles aside), 0 mixed, -1 mostly lower case."""
    words = [w for w in name_words(text) if w.lower() not in PARTICLES]
    if not words:
        return -1.0
    if all(w.isupper() for w in words if len(w) > 1) or all(w[0].isupper() for w in words):
        return 1.0
    return -1.0 if sum(w[0].islower() for w in words) * 2 >= len(words) else 0.0


# Quote marks OCR reads from specks at a name's ends ("Фёкла Доронина’"); an apostrophe
# inside a name stays ("O'Neil", "D’Souza").
STRAY_QUOTES = "'’‘\"“”`´"


def strip_name_text(text: str) -> str:
    """Trim separators, stray quote marks, specks read as symbols ("Ana Lima ~") and a role
    label ("Inh.") around a name, keeping the period of a closing abbreviation ("Amaral
    Jr.", "Tremblay, P.Eng."). CJK names are not abbreviated: a stop after one ("김수민.")
    is a speck."""
    text = without_edge_specks(P.PERSON_LABEL.sub("", text)).strip(" ,;:" + STRAY_QUOTES)
    last = text.split()[-1].rstrip(".") if text.split() else ""
    if text.endswith(".") and (len(last) > 3 or has_cjk(last)) and "." not in last:
        text = text.rstrip(".")
    return text.strip(" ,;:")


def without_edge_specks(text: str) -> str:
    """Rule: a token at either end holding no letter or digit ("~", "»", "©") is a speck or
    an icon OCR read beside the words, not part of them."""
    words = text.split()
    while words and not any(ch.isalnum() for ch in words[-1]):
        words.pop()
    while words and not any(ch.isalnum() for ch in words[0]):
        words.pop(0)
    return " ".join(words) if len(words) < len(text.split()) else text


# A dash, a bar or a middle dot (Korean cards print ㆍ) left at either end of a name cut from
# its line ("Charles Merle- Buyer", "김영일 ㆍ").
NAME_EDGE = " ,;:|-–—·ㆍ"


def without_full_stop(text: str) -> str:
    """Rule: a full stop after a name's last word is the sentence's, kept when a name is cut
    from the title after it ("Lidia Marsh. Gerente"): no name ends in one, but for an
    initial or a suffix (P.STOP_AFTER_LONG_WORD)."""
    return P.STOP_AFTER_LONG_WORD.sub("", text)


def candidate_text(
    line: CardLine, locals_: list[str], domain_labels: Sequence[str] = ()
) -> str | None:
    """The name-shaped part of a line: whole line, the piece before ", Title" / "| Title",
    the words before a title printed on the same row ("유 정순 과장", "Ana Lima Gerente"),
    or a name whose words OCR glued together (see name_glue.py); a single known given name
    alone on its line, or any single word after a label naming the person (a shop's "Ask for
    Maria", "Contact: Tarun")."""
    rest = repair_name_text(strip_name_text(line.rest))
    if not rest:
        return None
    pieces = [p for p in P.NAME_SPLITTER.split(rest) if p]
    printed = [p for p in P.FIELD_SEPARATOR.split(line.text) if p.strip()]  # "Ana Lima | CEO"
    options = [
        spelled_head(rest, locals_),
        None if P.GLUED_HYPHEN_GAP.search(rest) else rest,
        *pieces[:1],
        *[_left_by_values(repair_name_text(strip_name_text(p)), rest) for p in printed[:1]],
        given_name_glued_to_title(rest),
        before_title(rest),
        after_title(rest),
        close_cjk_spacing(rest),
        glued_cjk_title(rest),
        without_bracketed_role(rest),
    ]
    both = two_script_name(rest)
    if both is not None:
        return both[0]  # the main script's is chosen later (names.in_main_script)
    for text in options:
        # A speck read as a dot apart after the name ("Давыд Матвеевич . начальник…").
        text = text and without_full_stop(P.LONE_DOTS_END.sub("", text.strip(NAME_EDGE)))
        shaped = text and _name_shaped(text) and not is_non_name(text, locals_=locals_)
        if shaped and not _leftover_of_values(text, line):
            return unglue_word_by_email(text, locals_) or unglue_words_by_case(text) or text
    squashed = "".join(rest.split()) if all(len(w) == 1 for w in rest.split()) else rest
    # "MariaSilva-Gerente", "MariaSilva, Gerente": glued, and a title after it
    head = (before_title(rest) or "").strip(NAME_EDGE)
    ungluers = (
        unglue_name(rest, locals_),
        unglue_by_case(rest),
        head and (unglue_name(head, locals_) or unglue_by_case(head)),
        None if _spells_a_domain(squashed, domain_labels) else unglue_by_lexicon(squashed),
        unglue_by_email(squashed, locals_),
    )
    for unglue in ungluers:
        if unglue:
            return unglue
    labelled = bool(P.PERSON_LABEL.match(line.rest)) and lone_word(rest)
    return rest if labelled or lone_given_name(rest) else None


def _left_by_values(piece: str, rest: str) -> str | None:
    """Rule: a piece of the printed line is a name only with the words the values left
    ("Ana Lima Tel | 044-…" prints the piece "Ana Lima Tel", whose "Tel" went with the
    number)."""
    return piece if set(piece.split()) <= set(rest.split()) else None


# A glued word this long that opens the firm's domain label is the firm's.
MIN_DOMAIN_WORD = 4


def _spells_a_domain(word: str, domain_labels: Sequence[str]) -> bool:
    """Rule: a word in capitals that opens the card's own (not free-mail) domain label
    ("DONGBANG" ↔ dongbang-chem.co.kr) is the firm's logo word, not a person's name read
    without its space, though its letters split into a known given name and surname ("DONG
    BANG", "SAM SUNG"): Korean and Chinese firms' romanised names are made of the syllables
    their people's names are."""
    folded = fold(word)
    return len(folded) >= MIN_DOMAIN_WORD and any(
        letters_only(label).startswith(folded) for label in domain_labels
    )


# On a line that held a value, what is left in words of at most this many letters each is
# labels and misread codes ("Mo. HH" of "Mo. +7 … HH/KIII 5845…"), not a person's name.
LEFTOVER_WORD_LETTERS = 2


def _leftover_of_values(text: str, line: CardLine) -> bool:
    """Rule: on a line an email, phone or website was read on, a Latin text whose every word
    has at most LEFTOVER_WORD_LETTERS letters is the values' labels and codes."""
    if not line.had_values or has_cjk(text):
        return False
    return all(sum(ch.isalpha() for ch in w) <= LEFTOVER_WORD_LETTERS for w in text.split())


def _name_shaped(text: str) -> bool:
    """Latin or CJK name-shaped; initials glued to the name count as words ("K.SRINIVASAN",
    "R.K.Sharma" are printed so), though the name is kept as printed."""
    spaced = P.GLUED_INITIAL.sub(r"\1. ", text)
    return latin_name_shape(spaced) or cjk_name_shape(text) or _couples_names(text)


def _couples_names(text: str) -> bool:
    """Two people's names on the card they share (name_parts.couple_halves): a given name
    or a whole name before the "&", a whole name after it."""
    halves = couple_halves(text)
    if halves is None:
        return False
    left, right = halves
    words = left.split()
    one_given = len(words) == 1 and bool(P.NAME_TOKEN.match(words[0]))
    return (one_given or latin_name_shape(left)) and latin_name_shape(right)


def without_bracketed_role(text: str) -> str | None:
    """The name without a short bracketed part after it ("Rakesh Sharma (Prop.)",
    "Ana Lima (CEO)"): a role or a pronoun set apart, not part of the name."""
    found = P.TRAILING_BRACKETED.search(text)
    if found is None or len(found.group(1).split()) > 3:
        return None
    return text[: found.start()].strip() or None


def before_title(text: str) -> str | None:
    """The words before a job title printed on the same row without a separator ("유 정순
    과장" → "유 정순"), when the words after the cut hold a title and the words before do not;
    the longest such head that is name-shaped ("김 정희 영업부 책임연구원" → "김 정희": the
    department goes with the title). A hyphen glued between the name and the title cuts as
    a space does ("Daniel Roux-Directeur général"). A head ending in a word that qualifies
    jobs (:func:`qualifies_the_title`), also with a letter misread ("HR Busines Partner"), is
    the title's own start ("Key Account Manager")."""
    text = " ".join(text.split())
    cuts = [m.start() for m in P.NAME_TITLE_CUT.finditer(text)]
    heads = []
    for cut in reversed(cuts):  # the longest head first: "Ana Lima | Gerente"
        head, tail = text[:cut].strip(), text[cut + 1 :].strip()
        if head and holds_a_title(tail) and not has_title_word(head):
            heads.append(head)
    heads = [h for h in heads if not _qualifies_the_title(h)]
    shaped = [h for h in heads if latin_name_shape(h) or cjk_name_shape(h)]
    return (shaped or heads or [None])[0]


def _qualifies_the_title(head: str) -> bool:
    """:func:`qualifies_the_title`, the head's last word read as the title word it misreads."""
    words = P.LETTER_RUN.findall(head)
    form = title_word_read_as(words[-1]) if words else None
    return qualifies_the_title(head) or (form is not None and qualifies_the_title(form))


def lone_word(text: str) -> bool:
    """One capitalised word of three letters or more that is no word of firms or slogans."""
    word = text.strip()
    return (
        " " not in word
        and word[:1].isupper()
        and word.isalpha()
        and len(word) >= 3
        and not is_non_name(word)
    )


def lone_given_name(text: str) -> bool:
    """One capitalised word that is a known given name (a Cyrillic one spelt in Latin
    letters, as the lists are), and nothing that is not a name."""
    return lone_word(text) and fold(romanised(text.strip())) in given_names()


def labelled_by_neighbour(line: CardLine, lines: list[CardLine]) -> bool:
    """Rule: a line holding only a person label ("Ask for", "Contact:") sits just left of
    the candidate on its row, or just above it: the label names this line's person."""
    box = line.box
    if box is None:
        return False
    for other in lines:
        near = other.box
        if other.index == line.index or near is None or not only_person_label(other.rest):
            continue
        rows = min(near.bottom, box.bottom) - max(near.y, box.y)
        gap = box.x - near.right  # boxes of one row may overlap a little
        left = rows >= 0.3 * min(near.h, box.h) and -0.5 * box.h <= gap <= 2 * box.h
        sideways = min(near.right, box.right) - max(near.x, box.x)
        above = 0 <= box.y - near.bottom <= box.h and sideways > 0
        if left or above:
            return True
    return False


def only_person_label(text: str) -> bool:
    """The line holds a person label and nothing else ("Ask for", "Demandez")."""
    found = P.PERSON_LABEL.match(text.strip() + " ")
    return found is not None and not text.strip()[found.end() - 1 :].strip()
