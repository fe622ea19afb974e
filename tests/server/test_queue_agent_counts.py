"""Leads' queue figures count agents by their live state in every queue they serve: the
pushed `queue_stats_updated` follows each agent change, not only the queue of the call."""

from __future__ import annotations

import json
from typing import Any

from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _run, _short_timers


def _signed_in(stats: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in stats["agents_by_state"].items() if k != "logged_out"}


def _latest_stats(ws: Any, queue: str, until: Any) -> dict[str, Any]:
    """Read events until `until(stats)` holds for `queue`'s pushed figures; return them."""
    last: dict[str, Any] = {}
    for _ in range(60):
        event = json.loads(ws.receive_text())
        if event["type"] == "queue_stats_updated" and event["data"]["queue"] == queue:
            last = event["data"]
            if until(last):
                return last
    raise AssertionError(f"last {queue} figures pushed: {last}")


def test_both_agents_on_sales_calls_show_on_call_in_support_too(make_server: Any) -> None:
    acd: Server = make_server(control=FakeControl(), tweak=_short_timers)
    svc = acd.services.acd
    tokens = {a: acd.login(a)["token"] for a in ("1001", "1003")}  # sales and support both
    lead = acd.login("9001")["token"]
    with acd.client.websocket_connect(f"/api/v1/events?token={lead}") as ws:
        for token in tokens.values():
            r = acd.client.post(
                "/api/v1/agents/me/state",
                json={"state": "ready"},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert r.status_code == 200
        ready = _latest_stats(ws, "support", lambda s: s["agents_by_state"].get("ready") == 2)
        assert _signed_in(ready) == {"ready": 2}
        for ani in ("13800138000", "13900000001"):
            call = _run(acd, svc.call_arrived(ani, "4008001000"))
            _run(acd, svc.enqueue(call.id, "sales", ivr_path=["1"]))
            ringing = svc.live(call.id)
            _run(acd, svc.agent_answered(call.id, ringing.agent_id))
        figures = _latest_stats(ws, "support", lambda s: s["agents_by_state"].get("on_call") == 2)
        assert _signed_in(figures) == {"on_call": 2}  # not "Ready 2"
    by_api = acd.client.get(
        "/api/v1/queues/stats", headers={"Authorization": f"Bearer {lead}"}
    ).json()
    support = next(q for q in by_api if q["queue"] == "support")
    assert support["agents_by_state"] == figures["agents_by_state"]
