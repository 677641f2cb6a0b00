"""Lines in a script RapidOCR cannot read, read again by Tesseract (cardscan.engines.scripts)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.engines import scripts, second_reading, tesseract
from cardscan.models import Box, Line, OcrResult, Word
from cardscan.pipeline import read_image

from .script_cards import KOREAN_FACE, NOTO, NOTO_CJK, line, needs, reading


@pytest.mark.parametrize(
    ("text", "box", "want"),
    [
        ("« »", Box(0, 0, 420, 60), True),  # a Cyrillic line read as its punctuation only
        ("12,5", Box(0, 0, 465, 35), True),  # a Hangul address line: only its digits read
        ("Tel +49 30 1234 5678", Box(0, 0, 420, 40), False),
        ("営業部 部長", Box(0, 0, 210, 40), False),  # CJK: about one character per height
        ("CEO", Box(0, 0, 80, 40), False),  # too short a box to judge
    ],
)
def test_under_read_lines(text: str, box: Box, want: bool) -> None:
    assert scripts.under_read(line(text, box)) is want, (text, box)


def test_low_confidence_latin_lines_are_a_sign_only_in_numbers() -> None:
    latin = line("Tel +49 30 1234 5678", Box(0, 100, 420, 40))
    one_low = reading(line("RTHf ch", Box(0, 0, 130, 40), 0.6), latin, latin, latin, latin)
    two_low = reading(
        line("RTHf ch", Box(0, 0, 130, 40), 0.6), line("GPHR Tf", Box(0, 60, 130, 35), 0.5), latin
    )
    assert not scripts.unread_script_signs(one_low)
    assert scripts.unread_script_signs(two_low)


def test_one_unsure_line_of_han_characters_is_a_sign() -> None:
    latin = line("Tel +49 30 1234 5678", Box(0, 100, 420, 40))
    hangul_as_han = line("召世歪", Box(0, 0, 130, 55), 0.6)  # what RapidOCR makes of "김민준"
    assert scripts.unread_script_signs(reading(hangul_as_han, latin, latin, latin, latin))
    assert not scripts.unread_script_signs(reading(line("営業部 部長", Box(0, 0, 210, 40)), latin))


def test_a_card_on_its_side_shows_no_sign() -> None:
    tall = line("« »", Box(0, 0, 40, 420))
    assert not scripts.unread_script_signs(reading(tall, line("12,5", Box(0, 0, 60, 465))))


def test_a_line_found_but_read_as_nothing_is_a_sign() -> None:
    latin = line("Tel 062-555-0142", Box(60, 400, 300, 30))
    name = Box(60, 40, 360, 75)  # where the detector found a line the recogniser read as nothing
    found = OcrResult("rapidocr", (latin,), 1000, 600, unread=(name,))
    assert scripts.unread_lines(found) == [name]
    assert scripts.unread_script_signs(found)
    assert scripts.doubtful_boxes(found)[0] == name


@pytest.mark.parametrize(
    "box",
    [
        Box(60, 40, 160, 150),  # a logo stands square
        Box(900, 0, 20, 600),  # a rule on end
        Box(60, 400, 300, 30),  # where a line was read after all
    ],
)
def test_boxes_read_as_nothing_that_are_not_lines_are_no_sign(box: Box) -> None:
    latin = line("Tel 062-555-0142", Box(60, 400, 300, 30))
    found = OcrResult("rapidocr", (latin, latin, latin), 1000, 600, unread=(box,))
    assert scripts.unread_lines(found) == [], box
    assert not scripts.unread_script_signs(found), box


def test_script_letters_count_a_hangul_syllable_as_its_jamo() -> None:
    assert scripts.script_letters("대성", "HANGUL") == 5  # ㄷ ㅐ + ㅅ ㅓ ㅇ
    assert scripts.script_letters("ส", "THAI") == 1
    assert scripts.script_letters("Kim 김", "HANGUL") == 3


def test_the_probe_weighs_a_hangul_syllable_as_the_letters_it_is_written_with(
    monkeypatch,
) -> None:
    """Shown Hangul, the Thai model fits several narrow letters where one syllable block
    stands; counted by characters, ten Thai letters would outweigh eight syllables."""
    monkeypatch.setattr(
        scripts, "installed_scripts", lambda: (scripts.SCRIPTS[0], scripts.SCRIPTS[4])
    )
    words = {
        "kor": [("시스템즈", 0.8), ("주식회사", 0.9)],
        "tha": [(ch, 0.9) for ch in "สจตรงดลคอก"],
    }

    def read_words(image, *, lang, psm):
        return OcrResult(
            "tesseract",
            tuple(
                line(text, Box(10 * k, 0, 10, 40), conf)
                for k, (text, conf) in enumerate(words[lang.split("+")[-1]])
            ),
        )

    monkeypatch.setattr(scripts.tesseract, "read_words", read_words)
    image = np.full((600, 1000, 3), 255, np.uint8)
    doubt = OcrResult("rapidocr", (line("召世歪", Box(60, 40, 200, 50), 0.5),), 1000, 600)
    found = scripts.probe_script(image, doubt)
    assert found is not None and found.name == "Hangul", found


def test_script_share_counts_letters_of_the_script() -> None:
    assert scripts.script_share("김민준 Kim", "HANGUL") == pytest.approx(0.5)
    assert scripts.script_share("Олександр", "CYRILLIC") == 1.0
    assert scripts.script_share("123, 5", "HANGUL") == 0.0


def test_probe_image_stacks_doubtful_lines_at_one_height() -> None:
    image = np.full((600, 1000, 3), 255, np.uint8)
    boxes = [Box(10, 10, 400, 60), Box(10, 200, 300, 30)]
    probe = scripts.probe_image(image, boxes)
    gap = scripts.PROBE_HEIGHT // 2
    assert probe.shape[0] == 3 * gap + 2 * scripts.PROBE_HEIGHT, probe.shape


def render(lines: list[tuple[str, Path, int, int]]) -> np.ndarray:
    """A white card with (text, font file, face index, size) lines, left-aligned."""
    img = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(img)
    y = 40
    for text, path, index, size in lines:
        draw.text(
            (60, y), text, font=ImageFont.truetype(str(path), size, index=index), fill="black"
        )
        y += int(size * 1.9)
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


@pytest.mark.slow
def test_a_korean_card_gets_its_hangul_lines() -> None:
    needs("kor", NOTO_CJK)
    card = render(
        [
            ("주식회사 한빛소프트", NOTO_CJK, KOREAN_FACE, 44),
            ("김민준", NOTO_CJK, KOREAN_FACE, 44),
            ("영업부 팀장", NOTO_CJK, KOREAN_FACE, 30),
            ("서울특별시 강남구 테헤란로 123, 5층", NOTO_CJK, KOREAN_FACE, 30),
            ("Tel 02-555-1234  Mobile 010-5555-0142", NOTO_CJK, KOREAN_FACE, 30),
            ("minjun.kim@hanbit.example.kr", NOTO_CJK, KOREAN_FACE, 30),
        ]
    )
    (card_reading,) = read_image(card)
    texts = [ln.text.replace(" ", "") for ln in card_reading.ocr.lines]
    assert "김민준" in texts, texts
    assert "영업부팀장" in texts, texts
    assert any("minjun.kim@hanbit.example.kr" in t for t in texts), texts  # RapidOCR's line kept
    assert card_reading.ocr.engine == "rapidocr+tesseract"
    assert card_reading.rotation == 0


@pytest.mark.slow
def test_hangul_lines_read_as_nothing_are_found_on_a_card_that_does_not_say_korea() -> None:
    """A shop's card: its name and trade in Hangul, which RapidOCR drops without a trace,
    a local number and a webmail address that name no country."""
    needs("kor", NOTO_CJK)
    card = render(
        [
            ("새벽 베이커리", NOTO_CJK, KOREAN_FACE, 60),
            ("맞춤 양복 전문점", NOTO_CJK, KOREAN_FACE, 40),
            ("Tel. 062-555-0142", NOTO, 0, 30),
            ("hello@example.com", NOTO, 0, 30),
        ]
    )
    (card_reading,) = read_image(card)
    texts = [ln.text.replace(" ", "") for ln in card_reading.ocr.lines]
    assert "새벽베이커리" in texts, texts
    assert "hello@example.com" in texts, texts


@pytest.mark.slow
def test_a_cyrillic_card_gets_its_cyrillic_lines() -> None:
    needs("rus", NOTO)
    card = render(
        [
            ("Олександр Коваленко", NOTO, 0, 44),
            ("Менеджер з продажу", NOTO, 0, 34),
            ("вул. Садова, 14, Київ, 01001", NOTO, 0, 34),
            ("Tel +380 44 555 0142", NOTO, 0, 30),
        ]
    )
    (card_reading,) = read_image(card)
    assert "Олександр Коваленко" in card_reading.ocr.text, card_reading.ocr.text
    assert "Tel +380 44 555 0142" in card_reading.ocr.text, card_reading.ocr.text


@pytest.mark.slow
def test_a_latin_card_is_left_to_rapidocr(plain_card: np.ndarray) -> None:
    (card_reading,) = read_image(plain_card)
    assert card_reading.ocr.engine == "rapidocr", card_reading.ocr.text


def test_hangul_pieces_split_inside_a_word_are_joined() -> None:
    # gaps in heights: 서-울 0.31 (two single syllables), 울-특별시 0.17, 특별시-강남구 0.5
    pieces = [("서", 106, 38), ("울", 159, 37), ("특별시", 204, 128), ("강남구", 356, 137)]
    words = tuple(Word(t, 0.9, Box(x, 0, w, 48)) for t, x, w in pieces)
    joined = second_reading.join_syllables(Line(words))
    assert [w.text for w in joined] == ["서울특별시", "강남구"], joined


def test_runs_of_single_syllables_are_one_word() -> None:
    pieces = [
        ("주식회사", 0, 270),
        ("대", 300, 50),
        ("한", 380, 50),
        ("정", 460, 50),
        ("보", 540, 50),
    ]
    words = tuple(Word(t, 0.9, Box(x, 0, w, 60)) for t, x, w in pieces)
    assert [w.text for w in second_reading.join_syllables(Line(words))] == ["주식회사", "대한정보"]


def test_latin_words_close_together_stay_apart() -> None:
    words = (Word("123,", 0.9, Box(0, 0, 90, 48)), Word("5", 0.9, Box(95, 0, 20, 48)))
    assert [w.text for w in second_reading.join_syllables(Line(words))] == ["123,", "5"]


def test_hangul_printed_on_a_tinted_card_is_found_by_the_probe() -> None:
    """The probe stacks the doubtful lines on white: cut from a grey-green card, each is a
    grey band that Tesseract's global threshold would turn solid black, hiding its text."""
    needs("kor", NOTO_CJK)
    font = ImageFont.truetype(str(NOTO_CJK), 30, index=KOREAN_FACE)
    img = Image.new("RGB", (900, 300), (196, 214, 206))
    draw = ImageDraw.Draw(img)
    lines = []
    for y, text in ((40, "영업부 전무"), (120, "경기도 수원시 영통구 광교로 55, 4층")):
        draw.text((40, y), text, font=font, fill=(96, 112, 106))
        x0, y0, x1, y1 = draw.textbbox((40, y), text, font=font)
        lines.append(line("苍丘中器", Box(x0, y0, x1 - x0, y1 - y0), confidence=0.6))
    card = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    found = scripts.probe_script(card, reading(*lines))
    assert found is not None and found.name == "Hangul", found


DEJAVU_MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")


def test_a_line_cut_out_with_its_neighbours_letters_is_still_read() -> None:
    """Lines set close together: the cut of the middle one catches the tops and bottoms of
    its neighbours' letters, where Tesseract's single-line mode finds nothing."""
    needs("rus", DEJAVU_MONO)
    rows = ["ООО «Заря», отдел продаж", "125009, г. Тверь, ул. Лесная, д. 12, оф. 5", "Россия"]
    img = Image.new("RGB", (1050, 300), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(DEJAVU_MONO), 26)
    boxes = []
    for row, text in enumerate(rows):
        draw.text((60, 60 + 26 * row), text, font=font, fill="black")
        boxes.append(draw.textbbox((60, 60 + 26 * row), text, font=font))
    card = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    x0, y0, x1, y1 = boxes[1]
    read = second_reading.box_reading(card, Box(x0, y0, x1 - x0, y1 - y0), "rus+ukr+eng")
    assert read is not None and read.text == rows[1], read


def test_an_unsure_raw_line_reading_is_not_kept(monkeypatch) -> None:
    """The single-line mode found nothing and the raw-line mode reads pieces with a mean
    confidence under MIN_RAW_LINE_CONFIDENCE: a line in another script than the one asked
    for, not text."""
    box = Box(60, 100, 400, 40)

    def read_words(image, *, lang, psm, **_):
        if psm == tesseract.SINGLE_LINE_PSM:
            return OcrResult("tesseract", (), image.shape[1], image.shape[0])
        words = (Word("성남", 0.9, Box(0, 0, 50, 30)), Word("ㅎㅎ", 0.2, Box(60, 0, 50, 30)))
        return OcrResult("tesseract", (Line(words),), image.shape[1], image.shape[0])

    monkeypatch.setattr(tesseract, "read_words", read_words)
    card = np.full((300, 1050, 3), 255, np.uint8)
    assert second_reading.box_reading(card, box, "kor") is None
    monkeypatch.setattr(second_reading, "MIN_RAW_LINE_CONFIDENCE", 0.5)
    read = second_reading.box_reading(card, box, "kor")
    assert read is not None and read.text == "성남", read


@pytest.mark.parametrize(
    ("text", "prefix", "want"),
    [
        ("ก พ ล ว ก ค", "THAI", True),  # what the Thai model makes of Han characters
        ("๒ ๕ ะ 6 ๒", "THAI", True),
        ("สวัสดี ครับ", "THAI", False),
        ("김 민 준", "HANGUL", False),  # a letter-spaced name: each syllable is 2-3 jamo
        ("영업부 팀장", "HANGUL", False),
        ("Tel 02-555-1234", "HANGUL", False),  # nothing in the script: no judgement
    ],
)
def test_a_line_of_lone_letters_is_no_text(text: str, prefix: str, want: bool) -> None:
    assert scripts.lone_letters(text, prefix) is want, text


def test_the_probe_does_not_count_lone_letters(monkeypatch) -> None:
    """Shown Han characters, the Thai model reads lone consonants; they are no Thai text,
    so a Chinese card with two unsure lines is not completed in Thai."""
    monkeypatch.setattr(scripts, "installed_scripts", lambda: (scripts.SCRIPTS[4],))

    def read_words(image, *, lang, psm):
        return OcrResult(
            "tesseract",
            tuple(line(ch, Box(10 * k, 0, 10, 40), 0.9) for k, ch in enumerate("กพลวคยส")),
        )

    monkeypatch.setattr(scripts.tesseract, "read_words", read_words)
    image = np.full((600, 1000, 3), 255, np.uint8)
    doubt = OcrResult("rapidocr", (line("倉储", Box(60, 40, 100, 50), 0.59),), 1000, 600)
    assert scripts.probe_script(image, doubt) is None


def test_a_chinese_card_read_well_is_not_korean_for_a_few_hangul_letters(monkeypatch) -> None:
    """Tesseract's Korean model makes a syllable or two of a card's specks and logo; on a
    card whose Han lines RapidOCR read with confidence that is no Hangul, while the same
    letters on a card without such lines are (PROBE_LETTERS_PER_CJK_LINE)."""
    monkeypatch.setattr(scripts, "installed_scripts", lambda: (scripts.SCRIPTS[0],))

    def read_words(image, *, lang, psm):
        return OcrResult("tesseract", (line("주식", Box(0, 0, 40, 40), 0.9),))

    monkeypatch.setattr(scripts.tesseract, "read_words", read_words)
    image = np.full((600, 1000, 3), 255, np.uint8)
    speck = line("口", Box(60, 500, 60, 50), 0.5)
    han = [line("永和五金股份有限公司", Box(60, 40 + 60 * k, 500, 50), 0.99) for k in range(3)]
    chinese = OcrResult("rapidocr", (*han, speck), 1000, 600)
    assert scripts.probe_script(image, chinese) is None
    hidden = OcrResult("rapidocr", (line("召世", Box(60, 40, 100, 50), 0.6), speck), 1000, 600)
    found = scripts.probe_script(image, hidden)
    assert found is not None and found.name == "Hangul", found


def test_a_card_read_in_han_or_kana_may_hide_only_hangul(monkeypatch) -> None:
    monkeypatch.setattr(scripts, "installed_scripts", lambda: scripts.SCRIPTS)
    chinese = reading(line("永和五金股份有限公司", Box(60, 40, 500, 50), 0.99))
    latin = reading(line("RTHf ch", Box(0, 0, 130, 40), 0.6), line("Tel 062", Box(0, 60, 130, 35)))
    logo = reading(line("口", Box(60, 40, 50, 50), 0.9), line("Tel 062", Box(0, 60, 130, 35)))
    assert [s.name for s in scripts.candidate_scripts(chinese)] == ["Hangul"]
    assert scripts.candidate_scripts(latin) == scripts.SCRIPTS
    assert scripts.candidate_scripts(logo) == scripts.SCRIPTS  # one character may be a shape


def test_the_hangul_script_model_reads_before_the_korean_one_when_installed() -> None:
    hangul = scripts.SCRIPTS[0]
    assert hangul.packs(frozenset({"kor", "Hangul", "eng"})) == "Hangul+kor"
    assert hangul.packs(frozenset({"kor", "eng"})) == "kor"  # the script model is optional
    assert scripts.SCRIPTS[1].packs(frozenset({"rus", "ukr"})) == "rus+ukr"


@pytest.mark.parametrize(
    ("shape", "want"),
    [
        ((500, 900), 2.0),  # a card in a small photo reaches the long side Tesseract reads best
        ((300, 500), 2.5),  # at most MAX_UPSCALE times
        ((100, 200), second_reading.MAX_UPSCALE),
        ((1200, 2000), 1.0),  # a large card is never shrunk
    ],
)
def test_a_small_card_is_enlarged_for_tesseract(shape: tuple[int, int], want: float) -> None:
    assert second_reading.enlargement(shape) == pytest.approx(want), shape
