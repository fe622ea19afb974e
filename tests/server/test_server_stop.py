"""Records across a stop (issue 21, item 2): a clean stop ends live calls as
`server_shutdown`, even on a worker that is already gone; a start closes what an earlier
run left open as `server_lost`, ended at the last event known."""

from __future__ import annotations

import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from server_stub.app import Services
from server_stub.calls.recovery import close_orphaned_calls, open_calls
from server_stub.media import wire as c
from server_stub.media.pool import WorkerHandle
from server_stub.records.queue_log import QueueLogFile, to_row
from server_stub.store import SqliteStore
from server_stub.store.base import Store
from server_stub.store.postgres import PostgresStore
from server_stub.telephony.takeback import TakeBack, match_stored
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


class _LeftOver:
    """The call path of a start whose dead predecessor left a media worker with calls (its
    `status` as re-attached): the take-back is the real one (`match_stored`), the SIP side
    is not started (tests/e2e/test_coordinator_restart.py proves the workers' side)."""

    def __init__(self, services: Services, status: dict[str, Any]) -> None:
        self.runner = services.runner
        self.worker = WorkerHandle("w1", "sip:w1@127.0.0.1:5", "127.0.0.1:5", 4, 1, None, None, 1.0)  # type: ignore[arg-type]
        self.worker.resumed_status = status
        self.taken: TakeBack | None = None

    async def take_back(self) -> TakeBack:
        rows = await self.runner.run(open_calls)
        self.taken = await self.runner.run(lambda s: match_stored(s, [self.worker], rows))
        return self.taken

    async def start(self, acd: Any, outbound: Any) -> None:
        pass

    def stopping(self) -> None:
        pass

    async def stop(self) -> None:
        pass


def test_a_call_answered_just_before_the_coordinator_died_is_taken_back(
    make_server: Callable[..., Server],
) -> None:
    """Issue 19 (bench/soak.py): kill -9 after the agent answered, before the answer was
    written: the record still ringing, the agent saved reserved, both legs up and bridged
    on the worker. Taken back: answered at the worker's time, CONNECT in queue_log, the
    agent on the call. A ringing call whose agent leg is not answered is not."""
    left: list[_LeftOver] = []
    now = time.time()

    def crashed_run(services: Services) -> None:
        def write(s: Store) -> None:
            for call_id, agent in (("late", "1004"), ("rang", "1002")):
                s.insert_call(
                    {
                        "id": call_id,
                        "direction": "inbound",
                        "state": "ringing",
                        "ani": "13800138000",
                        "dnis": "4000",
                        "queue": "support" if agent == "1004" else "sales",
                        "agent_id": agent,
                        "started_at": now - 30,
                        "queued_at": now - 28,
                    }
                )
                state = {"agent_id": agent, "status": "reserved", "since": now - 9}
                s.set_agent_last_state(agent, state | {"call_id": call_id})

        services.runner.run_sync(write)

        def leg(name: str, direction: str, call_id: str, at: float | None) -> dict[str, Any]:
            answered = at is not None
            return {"leg": name, "direction": direction, "answered": answered,
                    "answered_at": at, "call_id": call_id, "ended": False}  # fmt: skip

        status = {
            "legs": [
                leg("L1", "in", "late", now - 28),
                leg("late-a1", "out", "late", now - 5),
                leg("L2", "in", "rang", now - 28),
                leg("rang-a1", "out", "rang", None),  # still ringing the agent
            ],
            "bridges": [["L1", "late-a1"]],
            "recorded": {"rec1": ["L1", "late-a1"]},
        }
        left.append(_LeftOver(services, status))
        services.call_path = left[0]  # type: ignore[assignment]

    server = make_server(tweak=crashed_run)
    taken = left[0].taken
    assert taken is not None and taken.call_ids == {"late"}
    assert taken.why == {"rang": "agent leg rang-a1 not answered"}
    lead = server.auth("9001")
    late = server.client.get("/api/v1/calls/late", headers=lead).json()
    assert (late["state"], late["agent_id"], late["ended_at"]) == ("active", "1004", None)
    assert late["answered_at"] == pytest.approx(now - 5)
    assert late["wait_seconds"] == pytest.approx(23)
    rang = server.client.get("/api/v1/calls/rang", headers=lead).json()
    assert (rang["state"], rang["end_cause"], rang["answered_at"]) == ("ended", "server_lost", None)
    agent = server.services.agents.state("1004")
    assert (agent.status.value, agent.call_id) == ("on_call", "late")
    assert agent.since == pytest.approx(now - 5)
    assert server.services.agents.state("1002").status.value == "not_ready"
    assert "late" in {c.id for c in server.services.acd.live_calls()}
    lines = server.services.config.queue_log_path.read_text().splitlines()
    assert f"{int(now - 5)}|late|support|1004|CONNECT|23|late|4" in lines
    assert not [ln for ln in lines if "|rang|" in ln and "CONNECT" in ln]
