"""Simulated agents against a real coordinator and a real Kamailio edge."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from server_stub.sim import CoordinatorClient, CoordinatorError, Simulator
from tests.edge.conftest import needs_kamailio
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ, EventLog
from tests.sim.conftest import Coordinator
from tests.support.tones import make_tone_wav, wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, needs_kamailio, pytest.mark.timeout(90)]


async def test_agents_sign_in_register_answer_and_talk(
    coordinator: Coordinator, coordinator_edge: Any, make_pool: Any, tmp_path: Path
) -> None:
    edge = coordinator_edge
    edge_addr = f"127.0.0.1:{coordinator.sip_port}"
    async with Simulator(
        coordinator.url, edge_addr, answer_delay=0.2, no_answer_agents=("1003",),
        record_dir=tmp_path / "rec",
    ) as sim:  # fmt: skip
        a1001 = await sim.add_agent("1001")
        a1003 = await sim.add_agent("1003")
        assert a1001.registered and a1001.sip["registrar"] == f"sip:{edge_addr}"
        registered = await edge.registered_agents()
        assert {"1001", "1003"} <= set(registered)
        async with CoordinatorClient(coordinator.url) as lead:
            await lead.login("1001", "demo")  # a second session of the same agent
            assert (await lead.state())["state"] == "ready"
        await a1001.wait_for(lambda: any(f["type"] == "hello" for f in a1001.events), 5)

        # A worker of the "coordinator" rings the agent through the edge, as telephony will.
        pool, log = await make_pool(min_workers=1)
        (worker,) = pool.workers.values()
        await edge.add_worker(worker.worker_id, worker.sip_uri)
        tone = make_tone_wav(tmp_path / "customer.wav", CUSTOMER_HZ, 2.0)
        leg = (
            await worker.command(
                c.MakeCall(uri=f"sip:1001@{edge_addr}", headers={"X-Call-Id": "nosuchcall"})
            )
        )["leg"]
        await log.wait(c.LegAnswered, leg=leg, timeout=5)
        await worker.command(c.Play(leg=leg, file=str(tone), loop=True))
        await asyncio.sleep(1.5)
        await worker.command(c.Hangup(leg=leg))
        # `recording` is set once the worker has finished the WAV, after the leg ends.
        await a1001.wait_for(lambda: bool(a1001.calls) and a1001.calls[0].recording, 5)
        call = a1001.calls[0]
        assert call.call_id == "nosuchcall" and call.end_cause == "remote"
        assert call.recording is not None
        wav_has_tone(call.recording, CUSTOMER_HZ, min_share=0.5, threshold=0.15)
        wav_has_tone(call.recording, AGENT_HZ, min_share=0.5, threshold=0.15)
        # the coordinator does not know this call: the disposition was tried and refused
        await a1001.wait_for(lambda: any("disposition" in e for e in a1001.errors), 5)
        assert "404" in next(e for e in a1001.errors if "disposition" in e)

        # 1003 never answers: the caller's own timeout ends the ringing
        mark = len(log.items)
        leg = (await worker.command(c.MakeCall(uri=f"sip:1003@{edge_addr}", timeout=1.5)))["leg"]
        ended = await log.wait(c.LegEnded, leg=leg, since=mark, timeout=5)
        assert ended.cause == "no_answer"
        assert len(a1003.calls) == 1 and a1003.calls[0].answered_at is None

        with pytest.raises(CoordinatorError) as info:
            await sim.add_agent("1002", password="wrong")
        assert info.value.status == 401
        assert "1002" not in sim.agents
        await sim.remove_agent("1001")
        assert "1001" not in await edge.registered_agents()
    assert "1003" not in await edge.registered_agents()  # stopping unregisters
    assert isinstance(log, EventLog)
