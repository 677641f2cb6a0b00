"""Text rewritten by OCR repairs that still knows where each character came from."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class MappedText:
    """A repaired string plus, per character, its index in the original line.

    Repairs (© → @, " ,com" → ".com") change lengths; values must still be
    masked in the original line so no other extractor reads them twice.
    """

    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> MappedText:
        return cls(text, tuple(range(len(text))))

    def sub(
        self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]
    ) -> MappedText:
        """Like pattern.sub; inserted characters inherit the position of the text they replace."""
        out: list[str] = []
        origin: list[int] = []
        last = 0
        for match in pattern.finditer(self.text):
            out.append(self.text[last : match.start()])
            origin.extend(self.origin[last : match.start()])
            new = repl(match) if callable(repl) else match.expand(repl)
            anchor = self.origin[match.start()] if match.start() < len(self.origin) else self._end()
            out.append(new)
            origin.extend([anchor] * len(new))
            last = match.end()
        out.append(self.text[last:])
        origin.extend(self.origin[last:])
        return MappedText("".join(out), tuple(origin))

    def replace_span(self, start: int, end: int, new: str) -> MappedText:
        """Replace text[start:end] with new (positions inherit from start)."""
        anchor = self.origin[start] if start < len(self.origin) else self._end()
        return MappedText(
            self.text[:start] + new + self.text[end:],
            self.origin[:start] + (anchor,) * len(new) + self.origin[end:],
        )

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original line that text[start:end] was made from."""
        if start >= end:
            return (0, 0)
        return (self.origin[start], self.origin[end - 1] + 1)

    def _end(self) -> int:
        return self.origin[-1] + 1 if self.origin else 0


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out spans with spaces so offsets stay valid for later extractors."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(start, 0), min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)
