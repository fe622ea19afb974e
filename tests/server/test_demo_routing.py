"""The demo lets a person try the product: with the simulated agents (1003-1005) Ready and
busy taking calls, a human agent (1001) who goes Ready is offered the next call of either
queue (longest idle), not only what the simulated agents leave over."""

from __future__ import annotations

from typing import Any

import pytest

from server_stub.telephony.runtime import SIMULATED_AGENTS
from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _run, _short_timers, _wait_for


def svc_state(acd: Server, agent_id: str) -> str:
    return str(acd.services.agents.view(agent_id).state.value)


def _ready(acd: Server, agent_id: str) -> None:
    r = acd.client.post(
        "/api/v1/agents/me/state", json={"state": "ready"}, headers=acd.auth(agent_id)
    )
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("queue,did", [("support", "4008002000"), ("sales", "4008001000")])
def test_a_human_agent_ready_in_the_simulated_demo_gets_the_next_call(
    make_server: Any, queue: str, did: str
) -> None:
    acd: Server = make_server(control=FakeControl(), tweak=_short_timers)
    svc = acd.services.acd
    for agent_id in SIMULATED_AGENTS:
        _ready(acd, agent_id)
    for n in range(3):  # the simulated agents have been taking calls for a while
        call = _run(acd, svc.call_arrived(f"1390000000{n}", did))
        _run(acd, svc.enqueue(call.id, queue))
        agent = svc.live(call.id).agent_id
        if agent is None:
            _run(acd, svc.caller_hung_up(call.id))
            continue
        _run(acd, svc.agent_answered(call.id, agent))
        _run(acd, svc.caller_hung_up(call.id))
    _wait_for(lambda: all(svc_state(acd, a) == "ready" for a in SIMULATED_AGENTS))
    acd.clock.advance(1)
    _ready(acd, "1001")  # a person signs in at the desktop and goes Ready
    call = _run(acd, svc.call_arrived("13800138000", did))
    _run(acd, svc.enqueue(call.id, queue))
    assert svc.live(call.id).agent_id == "1001"
