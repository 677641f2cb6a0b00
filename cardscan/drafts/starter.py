"""`cardscan init`: a commented starter profile the user fills in."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from cardscan.safefile import atomic_output

STARTER = "profile-starter.toml"


def starter_text() -> str:
    """The starter profile: every key of the contract's profile, with comments."""
    return (resources.files(__package__) / "templates" / STARTER).read_text(encoding="utf-8")


def write_starter(path: Path, *, force: bool = False) -> Path:
    """Write the starter profile to path (folders created); an existing file is kept unless
    force, so a filled-in profile is never lost."""
    with atomic_output(path, force=force) as stream:
        stream.write(starter_text())
    return path
