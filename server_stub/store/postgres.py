"""PostgreSQL implementation of the store (psycopg 3), selected with
`--database postgresql://user@host/db`.

It is the SQLite store's code on a `dialect.PgConnection`: the same statements, rewritten
once for PostgreSQL (server_stub/store/dialect.py), the same migrations recorded in
`schema_migrations`. What differs is kept here: the lock timeout in place of SQLite's busy
timeout, and the knowledge base's and customers' text search, which reads the records with
ILIKE (PostgreSQL has no FTS5 and no trigram index without an extension).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from server_stub.kb.text import Query
from server_stub.store.base import Row
from server_stub.store.dialect import PgConnection, like_all
from server_stub.store.kb_sqlite import _HIT_COLUMNS, _QUEUE_FILTER, SqliteKbStore, _decode
from server_stub.store.migrations import SCHEMA_VERSION, migrate_postgres
from server_stub.store.sqlite import BUSY_TIMEOUT_MS, SqliteStore

log = logging.getLogger(__name__)


def redact(url: str) -> str:
    """The URL without its password, for logs and errors."""
    head, sep, tail = url.partition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, user = head.partition("//")
    return f"{scheme}//{user.split(':', 1)[0]}:***@{tail}"


class PostgresStore(SqliteStore):
    """Every record of the coordinator in PostgreSQL; one connection, used from the store
    thread like the SQLite store's."""

    def __init__(self, url: str) -> None:  # not super(): that opens SQLite
        self.path = url
        conn = PgConnection(url, BUSY_TIMEOUT_MS)
        migrate_postgres(conn)
        self.conn = conn  # type: ignore[assignment]
        self._depth = 0
        self.kb = PostgresKbStore(self)
        log.info("records in PostgreSQL %s (schema version %d)", redact(url), SCHEMA_VERSION)

    def write_lock_free(self) -> bool:
        """PostgreSQL locks rows, not the database: a write is never refused as a whole."""
        return True

    @contextmanager
    def busy_timeout(self, milliseconds: int) -> Iterator[None]:
        conn: PgConnection = self.conn  # type: ignore[assignment]
        conn.set_lock_timeout(milliseconds)
        try:
            yield
        finally:
            conn.set_lock_timeout(BUSY_TIMEOUT_MS)


class PostgresKbStore(SqliteKbStore):
    """The knowledge base on PostgreSQL: the same rows; search by substring (every term;
    when none matches all, any term: "relaxed"), ranked title over tags over body, newest."""

    def search(
        self, query: Query, queue: str | None, limit: int, exact: bool = False
    ) -> tuple[str, list[Row]]:
        if query.long_terms and query.short_terms:
            mode = "mixed"
        elif query.long_terms:
            mode = "trigram"
        elif query.short_terms:
            mode = "short"
        else:
            return "empty", []
        rows = self._substring(list(query.highlight_terms), queue, limit, "AND")
        if not rows and query.long_terms:
            relaxed = query.relaxed_terms()
            if relaxed:
                rows, mode = self._substring(relaxed, queue, limit, "OR"), "relaxed"
        return mode, [_decode(r) for r in rows]

    def _substring(self, terms: list[str], queue: str | None, limit: int, joiner: str) -> list[Row]:
        params: dict[str, Any] = {"queue": queue, "limit": limit}
        text = "(a.title || ' ' || a.body || ' ' || a.tags)"
        where = like_all(text, terms, params, joiner)
        score = " + ".join(
            f"(CASE WHEN a.title LIKE :t{i} THEN -10 WHEN a.tags LIKE :t{i} THEN -5 ELSE -1 END)"
            for i in range(len(terms))
        )
        return self._rows(
            f"SELECT {_HIT_COLUMNS}, CAST({score} AS REAL) AS score FROM kb_articles a "
            f"WHERE a.deleted_at IS NULL AND {where} {_QUEUE_FILTER} "
            "ORDER BY score, a.id DESC LIMIT :limit",
            params,
        )
