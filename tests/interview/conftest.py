"""A loopback SMTP server (aiosmtpd on 127.0.0.1) that keeps what it receives."""

from __future__ import annotations

import pytest
from aiosmtpd.controller import Controller

from tests.drafts.test_send import Recorder, free_port


@pytest.fixture
def smtp():
    handler = Recorder()
    server = Controller(handler, hostname="127.0.0.1", port=free_port())
    server.start()
    yield server, handler
    server.stop()
