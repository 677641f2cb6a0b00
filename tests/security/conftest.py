"""The SMTP fixtures of tests/drafts/test_send.py (a throwaway CA, a loopback server)."""

from tests.drafts.test_send import ca, client_tls, server_tls, smtp_server  # noqa: F401
