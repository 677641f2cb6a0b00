"""``cardscan serve``: the web page for scanning cards from a phone (see app.py).

Needs the ``web`` extra: ``pip install 'cardscan[web]'``.
"""

from __future__ import annotations

from cardscan.web.app import create_app, serve, start_banner

__all__ = ["create_app", "serve", "start_banner"]
