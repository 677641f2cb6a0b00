"""The profile: who is writing, the interview, HR and (for --send) the SMTP server.

A TOML file, see ../shared/contract.md. `load_profile` reads it, `profile_from_dict` takes
the same shape already parsed (the web API's JSON). Every error is a ProfileError naming
the file and the key, so the user knows which line to fix.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from cardscan.drafts.checks import check_email, header_text_problem
from cardscan.errors import ProfileError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

# Spelled out so the date reads the same whatever the machine's locale.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
PASSWORD_ENV = "CARDSCAN_SMTP_PASSWORD"  # where --send finds the password (send.py)


@dataclass(frozen=True)
class Sender:
    name: str
    email: str
    signature: str | None = None
    bcc_self: bool = False  # a Bcc of every message sent to the sender's own address

    @property
    def sign_off(self) -> str:
        """What ends each message: the signature, else the name."""
        return self.signature or self.name


@dataclass(frozen=True)
class Interview:
    company: str
    role: str
    date: dt.date | str | None = None  # a str is free text such as "20 and 21 November"

    @property
    def date_text(self) -> str:
        """The date as a person writes it ("20 November 2026"), or "" when unknown."""
        if isinstance(self.date, dt.date):
            return f"{self.date.day} {_MONTHS[self.date.month - 1]} {self.date.year}"
        return self.date or ""


@dataclass(frozen=True)
class Hr:
    email: str
    name: str | None = None


@dataclass(frozen=True)
class Smtp:
    """The [smtp] table: where --send sends. The password never lives here (env only).

    `starttls` upgrades a plain connection (submission, port 587); `ssl` is TLS from the
    first byte ("SMTPS", port 465). A profile may set one, not both; when `ssl` is set,
    `starttls` is not used.
    """

    host: str
    port: int = 587
    starttls: bool = True
    username: str | None = None
    ssl: bool = False


@dataclass(frozen=True)
class Profile:
    sender: Sender
    interview: Interview
    hr: Hr | None = None
    smtp: Smtp | None = None
    source: str = "<profile>"  # where it came from, for error messages


def default_profile_path() -> Path:
    """~/.config/cardscan/profile.toml on Linux; the platform's equivalent elsewhere."""
    return Path(platformdirs.user_config_dir("cardscan")) / "profile.toml"


def load_profile(path: str | Path | None = None, *, need_interview: bool = True) -> Profile:
    """Read and check a profile TOML file (the default path when None).

    A value still holding the starter's placeholder ("Your Name") is refused with its
    line. need_interview=False lets [interview] be absent (the interview record has it).
    """
    path = Path(path) if path is not None else default_profile_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProfileError(
            f"{path}: no such profile; create it with [sender] and [interview] "
            "(see the contract's Profile section) or pass --profile FILE"
        ) from None
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read the profile: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProfileError(f"{path}: the profile is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: invalid TOML: {exc}") from None
    _refuse_placeholders(data, raw.decode("utf-8"), path)
    if not need_interview and "interview" not in data:
        # The interview record supplies it; a stand-in keeps Profile's shape.
        data = {**data, "interview": {"company": "-", "role": "-"}}
    return profile_from_dict(data, source=str(path))


def _refuse_placeholders(data: dict[str, Any], text: str, path: Path) -> None:
    from cardscan.drafts.starter import line_of, placeholders

    for (section, key), placeholder in placeholders().items():
        table = data.get(section)
        value = table.get(key) if isinstance(table, dict) else None
        if isinstance(value, str) and value.strip() == placeholder:
            line = line_of(text, section, key)
            raise ProfileError(
                f"{path}{f':{line}' if line else ''}: [{section}] {key} is still the "
                f"placeholder {placeholder!r}; put your own value there"
            )


def profile_from_dict(data: dict[str, Any], source: str = "<profile>") -> Profile:
    """Build a Profile from the TOML's shape; dates may be date objects or ISO strings."""
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: the profile must be a table of sections")
    reader = _Reader(data, source)
    sender = Sender(
        name=reader.text("sender", "name"),
        email=reader.email("sender", "email"),
        signature=reader.text("sender", "signature", required=False, multiline=True),
        bcc_self=reader.boolean("sender", "bcc_self", default=False),
    )
    interview = Interview(
        company=reader.text("interview", "company"),
        role=reader.text("interview", "role"),
        date=reader.date("interview", "date"),
    )
    hr = None
    if "hr" in data:
        hr = Hr(email=reader.email("hr", "email"), name=reader.text("hr", "name", required=False))
    smtp = _smtp(reader) if "smtp" in data else None
    return Profile(sender=sender, interview=interview, hr=hr, smtp=smtp, source=source)


def _smtp(reader: _Reader) -> Smtp:
    if reader.get("smtp", "password") is not None:
        raise reader.fail(
            "smtp", "password", f"is never read from the profile (profiles get copied and "
            f"shared); delete it and set the environment variable {PASSWORD_ENV} instead"
        )  # fmt: skip
    # ssl = true alone means SMTPS on 465; starttls then defaults to off, not to a conflict.
    implicit_tls = reader.boolean("smtp", "ssl", default=False)
    starttls = reader.boolean("smtp", "starttls", default=not implicit_tls)
    if implicit_tls and starttls:
        raise ProfileError(
            f"{reader.source}: [smtp] starttls and ssl cannot both be true; use ssl = true "
            "for TLS from the start (port 465) or starttls = true (port 587)"
        )
    return Smtp(
        host=reader.text("smtp", "host"),
        port=reader.integer("smtp", "port", default=465 if implicit_tls else 587),
        starttls=starttls,
        username=reader.text("smtp", "username", required=False),
        ssl=implicit_tls,
    )


class _Reader:
    """Fetches typed values from the parsed profile, failing with the key's name."""

    def __init__(self, data: dict[str, Any], source: str) -> None:
        self.data = data
        self.source = source

    def fail(self, section: str, key: str, problem: str) -> ProfileError:
        return ProfileError(f"{self.source}: [{section}] {key} {problem}")

    def get(self, section: str, key: str) -> Any:
        table = self.data.get(section)
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ProfileError(f"{self.source}: [{section}] must be a section (a table)")
        return table.get(key)

    def text(
        self, section: str, key: str, *, required: bool = True, multiline: bool = False
    ) -> Any:
        value = self.get(section, key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(section, key, "is missing")
            return None
        if not isinstance(value, str):
            raise self.fail(section, key, f"must be a string, not {type(value).__name__}")
        # Names, the role and the like go into headers; only the signature may span lines.
        if not multiline:
            self.check_header_text(section, key, value)
        return value.strip()

    def check_header_text(self, section: str, key: str, value: str) -> None:
        problem = header_text_problem(value)
        if problem is not None:
            line_break = problem == "contains a line break"
            raise self.fail(section, key, "must be on one line" if line_break else problem)

    def email(self, section: str, key: str) -> str:
        value = self.text(section, key)
        try:
            return check_email(value)
        except ValueError as exc:
            raise self.fail(section, key, f"is not usable: {exc}") from None

    def date(self, section: str, key: str) -> dt.date | str | None:
        value = self.get(section, key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if not isinstance(value, str):
            raise self.fail(section, key, "must be a date such as 2026-11-20")
        value = value.strip()
        if _ISO_DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(_zero_pad(value))
            except ValueError:
                raise self.fail(section, key, f"{value!r} is not a real date") from None
        self.check_header_text(section, key, value)
        return value or None

    def integer(self, section: str, key: str, *, default: int) -> int:
        value = self.get(section, key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
            raise self.fail(section, key, f"must be a port number, not {value!r}")
        return value

    def boolean(self, section: str, key: str, *, default: bool) -> bool:
        value = self.get(section, key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(section, key, f"must be true or false, not {value!r}")
        return value


def _zero_pad(value: str) -> str:
    # Python 3.10's fromisoformat wants exactly YYYY-MM-DD.
    year, month, day = value.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"
