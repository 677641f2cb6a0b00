"""Write contacts as JSONL, JSON, CSV, vCard 3.0 or a terminal table.

jsonl, json, csv and vcard write each contact as it arrives and flush, so `cardscan scan`
piped into another program shows results while the batch is still running. The table
(table.py) needs every row first to size its columns.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

from cardscan.models import CONTACT_KEYS, Contact

if TYPE_CHECKING:
    import vobject

FORMATS: tuple[str, ...] = ("jsonl", "json", "csv", "vcard", "table")
LIST_SEPARATOR = "; "

# vCard has no place for these contract keys; X- properties carry them so that
# read_contacts gives back the same contact. Other programs ignore them.
VCARD_SOURCE = "x-cardscan-source"
VCARD_CARD = "x-cardscan-card"
VCARD_ENGINE = "x-cardscan-engine"
VCARD_CONFIDENCE = "x-cardscan-confidence"
VCARD_SHOW_AS = "x-abshowas"
VCARD_E164_PARAM = "X-E164"
PHONE_KIND_TO_VCARD = {"mobile": "CELL", "work": "WORK", "fax": "FAX", "other": "VOICE"}


# A file name that is not valid UTF-8 reaches Python as lone surrogates; escaped, the line
# stays valid UTF-8 and json.loads gives the name back.
_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(value: Any, **kwargs: Any) -> str:
    """JSON with non-ASCII text as is, except lone surrogates, which are escaped."""
    text = json.dumps(value, ensure_ascii=False, **kwargs)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_contacts(contacts: Iterable[Contact], fmt: str, stream: TextIO) -> int:
    """Write the contacts to a text stream in fmt (one of FORMATS); return how many."""
    writers: dict[str, Callable[[Iterable[Contact], TextIO], int]] = {
        "jsonl": _write_jsonl,
        "json": _write_json,
        "csv": _write_csv,
        "vcard": _write_vcard,
        "table": _write_table,
    }
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return writers[fmt](contacts, stream)


def _stream_each(
    contacts: Iterable[Contact], stream: TextIO, render: Callable[[Contact], str]
) -> int:
    """Write each contact as soon as it arrives; flush so a reader downstream sees it."""
    count = 0
    for contact in contacts:
        stream.write(render(contact))
        stream.flush()
        count += 1
    return count


def _write_jsonl(contacts: Iterable[Contact], stream: TextIO) -> int:
    return _stream_each(contacts, stream, lambda c: dumps(c.to_dict()) + "\n")


def _write_json(contacts: Iterable[Contact], stream: TextIO) -> int:
    # Written item by item: still one valid JSON list, but visible as it grows.
    count = 0
    for contact in contacts:
        item = _indent(dumps(contact.to_dict(), indent=2))
        stream.write(("[\n" if count == 0 else ",\n") + item)
        stream.flush()
        count += 1
    stream.write("\n]\n" if count else "[]\n")
    stream.flush()
    return count


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


# A spreadsheet takes a cell that starts with one of these for a formula (CSV injection:
# "=HYPERLINK(…)" printed on a card, or just "+49 30…" read as a sum). A leading apostrophe
# is the spreadsheets' own "this is text" mark: it is not shown, and read_contacts drops it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def csv_cell(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs: a leading formula character gets the
    apostrophe text mark (and so does an apostrophe before one, so the mark can be undone)."""
    marked = text.startswith(TEXT_MARK) and text[1:2] in (*FORMULA_START, TEXT_MARK)
    return TEXT_MARK + text if text.startswith(FORMULA_START) or marked else text


def csv_text(cell: str) -> str:
    """The text of a cell :func:`csv_cell` wrote (a cell without the mark is kept as is)."""
    marked = cell.startswith(TEXT_MARK) and cell[1:2] in (*FORMULA_START, TEXT_MARK)
    return cell[1:] if marked else cell


def contact_to_row(contact: Contact) -> dict[str, str]:
    """The CSV row: every contract key, lists joined, confidence as JSON, each cell safe
    from being run as a spreadsheet formula (see :func:`csv_cell`)."""
    data = contact.to_dict()
    row: dict[str, str] = {}
    for key in CONTACT_KEYS:
        value: Any = data[key]
        if key == "phones":
            value = LIST_SEPARATOR.join(p["number"] for p in value)
        elif key == "confidence":
            value = dumps(value)
        elif isinstance(value, list):
            value = LIST_SEPARATOR.join(value)
        row[key] = "" if value is None else csv_cell(str(value))
    return row


def _csv_line(row: dict[str, str] | None = None) -> str:
    """One CSV record as text (the header when row is None)."""
    buffer = io.StringIO()
    # "\n", not csv's "\r\n": stdout in text mode on Windows would double the "\r".
    writer = csv.DictWriter(buffer, fieldnames=CONTACT_KEYS, lineterminator="\n")
    if row is None:
        writer.writeheader()
    else:
        writer.writerow(row)
    return buffer.getvalue()


def _write_csv(contacts: Iterable[Contact], stream: TextIO) -> int:
    stream.write(_csv_line())
    stream.flush()
    return _stream_each(contacts, stream, lambda c: _csv_line(contact_to_row(c)))


def contact_to_vcard(contact: Contact) -> vobject.base.Component:
    """A vCard 3.0 for the contact."""
    import vobject  # only for vCards: the command line starts without it

    card = vobject.vCard()
    # FN is mandatory; a card without a name still needs a label in the address book.
    card.add("fn").value = contact.name or contact.company or next(iter(contact.emails), "")
    card.add("n").value = vobject.vcard.Name(
        family=contact.family_name or "", given=contact.given_name or ""
    )
    if contact.company:
        card.add("org").value = [contact.company]
        if not contact.name:
            # Apple's mark for a company card; read_contacts also takes it to mean "no name".
            card.add(VCARD_SHOW_AS).value = "COMPANY"
    if contact.title:
        card.add("title").value = contact.title
    for address in contact.emails:
        email = card.add("email")
        email.value = address
        email.type_param = "INTERNET"
    for phone in contact.phones:
        tel = card.add("tel")
        tel.value = phone.number
        tel.type_param = PHONE_KIND_TO_VCARD.get(phone.kind, "VOICE")
        if phone.e164:
            tel.params[VCARD_E164_PARAM] = [phone.e164]
    for url in contact.websites:
        card.add("url").value = url
    if contact.address:
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(street=contact.address)
        adr.type_param = "WORK"
    if contact.text:
        card.add("note").value = contact.text
    card.add(VCARD_SOURCE).value = contact.source
    card.add(VCARD_CARD).value = str(contact.card)
    if contact.engine:
        card.add(VCARD_ENGINE).value = contact.engine
    if contact.confidence:
        card.add(VCARD_CONFIDENCE).value = json.dumps(contact.confidence)
    return card


def _write_vcard(contacts: Iterable[Contact], stream: TextIO) -> int:
    return _stream_each(contacts, stream, lambda c: contact_to_vcard(c).serialize())


def _write_table(contacts: Iterable[Contact], stream: TextIO) -> int:
    from cardscan.table import write_table  # rich only for the table

    return write_table(contacts, stream)
