"""Persistence: the store interface, its SQLite and PostgreSQL implementations (one writer
thread)."""

from pathlib import Path

from server_stub.store.base import Store
from server_stub.store.dialect import is_postgres_url
from server_stub.store.runner import StoreRunner
from server_stub.store.sqlite import SqliteStore


def open_store(target: Path | str) -> SqliteStore:
    """A PostgreSQL store for a postgresql:// URL, else the SQLite file at `target`."""
    if is_postgres_url(str(target)):
        from server_stub.store.postgres import PostgresStore

        return PostgresStore(str(target))
    return SqliteStore(target)


__all__ = ["SqliteStore", "Store", "StoreRunner", "open_store"]
