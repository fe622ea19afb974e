"""A simulated customer reaches a simulated agent through the coordinator's own call path."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from server_stub.sim import Simulator
from tests.edge.conftest import needs_kamailio
from tests.sim.conftest import Coordinator
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, needs_kamailio, pytest.mark.timeout(120)]


async def test_customer_to_agent_through_the_server(
    coordinator_with_sip: Coordinator, tmp_path: Path
) -> None:
    server = coordinator_with_sip
    async with Simulator(
        server.url,
        f"127.0.0.1:{server.sip_port}",
        answer_delay=0.5,
        record_dir=tmp_path / "rec",
        agent_tone_hz=1300.0,  # unlike anything in the IVR prompts or music
    ) as sim:
        agent = await sim.add_agent("1004")  # support only: the support DID reaches it
        result = await sim.call(
            did="4008002000", wait_for_agent=True, talk_seconds=2.0, abandon_after=30.0
        )
        assert (result.outcome, result.end_cause) == ("talked", "local"), result
        assert result.agent_answered_at is not None
        await agent.wait_for(
            lambda: bool(agent.calls) and agent.calls[-1].disposition and agent.calls[-1].recording,
            10,
        )
        call = agent.calls[-1]
        assert call.disposition is not None and call.disposition["disposition"] == "resolved"
        offers = [f for f in agent.events if f["type"] == "call_offered"]
        assert offers and offers[-1]["data"]["call"]["ani"] == result.ani
        assert result.recording is not None and call.recording is not None
        # the customer's recording spans IVR and queue too; ~2 s of it is the agent
        heard = wav_has_tone(result.recording, 1300.0, min_share=0.0, threshold=0.15)
        assert heard.windows_with_tone >= 12, heard
        wav_has_tone(call.recording, sim.customer_tone_hz, min_share=0.5, threshold=0.15)


async def test_an_agent_signed_in_during_a_sales_wrap_up_saves_its_disposition_and_goes_ready(
    coordinator_with_sip: Coordinator, tmp_path: Path
) -> None:
    """As after a restart: the agent comes back wrapping up a call of a queue that needs a
    disposition (sales); the simulated agent saves one, as a person would, then goes ready
    (it gave up with 409 disposition_required)."""
    server = coordinator_with_sip
    async with Simulator(server.url, f"127.0.0.1:{server.sip_port}", answer_delay=0.5) as sim:
        first = await sim.add_agent("1003", disposition=None, finish_wrap_up=False)  # sales
        result = await sim.call(
            did="4008001000", digits="1", wait_for_agent=True, talk_seconds=1.0, abandon_after=30.0
        )
        assert result.outcome == "talked", result
        await first.wait_for(lambda: bool(first.calls) and first.calls[-1].ended_at, 10)
        call_id = first.calls[-1].call_id
        for _ in range(100):  # the coordinator learns of the end from its own leg
            state = await first.client.state()
            if state["state"] != "on_call":
                break
            await asyncio.sleep(0.1)
        assert (state["state"], state["call_id"]) == ("wrap_up", call_id), state
        await first.stop(logout=False)  # the simulator process ends; the state stays
        del sim.agents["1003"]

        again = await sim.add_agent("1003")
        state = await again.client.state()
        assert state["state"] == "ready", state
        assert not again.errors, again.errors
