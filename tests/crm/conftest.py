"""Fixtures of the CRM desktop tests: the live server, qasync loop and whole desktop."""

from tests.desktop.conftest import (  # noqa: F401  (fixture re-exports)
    desktop,
    live_server,
    loop,
    memory_keyring,
    qloop,
)
