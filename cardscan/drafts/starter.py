"""`cardscan init`: a commented starter profile, filled in with the user's answers.

The starter's own values ("Your Name", "you@example.com" …) are placeholders: the loader
refuses a profile that still holds one (see `placeholders`), naming the line to fix.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from functools import cache
from importlib import resources
from pathlib import Path

from cardscan.safefile import atomic_output

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

STARTER = "profile-starter.toml"
_SECTION = re.compile(r"^\s*\[\s*([\w-]+)\s*\]")
_KEY = re.compile(r"^(?P<indent>\s*)(?P<key>[\w-]+)\s*=")
_COMMENTED_KEY = re.compile(r"^\s*#\s*(?P<key>[\w-]+)\s*=")

# (section, key) → the answer; None leaves the key out (commented).
Answers = dict[tuple[str, str], "str | dt.date | None"]


def starter_text() -> str:
    """The starter profile: every key of the contract's profile, with comments."""
    return (resources.files(__package__) / "templates" / STARTER).read_text(encoding="utf-8")


@cache
def placeholders() -> dict[tuple[str, str], str]:
    """(section, key) → the starter's placeholder text, which no real profile holds."""
    data = tomllib.loads(starter_text())
    return {
        (section, key): value
        for section, table in data.items()
        for key, value in table.items()
        if isinstance(value, str)
    }


def line_of(text: str, section: str, key: str) -> int | None:
    """The 1-based line where [section] sets key, for an error that says where to look."""
    current = None
    for number, line in enumerate(text.splitlines(), 1):
        header = _SECTION.match(line)
        if header:
            current = header.group(1)
            continue
        found = _KEY.match(line)
        if current == section and found and found["key"] == key:
            return number
    return None


def filled_starter(answers: Answers) -> str:
    """The starter with each answered key set; an answer of None comments the key out, and
    a section whose keys are all None is commented out whole (no [hr] without an email)."""
    empty = {s for s, _ in answers} - {s for (s, _), v in answers.items() if v not in (None, "")}
    out, current = [], None
    for line in starter_text().splitlines():
        header = _SECTION.match(line)
        if header:
            current = header.group(1)
            out.append(f"# {line}" if current in empty else line)
            continue
        match = _KEY.match(line) or _COMMENTED_KEY.match(line)
        key = match["key"] if match else None
        if current is not None and (current, key) in answers:
            value = answers[(current, key)]
            out.append(f"{key} = {_toml_value(value)}" if value else f"# {key} =")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def write_starter(path: Path, *, force: bool = False, answers: Answers | None = None) -> Path:
    """Write the starter profile (filled in with answers, if any) to path, folders created;
    an existing file is kept unless force, so a filled-in profile is never lost."""
    with atomic_output(path, force=force) as stream:
        stream.write(filled_starter(answers) if answers else starter_text())
    return path


def _toml_value(value: str | dt.date) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
