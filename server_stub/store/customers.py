"""SQL of customer records (CRM) on SQLite: search index, custom fields, follow-ups, owners.

Functions take the store and run on the store thread (`runner.run(lambda s: ...)`), as in
`store/qa.py`. Every write to a customer goes through `reindex`, which keeps the two search
indexes in step in the same transaction: `customer_fts` (trigram: any substring of 3+
characters, phone digits included) and `customer_fts_short` (CJK bigrams and words: 1-2
character terms, so 张三丰 is found by 三丰). JSON columns are decoded here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from server_stub.kb.text import Query, expand_bigrams
from server_stub.store import dialect
from server_stub.store.base import Row, Store
from server_stub.store.sql_rows import conn as _conn
from server_stub.store.sql_rows import dump as _dump
from server_stub.store.sql_rows import json_rows

COUNT_CAP = 1_000
"""`total` counts matches up to this many; beyond it the answer says `total_capped`."""

_JSON = ("tags", "custom", "options")


def _rows(store: Store, sql: str, params: Any = ()) -> list[Row]:
    return json_rows(store, sql, params, _JSON)


# --- the search index ----------------------------------------------------------------------


def search_text(row: Mapping[str, Any], phones: Iterable[str]) -> str:
    """What a customer is found by: name, company, tags, phones, owner, custom values."""
    parts: list[str] = [row.get("name") or "", row.get("company") or ""]
    parts.extend(str(t) for t in row.get("tags") or [])
    parts.extend(phones)
    parts.append(row.get("owner_id") or "")
    for value in (row.get("custom") or {}).values():
        if isinstance(value, list):
            parts.extend(str(v) for v in value)
        elif value is not None:
            parts.append(str(value))
    return " ".join(p for p in parts if p)


def reindex(store: Store, customer_id: int) -> None:
    """Rewrite one customer's rows of both search indexes (or drop them if it is gone)."""
    conn = _conn(store)
    conn.execute("DELETE FROM customer_fts WHERE rowid = ?", [customer_id])
    conn.execute("DELETE FROM customer_fts_short WHERE rowid = ?", [customer_id])
    rows = _rows(store, "SELECT * FROM customers WHERE id = ?", [customer_id])
    if not rows:
        return
    phones = [r[0] for r in conn.execute(_PHONES, [customer_id])]
    text = search_text(rows[0], phones)
    conn.execute("INSERT INTO customer_fts (rowid, body) VALUES (?, ?)", [customer_id, text])
    conn.execute(
        "INSERT INTO customer_fts_short (rowid, body) VALUES (?, ?)",
        [customer_id, expand_bigrams(text)],
    )


_PHONES = "SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY phone"

# Who may see a customer: `:owners` is a JSON list of agent IDs, or null for everyone;
# customers in the shared pool (owner_id NULL) are visible to all.
_VISIBLE = (
    "(:owners IS NULL OR c.owner_id IS NULL OR "
    "c.owner_id IN (SELECT value FROM json_each(:owners)))"
)


def search(
    store: Store,
    query: Query,
    owners: Sequence[str] | None,
    owner: str | None,
    limit: int,
    offset: int,
) -> tuple[list[Row], int, bool]:
    """(page of customers newest first, total up to COUNT_CAP, whether the total is capped).

    `owners` is what the caller may see (None: everything); `owner` filters on one owner
    ("pool" for the shared pool)."""
    params: dict[str, Any] = {
        "owners": None if owners is None else _dump(list(owners)),
        "limit": limit,
        "offset": offset,
        "cap": COUNT_CAP + 1,
    }
    where = [_VISIBLE]
    if owner == "pool":
        where.append("c.owner_id IS NULL")
    elif owner is not None:
        where.append("c.owner_id = :owner")
        params["owner"] = owner
    head = ""
    if dialect.is_postgres(_conn(store)) and not query.empty:
        # no FTS5 on PostgreSQL: the index rows' text by substring, every term
        source = "customer_fts f JOIN customers c ON c.id = f.rowid"
        where.append(dialect.like_all("f.body", list(query.highlight_terms), params, "AND"))
        order = "c.id DESC"
    elif query.long_terms:
        source = "customer_fts f JOIN customers c ON c.id = f.rowid"
        where.append("customer_fts MATCH :t")
        params["t"] = query.trigram_match()
        if query.short_terms:
            # both kinds of term: the short index's hits once, not once per trigram hit
            head = (
                "WITH short_hits AS MATERIALIZED (SELECT rowid AS id FROM customer_fts_short "
                "WHERE customer_fts_short MATCH :s) "
            )
            where.append("+f.rowid IN (SELECT id FROM short_hits)")
            params["s"] = query.short_match()
        order = "f.rowid DESC"
    elif query.short_terms:
        source = "customer_fts_short f JOIN customers c ON c.id = f.rowid"
        where.append("customer_fts_short MATCH :s")
        params["s"] = query.short_match()
        order = "f.rowid DESC"
    else:
        source = "customers c"
        order = "c.id DESC"
    clause = " AND ".join(where)
    rows = _rows(
        store,
        f"{head}SELECT c.* FROM {source} WHERE {clause} ORDER BY {order} "
        "LIMIT :limit OFFSET :offset",
        params,
    )
    counted = f"{head}SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {clause} LIMIT :cap) AS n"
    total = _conn(store).execute(counted, params).fetchone()[0]
    capped = total > COUNT_CAP
    return [_with_phones(store, r) for r in rows], min(total, COUNT_CAP), capped


def _with_phones(store: Store, row: Row) -> Row:
    row["phones"] = [r[0] for r in _conn(store).execute(_PHONES, [row["id"]])]
    return row


def get(store: Store, customer_id: int) -> Row | None:
    rows = _rows(store, "SELECT * FROM customers WHERE id = ?", [customer_id])
    return _with_phones(store, rows[0]) if rows else None


def visible(store: Store, customer_id: int, owners: Sequence[str] | None, agent: str) -> bool:
    """May the caller see this customer: by owner, or because they served one of its calls."""
    params = {"id": customer_id, "owners": None if owners is None else _dump(list(owners))}
    if (
        _conn(store)
        .execute(f"SELECT 1 FROM customers c WHERE c.id = :id AND {_VISIBLE}", params)
        .fetchone()
    ):
        return True
    served = "SELECT 1 FROM calls WHERE customer_id = ? AND agent_id = ? LIMIT 1"
    return _conn(store).execute(served, [customer_id, agent]).fetchone() is not None


def set_custom(store: Store, customer_id: int, custom: Mapping[str, Any]) -> None:
    """Store a customer's custom values (after its core fields, in the caller's transaction)."""
    _conn(store).execute(
        "UPDATE customers SET custom = ? WHERE id = ?", [_dump(dict(custom)), customer_id]
    )
    reindex(store, customer_id)


def set_owner(store: Store, ids: Sequence[int], owner: str | None, now: float) -> int:
    """Give customers to `owner` (None: the shared pool); how many there were."""
    changed = 0
    with store.transaction():
        for customer_id in dict.fromkeys(ids):
            cur = _conn(store).execute(
                "UPDATE customers SET owner_id = ?, updated_at = ? WHERE id = ?",
                [owner, now, customer_id],
            )
            if cur.rowcount:
                changed += 1
                reindex(store, customer_id)
    return changed


def claim(store: Store, customer_id: int, agent: str, now: float) -> bool:
    """Take a customer from the pool (compare-and-set: False if someone owns it)."""
    with store.transaction():
        cur = _conn(store).execute(
            "UPDATE customers SET owner_id = ?, updated_at = ? WHERE id = ? AND owner_id IS NULL",
            [agent, now, customer_id],
        )
        if cur.rowcount:
            reindex(store, customer_id)
    return cur.rowcount == 1


def owners_of(store: Store, ids: Sequence[int]) -> dict[int, str | None]:
    rows = _conn(store).execute(
        "SELECT id, owner_id FROM customers WHERE id IN "
        "(SELECT CAST(value AS INTEGER) FROM json_each(?))",
        [_dump(list(ids))],
    )
    return {int(r[0]): r[1] for r in rows}


# --- custom fields -------------------------------------------------------------------------


def list_fields(store: Store) -> list[Row]:
    return _rows(store, "SELECT * FROM customer_fields ORDER BY sort, key")


def save_field(store: Store, row: Row) -> None:
    _conn(store).execute(
        "INSERT INTO customer_fields (key, label, label_zh, kind, options, required, sort, "
        "updated_at) VALUES (:key, :label, :label_zh, :kind, :options, :required, :sort, "
        ":updated_at) ON CONFLICT (key) DO UPDATE SET label = excluded.label, "
        "label_zh = excluded.label_zh, kind = excluded.kind, options = excluded.options, "
        "required = excluded.required, sort = excluded.sort, updated_at = excluded.updated_at",
        dict(row, options=_dump(row["options"]), required=int(row["required"])),
    )


def delete_field(store: Store, key: str) -> bool:
    """Drop a field definition; customers keep their stored values (shown as unknown)."""
    cur = _conn(store).execute("DELETE FROM customer_fields WHERE key = ?", [key])
    return cur.rowcount == 1


# --- follow-ups and appointments -----------------------------------------------------------


def add_follow_up(store: Store, row: Row) -> int:
    with store.transaction():
        cur = _conn(store).execute(
            "INSERT INTO customer_follow_ups (customer_id, agent_id, call_id, status, body, "
            "next_at, appointment_at, created_at) VALUES (:customer_id, :agent_id, :call_id, "
            ":status, :body, :next_at, :appointment_at, :created_at)",
            row,
        )
        _conn(store).execute(
            "UPDATE customers SET updated_at = ? WHERE id = ?",
            [row["created_at"], row["customer_id"]],
        )
    return int(cur.lastrowid or 0)


_FOLLOW_UP = (
    "SELECT f.*, c.name AS customer_name, "
    "(SELECT min(phone) FROM customer_phones p WHERE p.customer_id = f.customer_id) AS phone "
    "FROM customer_follow_ups f JOIN customers c ON c.id = f.customer_id"
)


def follow_ups(store: Store, customer_id: int, limit: int) -> list[Row]:
    return _rows(
        store,
        _FOLLOW_UP + " WHERE f.customer_id = ? ORDER BY f.created_at DESC, f.id DESC LIMIT ?",
        [customer_id, limit],
    )


def get_follow_up(store: Store, follow_up_id: int) -> Row | None:
    rows = _rows(store, _FOLLOW_UP + " WHERE f.id = ?", [follow_up_id])
    return rows[0] if rows else None


def appointments(store: Store, agent: str, until: float, limit: int) -> list[Row]:
    """An agent's open appointments due before `until`, soonest first."""
    return _rows(
        store,
        _FOLLOW_UP + " WHERE f.agent_id = ? AND f.appointment_at IS NOT NULL "
        "AND f.appointment_done = 0 AND f.appointment_at <= ? ORDER BY f.appointment_at LIMIT ?",
        [agent, until, limit],
    )


def finish_appointment(store: Store, follow_up_id: int) -> bool:
    cur = _conn(store).execute(
        "UPDATE customer_follow_ups SET appointment_done = 1 "
        "WHERE id = ? AND appointment_at IS NOT NULL",
        [follow_up_id],
    )
    return cur.rowcount == 1


# --- merge, import, export -----------------------------------------------------------------


def merge(store: Store, keep: int, duplicate: int, now: float) -> dict[str, int]:
    """Fold `duplicate` into `keep` in one transaction: its calls, notes and follow-ups
    point at `keep`, its phones, tags and missing custom values join `keep`'s, its notes
    are appended; then it is deleted. How many rows moved, by table."""
    conn = _conn(store)
    moved: dict[str, int] = {}
    with store.transaction():
        kept, dup = get(store, keep), get(store, duplicate)
        if kept is None or dup is None:
            raise KeyError(keep if kept is None else duplicate)
        for table in ("calls", "notes", "customer_follow_ups"):
            cur = conn.execute(
                f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?", [keep, duplicate]
            )
            moved[table] = cur.rowcount
        conn.execute(
            "INSERT INTO customer_phones (phone, customer_id) "
            "SELECT phone, ? FROM customer_phones WHERE customer_id = ? ON CONFLICT DO NOTHING",
            [keep, duplicate],
        )
        tags = list(dict.fromkeys([*kept["tags"], *dup["tags"]]))
        custom = {**dup["custom"], **kept["custom"]}
        notes = "\n".join(n for n in (kept["notes"], dup["notes"]) if n)
        conn.execute(
            "UPDATE customers SET tags = ?, custom = ?, notes = ?, updated_at = ?, "
            "company = coalesce(company, ?), owner_id = coalesce(owner_id, ?) WHERE id = ?",
            [_dump(tags), _dump(custom), notes, now, dup["company"], dup["owner_id"], keep],
        )
        conn.execute("DELETE FROM customers WHERE id = ?", [duplicate])
        reindex(store, duplicate)
        reindex(store, keep)
    return moved


def import_customers(store: Store, rows: list[tuple[Row, list[str]]]) -> list[int]:
    """Create every customer or none (one transaction); their ids."""
    ids = []
    with store.transaction():
        for row, phones in rows:
            ids.append(store.create_customer(row, phones))
    return ids


def export_rows(store: Store, owners: Sequence[str] | None, limit: int) -> list[Row]:
    """Every customer the caller may see (up to `limit`), oldest first, with phones."""
    params = {"owners": None if owners is None else _dump(list(owners)), "limit": limit}
    rows = _rows(
        store, f"SELECT c.* FROM customers c WHERE {_VISIBLE} ORDER BY c.id LIMIT :limit", params
    )
    phones: dict[int, list[str]] = {}
    for customer_id, phone in _conn(store).execute(
        "SELECT customer_id, phone FROM customer_phones ORDER BY customer_id, phone"
    ):
        phones.setdefault(customer_id, []).append(phone)
    for row in rows:
        row["phones"] = phones.get(row["id"], [])
    return rows


# --- phonebook (通讯录) ----------------------------------------------------------------------


def phonebook(store: Store, text: str, limit: int) -> list[Row]:
    """External contacts whose name, number or company holds `text`, by name."""
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return _rows(
        store,
        "SELECT * FROM phonebook WHERE name LIKE :l ESCAPE '\\' OR number LIKE :l ESCAPE '\\' "
        "OR company LIKE :l ESCAPE '\\' ORDER BY name, id LIMIT :limit",
        {"l": like, "limit": limit},
    )


def save_contact(store: Store, contact_id: int | None, row: Row) -> int | None:
    """Insert (id None) or update a contact; its id, or None if there is no such contact."""
    conn = _conn(store)
    if contact_id is None:
        cur = conn.execute(
            "INSERT INTO phonebook (name, number, company, notes, updated_at) "
            "VALUES (:name, :number, :company, :notes, :updated_at)",
            row,
        )
        return int(cur.lastrowid or 0)
    cur = conn.execute(
        "UPDATE phonebook SET name = :name, number = :number, company = :company, "
        "notes = :notes, updated_at = :updated_at WHERE id = :id",
        dict(row, id=contact_id),
    )
    return contact_id if cur.rowcount else None


def delete_contact(store: Store, contact_id: int) -> bool:
    return _conn(store).execute("DELETE FROM phonebook WHERE id = ?", [contact_id]).rowcount == 1
