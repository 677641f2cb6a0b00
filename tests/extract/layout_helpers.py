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
