"""The soak's invariant checker against hand-built databases: a consistent one passes, and
each way of breaking one invariant fails that invariant (and only that one)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.soak_parts.invariants import RestartOutcome, SoakFacts, check_all, not_ready_reasons
from server_stub.store import SqliteStore
from tests.support.tones import make_tone_wav

DID = "4009000000"
AGENTS = ["2001", "2002"]


def _silent_wav(path: Path) -> Path:
    make_tone_wav(path, 440.0, 2.0, amplitude=0.0)
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the product's schema: two answered, recorded calls and one abandoned
    call, each with its queue_log story, and both agents ready."""
    root = tmp_path_factory.mktemp("soak-db")
    store = SqliteStore(root / "callcenter.db")
    store.close()
    db = sqlite3.connect(root / "callcenter.db")
    for agent in AGENTS:
        db.execute(
            "INSERT INTO agents (agent_id, name, role, password_hash, created_at, last_state) "
            "VALUES (?, ?, 'agent', 'x', 0, ?)",
            (agent, f"Agent {agent}", json.dumps({"agent_id": agent, "status": "ready"})),
        )
    for n, agent in enumerate(AGENTS, 1):
        call = f"call{n}"
        wav = make_tone_wav(root / f"{call}.wav", 1000.0, 2.0)
        db.execute(
            "INSERT INTO calls (id, direction, state, ani, dnis, queue, agent_id, started_at, "
            "queued_at, answered_at, ended_at, talk_seconds, recording_id, end_cause) "
            "VALUES (?, 'inbound', 'ended', ?, ?, 'bench', ?, 100, 100, 101, 110, 9, ?, "
            "'caller_hangup')",
            (call, f"1380000000{n}", DID, agent, f"rec{n}"),
        )
        db.execute(
            "INSERT INTO recordings (id, call_id, path, started_at, duration, size) "
            "VALUES (?, ?, ?, 101, 2, 64000)",
            (f"rec{n}", call, str(wav)),
        )
        db.execute(
            "INSERT INTO call_legs (id, call_id, kind, started_at, answered_at, ended_at) "
            "VALUES (?, ?, 'agent', 100, 101, 110)",
            (f"leg{n}", call),
        )
        for event in ("ENTERQUEUE", "CONNECT", "COMPLETECALLER"):
            db.execute(
                "INSERT INTO queue_log (time, callid, queuename, agent, event) "
                "VALUES (100, ?, 'bench', ?, ?)",
                (call, agent, event),
            )
    db.execute(
        "INSERT INTO calls (id, direction, state, ani, dnis, queue, started_at, queued_at, "
        "ended_at, wait_seconds, end_cause) VALUES ('call3', 'inbound', 'ended', '13900000000', "
        "?, 'bench', 100, 100, 104, 4, 'caller_hangup')",
        (DID,),
    )
    for event in ("ENTERQUEUE", "ABANDON"):
        db.execute(
            "INSERT INTO queue_log (time, callid, queuename, agent, event) "
            "VALUES (100, 'call3', 'bench', 'NONE', ?)",
            (event,),
        )
    db.execute(  # an agent line without a call: not part of any call's story
        "INSERT INTO queue_log (time, callid, queuename, agent, event) "
        "VALUES (100, 'NONE', 'bench', '2001', 'PAUSE')"
    )
    db.commit()
    db.close()
    return root


def facts(placed: int = 3) -> SoakFacts:
    return SoakFacts(
        did=DID,
        placed=placed,
        agents=list(AGENTS),
        restarts=[RestartOutcome(at=30, live=2, survived=1, restart_seconds=8.5)],
    )


def run(template: Path, tmp_path: Path, sql: str = "", placed: int = 3) -> dict[str, bool]:
    for item in template.iterdir():
        shutil.copy(item, tmp_path / item.name)
    db = sqlite3.connect(tmp_path / "callcenter.db")
    # recordings point into the template folder: repoint them at the copies
    db.execute("UPDATE recordings SET path = replace(path, ?, ?)", (str(template), str(tmp_path)))
    if sql:
        db.executescript(sql.replace("{dir}", str(tmp_path)))
    db.commit()
    db.close()
    return {i.name: i.ok for i in check_all(tmp_path / "callcenter.db", facts(placed))}


def test_a_consistent_database_passes(template: Path, tmp_path: Path) -> None:
    outcome = run(template, tmp_path)
    assert all(outcome.values()), outcome
    lines = [i.line() for i in check_all(tmp_path / "callcenter.db", facts())]
    assert any("1/2 survived, healthy after 8.5 s" in line for line in lines), lines


OPEN = ("no open record", "calls placed = records closed")  # an open record is not closed
BROKEN: dict[str, tuple[str | tuple[str, ...], str | Callable[[Path], None], int]] = {
    # invariant(s) broken: (SQL to break it, or a function of the copy's folder), placed
    "placed_more_than_records": ("calls placed = records closed", "", 4),
    "record_missing": (
        "calls placed = records closed",
        "DELETE FROM queue_log WHERE callid = 'call3'; DELETE FROM calls WHERE id = 'call3';",
        3,
    ),
    "open_record": (
        OPEN,
        "UPDATE calls SET state = 'queued', ended_at = NULL WHERE id = 'call3';",
        3,
    ),
    "open_leg": ("no open record", "UPDATE call_legs SET ended_at = NULL WHERE id = 'leg1';", 3),
    "agent_on_call": (
        "no agent stuck",
        """UPDATE agents SET last_state = '{"status": "on_call"}' WHERE agent_id = '2002';""",
        3,
    ),
    "agent_wrap_up": (
        "no agent stuck",
        """UPDATE agents SET last_state = '{"status": "wrap_up"}' WHERE agent_id = '2001';""",
        3,
    ),
    "no_closing_line": (
        "queue_log consistent with records",
        "DELETE FROM queue_log WHERE callid = 'call3' AND event = 'ABANDON';",
        3,
    ),
    "two_closing_lines": (
        "queue_log consistent with records",
        "INSERT INTO queue_log (time, callid, queuename, agent, event) "
        "VALUES (105, 'call1', 'bench', '2001', 'COMPLETEAGENT');",
        3,
    ),
    "connect_missing": (
        "queue_log consistent with records",
        "DELETE FROM queue_log WHERE callid = 'call2' AND event = 'CONNECT';",
        3,
    ),
    "stray_queue_log_call": (
        "queue_log consistent with records",
        "INSERT INTO queue_log (time, callid, queuename, agent, event) "
        "VALUES (105, 'ghost', 'bench', 'NONE', 'ENTERQUEUE');",
        3,
    ),
    "no_recording": (
        "recordings present and non-silent",
        "UPDATE calls SET recording_id = NULL WHERE id = 'call1';",
        3,
    ),
    "recording_file_gone": (
        "recordings present and non-silent",
        lambda d: (d / "call2.wav").unlink(),
        3,
    ),
    "recording_silent": (
        "recordings present and non-silent",
        lambda d: _silent_wav(d / "call1.wav") and None,
        3,
    ),
    "recording_broken": (
        "recordings present and non-silent",
        lambda d: (d / "call2.wav").write_bytes(b"RIFF\0\0\0\0WAVE"),
        3,
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_broken_invariant_fails_alone(template: Path, tmp_path: Path, case: str) -> None:
    names, breaker, placed = BROKEN[case]
    broken = (names,) if isinstance(names, str) else names
    if callable(breaker):
        run(template, tmp_path, placed=placed)  # copy first, then break the copy's files
        breaker(tmp_path)
        outcome = {i.name: i.ok for i in check_all(tmp_path / "callcenter.db", facts(placed))}
    else:
        outcome = run(template, tmp_path, breaker, placed)
    assert not any(outcome[name] for name in broken), outcome
    others = {k: v for k, v in outcome.items() if k not in broken}
    assert all(others.values()), others


def test_not_ready_reasons_counts_the_servers_own_moves(template: Path, tmp_path: Path) -> None:
    run(
        template,
        tmp_path,
        "INSERT INTO agent_state_log (agent_id, at, from_state, to_state, reason) VALUES "
        "('2001', 1, 'logged_out', 'not_ready', 'login'), "
        "('2001', 2, 'ready', 'not_ready', 'phone_offline'), "
        "('2002', 3, 'ready', 'not_ready', 'phone_offline'), "
        "('9999', 4, 'ready', 'not_ready', 'unreachable');",
    )
    assert not_ready_reasons(tmp_path / "callcenter.db", AGENTS) == {"phone_offline": 2}
