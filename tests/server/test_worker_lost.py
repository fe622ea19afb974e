"""A media worker that dies never leaves a call half-way (issue 21, item 1): the telephony
service and the real ACD on a fake worker that fails the way `WorkerHandle` does
(`WorkerLostError` raised at send once the worker is gone)."""

from __future__ import annotations

import asyncio
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from server_stub.errors import Unavailable
from server_stub.media import wire as c
from server_stub.media.pool import WorkerLostError
from server_stub.telephony.service import Telephony
from tests.server.conftest import Server


class FakeWorker:
    """Carries out every command at once; once `alive` is False, `send` raises
    WorkerLostError before writing anything, exactly as the real handle does."""

    def __init__(self, worker_id: str, port: int) -> None:
        self.worker_id = worker_id
        self.sip_address = f"127.0.0.1:{port}"
        self.alive = True
        self.remote = False  # the coordinator's own worker (not a media host's)
        self.host = ""
        self.commands: list[c.Command] = []

    def send(self, cmd: c.Command, timeout: float | None = None) -> asyncio.Task[dict[str, Any]]:
        if not self.alive:
            raise WorkerLostError(self.worker_id)
        self.commands.append(cmd)
        result = {"leg": cmd.leg} if isinstance(cmd, c.MakeCall) else {}

        async def reply() -> dict[str, Any]:
            return result

        return asyncio.get_running_loop().create_task(reply())

    async def command(self, cmd: c.Command, timeout: float | None = None) -> dict[str, Any]:
        return await self.send(cmd, timeout)

    def rang(self, agent_id: str) -> list[c.MakeCall]:
        return [
            m
            for m in self.commands
            if isinstance(m, c.MakeCall) and m.uri.startswith(f"sip:{agent_id}@")
        ]


class TelephonyRelay:
    """The ACD's call control, given when the server is built: the harness's Telephony,
    made once the server (and its ACD) exist."""

    telephony: Telephony | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.telephony, name)


class Harness:
    """Telephony wired to the real ACD of a test server; worker events go in by hand."""

    def __init__(self, server: Server, relay: TelephonyRelay, tmp_path: Path) -> None:
        self.server = server
        self.released: list[str] = []

        async def release(address: str) -> int:
            self.released.append(address)
            return 2

        self.telephony = Telephony(
            server.services.runner,
            server.services.acd,
            pool=None,  # type: ignore[arg-type]
            edge_address="127.0.0.1:5060",
            recordings_dir=tmp_path / "rec",
            clock=server.clock,
            trunk="127.0.0.1:5070",
            release_sip=release,
            outbound=server.services.outbound,
        )
        self.run(self.telephony.start())
        relay.telephony = self.telephony

    @classmethod
    def build(cls, make_server: Callable[..., Server], tmp_path: Path) -> Harness:
        """A test server whose ACD commands the harness's Telephony."""
        relay = TelephonyRelay()
        return cls(make_server(control=relay), relay, tmp_path)

    def run(self, coro: Any) -> Any:
        return self.server.client.portal.call(lambda: coro)  # type: ignore[union-attr]

    def deliver(self, worker: FakeWorker, event: c.Event) -> None:
        async def put() -> None:
            self.telephony.on_worker_event(worker, event)  # type: ignore[arg-type]

        self.run(put())

    def ready(self, agent_id: str) -> str:
        token = self.server.login(agent_id)["token"]
        r = self.server.client.post(
            "/api/v1/agents/me/state",
            json={"state": "ready"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 200, r.text
        return token

    def agent_state(self, token: str) -> dict[str, Any]:
        return self.server.client.get(  # type: ignore[no-any-return]
            "/api/v1/agents/me/state", headers={"Authorization": f"Bearer {token}"}
        ).json()

    def record(self, call_id: str) -> dict[str, Any]:
        return self.server.services.runner.run_sync(  # type: ignore[no-any-return]
            lambda s: s.get_call(call_id)
        )

    def queue_log(self, call_id: str) -> list[str]:
        rows = self.server.services.runner.run_sync(lambda s: s.queue_log())
        return [r["event"] for r in rows if r["callid"] == call_id]

    def caller_rings(self, worker: FakeWorker, agent_id: str, ani: str) -> tuple[str, str]:
        """A caller on `worker` dials the support line, hears the greeting, queues and
        `agent_id`'s phone rings; returns (call id, agent leg)."""
        leg = f"{worker.worker_id}-L1"
        self.deliver(
            worker,
            c.CallArrived(
                leg=leg, ani=ani, dnis="4008002000", headers={}, remote_address="127.0.0.1:5060"
            ),
        )
        wait_for(lambda: any(isinstance(m, c.Play) for m in worker.commands))
        self.deliver(worker, c.PlaybackFinished(leg=leg, file="x/welcome_support.wav"))
        wait_for(lambda: bool(worker.rang(agent_id)))
        ring = worker.rang(agent_id)[-1]
        assert ring.leg is not None
        return ring.headers["X-Call-Id"], ring.leg

    def connected(self, worker: FakeWorker, agent_id: str, ani: str) -> tuple[str, str]:
        call_id, agent_leg = self.caller_rings(worker, agent_id, ani)
        self.deliver(worker, c.LegAnswered(leg=agent_leg))
        wait_for(
            lambda: (
                (self.record(call_id) or {}).get("state") == "active"
                and any(isinstance(m, c.RecordStart) for m in worker.commands)
            )
        )
        return call_id, agent_leg

    def lose(self, worker: FakeWorker) -> None:
        """The pool's order: the handle is dead first, its WorkerLost event comes later."""
        worker.alive = False
        self.deliver(
            worker, c.WorkerLost(worker_id=worker.worker_id, cause="exited", exit_code=-9, legs=[])
        )


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError("condition not reached")


@pytest.fixture
def harness(make_server: Callable[..., Server], tmp_path: Path) -> Harness:
    return Harness.build(make_server, tmp_path)


def test_worker_lost_while_the_agent_rings_closes_the_call_and_frees_the_agent(
    harness: Harness,
) -> None:
    token = harness.ready("1004")  # support
    w1 = FakeWorker("w1", 40001)
    call_id, _ = harness.caller_rings(w1, "1004", "13900007001")
    assert harness.agent_state(token)["state"] == "reserved"

    harness.lose(w1)
    wait_for(lambda: (harness.record(call_id) or {}).get("state") == "ended")
    record = harness.record(call_id)
    assert record is not None and record["end_cause"] == "worker_lost"
    assert harness.queue_log(call_id) == ["ENTERQUEUE", "ABANDON"]
    assert harness.released == [w1.sip_address]  # the edge ends the SIP side
    assert harness.agent_state(token)["state"] == "ready"
    assert harness.telephony.live_calls() == 0

    # The queue is not stalled: the next caller rings the same agent.
    w2 = FakeWorker("w2", 40002)
    second, _ = harness.caller_rings(w2, "1004", "13900007002")
    assert harness.agent_state(token)["call_id"] == second


def test_ring_to_a_worker_already_gone_waits_for_worker_lost_not_blaming_the_agent(
    harness: Harness,
) -> None:
    token = harness.ready("1004")
    w1 = FakeWorker("w1", 40001)
    leg = "w1-L1"
    harness.deliver(
        w1,
        c.CallArrived(
            leg=leg,
            ani="13900007005",
            dnis="4008002000",
            headers={},
            remote_address="127.0.0.1:5060",
        ),
    )
    wait_for(lambda: any(isinstance(m, c.Play) for m in w1.commands))
    w1.alive = False  # dies after the greeting: the caller queues, the ring meets the loss
    harness.deliver(w1, c.PlaybackFinished(leg=leg, file="x/welcome_support.wav"))
    wait_for(lambda: harness.agent_state(token)["state"] == "reserved")
    call_id = harness.agent_state(token)["call_id"]
    assert not w1.rang("1004")  # the MakeCall met the dead worker
    harness.deliver(w1, c.WorkerLost(worker_id="w1", cause="exited", exit_code=-9, legs=[]))
    wait_for(lambda: (harness.record(call_id) or {}).get("state") == "ended")
    assert harness.record(call_id)["end_cause"] == "worker_lost"  # type: ignore[index]
    state = harness.agent_state(token)
    assert state["state"] == "ready" and state["reason"] is None  # not "no answer"


def test_agent_answer_that_meets_a_dead_worker_connects_then_closes(harness: Harness) -> None:
    """The answer was on its way when the worker died: unhold, bridge and record meet the
    dead worker, the call still becomes active (CONNECT), then closes as worker_lost."""
    token = harness.ready("1004")
    w1 = FakeWorker("w1", 40001)
    call_id, agent_leg = harness.caller_rings(w1, "1004", "13900007008")
    w1.alive = False
    harness.deliver(w1, c.LegAnswered(leg=agent_leg))
    wait_for(lambda: harness.record(call_id)["state"] == "active")  # type: ignore[index]
    harness.deliver(w1, c.WorkerLost(worker_id="w1", cause="exited", exit_code=-9, legs=[]))
    wait_for(lambda: harness.record(call_id)["state"] == "ended")  # type: ignore[index]
    assert harness.record(call_id)["end_cause"] == "worker_lost"  # type: ignore[index]
    assert harness.queue_log(call_id) == ["ENTERQUEUE", "CONNECT", "COMPLETECALLER"]
    assert harness.agent_state(token)["state"] in ("wrap_up", "ready")


@pytest.mark.parametrize(
    "action",
    [
        "hold",
        "hangup",
        "transfer_to_queue",
        "transfer_to_number",
        "play",
        "customer_hung_up",
        "agent_hung_up",
    ],
)
def test_transitions_that_meet_a_dead_worker_finish(harness: Harness, action: str) -> None:
    """Between the worker's death and its WorkerLost event, whatever the agent or the
    worker's last events ask completes its transition; WorkerLost then closes the call."""
    token = harness.ready("1004")
    w1 = FakeWorker("w1", 40001)
    call_id, agent_leg = harness.connected(w1, "1004", "13900007010")
    w1.alive = False
    acd = harness.server.services.acd
    transfers = harness.server.services.transfers
    if action == "transfer_to_number":  # the outside call cannot be made: said at once
        with pytest.raises(Unavailable):
            harness.run(transfers.transfer_to_number(call_id, "13912345678", "1004"))
    elif action == "hold":
        harness.run(acd.set_hold(call_id, True, "1004"))
        assert harness.agent_state(token)["on_hold"] is True
        assert harness.queue_log(call_id)[-1] == "HOLD"
    elif action == "hangup":
        harness.run(acd.force_hangup(call_id, "1004", supervisor=False))
        assert harness.record(call_id)["end_cause"] == "agent_hangup"  # type: ignore[index]
    elif action == "transfer_to_queue":
        harness.run(transfers.transfer_to_queue(call_id, "sales", "1004"))
        assert harness.queue_log(call_id)[-2:] == ["BLINDTRANSFER", "ENTERQUEUE"]
    elif action == "play":
        harness.run(acd.play(call_id, "/tmp/snippet.wav", "1004"))
    elif action == "customer_hung_up":  # a BYE that was on its way before the death
        harness.deliver(w1, c.LegEnded(leg="w1-L1", status_code=200, reason="BYE", duration=3.0))
        wait_for(lambda: harness.record(call_id)["state"] == "ended")  # type: ignore[index]
        assert harness.record(call_id)["end_cause"] == "caller_hangup"  # type: ignore[index]
    elif action == "agent_hung_up":
        harness.deliver(w1, c.LegEnded(leg=agent_leg, status_code=200, reason="BYE", duration=3.0))
        wait_for(lambda: harness.record(call_id)["state"] == "ended")  # type: ignore[index]
        assert harness.record(call_id)["end_cause"] == "agent_hangup"  # type: ignore[index]

    harness.deliver(w1, c.WorkerLost(worker_id="w1", cause="exited", exit_code=-9, legs=[]))
    wait_for(lambda: harness.record(call_id)["state"] == "ended")  # type: ignore[index]
    wait_for(lambda: harness.telephony.live_calls() == 0)
    assert harness.agent_state(token)["state"] in ("wrap_up", "ready")
    events = harness.queue_log(call_id)
    ends = [e for e in events if e in ("COMPLETECALLER", "COMPLETEAGENT", "ABANDON")]
    assert len(ends) == 1, events  # closed exactly once


def test_monitoring_a_call_on_a_dead_worker_is_unavailable_and_leaves_no_trace(
    harness: Harness,
) -> None:
    harness.ready("1004")
    w1 = FakeWorker("w1", 40001)
    call_id, _ = harness.connected(w1, "1004", "13900007020")
    w1.alive = False
    with pytest.raises(Unavailable):
        harness.run(harness.server.services.monitoring.monitor(call_id, "9001", "listen", False))
    harness.lose(w1)
    wait_for(lambda: harness.record(call_id)["state"] == "ended")  # type: ignore[index]
    assert harness.record(call_id)["end_cause"] == "worker_lost"  # type: ignore[index]


def test_the_telephony_layer_commands_workers_only_through_the_one_rule() -> None:
    """`telephony.commands.send` is the one place that writes commands to workers: no
    other call of a handle's `command`/`send` in server_stub/telephony."""
    import ast

    import server_stub.telephony as package

    offenders = []
    for path in sorted(Path(package.__file__).parent.glob("*.py")):
        if path.name == "commands.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("command", "send", "send_raw")
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "commands")
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def _dead_workers_wav(path: Path, audio_bytes: int) -> None:
    """What a worker killed mid-recording leaves: pjmedia's header still says 0 frames
    (it is written when the recorder closes), the audio so far follows it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
    with open(path, "ab") as f:
        f.write(b"\x10\x00" * (audio_bytes // 2))


def _recording_path(worker: FakeWorker) -> Path:
    (start,) = [m for m in worker.commands if isinstance(m, c.RecordStart)]
    return Path(start.path)


def test_worker_lost_mid_recording_keeps_what_was_recorded(harness: Harness) -> None:
    """Issue 19: the header the dead worker never wrote is fixed up; the file is the
    call's recording, `partial`, and plays its 1.5 s."""
    harness.ready("1004")
    w1 = FakeWorker("w1", 40001)
    call_id, _ = harness.connected(w1, "1004", "13900007011")
    path = _recording_path(w1)
    _dead_workers_wav(path, 48000)  # 1.5 s at 16 kHz, 16 bit
    harness.lose(w1)
    wait_for(lambda: (harness.record(call_id) or {}).get("recording_status") == "partial")
    record = harness.record(call_id)
    assert record is not None and record["end_cause"] == "worker_lost"
    row = harness.server.services.runner.run_sync(lambda s: s.get_recording(record["recording_id"]))
    assert row is not None and Path(row["path"]) == path
    assert abs(row["duration"] - 1.5) < 0.01
    with wave.open(str(path), "rb") as w:
        assert w.getnframes() == 24000


def test_worker_lost_before_any_audio_was_written_fails_the_recording(
    harness: Harness,
) -> None:
    harness.ready("1004")
    w1 = FakeWorker("w1", 40001)
    call_id, _ = harness.connected(w1, "1004", "13900007012")
    path = _recording_path(w1)
    _dead_workers_wav(path, 0)  # the header alone
    harness.lose(w1)
    wait_for(lambda: (harness.record(call_id) or {}).get("recording_status") == "failed")
    record = harness.record(call_id)
    assert record is not None and record["recording_id"] is None
    assert record["end_cause"] == "worker_lost"
    assert not path.exists()  # an empty file is never listed or served
