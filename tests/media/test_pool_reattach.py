"""Issue 19: media workers keep their calls when the coordinator dies (`--hold-over`) and
a new pool on the same control socket re-attaches them; `takeback.match` finds which of
their calls an answered inbound call is."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerHandle, WorkerPool
from server_stub.procfs import alive
from server_stub.telephony.takeback import match
from tests.media.conftest import EventLog, connect

pytestmark = [pytest.mark.sip_audio, pytest.mark.timeout(90)]


def _config(tmp_path: Path, **overrides: Any) -> PoolConfig:
    secret = tmp_path / "secret"
    if not secret.exists():
        secret.write_text("right\n")
    settings: dict[str, Any] = {
        "min_workers": 3,
        "min_spare": 0,
        "max_spare": 10,
        "control_path": str(tmp_path / "control.sock"),
        "secret": "right",
        "secret_file": str(secret),
        "hold_over_s": 20.0,
    }
    settings.update(overrides)
    return PoolConfig(**settings)


async def _die(pool: WorkerPool) -> None:
    """What kill -9 of the coordinator does to the control connections: they just end."""
    pool._closing = True
    for task in list(pool._tasks):
        task.cancel()
    for handle in pool.workers.values():
        handle.retiring = True  # no WorkerLost: the "coordinator" is gone, not the worker
        handle._writer.transport.abort()
    assert pool._server is not None
    pool._server.close()
    await asyncio.sleep(0.2)


async def test_workers_keep_their_calls_and_a_new_pool_reattaches_them(tmp_path: Path) -> None:
    log = EventLog()
    first = WorkerPool(_config(tmp_path), on_event=log)
    await first.start()
    host, customer, agent = first.workers.values()
    customer_out, host_in, _ = await connect(log, customer, host)
    host_out, agent_in, _ = await connect(log, host, agent, headers={"X-Call-Id": "call41"})
    await host.command(c.Bridge(leg_a=host_in, leg_b=host_out))
    await host.command(c.RecordStart(legs=[host_in, host_out], path=str(tmp_path / "r.wav")))
    pids = {h.pid for h in (host, customer, agent)}
    await _die(first)

    second_log = EventLog()
    second = WorkerPool(_config(tmp_path), on_event=second_log)
    try:
        back = await second.reattach(pids, timeout=15)
        assert {h.pid for h in back} == pids
        by_pid = {h.pid: h for h in back}
        again = by_pid[host.pid]
        assert again.worker_id == host.worker_id and again.process is None
        assert again.legs == {host_in, host_out}
        # each leg says when it was answered (wall clock), for calls not yet recorded so
        status_legs = (again.resumed_status or {})["legs"]
        assert all(0 < time.time() - lg["answered_at"] < 60 for lg in status_legs)
        # the calls went on: nobody hung up while no coordinator was there
        assert second_log.of(c.LegEnded) == [] and log.of(c.LegEnded) == []
        open_rows = [
            {
                "id": "call41",
                "direction": "inbound",
                "state": "active",
                "agent_id": "1004",
                "answered_at": 1.0,
            }
        ]
        taken = match(back, open_rows)
        assert [(a.call_id, a.customer_leg, a.agent_leg) for a in taken.adopted] == [
            ("call41", host_in, host_out)
        ]
        assert taken.adopted[0].recording is not None
        assert {leg for _, leg in taken.stray} == {customer_out, agent_in}  # other workers'
        # commands work on the re-attached worker; its events wait for release_held
        await again.command(c.Hangup(leg=host_in))
        await asyncio.sleep(0.5)
        assert second_log.of(c.LegEnded) == []
        second.release_held()
        assert (await second_log.wait(c.LegEnded, leg=host_in)).cause == "local"
        # a new worker gets an id after the re-attached ones
        fresh = await second.spawn()
        assert fresh.worker_id not in {h.worker_id for h in back}
    finally:
        await second.stop()
    for pid in pids:
        assert not alive(pid)


async def test_a_worker_with_the_wrong_secret_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret").write_text("wrong\n")
    # an abstract socket, as for data directories with a long path
    name = f"@rs19-test-{os.getpid()}-{id(tmp_path)}"
    pool = WorkerPool(_config(tmp_path, min_workers=0, control_path=name), on_event=EventLog())
    await pool.listen()
    try:
        with pytest.raises(RuntimeError, match="before ready"):
            await pool.spawn()
        assert pool.workers == {}
        (tmp_path / "secret").write_text("right\n")
        assert (await pool.spawn()).worker_id in pool.workers
    finally:
        await pool.stop()


def _status(legs: list[dict[str, Any]], bridges: list[list[str]], **more: Any) -> WorkerHandle:
    handle = WorkerHandle("w2", "sip:w2@127.0.0.1:5", "127.0.0.1:5", 4, 1, None, None, 1.0)  # type: ignore[arg-type]
    handle.resumed_status = {"legs": legs, "bridges": bridges, **more}
    return handle


def test_only_answered_two_party_inbound_calls_are_adopted() -> None:
    def leg(name: str, direction: str, call_id: str = "", answered: bool = True) -> Any:
        return {"leg": name, "direction": direction, "answered": answered, "call_id": call_id}

    row = {"direction": "inbound", "state": "active", "agent_id": "1001", "answered_at": 5.0}
    rows = [dict(row, id=name) for name in ("talk", "consult", "ringing", "monitored")] + [
        dict(row, id="out", direction="outbound"),
        dict(row, id="queued", state="queued", agent_id=None, answered_at=None),
    ]
    worker = _status(
        [
            leg("L1", "in", "talk"),
            leg("talk-a1", "out", "talk"),
            leg("L2", "in", "consult"),
            leg("consult-a1", "out", "consult"),
            leg("consult-c", "out", "consult"),
            leg("L3", "in"),
            leg("ringing-a1", "out", "ringing", answered=False),
            leg("L4", "in"),
            leg("monitored-a1", "out", "monitored"),
            leg("L5", "in"),
            leg("out-c", "out", "out"),
            leg("L6", "in", "queued", answered=True),  # in the queue: no agent leg
        ],
        [
            ["L1", "talk-a1"],
            ["L2", "consult-a1"],
            ["L4", "monitored-a1"],
            ["L5", "out-c"],
        ],
        monitors=["L4", "sup-leg"],
    )
    taken = match([worker], rows)
    assert taken.call_ids == {"talk"}
    assert taken.on_call() == {"1001": "talk"}
    assert len(taken.stray) == 10
    # the calls not taken back that were still up end at the restart
    assert taken.cut == {"consult", "ringing", "monitored", "out", "queued"}
    assert not {"L1", "talk-a1"} & {leg for _, leg in taken.stray}
    assert taken.why == {  # logged at the restart
        "consult": "2 dialled legs up (consult-a1, consult-c)",
        "ringing": "agent leg ringing-a1 not answered",
        "monitored": "monitored",
        "out": "no open answered inbound record of it",
    }


def test_a_ringing_record_answered_on_the_worker_is_taken_back_only_when_sure() -> None:
    """Issue 19: the agent answered, the dead run had not written it: taken back when its
    agent alone was saved reserved on it and the worker says when the agent answered."""

    def leg(name: str, direction: str, call_id: str, at: float | None = 7.0) -> Any:
        return {"leg": name, "direction": direction, "answered": True, "answered_at": at,
                "call_id": call_id}  # fmt: skip

    names = ("late", "ring_all", "not_reserved", "old_worker")
    rows = [
        {
            "id": n,
            "direction": "inbound",
            "state": "ringing",
            "agent_id": f"10{i}",
            "started_at": 1.0,
            "queued_at": 2.0,
            "queue": "support",
        }
        for i, n in enumerate(names)
    ]
    legs, bridges = [], []
    for n in names:
        legs += [
            leg(f"{n}-in", "in", n),
            leg(f"{n}-a1", "out", n, None if n == "old_worker" else 7.0),
        ]
        bridges.append([f"{n}-in", f"{n}-a1"])
    offered = {
        "100": "late",
        "101": "ring_all",
        "199": "ring_all",
        "102": "other",
        "103": "old_worker",
    }
    taken = match([_status(legs, bridges)], rows, offered)
    assert [(a.call_id, a.answer_unrecorded) for a in taken.adopted] == [("late", True)]
    row = taken.adopted[0].row
    assert (row["state"], row["answered_at"], row["wait_seconds"]) == ("active", 7.0, 5.0)
    assert taken.why == {
        "ring_all": "not recorded as answered, ringing 101, 199",
        "not_reserved": "ringing agent 102, whose saved state is not reserved on it",
        "old_worker": "the worker does not say when leg old_worker-a1 was answered",
    }


async def test_with_no_coordinator_back_the_calls_end_after_the_hold_over(
    tmp_path: Path,
) -> None:
    log = EventLog()
    pool = WorkerPool(_config(tmp_path, min_workers=2, hold_over_s=1.0), on_event=log)
    await pool.start()
    a, b = pool.workers.values()
    await connect(log, a, b)
    await _die(pool)
    await asyncio.sleep(0.5)
    assert alive(a.pid) and alive(b.pid)  # holding the call over
    for _ in range(100):  # then BYE and exit, as without a hold-over
        if not alive(a.pid) and not alive(b.pid):
            break
        await asyncio.sleep(0.05)
    assert not alive(a.pid) and not alive(b.pid)
    for proc in pool._processes.values():
        await proc.wait()
