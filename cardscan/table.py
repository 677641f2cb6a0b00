"""The contacts as a table on the terminal, doubtful fields marked for review."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cardscan.models import Contact

# Table column -> the Contact.confidence key of the value it shows.
TABLE_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("source", None),
    ("name", "name"),
    ("title", "title"),
    ("company", "company"),
    ("email", "emails"),
    ("phone", "phones"),
)
# Confidence key (models.CONFIDENCE_KEYS) -> how the "review" column names it.
REVIEW_LABELS: dict[str, str] = {
    "name": "name",
    "title": "title",
    "company": "company",
    "emails": "email",
    "phones": "phone",
    "websites": "website",
    "address": "address",
}
REVIEW_MARK = " ?"
REVIEW_STYLE = "yellow"


def write_table(contacts: Iterable[Contact], stream: TextIO) -> int:
    """Print the contacts as a table on ``stream``; return how many."""
    # Imported here: the other formats (and reading contacts back) need no extraction code.
    from cardscan.extract import REVIEW_BELOW

    rows: list[list[Text]] = []
    for c in contacts:
        # The file name alone: folders repeat on every row and push the fields off screen.
        # Cards are counted from 1 for people; the first card of an image needs no number.
        name = Path(c.source).name or c.source
        source = f"{name} (card {c.card + 1})" if c.card else name
        values = (
            source,
            c.name,
            c.title,
            c.company,
            next(iter(c.emails), None),
            c.phones[0].number if c.phones else None,
        )
        low = c.doubtful_fields(REVIEW_BELOW)
        row = []
        for (_, key), value in zip(TABLE_COLUMNS, values):
            # Text(), not str: a "[b]" printed on a card must not be read as rich markup.
            if value and key in low:
                row.append(Text(value + REVIEW_MARK, style=REVIEW_STYLE))
            else:
                row.append(Text(value or ""))
        rows.append([*row, Text(", ".join(REVIEW_LABELS[key] for key in low))])
    # The review column only when something needs a look: on a narrow terminal every
    # column takes width from the others.
    review = any(row[-1].plain for row in rows)
    table = Table()
    for header, _ in TABLE_COLUMNS:
        # Fold, never cut with "…": a truncated address or number is a wrong one.
        table.add_column(header, overflow="fold")
    if review:
        table.add_column("review", overflow="fold", style=REVIEW_STYLE)
    for row in rows:
        table.add_row(*(row if review else row[:-1]))
    Console(file=stream, highlight=False, soft_wrap=False).print(table)
    return len(rows)
