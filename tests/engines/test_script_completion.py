"""A reading completed in another script (cardscan.engines.script_completion)."""

from __future__ import annotations

import numpy as np
import pytest

from cardscan.engines import script_completion, scripts
from cardscan.models import Box

from .script_cards import NOTO, NOTO_CJK, korean_line_card, line, needs, reading


@pytest.mark.parametrize(
    ("texts", "script"),
    [
        (["DAEHAN TECH CO., LTD.", "M +82 10 5555 0142"], "Hangul"),
        (["Mobile 010-5555-0142", "jin@daehan.example.com"], "Hangul"),
        (["jin@daehan.example.co.kr"], "Hangul"),
        # Korea's code without its plus before a mobile number (a probe took Hangul for Thai)
        (["TEL.82-53-555-0142", "H.P.82-10-5555-0142"], "Hangul"),
        (["Tel 82 10 5555 0142"], "Hangul"),
        (["김민준", "M +82 10 5555 0142"], None),  # Hangul was read: the probe decides
        (["Tel +7 (495) 555-01-42", "ivanov@vektor.example.ru"], "Cyrillic"),
        (["Иван Петров", "Tel +7 (495) 555-01-42"], None),
        (["Tel +49 30 5550 1234", "anna@example.de"], None),
        # Beijing's area code is 010 too: a Chinese card's number is no Korean mobile ...
        (["T|010-5555 0147", "wang@xinding.example.cn"], None),
        # ... unless the card names Korea outright.
        (["T|010-5555 0147", "M +82 10 5555 0142", "www.example.cn"], "Hangul"),
    ],
)
def test_a_reading_that_names_a_country_but_holds_none_of_its_script_expects_it(
    texts: list[str], script: str | None
) -> None:
    needs("kor", NOTO_CJK)
    needs("rus", NOTO)
    ocr = reading(*(line(t, Box(0, 40 * i, 400, 30)) for i, t in enumerate(texts)))
    expected = script_completion.expected_script(ocr)
    assert (expected.name if expected else None) == script, texts


def test_a_line_box_the_first_engine_found_is_read_whole_where_tesseract_read_a_piece() -> None:
    needs("kor", NOTO_CJK)
    text = "서울특별시 강남구 테헤란로 123"
    card, box = korean_line_card(text)
    x0, y0, x1, y1 = box.x, box.y, box.right, box.bottom
    # The first engine found the whole line but read only a dash; Tesseract's reading of the
    # whole card kept a piece of its start.
    first = reading(line("-", box, confidence=0.6))
    piece = line("서울", Box(x0, y0, (x1 - x0) // 6, y1 - y0), confidence=0.9)
    kept = script_completion.with_box_readings(card, first, [piece], "kor", "HANGUL")
    assert len(kept) == 1, [k.text for k in kept]
    assert kept[0].text.replace(" ", "") == text.replace(" ", ""), kept[0].text


def test_a_line_the_first_engine_read_well_is_not_read_again() -> None:
    card = np.full((300, 1050, 3), 255, np.uint8)
    first = reading(line("minjun.kim@hanbit.example.kr", Box(60, 100, 500, 40)))
    piece = line("김민준", Box(60, 200, 120, 40), confidence=0.9)
    assert script_completion.with_box_readings(card, first, [piece], "kor", "HANGUL") == [piece]


def test_an_expected_script_is_looked_for_at_three_turns(monkeypatch) -> None:
    """The first turn read may be on its side, where Tesseract finds no Cyrillic, the second
    upside down (the Latin lines' ink voted the wrong way); orientation then reads the
    third, its opposite. A fourth turn does not look again."""
    monkeypatch.setattr(script_completion, "installed_scripts", lambda: (scripts.SCRIPTS[1],))
    calls = recorded_completions(monkeypatch)
    read_turns(script_completion.ScriptCompleter(), "Tel +7 495 555 0142", 4)
    assert calls == ["Cyrillic"] * 3, calls


def recorded_completions(monkeypatch) -> list[str]:
    """The names of the scripts the completer completes readings in, completing nothing."""
    calls: list[str] = []

    def complete(image, ocr, script, **_):
        calls.append(script.name)
        return ocr

    monkeypatch.setattr(script_completion, "complete_other_script", complete)
    return calls


def read_turns(complete_card, text: str, turns: int) -> None:
    """Give the completer ``turns`` readings of a card with one line of ``text``."""
    turn = reading(line(text, Box(60, 100, 400, 30)))
    for _ in range(turns):
        complete_card(np.full((600, 1000, 3), 255, np.uint8), turn)


def test_a_line_the_first_engine_detected_but_left_unread_is_read() -> None:
    needs("kor", NOTO_CJK)
    text = "매니저"
    card, box = korean_line_card(text, below="Manager")
    # The first engine returned only the Latin line; its detector also found the Hangul one.
    first = reading(line("Manager", Box(60, 200, 160, 40)))
    detected = [box, Box(60, 200, 160, 40)]
    unread = scripts.unread_boxes(first, detected)
    assert unread == [detected[0]]
    kept = script_completion.with_box_readings(card, first, [], "kor", "HANGUL", unread=unread)
    assert [k.text.replace(" ", "") for k in kept] == [text]


def test_lines_kept_only_to_be_read_again_are_dropped_when_nothing_replaced_them() -> None:
    weak = line("0仝", Box(60, 100, 200, 40), confidence=0.3)
    good = line("Tel +82 2 555 0142", Box(60, 200, 300, 40), confidence=0.95)
    first = reading(weak, good)
    replaced = line("김민준", Box(60, 100, 200, 40), confidence=0.9)
    completed = reading(replaced, good)
    assert script_completion.drop_unread(first, first, 0.5).lines == (good,)
    assert script_completion.drop_unread(first, completed, 0.5).lines == (replaced, good)
    assert script_completion.drop_unread(first, first, 0.0) is first


def test_a_confident_han_line_stays_when_the_rival_script_is_not_hangul() -> None:
    """RapidOCR reads Han itself: only Hangul comes back from it as Han characters."""
    han = line("永和五金股份有限公司", Box(60, 40, 500, 50), 0.99)
    rival = line("ทดสอบ ระบบ", Box(60, 40, 500, 50), 0.7)
    assert not script_completion._misread(han, rival, "THAI")
    assert script_completion._misread(han, line("영업부 팀장", Box(60, 40, 500, 50)), "HANGUL")
    assert script_completion._misread(line("倉储", Box(60, 40, 100, 50), 0.59), rival, "THAI")


@pytest.mark.parametrize(
    ("named", "script_index", "completed"),
    [
        (frozenset({"ES"}), 4, False),  # Thai found on a card with a Spanish number: refused
        (frozenset({"ES", "TH"}), 4, True),  # one of the countries prints Thai
        (frozenset(), 4, True),  # the card names no country: the probe decides
        (frozenset({"ES"}), 0, True),  # Hangul: any country may print it
    ],
)
def test_a_probed_script_no_named_country_prints_is_refused(
    monkeypatch, named: frozenset[str], script_index: int, completed: bool
) -> None:
    script = scripts.SCRIPTS[script_index]
    monkeypatch.setattr(script_completion, "unread_script_signs", lambda ocr: True)
    monkeypatch.setattr(script_completion, "installed_scripts", lambda: (script,))
    monkeypatch.setattr(script_completion, "probe_script", lambda image, ocr: script)
    calls = []

    def complete(image, ocr, found, **_):
        calls.append(found.name)
        return ocr

    monkeypatch.setattr(script_completion, "complete_other_script", complete)
    complete_card = script_completion.ScriptCompleter(countries=lambda ocr: named)
    turn = reading(line("Mobile +34 611 22 33 44", Box(60, 100, 400, 30)))
    complete_card(np.full((600, 1000, 3), 255, np.uint8), turn)
    assert calls == ([script.name] if completed else []), (named, script.name)


def test_a_probe_that_found_nothing_is_tried_again_at_the_next_turn(monkeypatch) -> None:
    """The first turn showing signs may be upside down, where Tesseract reads no Hangul; the
    upright turn read after it is probed again, and what it finds completes that turn and
    the later ones without another probe. A fourth probe is not made."""
    monkeypatch.setattr(script_completion, "unread_script_signs", lambda ocr: True)
    monkeypatch.setattr(script_completion, "installed_scripts", lambda: (scripts.SCRIPTS[0],))
    found = iter([None, scripts.SCRIPTS[0]])
    probes = []

    def probe(image, ocr):
        probes.append(1)
        return next(found)

    monkeypatch.setattr(script_completion, "probe_script", probe)
    completed = recorded_completions(monkeypatch)
    read_turns(script_completion.ScriptCompleter(), "Haesol Solutions Co., Ltd.", 3)
    assert (len(probes), completed) == (2, ["Hangul", "Hangul"]), (probes, completed)


def test_a_script_is_probed_at_three_turns_at_most(monkeypatch) -> None:
    monkeypatch.setattr(script_completion, "unread_script_signs", lambda ocr: True)
    monkeypatch.setattr(script_completion, "installed_scripts", lambda: (scripts.SCRIPTS[0],))
    probes = []
    monkeypatch.setattr(script_completion, "probe_script", lambda image, ocr: probes.append(1))
    read_turns(script_completion.ScriptCompleter(), "Haesol Solutions Co., Ltd.", 5)
    assert len(probes) == script_completion.PROBE_TURNS == 3, probes
