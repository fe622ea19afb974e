"""Row helpers shared by the store's SQLite modules (campaigns, customers, flows, QA,
tickets): the connection behind a Store, rows as dicts with JSON columns decoded, and
JSON as those columns keep it (Chinese as it is, not escaped)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from server_stub.store.base import Row, Store


def conn(store: Store) -> sqlite3.Connection:
    return store.conn  # type: ignore[attr-defined, no-any-return]


def json_rows(
    store: Store, sql: str, params: Any = (), json_columns: Iterable[str] = ()
) -> list[Row]:
    """The query's rows as dicts; the `json_columns` that hold text are decoded."""
    cur = conn(store).execute(sql, params)
    names = [d[0] for d in cur.description]
    out = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    decode = [key for key in json_columns if key in names]
    for row in out:
        for key in decode:
            if isinstance(row[key], str):
                row[key] = json.loads(row[key])
    return out


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
