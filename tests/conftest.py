"""Suite-wide: Python's garbage collection runs on the main thread only, as in the desktop.

Test processes hold Qt and pjsua2 objects next to threads that allocate all the time (the
in-process server, executors, pjsua2's own): a collection that one of those threads happens
to trigger can destroy Qt objects from the wrong thread and crash Qt later, in another test
(agent_desktop/platform/collector.py). Automatic collection is off for the whole run; the
main thread collects what is due after each test and, while Qt's loop runs, from the
collector's timer (started with the first QApplication, see tests/desktop/conftest.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from agent_desktop.protocol.collection import collect_due


def pytest_configure(config: pytest.Config) -> None:
    gc.disable()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    yield
    collect_due()
