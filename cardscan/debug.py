"""Pictures of each stage, so a user can see why a card was misread (``--debug-dir``).

For an input ``photo.jpg`` it writes into ``DIR/photo/``:
``0-outline.jpg`` the card outline(s) found, drawn on the photo;
``cardN-1-flat.jpg`` the flattened card; ``cardN-2-engine.png`` the image the engine saw;
``cardN-3-fields.png`` the word boxes coloured by the contact field their line fed.
"""

from __future__ import annotations

import re
from pathlib import Path

import cv2
import numpy as np

from cardscan.models import Contact, Line, OcrResult

# BGR colours per field; lines that fed no field are drawn grey.
FIELD_COLOURS: dict[str, tuple[int, int, int]] = {
    "name": (0, 0, 230),
    "title": (0, 140, 255),
    "company": (200, 0, 200),
    "emails": (0, 170, 0),
    "phones": (230, 120, 0),
    "websites": (160, 160, 0),
    "address": (120, 60, 20),
}
UNUSED = (150, 150, 150)


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def field_of_line(line: Line, contact: Contact) -> str | None:
    """The contact field whose value this line's text holds (compared without punctuation)."""
    text = _squash(line.text)
    if not text:
        return None
    singles = {
        "name": contact.name,
        "title": contact.title,
        "company": contact.company,
    }
    lists = {
        "emails": contact.emails,
        "phones": [p.number for p in contact.phones],
        "websites": contact.websites,
    }
    for field, values in lists.items():
        if any(v and _squash(v) in text for v in values):
            return field
    for field, value in singles.items():
        if value and (_squash(value) in text or text in _squash(value)):
            return field
    if contact.address and text in _squash(contact.address):
        return "address"
    return None


def draw_fields(image: np.ndarray, ocr: OcrResult, contact: Contact) -> np.ndarray:
    """The engine's image with each word box outlined in its line's field colour."""
    canvas = image.copy() if image.ndim == 3 else cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    thickness = max(2, round(max(canvas.shape[:2]) / 600))
    for line in ocr.lines:
        colour = FIELD_COLOURS.get(field_of_line(line, contact) or "", UNUSED)
        for word in line.words:
            b = word.box
            cv2.rectangle(canvas, (b.x, b.y), (b.right, b.bottom), colour, thickness)
    return canvas


def draw_outlines(photo: np.ndarray, outlines: list[np.ndarray | None]) -> np.ndarray:
    canvas = photo.copy()
    thickness = max(3, round(max(canvas.shape[:2]) / 300))
    for index, quad in enumerate(outlines):
        if quad is None:
            continue
        pts = quad.astype(np.int32).reshape(-1, 1, 2)
        cv2.polylines(canvas, [pts], True, (0, 0, 255), thickness)
        x, y = pts[0, 0]
        cv2.putText(
            canvas,
            str(index),
            (int(x), int(y)),
            cv2.FONT_HERSHEY_SIMPLEX,
            thickness / 2,
            (0, 0, 255),
            thickness,
        )
    return canvas


def debug_folder(debug_dir: str | Path, source: str) -> Path:
    """A folder per input, named after the file (``stdin`` for ``-``)."""
    stem = "stdin" if source == "-" else Path(source).stem or "input"
    folder = Path(debug_dir) / stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_picture(path: Path, image: np.ndarray) -> None:
    ok, data = cv2.imencode(path.suffix, image)
    if ok:
        path.write_bytes(data.tobytes())


def write_card_pictures(
    debug_dir: str | Path,
    source: str,
    index: int,
    card,
    ocr: OcrResult,
    rotation: int,
    contact: Contact,
) -> None:
    """The flattened card, the image the engine saw, and its word boxes by field."""
    from cardscan.preprocess.orient import rotate

    folder = debug_folder(debug_dir, source)
    seen = rotate(card.image, rotation) if rotation else card.image
    write_picture(folder / f"card{index}-1-flat.jpg", card.flat)
    write_picture(folder / f"card{index}-2-engine.png", seen)
    write_picture(folder / f"card{index}-3-fields.png", draw_fields(seen, ocr, contact))


def write_photo_picture(
    debug_dir: str | Path, source: str, photo: np.ndarray, outlines: list[np.ndarray | None]
) -> None:
    folder = debug_folder(debug_dir, source)
    write_picture(folder / "0-outline.jpg", draw_outlines(photo, outlines))
