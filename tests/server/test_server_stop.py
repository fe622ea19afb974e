"""Records across a stop (issue 21, item 2): a clean stop ends live calls as
`server_shutdown`, even on a worker that is already gone; a start closes what an earlier
run left open as `server_lost`, ended at the last event known."""

from __future__ import annotations

import time
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from server_stub.app import Services
from server_stub.calls.recovery import close_orphaned_calls
from server_stub.media import wire as c
from server_stub.records.queue_log import QueueLogFile, to_row
from server_stub.store import SqliteStore
from server_stub.store.base import Store
from server_stub.store.postgres import PostgresStore
from tests.server.conftest import Server
from tests.server.test_worker_lost import FakeWorker, Harness, wait_for


def test_clean_stop_ends_ringing_and_talking_calls_even_on_a_dead_worker(
    make_server: Callable[..., Server], tmp_path: Path
) -> None:
    harness = Harness.build(make_server, tmp_path)
    talker = harness.ready("1004")  # support
    ringer = harness.ready("1002")  # sales
    w1, w2 = FakeWorker("w1", 40001), FakeWorker("w2", 40002)
    talking, _ = harness.connected(w1, "1004", "13900009001")
    harness.deliver(
        w2,
        c.CallArrived(
            leg="w2-L1",
            ani="13900009002",
            dnis="4008001000",
            headers={},
            remote_address="127.0.0.1:5060",
        ),
    )
    wait_for(lambda: any(isinstance(m, c.Play) for m in w2.commands))
    harness.deliver(w2, c.DigitReceived(leg="w2-L1", digit="1"))  # the menu: 1 = sales
    wait_for(lambda: bool(w2.rang("1002")))
    ringing = w2.rang("1002")[-1].headers["X-Call-Id"]
    w2.alive = False  # its worker died; its WorkerLost event has not come yet

    acd = harness.server.services.acd
    assert harness.run(acd.end_live_calls("server_shutdown")) == 2

    for call_id in (talking, ringing):
        record = harness.record(call_id)
        assert record is not None and record["end_cause"] == "server_shutdown", record
        assert record["ended_at"] is not None
    assert harness.queue_log(talking)[-1] == "COMPLETECALLER"
    assert harness.queue_log(ringing)[-1] == "ABANDON"
    # not held in wrap-up (sales/support may need a disposition) across the restart
    state = harness.agent_state(talker)
    assert (state["state"], state["reason"]) == ("not_ready", "server_restart"), state
    assert harness.agent_state(ringer)["state"] == "ready"
    hangups = {m.leg for m in w1.commands if isinstance(m, c.Hangup)}
    assert "w1-L1" in hangups  # the caller gets a BYE


def _open_calls(store: SqliteStore, now: float) -> None:
    """What a killed server leaves: calls in the IVR, queued, talking; one long ended."""
    with store.transaction():
        store.insert_call(
            {"id": "ivr", "direction": "inbound", "state": "ivr", "started_at": now - 100}
        )
        store.insert_call(
            {
                "id": "queued",
                "direction": "inbound",
                "state": "queued",
                "queue": "support",
                "started_at": now - 90,
                "queued_at": now - 80,
            }
        )
        store.append_queue_log(
            to_row(now - 80, "queued", "support", "NONE", "ENTERQUEUE", ["", "139", 2])
        )
        store.append_queue_log(
            to_row(now - 30, "queued", "support", "1004", "RINGNOANSWER", [3000])
        )
        store.insert_call(
            {
                "id": "talking",
                "direction": "inbound",
                "state": "active",
                "queue": "support",
                "agent_id": "1004",
                "started_at": now - 70,
                "queued_at": now - 60,
                "answered_at": now - 50,
                "hold_seconds": 5.0,
            }
        )
        store.insert_call(
            {
                "id": "done",
                "direction": "inbound",
                "state": "ended",
                "started_at": now - 60,
                "ended_at": now - 55,
                "end_cause": "caller_hangup",
            }
        )


def test_records_left_open_are_closed_at_their_last_known_event(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "callcenter.db")
    qlog = QueueLogFile(tmp_path / "queue_log")
    now = 1_700_000_000.0
    _open_calls(store, now)

    closed = close_orphaned_calls(store, qlog)

    assert sorted(r["id"] for r in closed) == ["ivr", "queued", "talking"]
    rows = {r: store.get_call(r) for r in ("ivr", "queued", "talking", "done")}
    assert all(rows[r]["end_cause"] == "server_lost" for r in ("ivr", "queued", "talking"))
    assert rows["ivr"]["ended_at"] == now - 100  # only its start is known
    assert rows["queued"]["ended_at"] == now - 30  # its last queue_log line
    assert rows["queued"]["wait_seconds"] == 50
    assert rows["talking"]["ended_at"] == now - 50  # answered, then nothing known
    assert rows["talking"]["talk_seconds"] == 0
    assert rows["done"]["end_cause"] == "caller_hangup"  # untouched
    assert qlog.path.read_text().splitlines() == [  # in time order
        f"{int(now - 50)}|talking|support|1004|COMPLETECALLER|10|0|0",
        f"{int(now - 30)}|queued|support|NONE|ABANDON|2|2|50",
    ]
    assert close_orphaned_calls(store, qlog) == []  # nothing left the second time
    store.close()


def test_a_recording_the_worker_finalised_is_indexed_an_empty_one_is_not(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "callcenter.db")
    now = time.time()
    _open_calls(store, now)
    with store.transaction():
        store.insert_call(
            {
                "id": "silent",
                "direction": "inbound",
                "state": "active",
                "queue": "support",
                "agent_id": "1003",
                "started_at": now - 40,
                "answered_at": now - 30,
            }
        )
    day = tmp_path / "rec" / time.strftime("%Y/%m/%d", time.localtime(now - 70))
    day.mkdir(parents=True)
    with wave.open(str(day / "talking.wav"), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(b"\0\0" * 16000)  # 2 s
    (day / "silent.wav").write_bytes(b"")  # nothing was written: never offered

    close_orphaned_calls(store, None, recordings_dir=tmp_path / "rec")

    talking = store.get_call("talking")
    assert talking is not None and talking["recording_id"] is not None
    recording = store.get_recording(talking["recording_id"])
    assert recording is not None and recording["duration"] == 2.0
    assert recording["path"] == str(day / "talking.wav")
    assert store.get_call("silent")["recording_id"] is None  # type: ignore[index]
    store.close()


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_recording_finished_as_the_previous_run_died_is_indexed(
    tmp_path: Path, engine: str, request: pytest.FixtureRequest
) -> None:
    """A call ended normally a moment before its coordinator was killed: the worker had
    written the WAV, the news of it was lost with the coordinator (bench/soak.py found
    the record without its recording). The next start indexes it; older calls, calls with
    a recording outcome and unanswered ones are left as they are."""
    store: Store = (
        SqliteStore(tmp_path / "callcenter.db")
        if engine == "sqlite"
        else PostgresStore(request.getfixturevalue("postgres_url"))
    )
    now = time.time()
    ended = {"direction": "inbound", "state": "ended", "end_cause": "caller_hangup"}
    with store.transaction():
        store.insert_call(
            dict(ended, id="just", started_at=now - 30, answered_at=now - 25, ended_at=now - 2)
        )
        store.insert_call(
            dict(ended, id="long", started_at=now - 7200, answered_at=now - 7190, ended_at=now - 5)
        )
        store.insert_call(
            dict(
                ended, id="old", started_at=now - 4000, answered_at=now - 3990, ended_at=now - 3900
            )
        )
        store.insert_call(
            dict(
                ended,
                id="failed",
                started_at=now - 30,
                answered_at=now - 25,
                ended_at=now - 2,
                recording_status="failed",
            )
        )
    for call_id, started in (("just", now - 30), ("long", now - 7200), ("old", now - 4000)):
        day = tmp_path / "rec" / time.strftime("%Y/%m/%d", time.localtime(started))
        day.mkdir(parents=True, exist_ok=True)
        with wave.open(str(day / f"{call_id}.wav"), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(8000)
            wav.writeframes(b"\1\0" * 8000)  # 1 s
    (day / "failed.wav").write_bytes(b"")

    close_orphaned_calls(store, None, recordings_dir=tmp_path / "rec", now=now)

    for call_id in ("just", "long"):
        row = store.get_call(call_id)
        assert row is not None and row["recording_id"], call_id
        recording = store.get_recording(row["recording_id"])
        assert recording is not None and recording["duration"] == 1.0
        assert row["end_cause"] == "caller_hangup" and row["ended_at"] < now  # untouched
    assert store.get_call("old")["recording_id"] is None  # type: ignore[index]
    assert store.get_call("failed")["recording_id"] is None  # type: ignore[index]
    store.close()


def test_a_start_closes_what_the_previous_run_left_open(make_server: Callable[..., Server]) -> None:
    def crashed_run(services: Services) -> None:
        services.runner.run_sync(lambda s: _open_calls(s, services.clock() - 10))

    server = make_server(tweak=crashed_run)  # starts the services
    lead = server.auth("9001")
    listed = server.client.get("/api/v1/calls?limit=50", headers=lead).json()["calls"]
    mine = {c["id"]: c for c in listed if c["id"] in ("ivr", "queued", "talking")}
    assert {c["state"] for c in mine.values()} == {"ended"}
    assert {c["end_cause"] for c in mine.values()} == {"server_lost"}
