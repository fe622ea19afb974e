"""A queue's strategy changed over the admin API applies to its very next decision."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _run, _wait_for


def _bearer(server: Server, agent_id: str, password: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.login(agent_id, password)['token']}"}


@pytest.mark.parametrize("strategy,expected", [(None, "2001"), ("top-down", "2002")])
def test_changed_strategy_applies_to_the_next_call(
    make_server: Any, strategy: str | None, expected: str
) -> None:
    server: Server = make_server(control=FakeControl())
    admin = _bearer(server, "9000", "demo")
    assert (
        server.client.post(
            "/api/v1/admin/queues",
            headers=admin,
            json={"name": "billing", "strategy": "longest-idle", "wrap_up_seconds": 0.2},
        ).status_code
        == 201
    )
    for agent_id, position in (("2001", 2), ("2002", 1)):
        r = server.client.post(
            "/api/v1/admin/agents",
            headers=admin,
            json={
                "agent_id": agent_id,
                "name": agent_id,
                "password": "Billing-pw-1",
                "skills": [{"queue": "billing", "level": 1, "position": position}],
            },
        )
        assert r.status_code == 201, r.text
    acd, control = server.services.acd, server.control
    # 2002 (position 1) takes a call first, so it is the one idle for less time.
    b = _bearer(server, "2002", "Billing-pw-1")
    server.client.post("/api/v1/agents/me/state", headers=b, json={"state": "ready"})
    first = _run(server, acd.call_arrived("13800000001", None))
    _run(server, acd.enqueue(first.id, "billing"))
    _wait_for(lambda: any(r[0] == first.id for r in control.rings))
    assert control.rings[-1][1] == "2002"
    _run(server, acd.agent_answered(first.id, "2002"))
    _run(server, acd.caller_hung_up(first.id))
    _wait_for(lambda: server.services.agents.state("2002").status.value == "ready")
    a = _bearer(server, "2001", "Billing-pw-1")
    server.client.post("/api/v1/agents/me/state", headers=a, json={"state": "ready"})
    if strategy is not None:
        r = server.client.patch(
            "/api/v1/admin/queues/billing", headers=admin, json={"strategy": strategy}
        )
        assert r.status_code == 200 and r.json()["strategy"] == strategy
    second = _run(server, acd.call_arrived("13800000002", None))
    _run(server, acd.enqueue(second.id, "billing"))
    _wait_for(lambda: any(r[0] == second.id for r in control.rings))
    # longest-idle: 2001 (never bridged); top-down: 2002 (position 1).
    assert next(r[1] for r in control.rings if r[0] == second.id) == expected
