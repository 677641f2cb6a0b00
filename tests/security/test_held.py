"""Attacks that held when cardscan was attacked on purpose, kept so that they keep holding.

Fuzzed images, bad contact files (two kinds of which did not hold: deep JSON and huge
numbers) and TLS that never falls back to plain text. (The template
sandbox, the web token, upload limits and parallel uploads are in test_templates.py and
test_web.py; every kind of bad file through the CLI is in tests/test_bad_inputs.py.)
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from cardscan.contacts_in import read_contacts
from cardscan.drafts.eml import to_message
from cardscan.drafts.profile import Smtp, profile_from_dict
from cardscan.drafts.send import send_messages
from cardscan.errors import InputFileError, SendError
from cardscan.imageio import decode_image
from cardscan.models import Draft
from tests.conftest import render_card

FORMATS = ("PNG", "JPEG", "WEBP", "TIFF")


def _card_bytes(fmt: str) -> bytes:
    card = render_card([("Ana Ruiz", 48), ("ana@northwind.example", 28)], size=(420, 240))
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(card[:, :, ::-1])).save(buffer, format=fmt)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_fuzzed_images_decode_or_give_one_clear_reason(fmt: str) -> None:
    """Random bytes flipped, cut or repeated: pixels, or an InputFileError, nothing else."""
    rng = np.random.default_rng(13)
    good = _card_bytes(fmt)
    for trial in range(60):
        data = bytearray(good)
        how = trial % 3
        if how == 0:
            for at in rng.integers(0, len(data), 1 + trial % 8):
                data[at] = int(rng.integers(0, 256))
        elif how == 1:
            data = data[: int(rng.integers(1, len(data)))]
        else:
            at = int(rng.integers(0, len(data)))
            data[at:at] = data[at : at + int(rng.integers(1, 4096))]
        try:
            pixels = decode_image(bytes(data), f"fuzz.{fmt.lower()}")
        except InputFileError as exc:
            assert str(exc).startswith(f"fuzz.{fmt.lower()}: ") and "\n" not in str(exc)
        else:
            assert pixels.dtype == np.uint8 and pixels.ndim == 3 and pixels.shape[2] == 3


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"name": ' + "[" * 5000 + "]" * 5000 + "}\n", "line 1: not valid JSON (nested too "
         "deeply)"),
        ('{"card": ' + "9" * 5000 + "}\n", "line 1: not valid JSON (Exceeds the limit"),
        ('{"emails": {"$ne": ""}}\n', "line 1: emails must be a list of strings"),
        ('{"card": true}\n', "line 1: card must be a whole number"),
        ("name,emails\n" + "x," * 10000 + "\n", "line 2: more cells than columns"),
        ("BEGIN:VCARD\nVERSION:3.0\nFN:" + "A" * 100000 + "\nEND:VCARD\n", None),
    ],
    ids=["deep-json", "huge-int", "object-for-list", "bool-card", "wide-csv", "long-vcard"],
)  # fmt: skip
def test_bad_contact_files_give_one_line(text: str, reason: str | None) -> None:
    """One line naming the place, never a raw exception (deep JSON and huge numbers once
    came out as "RecursionError: …" and "ValueError: …")."""
    if reason is None:
        assert read_contacts(io.StringIO(text))[0].name == "A" * 100000
        return
    with pytest.raises(InputFileError) as info:
        read_contacts(io.StringIO(text))
    assert str(info.value).startswith(f"-: {reason}") and "\n" not in str(info.value)


def test_tls_is_never_given_up_for_plain_text(smtp_server) -> None:
    """A server that does not offer STARTTLS gets nothing, the password least of all."""
    handler, port = smtp_server()
    profile = profile_from_dict(
        {
            "sender": {"name": "Alex Doe", "email": "alex@example.com"},
            "interview": {"company": "Northwind", "role": "Data Engineer"},
        }
    )
    message = to_message(Draft("thank-you", "Ana", "ana@n.example", "Hi", "Hi\n"), profile)
    smtp = Smtp("127.0.0.1", port, starttls=True, username="alex@example.com")
    with pytest.raises(SendError, match="does not offer STARTTLS"):
        send_messages([message], smtp, password="s3cret")
    assert handler.received == [] and handler.logins == []
    plain = Smtp("203.0.113.9", port, starttls=False, username="alex@example.com")
    with pytest.raises(SendError, match="refusing to send the password unencrypted"):
        send_messages([message], plain, password="s3cret")
