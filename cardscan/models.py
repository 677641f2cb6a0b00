"""Frozen data passed between the stages: image → OcrResult → Contact → Draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The contract's Contact keys, in the order they are written (JSON, CSV columns), plus
# name_alt (an extension the contract allows): the name as printed in a second script.
CONTACT_KEYS: tuple[str, ...] = (
    "source",
    "card",
    "name",
    "given_name",
    "family_name",
    "name_alt",
    "title",
    "company",
    "emails",
    "phones",
    "websites",
    "address",
    "confidence",
    "engine",
    "text",
)

PHONE_KINDS: tuple[str, ...] = ("mobile", "work", "fax", "other")
# The fields a Contact's confidence scores, in the order they are shown.
CONFIDENCE_KEYS: tuple[str, ...] = ("name", "title", "company", "emails", "phones",
                                    "websites", "address")  # fmt: skip


@dataclass(frozen=True)
class Box:
    """Axis-aligned rectangle in pixels of the image the engine saw."""

    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def center_y(self) -> float:
        return self.y + self.h / 2

    def shifted(self, dx: int, dy: int) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)

    def union(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@dataclass(frozen=True)
class Word:
    """One recognised word; confidence is 0..1."""

    text: str
    confidence: float
    box: Box


@dataclass(frozen=True)
class Line:
    """Words printed on one line, left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def box(self) -> Box:
        box = self.words[0].box
        for word in self.words[1:]:
            box = box.union(word.box)
        return box

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=0.0)

    @property
    def height(self) -> int:
        """Median word height: a proxy for the font size."""
        heights = sorted(w.box.h for w in self.words)
        return heights[len(heights) // 2] if heights else 0


@dataclass(frozen=True)
class OcrResult:
    """What an engine read on one card image, lines top to bottom."""

    engine: str
    lines: tuple[Line, ...]
    width: int = 0
    height: int = 0
    # Degrees the printed lines slope down to the right (clockwise), from the engine's
    # line outlines; 0 from engines that give upright boxes only.
    tilt: float = 0.0
    # Where the engine's line detector found a printed line that its recogniser read as
    # nothing (a script its models do not know); only engines that detect lines fill it.
    unread: tuple[Box, ...] = ()
    # How many lines the engine's line classifier turned by 180° before reading them (engines
    # that turn lines only): with none turned, the lines were read as they stand.
    turned: int = 0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def confidence(self) -> float:
        """Mean word confidence (0 when nothing was read)."""
        words = [w.confidence for line in self.lines for w in line.words]
        return sum(words) / len(words) if words else 0.0


@dataclass(frozen=True)
class Phone:
    number: str  # as printed
    e164: str | None
    kind: str = "other"  # one of PHONE_KINDS

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "e164": self.e164, "kind": self.kind}


@dataclass(frozen=True)
class Contact:
    """One card's contact, serialised with exactly the contract's keys."""

    source: str
    card: int = 0
    name: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    name_alt: str | None = None  # the same person's name printed in a second script
    title: str | None = None
    company: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    websites: tuple[str, ...] = ()
    address: str | None = None
    confidence: dict[str, float] = field(default_factory=dict, hash=False, compare=False)
    engine: str = ""
    text: str = ""

    def is_doubtful(self, key: str, below: float) -> bool:
        """Whether field ``key`` (emails, phones … as in ``confidence``) needs a second look:
        it holds a value whose confidence is under ``below``. A value without a score counts
        as sure; an empty field has nothing to check."""
        return bool(getattr(self, key)) and self.confidence.get(key, 1.0) < below

    def doubtful_fields(self, below: float) -> list[str]:
        """The keys of CONFIDENCE_KEYS that need a second look (:meth:`is_doubtful`)."""
        return [key for key in CONFIDENCE_KEYS if self.is_doubtful(key, below)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "card": self.card,
            "name": self.name,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "name_alt": self.name_alt,
            "title": self.title,
            "company": self.company,
            "emails": list(self.emails),
            "phones": [p.to_dict() for p in self.phones],
            "websites": list(self.websites),
            "address": self.address,
            "confidence": dict(self.confidence),
            "engine": self.engine,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Contact:
        """Build from a contract dict; missing keys take their defaults, phones may be strings."""
        phones = []
        for p in data.get("phones") or ():
            if isinstance(p, str):
                phones.append(Phone(number=p, e164=None))
            else:
                phones.append(
                    Phone(str(p.get("number", "")), p.get("e164"), p.get("kind") or "other")
                )
        return cls(
            source=str(data.get("source") or ""),
            card=int(data.get("card") or 0),
            name=data.get("name") or None,
            given_name=data.get("given_name") or None,
            family_name=data.get("family_name") or None,
            name_alt=data.get("name_alt") or None,
            title=data.get("title") or None,
            company=data.get("company") or None,
            emails=tuple(data.get("emails") or ()),
            phones=tuple(phones),
            websites=tuple(data.get("websites") or ()),
            address=data.get("address") or None,
            confidence=dict(data.get("confidence") or {}),
            engine=str(data.get("engine") or ""),
            text=str(data.get("text") or ""),
        )


@dataclass(frozen=True)
class Draft:
    """One rendered email, not yet sent."""

    template: str
    to_name: str | None
    to_email: str
    subject: str
    body: str
    review: tuple[str, ...] = ()  # fields a person should check before sending
    # Threading (RFC 5322 3.6.4): the follow-up answers the update in its thread.
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()  # a copy for the sender (--bcc-self)
