"""Issue 19, "Survive faults": the coordinator killed (kill -9) in the middle of calls and
started again on the same data directory. The answered call goes on (both parties still
hear each other), its record, queue_log and agent state continue and close right when it
ends; the call still waiting in the queue ends in a defined state (the caller gets BYE,
the record is closed `server_lost`); a call whose caller hangs up while no coordinator
runs ends at once for its agent too and is closed as the caller's hang-up, at that time.
Kamailio is adopted, not restarted. (The `--media-hold-over 0` case, calls ending with the
coordinator: test_server_stop.py.)"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.cti.stream import Backoff, EventStream
from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product, start_again, wait_serving
from tests.e2e.test_server_stop import _children, _queue_log_events, _record
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ
from tests.support.tones import wav_has_tone

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.sip_audio,
    pytest.mark.slow,
    pytest.mark.queue_settings(ring_timeout=30, wrap_up_seconds=30),
    pytest.mark.product_args("--media-hold-over", "30"),
]


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


async def _heard(phone: Any, leg: str, path: Path, freq: float, seconds: float = 2.0) -> None:
    """What `leg`'s phone receives for `seconds` holds the tone `freq`."""
    started = await phone.command(c.RecordStart(legs=[leg], path=str(path)))
    await asyncio.sleep(seconds)
    await phone.command(c.RecordStop(recording=started["recording"]))
    wav_has_tone(path, freq, min_share=0.5, threshold=0.3)


@pytest.mark.both_stores  # the restart takes calls back from the records in PostgreSQL
async def test_answered_call_survives_kill_9_and_is_taken_back(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    agent = await _in_thread(product.login, "1004")  # support
    lead = (await _in_thread(product.login, "9001"))["token"]
    agent_phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])
    customer, leg = await phones.call("4008002000", "13900009001")
    _, arrived = await phones.ringing("1004", timeout=25)
    await agent_phone.command(c.Answer(leg=arrived.leg))
    call_id = arrived.headers["X-Call-Id"]
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    await agent_phone.command(c.Play(leg=arrived.leg, file=str(tones["agent"]), loop=True))
    answered = await _in_thread(
        product.wait_call, lead, lambda r: r["id"] == call_id and r["state"] == "active"
    )
    # Another answered call (agent 1003) whose caller hangs up while no coordinator runs.
    agent2 = await _in_thread(product.login, "1003")
    phone2 = await phones.agent("1003", agent2)
    await _in_thread(product.set_ready, agent2["token"])
    customer2, leg2 = await phones.call("4008002000", "13900009004")
    _, arrived2 = await phones.ringing("1003", timeout=25)
    await phone2.command(c.Answer(leg=arrived2.leg))
    call2 = arrived2.headers["X-Call-Id"]
    answered2 = await _in_thread(
        product.wait_call, lead, lambda r: r["id"] == call2 and r["state"] == "active"
    )
    # A caller waits in the queue behind them: not answered, so not taken back.
    _, waiting_leg = await phones.call("4008002000", "13900009002")
    waiting = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900009002" and r["state"] == "queued", 30
    )
    # The agent's desktop event stream (the desktop's own client): it must reconnect to
    # the restarted server and resync its state from GET /agents/me, as the desktop does.
    seen: dict[str, list[Any]] = {"events": [], "me": []}

    async def resync(reason: str) -> None:
        me = await _in_thread(product.api, "GET", "/agents/me", agent["token"])
        seen["me"].append((reason, me.json()["state"]))

    stream = EventStream(
        product.base.replace("http", "ws") + "/api/v1/events",
        agent["token"],
        lambda event: seen["events"].append((event.type, event.data)),
        on_resync=resync,
        backoff=Backoff(initial=0.2, maximum=0.5),
    )
    stream.start()
    async with asyncio.timeout(10):
        while not stream.connected:
            await asyncio.sleep(0.05)
    kamailio = int((product.data_dir / "edge" / "kamailio.pid").read_text())
    assert kamailio in _children(product.proc.pid)

    product.proc.kill()  # kill -9: nothing runs its shutdown
    await _in_thread(product.proc.wait, 10)
    killed_at = time.time()
    await asyncio.sleep(1.0)
    # No coordinator: the conversation goes on (the worker holds it over).
    await _heard(agent_phone, arrived.leg, tmp_path / "gap.wav", CUSTOMER_HZ, 1.0)
    # The second caller hangs up in the gap: the worker hangs up its agent at once.
    hung_up2 = time.time()
    await customer2.command(c.Hangup(leg=leg2))
    await phones.events.wait(c.LegEnded, timeout=3, leg=arrived2.leg)
    assert time.time() - hung_up2 < 2.0

    # A new caller in the gap (the edge has had no heartbeat for > 2 s) hears ringing and
    # is held, not refused, until the restarted coordinator takes the call (its IVR).
    while time.time() - killed_at < 3.2:
        await asyncio.sleep(0.1)
    _, gap_leg = await phones.call("4008001000", "13900009003")
    log_path = tmp_path / "server-2.log"
    second = start_again(product, log_path, "--media-hold-over", "30")
    try:
        await phones.events.wait(c.LegRinging, timeout=5, leg=gap_leg)
        await _in_thread(wait_serving, product, log_path, second)
        # The queued caller is hung up (BYE) and its record closed in a defined state.
        ended = await phones.events.wait(c.LegEnded, timeout=10, leg=waiting_leg)
        assert ended.cause == "remote", ended
        lost = _record(product, waiting["id"])
        assert (lost["state"], lost["end_cause"]) == ("ended", "server_lost")
        assert lost["ended_at"] > killed_at  # it waited on until the restart hung it up
        assert _queue_log_events(product.data_dir, waiting["id"]) == ["ENTERQUEUE", "ABANDON"]

        # The call that ended in the gap is closed as its caller's hang-up, at that time,
        # and its agent is in wrap-up as after any hang-up.
        gone = _record(product, call2)
        assert (gone["state"], gone["end_cause"]) == ("ended", "caller_hangup"), gone
        assert abs(gone["ended_at"] - hung_up2) < 1.5, (gone, hung_up2)
        talk2 = hung_up2 - answered2["answered_at"]
        assert abs(gone["talk_seconds"] - talk2) < 1.5, (gone, talk2)
        assert _queue_log_events(product.data_dir, call2)[-1] == "COMPLETECALLER"
        state2 = (await _in_thread(product.api, "GET", "/agents/me/state", agent2["token"])).json()
        assert (state2["state"], state2.get("call_id")) == ("wrap_up", call2), state2

        # The answered call was taken back: still open, the agent still on it (what the
        # desktop reads when its event stream reconnects and resyncs), both sides heard.
        assert _record(product, call_id)["ended_at"] is None
        async with asyncio.timeout(15):
            while not seen["me"]:
                await asyncio.sleep(0.1)
        reason, state = seen["me"][0]
        assert stream.connections >= 2 and reason in ("restart", "server"), reason
        assert (state["state"], state["call_id"]) == ("on_call", call_id), state
        live = await _in_thread(
            product.wait_call, lead, lambda r: r["id"] == call_id and r["state"] == "active"
        )
        assert live["agent_id"] == "1004"
        await _heard(customer, leg, tmp_path / "customer.wav", AGENT_HZ)
        await _heard(agent_phone, arrived.leg, tmp_path / "agent.wav", CUSTOMER_HZ)

        # The caller hangs up: the agent's phone gets BYE, the record closes right.
        hung_up = time.time()
        await customer.command(c.Hangup(leg=leg))
        await phones.events.wait(c.LegEnded, timeout=10, leg=arrived.leg)
        record = await _in_thread(
            product.wait_call,
            lead,
            lambda r: r["id"] == call_id and r["state"] == "ended" and r["recording_id"],
        )
        assert record["end_cause"] == "caller_hangup", record
        talk = hung_up - answered["answered_at"]
        assert talk - 2 <= record["talk_seconds"] <= talk + 2, (record, talk)
        events = _queue_log_events(product.data_dir, call_id)
        assert events[-1] == "COMPLETECALLER" and events.count("CONNECT") == 1, events
        assert sum(e.startswith("COMPLETE") for e in events) == 1, events
        qlog = (product.data_dir / "queue_log").read_text().splitlines()
        complete = next(x for x in qlog if f"|{call_id}|" in x and "COMPLETECALLER" in x)
        assert abs(int(complete.split("|")[6]) - record["talk_seconds"]) <= 1, complete
        state = (await _in_thread(product.api, "GET", "/agents/me/state", agent["token"])).json()
        assert state["state"] == "wrap_up", state
        # the desktop hears of the end on its reconnected stream
        async with asyncio.timeout(10):
            while not any(t == "call_ended" and d.get("id") == call_id for t, d in seen["events"]):
                await asyncio.sleep(0.1)
        # The caller of the gap was held, then answered by the IVR of the new coordinator.
        await phones.events.wait(c.LegAnswered, timeout=15, leg=gap_leg)
        edge_log = (product.data_dir / "edge" / "kamailio.log").read_text(errors="replace")
        assert "no coordinator: holding call" in edge_log, edge_log[-2000:]
        # Kamailio was adopted, not restarted; the story is in the log.
        assert Path(f"/proc/{kamailio}").exists()
        text = log_path.read_text()
        assert f"adopted the running Kamailio pid {kamailio}" in text, text[-3000:]
        assert f"with call {call_id}" in text and "re-attached worker" in text
        assert f"call {call2} not taken back: ended while the coordinator was down" in text
        assert "Address already in use" not in text
    finally:  # the fixture stops only the first process: this one is ours
        await stream.stop()
        second.send_signal(signal.SIGTERM)
        try:
            await _in_thread(second.wait, 30)
        except subprocess.TimeoutExpired:
            second.kill()
            second.wait()
