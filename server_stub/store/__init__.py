"""Persistence: the store interface and its SQLite implementation (one writer thread)."""

from server_stub.store.base import Store
from server_stub.store.runner import StoreRunner
from server_stub.store.sqlite import SqliteStore

__all__ = ["SqliteStore", "Store", "StoreRunner"]
