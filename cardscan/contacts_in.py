"""Read contacts back: JSONL (or a JSON list), CSV or vCard, as cardscan writes them.

The format is recognised from the content, not the file name, so `cardscan scan … |
cardscan draft -` works. Errors are InputFileError naming the input and the line.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import IO, Any

import vobject

from cardscan import output
from cardscan.errors import InputFileError
from cardscan.models import CONTACT_KEYS, Contact

_TEXT_KEYS = ("source", "name", "given_name", "family_name", "name_alt", "title", "company",
              "address", "engine", "text")  # fmt: skip
_LIST_KEYS = ("emails", "websites")
_CONTRACT_LISTS = ("emails", "phones", "websites")
# Hand-edited cells may use ";" alone; a URL may hold ";" itself, so there it needs a space.
_SEPARATOR = re.compile(r";")
_URL_SEPARATOR = re.compile(r";\s+")
_VCARD_TO_KIND = (("FAX", "fax"), ("CELL", "mobile"), ("WORK", "work"))


def read_contacts(source: str | Path | IO[str] | IO[bytes]) -> list[Contact]:
    """Every contact in a file path, "-" (stdin) or an open stream."""
    name, text = _read_text(source)
    body = text.lstrip()
    if not body:
        return []
    if body.startswith("{"):
        return _read_jsonl(name, text)
    if body.startswith("["):
        return _read_json_list(name, text)
    if body[:11].upper() == "BEGIN:VCARD":
        return _read_vcards(name, text)
    return _read_csv(name, text)


def _read_text(source: str | Path | IO[str] | IO[bytes]) -> tuple[str, str]:
    if isinstance(source, (str, Path)) and str(source) == "-":
        return _read_text(sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin)
    if isinstance(source, (str, Path)):
        name = str(source)
        try:
            data: str | bytes = Path(source).read_bytes()
        except FileNotFoundError:
            raise InputFileError(name, "no such file") from None
        except OSError as exc:
            raise InputFileError(name, f"cannot read: {exc.strerror or exc}") from None
    else:
        name = str(getattr(source, "name", "-"))
        data = source.read()
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputFileError(name, f"not UTF-8 text (byte {exc.start})") from None
    return ("-" if name == "<stdin>" else name), data.lstrip("\ufeff")


def _read_jsonl(name: str, text: str) -> list[Contact]:
    contacts = []
    # Split on "\n" only: JSON strings may hold U+2028, which splitlines() would break on.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        data = _json(name, line, number)
        contacts.append(_checked(name, f"line {number}", data))
    return contacts


def _json(name: str, text: str, line: int = 1) -> Any:
    """Parsed JSON, or InputFileError naming the line: also for what json.loads raises
    besides JSONDecodeError (a number too long for int(), nesting deeper than Python's
    stack)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        reason, line = exc.msg, line + exc.lineno - 1
    except RecursionError:
        reason = "nested too deeply"
    except ValueError as exc:
        reason = str(exc)
    raise InputFileError(name, f"line {line}: not valid JSON ({reason})")


def _read_json_list(name: str, text: str) -> list[Contact]:
    data = _json(name, text)
    if not isinstance(data, list):
        raise InputFileError(name, "expected a JSON list of contacts")
    return [_checked(name, f"item {i}", item) for i, item in enumerate(data, 1)]


def _checked(name: str, where: str, data: Any) -> Contact:
    try:
        return contact_from_mapping(data)
    except ValueError as exc:
        raise InputFileError(name, f"{where}: {exc}") from None


def contact_from_mapping(data: Any, *, lists_only: bool = False) -> Contact:
    """A Contact from a contract dict, refusing values of the wrong type (ValueError).

    A lone string where a list belongs (``"emails": "a@b.example"``) is taken as a list of
    one, as a person may write it by hand; ``lists_only`` refuses it, for programs that
    must send the contract's lists.
    """
    if not isinstance(data, dict):
        raise ValueError(f"expected a contact object, not {type(data).__name__}")
    if lists_only:
        for key in _CONTRACT_LISTS:
            if not isinstance(data.get(key) or [], list):
                raise ValueError(f"{key} must be a list")
    for key in _TEXT_KEYS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ValueError(f"{key} must be a string")
    card = data.get("card", 0)
    if card is not None and (isinstance(card, bool) or not isinstance(card, int) or card < 0):
        raise ValueError("card must be a whole number")
    fixed = dict(data)
    for key in _LIST_KEYS:
        fixed[key] = _string_list(key, data.get(key))
    phones = data.get("phones") or []
    if not isinstance(phones, list) or not all(_is_phone(p) for p in phones):
        raise ValueError("each phone must be a string or an object with a number")
    confidence = data.get("confidence") or {}
    if not isinstance(confidence, dict) or not all(map(_is_score, confidence.values())):
        raise ValueError("confidence must map field names to numbers from 0 to 1")
    fixed["confidence"] = {str(k): float(v) for k, v in confidence.items()}
    return Contact.from_dict(fixed)


def _is_phone(phone: Any) -> bool:
    if isinstance(phone, str):
        return True
    return (
        isinstance(phone, dict)
        and isinstance(phone.get("number"), str)
        and all(isinstance(phone.get(key), (str, type(None))) for key in ("e164", "kind"))
    )


def _is_score(value: Any) -> bool:
    """A number from 0 to 1: not a bool, not NaN or infinite (JSON allows those in Python)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1


def _string_list(key: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):  # a lone address, as a person might write it by hand
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a list of strings")
    return value


def _read_csv(name: str, text: str) -> list[Contact]:
    first_line = text.split("\n", 1)[0]
    # Spreadsheets in some locales save with ";" between columns.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip() for c in reader.fieldnames or ()]
    if not set(columns) & {"source", "name", "emails"}:
        raise InputFileError(
            name, "line 1: not JSONL, vCard or a CSV with a header such as source,name,emails"
        )
    reader.fieldnames = columns
    contacts = []
    for row in reader:
        try:
            contacts.append(contact_from_row(row))
        except ValueError as exc:
            raise InputFileError(name, f"line {reader.line_num}: {exc}") from None
    return contacts


def contact_from_row(row: dict[str, Any]) -> Contact:
    """A Contact from a CSV row as output.contact_to_row writes it."""
    if None in row:
        raise ValueError("more cells than columns")
    cells = {k: output.csv_text(row.get(k) or "") for k in CONTACT_KEYS}
    card = cells["card"].strip()
    if card and not card.isdigit():
        raise ValueError(f"card must be a whole number, not {card!r}")
    try:
        confidence = json.loads(cells["confidence"]) if cells["confidence"].strip() else {}
    except json.JSONDecodeError:
        raise ValueError('confidence must be JSON such as {"name": 0.9}') from None
    data: dict[str, Any] = {k: cells[k] or None for k in _TEXT_KEYS}
    data.update(
        card=int(card or 0),
        emails=_split(cells["emails"]),
        websites=_split(cells["websites"], _URL_SEPARATOR),
        phones=_split(cells["phones"]),  # CSV keeps only the number as printed
        confidence=confidence,
    )
    return contact_from_mapping(data)


def _split(cell: str, separator: re.Pattern[str] = _SEPARATOR) -> list[str]:
    return [part.strip() for part in separator.split(cell) if part.strip()]


def _read_vcards(name: str, text: str) -> list[Contact]:
    contacts = []
    for index, (start, block) in enumerate(_vcard_blocks(name, text)):
        try:
            card = vobject.readOne(block)
            contacts.append(contact_from_vcard(card, default_source=name, index=index))
        except (vobject.base.ParseError, ValueError) as exc:
            reason = getattr(exc, "msg", None) or str(exc)
            raise InputFileError(name, f"vCard starting at line {start}: {reason}") from None
    return contacts


def _vcard_blocks(name: str, text: str) -> list[tuple[int, str]]:
    """Each BEGIN:VCARD…END:VCARD with the line it starts on, for error messages."""
    blocks: list[tuple[int, str]] = []
    start, lines = 0, []  # start == 0: outside a card
    for number, line in enumerate(text.split("\n"), 1):
        tag = line.strip().upper()
        if start == 0:
            if tag == "BEGIN:VCARD":
                start, lines = number, [line]
            elif tag:
                raise InputFileError(name, f"line {number}: expected BEGIN:VCARD")
            continue
        lines.append(line)
        if tag == "END:VCARD":
            blocks.append((start, "\n".join(lines) + "\n"))
            start = 0
    if start:
        raise InputFileError(name, f"line {start}: vCard never closed (END:VCARD missing)")
    return blocks


def contact_from_vcard(card: Any, *, default_source: str = "", index: int = 0) -> Contact:
    """A Contact from a vobject vCard; the X-CARDSCAN properties restore what vCard lacks."""
    org = _values(card, "org")
    company = ", ".join(p for p in (org[0] if org else []) if p) or None
    emails = _values(card, "email")
    n = card.contents.get("n", [None])[0]
    given = _joined(n.value.given) if n else ""
    family = _joined(n.value.family) if n else ""
    fn = (_values(card, "fn") or [""])[0].strip()
    # output writes a stand-in FN (company or email) and an empty N when the name is unknown.
    company_card = (_values(card, output.VCARD_SHOW_AS) or [""])[0].strip().upper() == "COMPANY"
    if not given and not family and (fn in emails[:1] or (company_card and fn == company)):
        fn = ""
    card_number = (_values(card, output.VCARD_CARD) or [str(index)])[0].strip()
    if not card_number.isdigit():
        raise ValueError(f"{output.VCARD_CARD.upper()} must be a whole number")
    confidence_text = (_values(card, output.VCARD_CONFIDENCE) or ["{}"])[0]
    try:
        confidence = json.loads(confidence_text)
    except json.JSONDecodeError:
        raise ValueError(f"{output.VCARD_CONFIDENCE.upper()} is not JSON") from None
    return contact_from_mapping(
        {
            "source": (_values(card, output.VCARD_SOURCE) or [default_source])[0],
            "card": int(card_number),
            "name": fn or None,
            "given_name": given or None,
            "family_name": family or None,
            "title": (_values(card, "title") or [None])[0],
            "company": company,
            "emails": emails,
            "phones": [_phone(tel) for tel in card.contents.get("tel", [])],
            "websites": _values(card, "url"),
            "address": _address(card),
            "confidence": confidence,
            "engine": (_values(card, output.VCARD_ENGINE) or [""])[0],
            "text": (_values(card, "note") or [""])[0],
        }
    )


def _values(card: Any, key: str) -> list[Any]:
    return [line.value for line in card.contents.get(key, [])]


def _joined(part: str | list[str]) -> str:
    return " ".join(part).strip() if isinstance(part, list) else part.strip()


def _phone(tel: Any) -> dict[str, Any]:
    types = {t.upper() for param in tel.params.get("TYPE", []) for t in param.split(",")}
    kind = next((k for vcard_type, k in _VCARD_TO_KIND if vcard_type in types), "other")
    e164 = tel.params.get(output.VCARD_E164_PARAM, [None])[0]
    return {"number": str(tel.value), "e164": e164, "kind": kind}


def _address(card: Any) -> str | None:
    adr = card.contents.get("adr")
    if adr:
        a = adr[0].value
        parts = (a.box, a.extended, a.street, a.city, a.region, a.code, a.country)
        line = ", ".join(p for p in (_joined(part) for part in parts) if p)
        if line:
            return line
    label = _values(card, "label")
    return " ".join(str(label[0]).split()) if label else None
