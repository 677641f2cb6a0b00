"""Write files so that a crash never leaves half a file and nothing is overwritten by accident."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from cardscan.errors import OutputExistsError


@contextmanager
def atomic_output(path: Path, *, force: bool = False, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream that becomes ``path`` only when the block finishes without error.

    The data goes to a temporary file beside ``path`` and is renamed over it at the end,
    so readers see the old file or the whole new one, never a part.
    """
    if path.exists() and not force:
        raise OutputExistsError(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as stream:
            yield stream
        if path.exists() and not force:
            raise OutputExistsError(str(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
