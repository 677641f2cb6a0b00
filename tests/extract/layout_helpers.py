"""Build OCR results with real geometry for layout tests: (text, x, y, height) per line."""

from __future__ import annotations

from cardscan.extract.lines import CardLine
from cardscan.models import Box, Line, OcrResult, Word


def line(text: str, x: int, y: int, h: int, *, conf: float = 0.98) -> Line:
    """One OCR line; words share its width by character count, like RapidOCR's boxes."""
    words, pos = [], x
    per_char = 0.6 * h
    for token in text.split():
        width = int(per_char * len(token))
        words.append(Word(token, conf, Box(pos, y, width, h)))
        pos += width + int(per_char)
    return Line(tuple(words))


def ocr(*rows: tuple[str, int, int, int], width: int = 1000, height: int = 600) -> OcrResult:
    return OcrResult("test", tuple(line(*row) for row in rows), width, height)


def card_lines(*rows: tuple[str, int, int, int]) -> list[CardLine]:
    """CardLines as extract_contact builds them (no values removed)."""
    out = []
    for index, row in enumerate(rows):
        built = line(*row)
        out.append(CardLine(index, built.text, built.text, built.height, 0.98, False, built.box))
    return out


def card_text(rows) -> str:
    """The card as its lines, for assertion messages."""
    return "\n".join(row[0] for row in rows)


def expected_people(
    name: str | None, given: str | None, family: str | None, title: str | None, company: str | None
) -> dict[str, str | None]:
    """The person fields a card test expects (all None but company for a company's card)."""
    return {
        "name": name,
        "given_name": given,
        "family_name": family,
        "title": title,
        "company": company,
    }


# The fragment cards of test_layout_cards.py (also read by bench.fit_weights): a 1050 x 600
# card whose lines come sorted top to bottom, then left to right, as RapidOCR reports them.
WIDTH, HEIGHT = 1050, 600

Fragment = tuple[str, int, int, int]  # text, x, y, height


def text_line(text: str, x: int, y: int, h: int, confidence: float = 0.97) -> Line:
    """One OCR line: words split on spaces, widths proportional to their characters."""
    char_w = max(1, round(0.6 * h))
    gap = max(1, round(0.35 * h))
    words = []
    for token in text.split():
        w = char_w * len(token)
        words.append(Word(token, confidence, Box(x, y, w, h)))
        x += w + gap
    return Line(tuple(words))


def ocr_of(fragments: list[Fragment]) -> OcrResult:
    ordered = sorted(fragments, key=lambda f: (f[2], f[1]))
    lines = tuple(text_line(*f) for f in ordered)
    return OcrResult(engine="test", lines=lines, width=WIDTH, height=HEIGHT)


def show(fragments: list[Fragment]) -> str:
    return "\n".join(
        f"  y={y:3d} x={x:3d} h={h:2d}  {text}"
        for text, x, y, h in sorted(fragments, key=lambda f: (f[2], f[1]))
    )
