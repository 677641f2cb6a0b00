"""The contacts on the terminal: a table, doubtful fields marked for review.

No word is broken across lines, and an email or a phone number not even at its spaces: a
number read across two lines is easily a wrong number. The columns get at least their
longest word (their longest value for emails and phones) and share the rest of the width;
when the terminal is too narrow for that, each contact is shown as a short list of fields
instead. Text in Chinese, Japanese or Korean may break between any two characters, as it
does in print.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from cardscan.models import Contact
from cardscan.script import is_cjk_char

# Table column -> the Contact.confidence key of the value it shows.
TABLE_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("source", None),
    ("name", "name"),
    ("title", "title"),
    ("company", "company"),
    ("email", "emails"),
    ("phone", "phones"),
)
# Columns whose values are never broken, not even at a space.
WHOLE_VALUES = frozenset({"email", "phone"})
REVIEW_HEADER = "review"
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
# What a column costs besides its text: a space either side and one border line (rich's
# default box and padding), and the table's last border.
COLUMN_EXTRA = 3
TABLE_EXTRA = 1


def write_table(contacts: Iterable[Contact], stream: TextIO) -> int:
    """Print the contacts on ``stream`` as a table, or as lists when it is too narrow;
    return how many."""
    # Imported here: the other formats (and reading contacts back) need no extraction code.
    from cardscan.extract import REVIEW_BELOW

    rows = [table_row(c, REVIEW_BELOW) for c in contacts]
    headers = [header for header, _ in TABLE_COLUMNS]
    # The review column only when something needs a look: every column takes width.
    if any(row[-1].plain for row in rows):
        headers.append(REVIEW_HEADER)
    rows = [row[: len(headers)] for row in rows]
    console = Console(file=stream, highlight=False, soft_wrap=False)
    widths = column_widths(headers, rows, console.width)
    if widths is None:
        _print_lists(console, headers, rows)
    else:
        _print_table(console, headers, rows, widths)
    return len(rows)


def table_row(contact: Contact, below: float) -> list[Text]:
    """The cells of one contact: TABLE_COLUMNS, then the review list."""
    # The file name alone: folders repeat on every row and push the fields off screen.
    # Cards are counted from 1 for people; the first card of an image needs no number.
    name = Path(contact.source).name or contact.source
    source = f"{name} (card {contact.card + 1})" if contact.card else name
    values = (
        source,
        contact.name,
        contact.title,
        contact.company,
        next(iter(contact.emails), None),
        contact.phones[0].number if contact.phones else None,
    )
    low = contact.doubtful_fields(below)
    row = []
    for (_, key), value in zip(TABLE_COLUMNS, values):
        # Text(), not str: a "[b]" printed on a card must not be read as rich markup.
        if value and key in low:
            row.append(Text(value + REVIEW_MARK, style=REVIEW_STYLE))
        else:
            row.append(Text(value or ""))
    review = ", ".join(REVIEW_LABELS[key] for key in low)
    return [*row, Text(review, style=REVIEW_STYLE)]


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Text]], total: int):
    """Text widths for the columns within ``total`` cells, none under its longest
    unbreakable piece; None when even that does not fit."""
    least, most = [], []
    for index, header in enumerate(headers):
        texts = [header, *(row[index].plain for row in rows)]
        whole = header in WHOLE_VALUES
        least.append(max(cell_len(t) if whole else shortest_line(t) for t in texts))
        most.append(max(cell_len(t) for t in texts))
    room = total - COLUMN_EXTRA * len(headers) - TABLE_EXTRA
    if sum(least) > room:
        return None
    if sum(most) <= room:
        return most
    # The spare width goes first to the columns that want little more: each column gets
    # what it wants or an equal share of what is left, whichever is less.
    widths, spare = list(least), room - sum(least)
    order = sorted(range(len(headers)), key=lambda i: most[i] - least[i])
    for turn, index in enumerate(order):
        given = min(most[index] - least[index], spare // (len(order) - turn))
        widths[index] += given
        spare -= given
    return widths


def shortest_line(text: str) -> int:
    """The width of the widest piece of ``text`` no line break may cut: a word, or in
    CJK text a character."""
    pieces = [0]
    for ch in text:
        if ch.isspace():
            pieces.append(0)
        elif is_cjk_char(ch):
            pieces += [cell_len(ch), 0]
        else:
            pieces[-1] += cell_len(ch)
    return max(pieces)


def _print_table(
    console: Console, headers: Sequence[str], rows: Sequence[Sequence[Text]], widths: list[int]
) -> None:
    table = Table()
    for header, width in zip(headers, widths):
        # Fold, never cut with "…": a truncated value is a wrong one. With these widths only
        # CJK text is ever folded.
        table.add_column(header, width=width, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _print_lists(console: Console, headers: Sequence[str], rows: Sequence[Sequence[Text]]) -> None:
    """Each contact as its source and one line per field it has."""
    label_width = max(cell_len(h) for h in headers[1:])
    for number, row in enumerate(rows):
        if number:
            console.print()
        console.print(row[0])
        grid = Table.grid(padding=(0, 2), pad_edge=True)
        grid.add_column(min_width=label_width, no_wrap=True)
        grid.add_column(overflow="fold")
        for header, cell in zip(headers[1:], row[1:]):
            if cell.plain:
                grid.add_row(header, cell)
        console.print(grid)
