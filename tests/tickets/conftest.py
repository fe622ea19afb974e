"""Fixtures of the ticket tests: the in-process server with the demo centre (tests/server),
and for the desktop tests the live server, qasync loop and signed-in sessions."""

from tests.desktop.conftest import desktop  # noqa: F401  (fixture re-export)
from tests.server.conftest import make_server, server  # noqa: F401
from tests.supervisor.conftest import (  # noqa: F401
    lead_session,
    live_server,
    loop,
    memory_keyring,
    qloop,
    supervisor,
)
