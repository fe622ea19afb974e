"""Fixtures of the integration tests: the in-process server with the demo centre
(tests/server); for the desktop tests the live server and qasync loop (tests/supervisor)."""

from tests.desktop.conftest import desktop  # noqa: F401  (fixture re-export)
from tests.server.conftest import make_server, server  # noqa: F401
from tests.supervisor.conftest import live_server, loop, memory_keyring, qloop  # noqa: F401
