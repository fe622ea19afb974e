"""Fixtures of the flow tests: the in-process server with the demo centre (tests/server)."""

from tests.server.conftest import make_server, server  # noqa: F401
