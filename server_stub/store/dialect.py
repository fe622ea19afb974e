"""The SQL dialect layer: one copy of the store's SQL for SQLite and PostgreSQL.

The store's queries are written once, in the SQL both engines share, with SQLite's
parameter styles (`?`, `:name`). On PostgreSQL, `PgConnection` stands in for the
`sqlite3.Connection` the store modules use and rewrites each statement once (cached):

- placeholders `?` / `:name` -> `%s` / `%(name)s` (literals and `::` casts left alone);
- SQLite's JSON table function `json_each(x)` / `json_each(x, '$.key')` ->
  `json_array_elements_text(...)`; `json_group_array` -> `json_agg`; `group_concat` ->
  `string_agg`; `instr` -> `strpos`; scalar `min(a, b)` / `max(a, b)` -> LEAST / GREATEST;
- `LIKE` -> `ILIKE` (SQLite's LIKE ignores ASCII case); `a IS b` / `a IS NOT b` -> IS
  [NOT] DISTINCT FROM; `CAST(x AS INTEGER)` truncates as SQLite's; `AS REAL` -> `AS
  DOUBLE PRECISION`; `sum(condition)` (SQLite's 0/1) -> `sum(CASE WHEN ...)`;
- planner hints dropped (`INDEXED BY`, `CROSS JOIN ... ON` -> `JOIN`);
- `BEGIN IMMEDIATE` -> `BEGIN`; and an INSERT into a table with an identity `id` gets
  `RETURNING id`, so `cursor.lastrowid` works as on SQLite.

Upserts (`INSERT ... ON CONFLICT ... DO UPDATE SET c = excluded.c`), `ON CONFLICT DO
NOTHING`, `RETURNING`, window functions and `now()` as a parameter (the store keeps times
as epoch seconds, REAL / DOUBLE PRECISION) are written the same on both, so need nothing.
PostgreSQL's errors are raised as the sqlite3 exceptions callers already handle
(IntegrityError; a lock timeout as "database is locked", which the runner holds back).

Schema: the migrations' DDL is SQLite's; `pg_ddl` maps its types (INTEGER -> BIGINT,
REAL -> DOUBLE PRECISION, AUTOINCREMENT ids -> identity columns) and makes the FTS5 tables
plain tables (rowid + columns), kept in step by the same code; search on PostgreSQL reads
the records with ILIKE instead of MATCH (`is_postgres`).
"""

from __future__ import annotations

import argparse
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

Row = dict[str, Any]
log = logging.getLogger(__name__)


def is_postgres(conn: Any) -> bool:
    return isinstance(conn, PgConnection)


def is_postgres_url(database: str | None) -> bool:
    return bool(database) and str(database).startswith(("postgresql://", "postgres://"))


def database_url(value: str) -> str:
    """argparse type of --database: a PostgreSQL URL, refused clearly otherwise."""
    if not is_postgres_url(value):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a PostgreSQL URL: postgresql://USER@HOST[:PORT]/DATABASE "
            "(without --database the records stay in SQLite in --data-dir)"
        )
    return value


# --- statements written once for both engines ---------------------------------------------


def upsert(conn: Any, table: str, row: Mapping[str, Any], pk: str | Sequence[str]) -> None:
    """Insert `row`, or update the columns it names where its primary key exists."""
    keys = [pk] if isinstance(pk, str) else list(pk)
    cols = list(row)
    names = ", ".join(cols)
    values = ", ".join(f":{c}" for c in cols)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in keys)
    action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    conn.execute(
        f"INSERT INTO {table} ({names}) VALUES ({values}) ON CONFLICT ({', '.join(keys)}) {action}",
        dict(row),
    )


def insert(conn: Any, table: str, row: Mapping[str, Any]) -> int:
    """Insert `row`; the id (rowid) it got."""
    cols = list(row)
    cur = conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(f':{c}' for c in cols)})",
        dict(row),
    )
    return int(cur.lastrowid or 0)


def like_all(columns: str, terms: list[str], params: dict[str, Any], joiner: str) -> str:
    """`columns ILIKE %term%` for each term, joined with AND / OR; fills `params`."""
    clauses = []
    for i, term in enumerate(terms):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params[f"t{i}"] = f"%{escaped}%"
        clauses.append(f"{columns} LIKE :t{i}")
    return "(" + f" {joiner} ".join(clauses) + ")"


# --- PostgreSQL -------------------------------------------------------------------------

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_JSON_EACH_PATH = re.compile(r"json_each\(([^(),]+),\s*'\$\.(\w+)'\)")
_JSON_EACH = re.compile(r"json_each\(([^()]+)\)")
_JSON_EXTRACT_INDEX = re.compile(r"json_extract\((\w+),\s*'\$\[(\d+)\]'\)")
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
_INTRANS = 2  # psycopg.pq.TransactionStatus.INTRANS


def _split_literals(sql: str) -> Iterator[tuple[bool, str]]:
    """(is_literal, text) pieces: '...' literals apart from the SQL around them."""
    pos = 0
    for m in re.finditer(r"'(?:[^']|'')*'", sql):
        yield False, sql[pos : m.start()]
        yield True, m.group(0)
        pos = m.end()
    yield False, sql[pos:]


def _top_level_args(sql: str, open_at: int) -> tuple[list[str], int]:
    """The comma-separated arguments of the call whose `(` is at `open_at`, and the index
    of its `)`."""
    depth, start, args = 0, open_at + 1, []
    quoted = False
    for i in range(open_at, len(sql)):
        ch = sql[i]
        if ch == "'":
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                args.append(sql[start:i])
                return args, i
        elif ch == "," and depth == 1:
            args.append(sql[start:i])
            start = i + 1
    raise ValueError(f"unbalanced parentheses in {sql!r}")


def _rewrite_calls(sql: str, name: str, rewrite: Callable[[list[str]], str | None]) -> str:
    """Each call `name(...)` replaced by `rewrite(args)` (None: kept as it is)."""
    pattern = re.compile(rf"\b{name}\(", re.IGNORECASE)
    pos = 0
    while m := pattern.search(sql, pos):
        args, end = _top_level_args(sql, m.end() - 1)
        new = rewrite(args)
        if new is None:
            pos = m.end()
            continue
        sql = sql[: m.start()] + new + sql[end + 1 :]
        pos = m.start() + 1
    return sql


def _scalar(function: str) -> Callable[[list[str]], str | None]:
    # SQLite's two-argument min()/max() are scalar: LEAST / GREATEST
    return lambda args: f"{function}({','.join(args)})" if len(args) > 1 else None


def _cast(args: list[str]) -> str | None:
    # SQLite's CAST(x AS INTEGER) truncates toward zero; PostgreSQL's rounds
    inner = args[0]
    m = re.fullmatch(r"(.*)\s+AS\s+INTEGER\s*", inner, re.DOTALL | re.IGNORECASE)
    if m is None:
        return None
    return f"CAST(trunc(CAST({m.group(1)} AS DOUBLE PRECISION)) AS BIGINT)"


_CONDITION = re.compile(
    r"(<=|>=|<>|!=|=|<|>|\bIS\b|\bIN\b|\bLIKE\b|\bAND\b|\bOR\b|\bNOT\b|\bBETWEEN\b)",
    re.IGNORECASE,
)


def _depth0(text: str) -> str:
    """`text` with what is inside parentheses and quotes blanked out."""
    out, depth, quoted = [], 0, False
    for ch in text:
        if ch == "'":
            quoted = not quoted
        if quoted or ch == "'":
            out.append(" ")
            continue
        if ch == "(":
            depth += 1
        if depth == 0:
            out.append(ch)
        else:
            out.append(" ")
        if ch == ")":
            depth -= 1
    return "".join(out)


def _unwrap(text: str) -> str:
    text = text.strip()
    while text.startswith("(") and text.endswith(")"):
        _, end = _top_level_args(text, 0)
        if end != len(text) - 1:
            break
        text = text[1:-1].strip()
    return text


def _sum_of_condition(args: list[str]) -> str | None:
    # SQLite sums conditions as 0/1; on PostgreSQL a CASE keeps it a plain (fast) sum,
    # NULL where the condition is NULL, as SQLite
    if len(args) != 1:
        return None
    inner = _unwrap(args[0])
    if inner.upper().startswith("CASE") or not _CONDITION.search(_depth0(inner)):
        return None
    return f"sum(CASE WHEN {inner} THEN 1 WHEN NOT ({inner}) THEN 0 END)"


def _words(sql: str) -> str:
    """The word-level rewrites, on SQL outside string literals."""
    sql = sql.replace("json_group_array(", "json_agg(")
    sql = re.sub(r"\bgroup_concat\(", "string_agg(", sql)
    sql = re.sub(r"\binstr\(", "strpos(", sql)
    sql = re.sub(r"\bLIKE\b", "ILIKE", sql)
    sql = re.sub(r"\bAS REAL\b", "AS DOUBLE PRECISION", sql)
    # SQLite's IS / IS NOT compare any two values, NULL-safe
    sql = re.sub(r"\bIS NOT (?!NULL\b|DISTINCT\b|TRUE\b|FALSE\b)", "IS DISTINCT FROM ", sql)
    return re.sub(r"\bIS (?!NULL\b|NOT\b|DISTINCT\b|TRUE\b|FALSE\b)", "IS NOT DISTINCT FROM ", sql)


@lru_cache(maxsize=4096)
def to_postgres(sql: str, placeholders: bool = True) -> str:
    """The statement in PostgreSQL's words, with psycopg's placeholders (`placeholders`
    False: a statement run without parameters, such as a migration's)."""
    sql = re.sub(r"\bBEGIN IMMEDIATE\b", "BEGIN", sql)
    sql = re.sub(r"\s+INDEXED BY \w+", "", sql)  # SQLite's planner hints
    sql = re.sub(r"\bCROSS JOIN (\w+(?:\s+(?!ON\b)\w+)?)\s+ON\b", r"JOIN \1 ON", sql)
    sql = _rewrite_calls(sql, "max", _scalar("GREATEST"))
    sql = _rewrite_calls(sql, "min", _scalar("LEAST"))
    sql = _rewrite_calls(sql, "CAST", _cast)
    sql = _rewrite_calls(sql, "sum", _sum_of_condition)
    sql = _JSON_EACH_PATH.sub(r"json_array_elements_text(CAST(\1 AS json)->'\2')", sql)
    sql = _JSON_EACH.sub(r"json_array_elements_text(CAST(\1 AS json))", sql)
    sql = _JSON_EXTRACT_INDEX.sub(r"CAST(CAST(\1 AS json)->>\2 AS DOUBLE PRECISION)", sql)
    sql = "".join(text if literal else _words(text) for literal, text in _split_literals(sql))
    if placeholders:  # last: the rewrites above read SQLite's `:name` and `?`
        out = []
        for literal, text in _split_literals(sql):
            if literal:
                out.append(text.replace("%", "%%"))
                continue
            text = text.replace("%", "%%")
            text = _NAMED.sub(r"%(\1)s", text)
            text = text.replace("?", "%s")
            out.append(text)
        sql = "".join(out)
    return sql


def pg_ddl(script: str) -> str:
    """A migration's SQLite DDL as PostgreSQL DDL."""
    script = re.sub(
        r"\bINTEGER PRIMARY KEY( AUTOINCREMENT)?",
        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        script,
    )
    script = re.sub(r"\bINTEGER\b", "BIGINT", script)
    script = re.sub(r"\bREAL\b", "DOUBLE PRECISION", script)

    def fts(m: re.Match[str]) -> str:
        cols = [c.strip() for c in m.group(2).split(",") if "=" not in c and c.strip()]
        body = ", ".join(f"{c} TEXT" for c in cols)
        return f"CREATE TABLE {m.group(1)} (rowid BIGINT PRIMARY KEY, {body})"

    return re.sub(r"CREATE VIRTUAL TABLE (\w+) USING fts5\(((?:[^()']|'[^']*')*)\)", fts, script)


# SQLite functions the shared SQL uses that PostgreSQL lacks, defined in the database by
# the migrator: sum() of a condition counts its true rows (SQLite's comparisons are 0/1);
# cjk_bigrams() fills the customers' short index in migration 12 (PostgreSQL's search
# reads the text itself, so the text is kept as it is).
POSTGRES_SHIMS = (
    "CREATE OR REPLACE FUNCTION sqlite_bool_sum(bigint, boolean) RETURNS bigint "
    "LANGUAGE sql IMMUTABLE AS "
    "'SELECT CASE WHEN $2 IS NULL THEN $1 ELSE coalesce($1, 0) + CAST($2 AS integer) END'",
    "CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = sqlite_bool_sum, STYPE = bigint)",
    "CREATE OR REPLACE FUNCTION cjk_bigrams(text) RETURNS text LANGUAGE sql IMMUTABLE "
    "AS 'SELECT $1'",
)


class PgCursor:
    """The part of sqlite3.Cursor the store uses."""

    def __init__(self, cur: Any, lastrowid: int | None) -> None:
        self._cur = cur
        self.lastrowid = lastrowid
        self.rowcount = cur.rowcount
        self.description = cur.description

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._cur.fetchall() if self._cur.description else []

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._cur.fetchone() if self._cur.description else None

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        return self._cur.fetchmany(size) if self._cur.description else []

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())


class PgConnection:
    """A psycopg 3 connection (autocommit; `BEGIN` opens a transaction) that takes the
    store's SQLite-flavoured statements and answers like sqlite3."""

    def __init__(self, url: str, lock_timeout_ms: int = 5000, read_only: bool = False) -> None:
        import psycopg

        self._psycopg = psycopg
        self._url = url
        self.lock_timeout_ms = lock_timeout_ms
        self.read_only = read_only  # (the reports' connection) kept when it reconnects
        self.raw = self._connect()
        self._identity: set[str] | None = None

    def _connect(self) -> Any:
        psycopg = self._psycopg
        from psycopg.adapt import Loader
        from psycopg.types.numeric import IntDumper
        from psycopg.types.string import StrDumperUnknown, TextLoader

        # Client-side binding: `:x IS NULL` works for a None parameter, as on SQLite.
        raw = psycopg.connect(
            self._url, autocommit=True, cursor_factory=psycopg.ClientCursor, connect_timeout=10
        )

        class BoolAsInt(IntDumper):  # the schema keeps flags as 0/1 integers, as SQLite
            def dump(self, obj: Any) -> bytes:
                return b"1" if obj else b"0"

            def quote(self, obj: Any) -> bytes:
                return b"1" if obj else b"0"

        raw.adapters.register_dumper(bool, BoolAsInt)

        class TextWithoutNul(StrDumperUnknown):  # PostgreSQL's text cannot hold NUL (0x00)
            def dump(self, obj: str) -> Any:
                return super().dump(obj.replace("\x00", "\ufffd") if "\x00" in obj else obj)

        raw.adapters.register_dumper(str, TextWithoutNul)

        class NumericAsNumber(Loader):  # sum(integer) is numeric: an int, as SQLite
            def load(self, data: Any) -> Any:
                text = bytes(data).decode()
                return float(text) if "." in text or "e" in text.lower() else int(text)

        raw.adapters.register_loader("numeric", NumericAsNumber)
        # json_agg() and friends: JSON text, as SQLite's JSON functions give (callers decode)
        raw.adapters.register_loader("json", TextLoader)
        raw.adapters.register_loader("jsonb", TextLoader)
        raw.execute(f"SET lock_timeout = {int(self.lock_timeout_ms)}")
        if self.read_only:
            raw.execute("SET default_transaction_read_only = on")
        return raw

    def set_lock_timeout(self, milliseconds: int) -> None:
        """How long a write waits for a row lock (then "database is locked": held back)."""
        self.lock_timeout_ms = int(milliseconds) or 1
        self.execute(f"SET lock_timeout = {self.lock_timeout_ms}")

    def _ensure_connected(self) -> None:
        """A lost connection (server restart, network) is opened again before the next
        statement; until it can be, statements fail as busy (the runner holds back the
        writes it must not lose and the API answers 503)."""
        if not (self.raw.closed or self.raw.broken):
            return
        try:
            self.raw = self._connect()
        except self._psycopg.Error as exc:
            raise sqlite3.OperationalError(
                f"database busy: PostgreSQL unreachable, retrying: {exc}".strip()
            ) from exc
        log.warning("PostgreSQL connection opened again after it was lost")

    def identity_tables(self) -> set[str]:
        if self._identity is None:
            rows = self.raw.execute(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND column_name = 'id' AND is_identity = 'YES'"
            ).fetchall()
            self._identity = {r[0] for r in rows}
        return self._identity

    def forget_schema(self) -> None:
        self._identity = None

    def execute(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> PgCursor:
        text = to_postgres(sql)
        self._ensure_connected()
        guard = False
        try:
            insert = _INSERT.match(sql)
            returning = bool(
                insert
                and insert.group(1) in self.identity_tables()
                and "RETURNING" not in sql.upper()
            )
            if returning:
                text += " RETURNING id"
            # Inside a transaction a failed statement must not end it (SQLite's callers
            # catch an IntegrityError and go on): writes there run under a savepoint.
            guard = self.raw.info.transaction_status == _INTRANS and bool(_WRITE.match(sql))
            if guard:
                self.raw.execute("SAVEPOINT stmt")
            cur = self.raw.execute(text, params if params else None)
        except self._psycopg.Error as exc:
            if guard and not self.raw.broken:
                self.raw.execute("ROLLBACK TO SAVEPOINT stmt")
            raise self._as_sqlite(exc) from exc
        if guard:
            self.raw.execute("RELEASE SAVEPOINT stmt")
        lastrowid = None
        if returning:
            got = cur.fetchone()
            lastrowid = None if got is None else int(got[0])
            return PgCursor(_Empty(cur.rowcount), lastrowid)
        return PgCursor(cur, lastrowid)

    def _as_sqlite(self, exc: Exception) -> Exception:
        """PostgreSQL's error as the sqlite3 exception (and message start) callers expect."""
        errors = self._psycopg.errors
        text = str(exc).strip()
        for kind, prefix in (
            (errors.UniqueViolation, "UNIQUE constraint failed"),
            (errors.NotNullViolation, "NOT NULL constraint failed"),
            (errors.CheckViolation, "CHECK constraint failed"),
            (errors.ForeignKeyViolation, "FOREIGN KEY constraint failed"),
        ):
            if isinstance(exc, kind):
                return sqlite3.IntegrityError(f"{prefix}: {text}")
        if isinstance(exc, errors.IntegrityError):
            return sqlite3.IntegrityError(text)
        if isinstance(exc, errors.LockNotAvailable):
            return sqlite3.OperationalError(f"database is locked: {text}")
        if isinstance(exc, self._psycopg.OperationalError) and self.raw.broken:
            return sqlite3.OperationalError(f"database busy: PostgreSQL connection lost: {text}")
        return exc

    def executemany(self, sql: str, seq: Sequence[Any]) -> PgCursor:
        """Many rows in one pipeline (rowcount: rows changed; no lastrowid)."""
        self._ensure_connected()
        cur = self.raw.cursor()
        try:
            cur.executemany(to_postgres(sql), seq)
        except self._psycopg.Error as exc:
            raise self._as_sqlite(exc) from exc
        return PgCursor(_Empty(cur.rowcount), None)

    def close(self) -> None:
        self.raw.close()


class _Empty:
    def __init__(self, rowcount: int) -> None:
        self.rowcount = rowcount
        self.description = None
