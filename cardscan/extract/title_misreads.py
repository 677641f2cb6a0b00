"""Title words OCR misread by a letter ("Managing Drector")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from . import patterns as P
from .hangul import letters_apart, one_letter_apart, syllable_letters
from .lexicon import edit_distance, fold, has_cjk, is_cjk_char, load, misread_of
from .name_parts import given_names, surnames
from .titles import has_title_word, title_vocabulary

# Shorter words are too often another word a letter away ("Agence" and "Agente").
MIN_REPAIRED_LETTERS = 7

# Word lists whose words are real words, not misreads of a title word ("Offices", "Agence").
KNOWN_WORD_LISTS = (
    "company_words",
    "legal_forms",
    "street_words",
    "slogan_words",
    "countries",
    "region_cues",
    "non_name_words",
    "phone_labels",
    "honorifics",
)


@cache
def _known_words() -> frozenset[str]:
    """Folded words of the title vocabulary, the name lists and KNOWN_WORD_LISTS."""
    words = set(title_vocabulary()) | given_names() | surnames()
    for name in KNOWN_WORD_LISTS:
        for entry in load(name):
            words.update(P.LETTER_RUN.findall(fold(entry)))
    return frozenset(words)


@cache
def _long_title_words() -> tuple[str, ...]:
    return tuple(sorted(w for w in title_vocabulary() if len(w) >= MIN_REPAIRED_LETTERS))


# A CJK title this long or longer is repaired when one character was misread ("선임연구우",
# "執行役貝"); shorter ones are too often another word a character away.
MIN_REPAIRED_CJK_CHARS = 4


@cache
def _long_cjk_titles() -> tuple[str, ...]:
    entries = (entry.lstrip("=") for entry in load("titles"))
    return tuple(
        sorted(
            {e for e in entries if len(e) >= MIN_REPAIRED_CJK_CHARS and all(map(is_cjk_char, e))}
        )
    )


def cjk_title_read_as(word: str) -> str | None:
    """Rule: a word of CJK characters only, MIN_REPAIRED_CJK_CHARS or longer, that differs
    from exactly one title of the vocabulary by one character in the same place is that
    title misread ("선임연구우" → "선임연구원", "執行役貝" → "執行役員"): a CJK recogniser
    reads a character as another, it seldom adds or drops one inside a word. A Hangul title
    of MIN_TWO_SLIP_SYLLABLES or more may differ in two syllables when each differs by one
    of its letters (:func:`_hangul_slips`: "수썩면구원" → "수석연구원"). Of titles equally
    near, none is chosen."""
    if len(word) < MIN_REPAIRED_CJK_CHARS or not all(map(is_cjk_char, word)):
        return None
    apart = {
        title: slips
        for title in _long_cjk_titles()
        if len(title) == len(word) and (slips := _slips(word, title)) is not None
    }
    if not apart:
        return None
    fewest = min(apart.values())
    near = [title for title, slips in apart.items() if slips == fewest]
    return near[0] if len(near) == 1 else None


# A Hangul title this many syllables long or longer may be misread in MAX_HANGUL_SLIPS of
# them; in a shorter one two slips leave too little of the title to tell it from a word.
MIN_TWO_SLIP_SYLLABLES = 5
MAX_HANGUL_SLIPS = 2


def _slips(word: str, title: str) -> tuple[int, int] | None:
    """How far ``word`` is from the same-length ``title`` when it is a misread of it (one
    character of any kind, or :func:`_hangul_slips`): the characters, then the Hangul
    letters (hangul.letters_apart: other characters differ in all three, so that of titles a
    character away the one a letter away is nearer, "잭" being "책" misread, not "선") it
    misreads."""
    apart = [(a, b) for a, b in zip(word, title, strict=True) if a != b]
    if len(apart) != 1 and not _hangul_slips(apart, len(title)):
        return None
    return len(apart), sum(letters_apart(a, b) for a, b in apart)


def _hangul_slips(apart: list[tuple[str, str]], length: int) -> bool:
    """Rule: up to MAX_HANGUL_SLIPS syllables of a Hangul title of MIN_TWO_SLIP_SYLLABLES or
    more, each read with one of its letters wrong ("썩" for "석", "면" for "연"), are slips
    of the recogniser: Tesseract's Hangul model often misreads one stroke of a block."""
    return (
        length >= MIN_TWO_SLIP_SYLLABLES
        and 1 < len(apart) <= MAX_HANGUL_SLIPS
        and all(one_letter_apart(a, b) for a, b in apart)
    )


def title_word_read_as(word: str, *, slips: int | None = None) -> str | None:
    """The title-vocabulary word ``word`` is a misread of (lexicon.misread_of, by ``slips``
    letters when given), in its case, or None: of equally near words the longest, as OCR
    drops faint letters more often than it adds them; a word of the word lists is no
    misread, nor a plural of its singular. A CJK word is looked up by
    :func:`cjk_title_read_as`."""
    if has_cjk(word):
        return cjk_title_read_as(word)
    folded = fold(word)
    if len(folded) < MIN_REPAIRED_LETTERS or len(folded) != len(word) or _accented_latin(word):
        return None
    form = _title_word_near(folded, slips)
    return None if form is None else _in_case_of(word, _spellings().get(form, form))


@cache
def _spellings() -> dict[str, str]:
    """Each folded title-vocabulary word as the lexicon spells it, with its accents and
    letters folding drops ("главныи" → "главный", "ingenieur" → "ingénieur")."""
    out: dict[str, str] = {}
    for entry in load("titles") + load("department_words"):
        for word in P.NON_WORD.split(entry.lower()):
            out.setdefault(fold(word), word)
    return out


# A misread loses or adds at most this many letters of a word, though it may change two: a
# word two letters shorter than a title word is a word of its own ("constante" in the slogan
# "Innovación constante" is no "consultante").
MAX_LETTERS_LOST = 1


@lru_cache(maxsize=4096)
def _title_word_near(folded: str, slips: int | None = None) -> str | None:
    """The folded word's nearest title-vocabulary word (:func:`title_word_read_as`); cards
    repeat their words, and the search is the slow part."""
    if folded in _known_words():
        return None
    distance = {
        form: edit_distance(folded, form)
        for form in _long_title_words()
        if abs(len(form) - len(folded)) <= MAX_LETTERS_LOST
        and misread_of(folded, form, slips=slips)
    }
    if not distance:
        return None
    closest = min(distance.values())
    near = [form for form, apart in distance.items() if apart == closest]
    longest = max(map(len, near))
    near = [form for form in near if len(form) == longest]
    if len(near) != 1 or _plural_of(folded, near[0]):
        return None
    return near[0]


def _accented_latin(word: str) -> bool:
    """Rule: a Latin word with an accented letter ("Assistência") is a word of its language
    as printed: OCR loses accents more often than it adds them, so it is no misread of a
    title word ("Assistentin")."""
    return any("\u00c0" <= ch <= "\u024f" for ch in word)


def _plural_of(word: str, form: str) -> bool:
    """ "offices" against "officer": the word differs from the form only by a final s."""
    return word.endswith("s") and word[:-1] in (form, form[:-1])


def _in_case_of(word: str, form: str) -> str:
    if word.isupper():
        return form.upper()
    return form.capitalize() if word[:1].isupper() else form


# Letters a word may differ by from a title word when the rest of its line is title words.
SLIPS_AMONG_TITLE_WORDS = 2


# A zero OCR read for an O opening or inside a word of letters ("0fficer", "Direct0r").
ZERO_FOR_O = re.compile(r"(?<![\w.,])0(?=[^\W\d_]{2})|(?<=[^\W\d_])0(?=[^\W\d_])")


def _o_for_zero(match: re.Match[str]) -> str:
    """An O in the case of the letters after it (a capital when it opens a word)."""
    after = match.string[match.end() : match.end() + 2]
    opens = match.start() == 0 or not match.string[match.start() - 1].isalpha()
    return "O" if opens or after.isupper() else "o"


def zeros_read_as_o(text: str) -> str:
    """Rule: a line whose only digits are zeros opening or inside words of letters, which
    holds a title word once they are read as O ("HSE 0fficer"), is that title: no job has a
    digit in its words. Otherwise the line as it is."""
    lettered = ZERO_FOR_O.sub(_o_for_zero, text)
    if lettered == text or any(ch.isdigit() for ch in lettered):
        return text
    repaired = repaired_title_words(lettered)
    return repaired if has_title_word(repaired) else text


def repaired_title_words(text: str) -> str:
    """Rule: a line with no title word, digit or "@" whose words misread a title word by a
    letter (:func:`title_word_read_as`) gets those words back when the line then holds a
    title word ("Managing Drector" → "Managing Director"); a line that holds a title word
    already is left as read, its other words being the person's or the firm's. Beside words
    of the title vocabulary only, a word may be SLIPS_AMONG_TITLE_WORDS letters off
    ("Managing Dlrecfor"): its neighbours say the line is a title, also once they were
    repaired themselves ("Managng Dreclor")."""
    if any(ch.isdigit() for ch in text) or "@" in text or has_title_word(text):
        return text
    rejoined = _hangul_rejoined(text) or _pieces_rejoined(text)
    if rejoined != text and has_title_word(rejoined):
        return rejoined
    out = text
    for _ in range(len(P.LETTER_RUN.findall(text))):
        again = _words_repaired(out)
        if again == out:
            break
        out = again  # a repaired word may be the neighbour another one needed
    return out if out != text and has_title_word(out) else text


# Two pieces OCR split a word into ("Ger ente") make a title word this long or longer.
MIN_REJOINED_LETTERS = 6


def _pieces_rejoined(text: str) -> str:
    """Rule: two neighbouring pieces of letters one space apart, the second not capitalised
    (in a line not in capitals), not both words of the word lists, that run together make a
    title word of MIN_REJOINED_LETTERS letters or more were one word OCR read with a space
    inside ("Ger ente de Vendas" → "Gerente de Vendas", "Data Scien tist")."""
    runs = list(P.LETTER_RUN.finditer(text))
    out = text
    i = len(runs) - 1
    while i > 0:  # from the right, so the offsets of the runs to the left stay valid
        a, b = runs[i - 1], runs[i]
        i -= 1
        if text[a.end() : b.start()] == " " and _one_word_split(a.group(), b.group(), text):
            out = out[: a.end()] + out[b.start() :]
            i -= 1  # a piece joins one word only
    return out


# A line of Hangul only, in at most this many pieces, may be one title read with spaces.
MAX_HANGUL_PIECES = 3


def _hangul_rejoined(text: str) -> str | None:
    """Rule: a line of two or three pieces of Hangul that run together make a title of the
    vocabulary, or one misread (:func:`cjk_title_read_as`), is that title read with spaces
    inside ("잭임연 구원" → "책임연구원"): Korean titles are printed as one word, and
    Tesseract breaks a word where a block reads wide."""
    pieces = text.split()
    joined = "".join(pieces)
    if not 1 < len(pieces) <= MAX_HANGUL_PIECES or not all(map(syllable_letters, joined)):
        return None
    return joined if joined in _long_cjk_titles() else cjk_title_read_as(joined)


def _one_word_split(head: str, tail: str, text: str) -> bool:
    whole = fold(head + tail)
    return (
        len(whole) >= MIN_REJOINED_LETTERS
        and (tail[0].islower() or text.isupper())
        and whole in title_vocabulary()
        and not (fold(head) in _known_words() and fold(tail) in _known_words())
    )


def holds_a_title(text: str) -> bool:
    """A title word, or one read with a letter wrong ("Account Executve"):
    :func:`repaired_title_words` leaves a line holding a title word as it is."""
    return has_title_word(repaired_title_words(text))


def _words_repaired(text: str) -> str:
    """One pass of :func:`repaired_title_words` over the line's words."""
    out = text
    runs = list(P.LETTER_RUN.finditer(text))
    for run in reversed(runs):
        others = [r.group() for r in runs if r is not run]
        among = bool(others) and all(fold(w) in title_vocabulary() for w in others)
        form = title_word_read_as(run.group(), slips=SLIPS_AMONG_TITLE_WORDS if among else None)
        if form is not None:
            out = out[: run.start()] + form + out[run.end() :]
    return out
