"""How well a person's email spells a name on the card: the strongest evidence of who the
card's person is, and of names OCR glued or cut."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardscan.script import scripts_of

from . import patterns as P
from .lexicon import fold, has_legal_form, letters_only, matcher, romanised
from .name_glue import unglue_by_case, unglue_name
from .name_parts import (
    given_names,
    given_then_family,
    is_known_name_word,
    is_patronymic,
    name_words,
)
from .name_repairs import PARTICLES


def unbacked(name: str, personal_emails: list[str]) -> bool:
    """Rule: a Latin name none of whose words is a known given name or surname, on a card
    whose personal email agrees with no form of it (:func:`email_agreement`), has nothing
    on the card behind it: another line may have been taken for the person. The name lists
    are Latin, so a name in another script is not judged by them."""
    if scripts_of(name) != {"LATIN"} or not personal_emails:
        return False
    if email_agreement(name, [e.partition("@")[0] for e in personal_emails]) > 0:
        return False
    words = [fold(w.strip(".,")) for w in name.split()]
    return not any(map(is_known_name_word, words))


def _name_letters(text: str) -> list[str]:
    """The name's words as an email would spell them: romanised, letters only."""
    words = [letters_only(romanised(w)) for w in name_words(text)]
    return [w for w in words if w]


def spelled_by_email(text: str, locals_: list[str]) -> bool:
    """Rule: an email's local part spells every word of a name of two or more words, in its
    order or family name first ("henriette.delannoy" for "HENRIETTE DELANNOY"), a
    patronymic aside (:func:`without_patronymic`)."""
    spellings = set()
    for words in (_name_letters(text), _name_letters(without_patronymic(text))):
        if len(words) >= 2:
            spellings |= {"".join(words), "".join(words[-1:] + words[:-1])}
    return any(re.sub(r"[\W\d_]+", "", fold(local)) in spellings for local in locals_)


def mailbox_spells_word(text: str, word: str, locals_: Sequence[str]) -> bool:
    """Rule: an email's local part spells the whole name (:func:`email_agreement` 1.0) and
    ``word``, one of its words, among its letters ("Eduardo Viana Sales" at esales@…): the
    word is a family name, whatever else it means ("Sales", "Rosa")."""
    letters = letters_only(fold(word))
    return bool(letters) and any(
        letters in letters_only(fold(local)) and email_agreement(text, [local]) == 1.0
        for local in locals_
    )


def without_patronymic(text: str) -> str:
    """The name without its patronymic ("Данилов Амвросий Фадеевич" → "Данилов Амвросий"):
    a Russian or Ukrainian email spells the given and family name and leaves it out."""
    return " ".join(w for w in text.split() if not is_patronymic(w))


def email_agreement(text: str, locals_: list[str]) -> float:
    """How well a candidate matches an email's local part (ASCII-folded, lower case).

    1.0 for first.last / flast / firstl / lastfirst / first-last, 0.8 for the
    first or last name alone, 0.5 when a name word of ≥ 4 letters appears in it. Any word
    after the first may be the family name the email spells: Spanish and Portuguese names
    carry two ("e.leiva" for "Erasmo Leiva Gimeno").
    """
    words = _name_letters(text)
    joined_particles = _particles_joined(words)
    if joined_particles != words:  # "Rashid Al Ali" is spelt "alali" as often as "ali"
        return max(_agreement(words, locals_), _agreement(joined_particles, locals_))
    return _agreement(words, locals_)


def _particles_joined(words: list[str]) -> list[str]:
    """The name's words with each particle of two letters or more joined to the word after it
    ("al", "ali" → "alali"; "van", "dijk" → "vandijk"), as emails spell such names."""
    out: list[str] = []
    for word in words:
        if out and out[-1] in JOINED_PARTICLES and len(out) > 1:
            out[-1] += word
        else:
            out.append(word)
    return out


# Particles an email writes together with the family name after them; "e" and "y" join two
# family names and stay apart.
JOINED_PARTICLES = frozenset(p for p in PARTICLES if len(p) >= 2)


def _agreement(words: list[str], locals_: list[str]) -> float:
    if len(words) < 1:
        return 0.0
    first = words[0]
    best = 0.0
    for local in locals_:
        parts = [p for p in P.LOCAL_PART_SPLIT.split(fold(local)) if p and not p.isdigit()]
        joined = re.sub(r"\d+", "", "".join(parts))
        if len(joined) < 2:
            continue
        full = {"".join(words)}
        prefixed: set[str] = set()
        for last in words[1:] or words[-1:]:
            full |= {first + last, last + first}
            prefixed |= {first[:k] + last for k in range(1, len(first) + 1)}
            prefixed |= {first + last[:k] for k in range(1, len(last) + 1)}
            prefixed |= {last + first[:k] for k in range(1, len(first) + 1)}
        last = words[-1]
        if joined in full or joined in prefixed or (len(parts) >= 2 and set(parts) <= set(words)):
            return 1.0
        if joined in (first, last) or joined in words and len(joined) >= 3:
            best = max(best, 0.8)
        elif any(len(w) >= 4 and w in joined for w in words) or (
            len(joined) >= 4 and any(joined in w for w in words)
        ):
            best = max(best, 0.5)
    return best


def persons_mailbox(local: str, rows: list[str]) -> bool:
    """Rule: a free-mail local part that spells a row (:func:`spelled_by_email`) made of a
    known given name and a known family name ("ravipatel" ↔ "Ravi Patel",
    name_parts.given_then_family) is the person's, even without a dot between the names: it
    says who the person is, not what the firm is called. A shop's own mailbox
    ("northwindtravels") spells no such row. Nor does a firm's mailbox print a person's
    initial and family name apart ("h.sandhu" ↔ "Hritik Sandhu": :func:`initial_and_family`),
    or the given name alone of such a row, read glued or not ("saskia" ↔ "SaskiaRoht"), or
    the name of a row OCR read without its space (:func:`_glued_name_of`)."""
    return any(
        (given_then_family(row) and spelled_by_email(row, [local]))
        or initial_and_family(row, local)
        or _given_name_of(row, local)
        or _glued_name_of(row, local)
        for row in rows
    )


def _glued_name_of(row: str, local: str) -> bool:
    """Rule: a row of one word whose letters are the local part's pieces joined, a dot, dash
    or underscore between them ("FALKOJOHANN" ↔ "falko.johann"), the first a known given
    name, is the person's name read without its space: a shop's mailbox is not split where
    a given name ends."""
    glued = unglue_name(row, [local])
    if glued is None or has_legal_form(row) or matcher("company_words").search(row):
        return False
    return fold(glued.split()[0]) in given_names()


def _given_name_of(row: str, local: str) -> bool:
    """The local part is the known given name opening a row of two or three capitalised
    words and no firm's word, its space lost or not ("SaskiaRoht", split at the change of
    case)."""
    words = (unglue_by_case(row) or row).split()
    if not 2 <= len(words) <= 3 or fold(local) != fold(words[0]):
        return False
    if not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    firm = has_legal_form(row) or matcher("company_words").search(row)
    return fold(words[0]) in given_names() and not firm


def initial_and_family(row: str, local: str) -> bool:
    """The local part is the row's first word or its initial and the row's last word, a dot,
    dash or underscore between them, in either order ("h.sandhu", "sandhu_h", "dutt.lucky"
    for a name of two or three words); a row naming a kind of firm or a legal form
    ("sharma.traders" for "Sharma Traders") is the firm's."""
    parts = [p for p in P.MAILBOX_SEPARATOR.split(fold(local)) if p]
    words = _name_letters(row)
    if len(parts) != 2 or not 2 <= len(words) <= 3 or len(row.split()) != len(words):
        return False
    if has_legal_form(row) or matcher("company_words").search(row):
        return False
    family = words[-1]
    firsts = {words[0][:1], words[0]}
    return len(family) >= 2 and any(parts in ([f, family], [family, f]) for f in firsts)
