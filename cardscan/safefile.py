"""The one place where cardscan opens files it writes: contacts (-o), .eml drafts, the
starter profile. A crash never leaves half a file, nothing is overwritten by accident, and a
path that cannot be written gives one line saying so.

Each file is written to a temporary ``.NAME.PID.XXXX.part`` beside it and renamed over it
only when complete. A process killed outright (SIGKILL, the OOM killer, a power cut) cannot
remove its ``.part``; the next write to the same name removes those whose process is gone.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TextIO

from cardscan.errors import CardscanError, OutputExistsError, one_line

PART_SUFFIX = ".part"


class OutputError(CardscanError):
    """A file cardscan was asked to write cannot be written there."""

    def __init__(self, path: Path, exc: OSError) -> None:
        reason = _REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
        super().__init__(
            f"{one_line(str(path))}: cannot write it ({reason}); choose another file name or folder"
        )


_REASONS = {
    errno.EISDIR: "it is a folder",
    errno.EEXIST: "a folder in its path is a file",  # from mkdir(exist_ok=True)
    errno.ENOTDIR: "a folder in its path is a file",
}


@contextmanager
def replaced_atomically(path: Path, mode: str, **open_kwargs) -> Iterator[IO]:
    """A file opened beside ``path`` that becomes ``path`` only when the block ends without
    error, so readers see the old file or the whole new one, never a part. The temporary
    file is created owner-only (mkstemp), which suits personal data. OSError from opening,
    writing or renaming becomes OutputError."""
    _remove_stale_parts(path)
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=PART_SUFFIX, dir=path.parent
        )
    except OSError as exc:
        raise OutputError(path, exc) from None
    try:
        with os.fdopen(fd, mode, **open_kwargs) as stream:
            try:
                yield stream
                stream.flush()
                os.fsync(stream.fileno())
            except OSError as exc:
                if exc.filename not in (None, tmp):
                    raise  # not about this file (the block's own business)
                raise OutputError(path, exc) from None
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise OutputError(path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_output(
    path: Path, *, force: bool = False, encoding: str | None = "utf-8"
) -> Iterator[TextIO]:
    """A stream that becomes ``path`` at the end (text, or bytes when ``encoding`` is None);
    an existing file needs ``force``; missing folders are created."""
    if path.exists() and not force:
        raise OutputExistsError(str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(path, exc) from None
    kwargs = {"encoding": encoding, "newline": ""} if encoding else {}
    with replaced_atomically(path, "w" if encoding else "wb", **kwargs) as stream:
        yield stream
        # The file may have appeared while the scan ran.
        if path.exists() and not force:
            raise OutputExistsError(str(path))


def _remove_stale_parts(path: Path) -> None:
    """Remove ``.NAME.PID.*.part`` files left by a process that no longer runs."""
    if os.name == "nt":  # os.kill(pid, 0) would end the process there, not probe it
        return
    with contextlib.suppress(OSError):
        for part in path.parent.glob(f".{glob.escape(path.name)}.*{PART_SUFFIX}"):
            pid = part.name[len(path.name) + 2 :].split(".", 1)[0]
            if pid.isdigit() and not _running(int(pid)):
                part.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: someone else's process, alive
        return True
    return True
