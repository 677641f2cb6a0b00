"""Errors that reach the user: each carries its exit code and says what to do."""

from __future__ import annotations

import unicodedata

# Exit codes of ../shared/contract.md.
EXIT_OK = 0
EXIT_FATAL = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


class CardscanError(Exception):
    """Base class: the message is one line fit for stderr."""

    exit_code = EXIT_FATAL


class InputFileError(CardscanError):
    """One input could not be read; the batch goes on without it."""

    exit_code = EXIT_PARTIAL

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EngineUnavailableError(CardscanError):
    """The chosen OCR engine is not installed."""

    exit_code = EXIT_FATAL


class TemplateError(CardscanError):
    """A draft template is missing, malformed or refers to an unknown variable."""

    exit_code = EXIT_FATAL


class ProfileError(CardscanError):
    """The profile TOML is missing or invalid."""

    exit_code = EXIT_FATAL


class OutputExistsError(CardscanError):
    """Refusing to overwrite a file the user already has."""

    exit_code = EXIT_FATAL

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} already exists; use --force to overwrite it")
        self.path = path


class NothingReadError(CardscanError):
    """Every input failed: the output file is not written, so an existing one is kept."""

    exit_code = EXIT_FATAL

    def __init__(self, path: str) -> None:
        super().__init__(
            f"no input could be read, so {path} was not written (an existing file is kept "
            "as it was); fix the inputs named above and run again"
        )


class SendError(CardscanError):
    """--send could not reach, secure or log in to the SMTP server (or was not given the
    password); nothing more can be sent. Names host:port and what to change."""

    exit_code = EXIT_FATAL


class DistributedError(CardscanError):
    """Scanning on a dask cluster (--scheduler) cannot start or go on: dask is not installed,
    the scheduler cannot be reached or has no workers, or the connection to it was lost."""

    exit_code = EXIT_FATAL


def one_line(text: str) -> str:
    """Text fit for one line on a terminal: control characters, line separators and lone
    surrogates in a file name are shown escaped (a name with a newline, or with escape
    codes, must not break or repaint the error output)."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp")
        else ch
        for ch in text
    )
