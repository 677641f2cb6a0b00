"""``cardscan serve``: the web page for scanning cards from a phone and getting drafts back.

Modules by job: auth.py (the token, the origin check, security headers), upload.py (request
bodies with limits), drafting.py (the /api/draft request and answer), routes.py (the app),
server.py (the address, the banner, uvicorn); errors.py is how a request fails.

Routes (every one needs the access token, as ``?token=…`` or ``Authorization: Bearer …``):

``GET /``
    The phone page (``static/index.html``, CSS and JS inline): the camera input, the
    contacts to check and edit, the profile form and the drafts.
``POST /api/scan``
    ``multipart/form-data`` with one file field ``image``; answers the JSON list of the
    contacts read from it: the contract's Contact keys, ``card_image`` (the card as read, a
    JPEG ``data:`` URL, at most 1280 pixels long), ``doubtful`` (the confidence keys of the
    fields to check, :func:`cardscan.review.to_check`: a value read with doubt, or a name or
    email not found) and ``crops`` (for each of those keys the card's own picture of its
    lines, PNG ``data:`` URLs, none for a field not found). Nothing is written to disk: the
    upload is kept in memory (at most ``max_upload`` bytes) and scanned with
    :func:`cardscan.api.scan_bytes` in a worker thread, one scan at a time.
``POST /api/draft``
    JSON ``{"contacts": [...], "template": "thank-you", "profile": {...}}`` (a contact may
    carry ``personal_line``, a sentence of the user's own for its thank-you); answers a JSON
    list with one item per draft: ``to``, ``to_name``, ``subject``, ``body``, ``review``,
    ``eml`` (RFC 5322 text) and ``mailto``. The contacts that got no draft are listed in the
    ``X-Cardscan-Skipped`` response header: a JSON (ASCII) list of
    ``{"source", "card", "name", "reason"}``, ``[]`` when none was skipped.

Errors are JSON ``{"error": "<one line>"}``: 401 no token, 403 wrong token or a request a
browser sent from another site (``Origin``), 400 malformed request (JSON too deep, numbers
too large or not finite), 408 an upload that stalls (nothing for 30 s, or not done in 5
minutes), 413 too large (or more than 200 contacts), 415 wrong Content-Type, 422
unreadable image or invalid contacts/template/profile, 503 OCR engine not installed.
/api/draft renders in a worker thread, so a big batch does not hold up other requests.
"""

from __future__ import annotations

from cardscan.web.routes import create_app
from cardscan.web.server import serve, start_banner

__all__ = ["create_app", "serve", "start_banner"]
