"""Issue 22: per-leg call quality from the media worker goes live to leads through
`call_updated` and into the call record at the end (coordinator with a fake media layer)."""

from __future__ import annotations

import pytest

from agent_desktop.protocol.quality import POOR_MOS
from server_stub.calls.quality import CallQuality
from server_stub.media import wire as c
from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _recv_type, _run, _short_timers


@pytest.fixture
def acd(make_server) -> Server:  # type: ignore[no-untyped-def]
    return make_server(control=FakeControl(), tweak=_short_timers)


def _totals(loss: float, mos: float, worst: float) -> dict[str, float]:
    return {
        "loss_pct": loss,
        "jitter_ms": 12.5,
        "rtt_ms": 40.0,
        "mos": mos,
        "worst_mos": worst,
        "worst_at": 17.0,
    }


def test_call_quality_flags_poor_when_either_leg_is_poor() -> None:
    q = CallQuality()
    assert q.mos_now is None
    assert not q.update("customer", 4.4, _totals(0, 4.4, 4.4))
    assert q.update("agent", 2.9, _totals(8, 3.3, 2.9))  # the agent's network turns poor
    assert q.mos_now == 2.9 and q.fields["agent_loss_pct"] == 8
    assert q.update("agent", 4.3, _totals(6, 3.6, 2.9))  # and recovers
    with pytest.raises(ValueError):
        q.update("supervisor", 4.0, _totals(0, 4.0, 4.0))


def test_leg_quality_reaches_leads_live_and_the_record_at_the_end(acd: Server) -> None:
    token = acd.login("1002")["token"]
    headers = {"Authorization": f"Bearer {token}"}
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=headers)
    svc = acd.services.acd
    lead = acd.login("9001")["token"]
    with acd.client.websocket_connect(f"/api/v1/events?token={lead}") as ws:
        call = _run(acd, svc.call_arrived("13800138000", "4008001000"))
        _run(acd, svc.enqueue(call.id, "sales"))
        _run(acd, svc.agent_answered(call.id, "1002"))
        svc.leg_quality(call.id, "customer", 4.41, _totals(0.0, 4.41, 4.38))
        svc.leg_quality(call.id, "agent", 2.71, _totals(9.5, 3.05, 2.71))
        for _ in range(5):
            data = _recv_type(ws, "call_updated")["data"]
            if data["id"] == call.id and data.get("agent_mos") is not None:
                break
        assert data["mos_now"] == 2.71 and data["mos_now"] < POOR_MOS
        assert data["agent_loss_pct"] == 9.5 and data["customer_mos"] == 4.41
        _run(acd, svc.caller_hung_up(call.id))

    record = acd.client.get(f"/api/v1/calls/{call.id}", headers=acd.auth("9001")).json()
    assert record["agent_loss_pct"] == 9.5 and record["agent_mos"] == 3.05
    assert record["agent_worst_mos"] == 2.71 and record["agent_worst_at"] == 17.0
    assert record["customer_jitter_ms"] == 12.5 and record["customer_rtt_ms"] == 40.0
    assert record["mos_now"] is None  # a live figure: not kept in the record
    listed = acd.client.get("/api/v1/calls?limit=5", headers=acd.auth("9001")).json()["calls"]
    assert any(c["id"] == call.id and c["customer_mos"] == 4.41 for c in listed)
    poor = acd.client.get("/api/v1/calls?max_mos=3.6", headers=acd.auth("9001")).json()
    assert [c["id"] for c in poor["calls"]] == [call.id]  # seeded calls were never measured
    good = acd.client.get("/api/v1/calls?max_mos=3.0", headers=acd.auth("9001")).json()
    assert good["calls"] == []
    bad = acd.client.get("/api/v1/calls?max_mos=9", headers=acd.auth("9001"))
    assert bad.status_code == 422 and bad.json()["error_id"] == "invalid_input"


def test_leg_quality_of_an_unknown_call_is_ignored(acd: Server) -> None:
    acd.services.acd.leg_quality("no-such-call", "agent", 4.0, _totals(0, 4, 4))


def test_leg_quality_event_round_trips_the_control_protocol() -> None:
    event = c.LegQuality(
        leg="w1-L1",
        mos=3.1,
        loss_pct=7.5,
        receiving=False,
        total_loss_pct=2.0,
        total_jitter_ms=20.0,
        total_rtt_ms=80.0,
        total_mos=3.9,
        worst_mos=1.3,
        worst_at=42.0,
    )
    message = c.decode_worker_message(c.encode_event(event, 3))
    assert isinstance(message, c.EventMessage) and message.event == event
