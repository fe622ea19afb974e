"""SQL of quality assurance (质检) on SQLite: form versions, evaluations, samples, report.

Functions take the store and run on the store thread (`runner.run(lambda s: ...)`);
JSON columns (sections, answers, comments) are decoded here, so callers see plain rows.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from server_stub.store.base import Row, Store
from server_stub.store.sql_rows import conn as _conn
from server_stub.store.sql_rows import dump as _dump
from server_stub.store.sql_rows import json_rows

_JSON = ("sections", "answers", "comments")


def _rows(store: Store, sql: str, params: Any = ()) -> list[Row]:
    return json_rows(store, sql, params, _JSON)


# --- forms -------------------------------------------------------------------------------

_FORM = """
    SELECT f.id, f.version AS current_version, f.active, f.updated_at, v.version, v.name,
           v.description, v.sections, v.created_by, v.created_at,
           (SELECT count(*) FROM qa_evaluations e
            WHERE e.form_id = v.form_id AND e.form_version = v.version) AS evaluations
    FROM qa_forms f JOIN qa_form_versions v ON v.form_id = f.id"""


def list_forms(store: Store) -> list[Row]:
    return _rows(store, _FORM + " WHERE v.version = f.version ORDER BY v.name, f.id")


def get_form(store: Store, form_id: int, version: int | None = None) -> Row | None:
    rows = _rows(
        store,
        _FORM + " WHERE f.id = :id AND v.version = coalesce(:v, f.version)",
        {"id": form_id, "v": version},
    )
    return rows[0] if rows else None


def create_form(store: Store, form: Row, author: str, now: float) -> int:
    with store.transaction():
        cur = _conn(store).execute(
            "INSERT INTO qa_forms (version, active, created_at, updated_at) VALUES (1, ?, ?, ?)",
            [int(form["active"]), now, now],
        )
        form_id = int(cur.lastrowid or 0)
        _add_version(store, form_id, 1, form, author, now)
    return form_id


def _add_version(
    store: Store, form_id: int, version: int, form: Row, author: str, now: float
) -> None:
    _conn(store).execute(
        "INSERT INTO qa_form_versions (form_id, version, name, description, sections, "
        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [form_id, version, form["name"], form["description"], _dump(form["sections"]), author, now],
    )


def update_form(store: Store, form_id: int, form: Row, author: str, now: float) -> int | None:
    """Replace the form's definition: in place while no evaluation used the current version,
    else as a new version (evaluations keep theirs). Returns the version now current."""
    with store.transaction():
        current = get_form(store, form_id)
        if current is None:
            return None
        version = current["version"]
        if current["evaluations"]:
            version += 1
            _add_version(store, form_id, version, form, author, now)
        else:
            _conn(store).execute(
                "UPDATE qa_form_versions SET name = ?, description = ?, sections = ?, "
                "created_by = ?, created_at = ? WHERE form_id = ? AND version = ?",
                [
                    form["name"],
                    form["description"],
                    _dump(form["sections"]),
                    author,
                    now,
                    form_id,
                    version,
                ],
            )
        _conn(store).execute(
            "UPDATE qa_forms SET version = ?, active = ?, updated_at = ? WHERE id = ?",
            [version, int(form["active"]), now, form_id],
        )
    return int(version)


# --- evaluations -------------------------------------------------------------------------

_EVALUATION = """
    SELECT e.*, v.name AS form_name FROM qa_evaluations e
    JOIN qa_form_versions v ON v.form_id = e.form_id AND v.version = e.form_version"""


def recorded_call(store: Store, call_id: str) -> Row | None:
    """The call with its usable recording (recording_id None when there is none)."""
    rows = _rows(
        store,
        """
        SELECT c.*, r.id AS usable_recording FROM calls c
        LEFT JOIN recordings r ON r.id = c.recording_id AND r.status != 'failed'
        WHERE c.id = ?""",
        [call_id],
    )
    return rows[0] if rows else None


def insert_evaluation(store: Store, row: Row) -> int | None:
    """None when the call already has an evaluation."""
    values = {**row, **{k: _dump(row[k]) for k in _JSON}}
    columns = ", ".join(values)
    try:
        cur = _conn(store).execute(
            f"INSERT INTO qa_evaluations ({columns}) VALUES ({', '.join(':' + k for k in values)})",
            values,
        )
    except sqlite3.IntegrityError as exc:
        if "UNIQUE" in str(exc):
            return None
        raise
    return int(cur.lastrowid or 0)


def get_evaluation(store: Store, evaluation_id: int) -> Row | None:
    rows = _rows(store, _EVALUATION + " WHERE e.id = ?", [evaluation_id])
    return rows[0] if rows else None


def update_evaluation(store: Store, evaluation_id: int, fields: Row, expected_status: str) -> bool:
    """Change fields only if the status is still `expected_status` (no lost updates)."""
    values = {k: _dump(v) if k in _JSON else v for k, v in fields.items()}
    sets = ", ".join(f"{k} = :{k}" for k in values)
    cur = _conn(store).execute(
        f"UPDATE qa_evaluations SET {sets} WHERE id = :id AND status = :expected",
        {**values, "id": evaluation_id, "expected": expected_status},
    )
    return cur.rowcount > 0


def list_evaluations(
    store: Store, agents: list[str] | None, filters: Row, limit: int, offset: int
) -> tuple[list[Row], int]:
    """Evaluations newest first; `agents` None: anyone's, else only those agents'."""
    where = [
        "(:agents IS NULL OR e.agent_id IN (SELECT value FROM json_each(:agents)))",
        "(:agent_id IS NULL OR e.agent_id = :agent_id)",
        "(:status IS NULL OR e.status = :status)",
        "(:form_id IS NULL OR e.form_id = :form_id)",
        "(:since IS NULL OR e.created_at >= :since)",
        "(:until IS NULL OR e.created_at < :until)",
    ]
    params = {
        "agents": None if agents is None else _dump(agents),
        "agent_id": None,
        "status": None,
        "form_id": None,
        "since": None,
        "until": None,
        **filters,
    }
    clause = " WHERE " + " AND ".join(where)
    total = (
        _conn(store).execute("SELECT count(*) FROM qa_evaluations e" + clause, params).fetchone()[0]
    )
    rows = _rows(
        store,
        _EVALUATION + clause + " ORDER BY e.created_at DESC, e.id DESC LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    )
    return rows, int(total)


# --- sampling and report -----------------------------------------------------------------


def sample_candidates(store: Store, agents: list[str], since: float, until: float) -> list[Row]:
    """Answered calls of `agents` started in [since, until) with a usable recording and no
    evaluation, oldest first (the caller draws from them)."""
    return _rows(
        store,
        """
        SELECT c.*, r.status AS recording_status FROM calls c
        JOIN recordings r ON r.id = c.recording_id AND r.status != 'failed'
        WHERE c.agent_id IN (SELECT value FROM json_each(:agents))
          AND c.started_at >= :since AND c.started_at < :until
          AND c.answered_at IS NOT NULL AND c.state = 'ended'
          AND NOT EXISTS (SELECT 1 FROM qa_evaluations e WHERE e.call_id = c.id)
        ORDER BY c.started_at, c.id""",
        {"agents": _dump(agents), "since": since, "until": until},
    )


def report_rows(
    store: Store, agents: list[str] | None, since: float, until: float, form_id: int | None
) -> list[Row]:
    """Each evaluation made in [since, until) with its agent's team and form name."""
    return _rows(
        store,
        """
        SELECT e.agent_id, a.name AS agent_name, a.team, e.form_id, v.name AS form_name,
               e.score, e.critical_failed, e.status, e.disputed_at
        FROM qa_evaluations e
        JOIN qa_form_versions v ON v.form_id = e.form_id AND v.version = e.form_version
        LEFT JOIN agents a ON a.agent_id = e.agent_id
        WHERE e.created_at >= :since AND e.created_at < :until
          AND (:agents IS NULL OR e.agent_id IN (SELECT value FROM json_each(:agents)))
          AND (:form_id IS NULL OR e.form_id = :form_id)""",
        {
            "agents": None if agents is None else _dump(agents),
            "since": since,
            "until": until,
            "form_id": form_id,
        },
    )
