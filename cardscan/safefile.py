"""Write files so that a crash never leaves half a file and nothing is overwritten by accident."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TextIO

from cardscan.errors import OutputExistsError


@contextmanager
def replaced_atomically(path: Path, mode: str, **open_kwargs) -> Iterator[IO]:
    """A file opened beside ``path`` that becomes ``path`` only when the block ends without
    error, so readers see the old file or the whole new one, never a part. The temporary
    file is created owner-only (mkstemp), which suits personal data."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **open_kwargs) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_output(path: Path, *, force: bool = False, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream that becomes ``path`` at the end; an existing file needs ``force``."""
    if path.exists() and not force:
        raise OutputExistsError(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    with replaced_atomically(path, "w", encoding=encoding, newline="") as stream:
        yield stream
        # The file may have appeared while the scan ran.
        if path.exists() and not force:
            raise OutputExistsError(str(path))
