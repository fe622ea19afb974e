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
from typing import Any

import pytest

from agent_desktop.protocol.collection import collect_due


def pytest_configure(config: pytest.Config) -> None:
    gc.disable()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    yield
    collect_due()


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Any]:
    """A throwaway PostgreSQL cluster for the session (tests/support/postgres.py); the
    test is skipped, saying why, only when PostgreSQL's binaries are not installed."""
    from tests.support.postgres import find_bin_dir, start_cluster

    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's "
            "`postgresql` package (.ci/setup does) to run the PostgreSQL store's tests"
        )
    cluster = start_cluster(bin_dir)
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: Any, request: pytest.FixtureRequest) -> str:
    """A new database in the session's cluster with the store's schema and no records,
    named after the test (a copy of a template migrated once: fast)."""
    import hashlib

    name = "t_" + hashlib.sha1(request.node.nodeid.encode()).hexdigest()[:16]
    return str(postgres_cluster.create_database(name, postgres_cluster.migrated_template()))
