"""Webhooks on the coordinator (in process, fake media layer) with a real HTTP receiver on
loopback: the admin API and its bad input, signed deliveries of call events and of the
disposition, retries of a receiver that is down, a restart in between, giving up."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from server_stub.integration.dispatcher import DeliverySettings
from server_stub.store import webhooks as hooks_store
from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _run
from tests.support.webhook_receiver import Receiver

SECRET = "integration-secret-0001"
CALL_EVENTS = ["call_offered", "call_answered", "call_ended", "disposition_saved"]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.stop()


def _fast_retries(services: Any, attempts: int = 20) -> None:
    services.dispatcher.settings = DeliverySettings(
        timeout=2.0, max_attempts=attempts, backoff_base=0.2, backoff_cap=1.0
    )


def _hook(server: Server, url: str, events: list[str], **extra: Any) -> dict[str, Any]:
    r = server.client.post(
        "/api/v1/admin/webhooks",
        headers=server.auth("9000"),
        json={"url": url, "events": events, "secret": SECRET, **extra},
    )
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def _deliveries(server: Server, hook_id: int, **params: Any) -> list[dict[str, Any]]:
    r = server.client.get(
        f"/api/v1/admin/webhooks/{hook_id}/deliveries", headers=server.auth("9000"), params=params
    )
    assert r.status_code == 200, r.text
    return r.json()["deliveries"]  # type: ignore[no-any-return]


def _wait(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _a_call(server: Server, agent: dict[str, str]) -> str:
    """A sales call offered to 1002, answered, hung up by the caller, disposition saved."""
    r = server.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=agent)
    assert r.status_code == 200, r.text
    acd = server.services.acd
    call = _run(server, acd.call_arrived("13800138000", "4008001000"))
    _run(server, acd.enqueue(call.id, "sales"))
    _run(server, acd.agent_answered(call.id, "1002"))
    _run(server, acd.caller_hung_up(call.id))
    saved = server.client.post(
        f"/api/v1/calls/{call.id}/disposition",
        headers=agent,
        json={"disposition": "sale", "note": "两台", "idempotency_key": f"hook-{call.id}"},
    )
    assert saved.status_code == 200, saved.text
    return str(call.id)


def test_admin_manages_webhooks_and_never_sees_the_secret_again(make_server: Any) -> None:
    server: Server = make_server()
    admin = server.auth("9000")
    hook = _hook(server, "https://crm.example/hooks?token=t", ["call_ended", "call_offered"])
    assert hook["events"] == ["call_ended", "call_offered"]
    assert hook["secret_hint"] == "…0001" and "secret" not in hook
    listed = server.client.get("/api/v1/admin/webhooks", headers=admin)
    assert [h["id"] for h in listed.json()] == [hook["id"]]
    assert SECRET not in listed.text
    changed = server.client.patch(
        f"/api/v1/admin/webhooks/{hook['id']}",
        headers=admin,
        json={"events": ["disposition_saved"], "enabled": False, "secret": "another-secret-9999"},
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["events"], changed.json()["enabled"]) == (["disposition_saved"], False)
    assert changed.json()["secret_hint"] == "…9999"
    events = server.client.get("/api/v1/admin/webhooks/events", headers=admin).json()
    assert {"call_offered", "call_answered", "call_ended", "disposition_saved"} <= set(events)
    assert "hello" not in events
    gone = server.client.delete(f"/api/v1/admin/webhooks/{hook['id']}", headers=admin)
    assert gone.status_code == 204
    missing = server.client.get(f"/api/v1/admin/webhooks/{hook['id']}", headers=admin)
    assert missing.status_code == 404 and missing.json()["error_id"] == "not_found"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "ftp://crm.example/hooks"}, "url"),
        ({"url": "https://crm.example/a b"}, "url"),
        ({"url": "https://me:pw@crm.example/"}, "url"),
        ({"url": "not a url at all"}, "url"),
        ({"events": ["call_teleported"]}, "events"),
        ({"events": []}, "events"),
        ({"events": ["hello"]}, "events"),
        ({"secret": "short"}, "secret"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_webhooks_are_refused_with_the_field_named(
    make_server: Any, body: dict[str, Any], field: str
) -> None:
    server: Server = make_server()
    good = {"url": "https://crm.example/hooks", "events": ["call_ended"], "secret": SECRET}
    r = server.client.post(
        "/api/v1/admin/webhooks", headers=server.auth("9000"), json={**good, **body}
    )
    assert r.status_code == 422, r.text
    assert field in r.text
    assert server.client.get("/api/v1/admin/webhooks", headers=server.auth("9000")).json() == []


def test_only_admins_may_see_or_change_webhooks(make_server: Any) -> None:
    server: Server = make_server()
    hook = _hook(server, "https://crm.example/hooks", ["call_ended"])
    for who in ("1002", "9001"):
        h = server.auth(who)
        assert server.client.get("/api/v1/admin/webhooks", headers=h).status_code == 403
        r = server.client.post(
            "/api/v1/admin/webhooks",
            headers=h,
            json={"url": "https://evil.example/", "events": ["call_ended"], "secret": SECRET},
        )
        assert r.status_code == 403
        path = f"/api/v1/admin/webhooks/{hook['id']}/deliveries"
        assert server.client.get(path, headers=h).status_code == 403
    assert server.client.get("/api/v1/admin/webhooks").status_code == 401


def test_a_test_send_reaches_the_receiver_signed_and_is_logged(
    make_server: Any, receiver: Receiver
) -> None:
    server: Server = make_server()
    hook = _hook(server, receiver.start().url, ["call_ended"])
    r = server.client.post(f"/api/v1/admin/webhooks/{hook['id']}/test", headers=server.auth("9000"))
    assert r.status_code == 200, r.text
    assert (r.json()["ok"], r.json()["status_code"]) == (True, 200)
    (got,) = receiver.received
    assert got.signed_by(SECRET)
    assert got.type == "webhook_test" and got.payload["version"] == 1
    assert got.headers["X-Delivery-Id"] == r.json()["delivery_id"] == got.payload["delivery_id"]
    assert abs(int(got.headers["X-Timestamp"]) - time.time()) < 60
    (logged,) = _deliveries(server, hook["id"])
    assert (logged["status"], logged["status_code"], logged["attempts"]) == ("delivered", 200, 1)

    receiver.stop()  # now nobody listens: the test send says so, and it is logged
    r = server.client.post(f"/api/v1/admin/webhooks/{hook['id']}/test", headers=server.auth("9000"))
    assert r.status_code == 200 and r.json()["ok"] is False
    assert r.json()["status_code"] is None and "Connect" in r.json()["error"]
    failed = _deliveries(server, hook["id"], status="failed")
    assert len(failed) == 1 and failed[0]["error"] == r.json()["error"]


def test_a_call_is_delivered_signed_in_order_of_its_story(
    make_server: Any, receiver: Receiver
) -> None:
    server: Server = make_server(control=FakeControl())
    hook = _hook(server, receiver.start().url, CALL_EVENTS)
    other = Receiver().start()  # wants only call_ended
    try:
        _hook(server, other.url, ["call_ended"])
        call_id = _a_call(server, server.auth("1002"))
        receiver.wait_for(lambda got: len(got) >= 4)
        other.wait_for(lambda got: len(got) >= 1)
    finally:
        other.stop()
    assert sorted(receiver.types()) == sorted(CALL_EVENTS)
    assert other.types() == ["call_ended"]
    for got in receiver.received:
        assert got.signed_by(SECRET), got.headers
        assert got.headers["X-Event"] == got.type
        assert got.payload["version"] == 1
    by_type = {r.type: r.payload for r in receiver.received}
    offered = by_type["call_offered"]["data"]
    assert (offered["call"]["id"], offered["call"]["ani"], offered["queue"]) == (
        call_id,
        "13800138000",
        "sales",
    )
    assert by_type["call_answered"]["data"]["agent_id"] == "1002"
    assert by_type["call_ended"]["data"]["end_cause"] == "caller_hangup"
    saved = by_type["disposition_saved"]["data"]
    assert (saved["id"], saved["disposition"], saved["note"], saved["saved_by"]) == (
        call_id,
        "sale",
        "两台",
        "1002",
    )
    assert len({r.payload["id"] for r in receiver.received}) == 4  # one id per event
    _wait(lambda: len(_deliveries(server, hook["id"], status="delivered")) == 4)


def test_a_receiver_that_is_down_gets_the_retried_delivery_when_it_comes_back(
    make_server: Any, receiver: Receiver
) -> None:
    server: Server = make_server(control=FakeControl(), tweak=_fast_retries)
    hook = _hook(server, receiver.url, ["call_ended"])  # not listening yet
    _a_call(server, server.auth("1002"))
    _wait(lambda: any(d["attempts"] >= 1 for d in _deliveries(server, hook["id"])))
    (pending,) = _deliveries(server, hook["id"])
    assert pending["status"] == "pending" and pending["status_code"] is None
    assert "Connect" in pending["error"] and pending["next_attempt_at"] is not None
    receiver.start()
    (got,) = receiver.wait_for(lambda got: len(got) >= 1)
    assert got.signed_by(SECRET) and got.type == "call_ended"
    assert got.headers["X-Delivery-Id"] == pending["id"]
    _wait(lambda: _deliveries(server, hook["id"])[0]["status"] == "delivered")
    assert _deliveries(server, hook["id"])[0]["attempts"] >= 2


def test_deliveries_survive_a_restart(make_server: Any, receiver: Receiver) -> None:
    # The first run stores its deliveries but sends none (no sending slots): the backlog a
    # stop or a crash leaves behind.
    first: Server = make_server(
        control=FakeControl(),
        tweak=lambda s: setattr(s.dispatcher, "settings", DeliverySettings(concurrency=0)),
    )
    hook = _hook(first, receiver.start().url, ["call_ended", "disposition_saved"])
    call_id = _a_call(first, first.auth("1002"))
    _wait(lambda: len(_deliveries(first, hook["id"], status="pending")) == 2)
    first.client.__exit__(None, None, None)
    assert receiver.received == []

    second: Server = make_server(control=FakeControl(), seed=False)
    got = receiver.wait_for(lambda got: len(got) >= 2)
    assert sorted(r.type for r in got) == ["call_ended", "disposition_saved"]
    assert all(r.signed_by(SECRET) and r.payload["data"]["id"] == call_id for r in got)
    _wait(lambda: [d["status"] for d in _deliveries(second, hook["id"])] == ["delivered"] * 2)


def test_a_receiver_that_keeps_failing_is_given_up_on_and_logged(
    make_server: Any, receiver: Receiver
) -> None:
    server: Server = make_server(control=FakeControl(), tweak=lambda s: _fast_retries(s, 3))
    receiver.status = 503
    hook = _hook(server, receiver.start().url, ["call_ended"])
    _a_call(server, server.auth("1002"))
    _wait(lambda: _deliveries(server, hook["id"])[0]["status"] == "failed")
    (failed,) = _deliveries(server, hook["id"])
    assert (failed["attempts"], failed["status_code"], failed["error"]) == (3, 503, "HTTP 503")
    assert len(receiver.received) == 3  # max_attempts, then no more
    seen = server.client.get(f"/api/v1/admin/webhooks/{hook['id']}", headers=server.auth("9000"))
    assert (seen.json()["failed"], seen.json()["pending"]) == (1, 0)
    bad = server.client.get(
        f"/api/v1/admin/webhooks/{hook['id']}/deliveries",
        headers=server.auth("9000"),
        params={"status": "lost"},
    )
    assert bad.status_code == 422


def test_old_finished_deliveries_leave_the_log_pending_ones_stay(
    make_server: Any, receiver: Receiver
) -> None:
    server: Server = make_server(
        tweak=lambda s: setattr(s.dispatcher, "settings", DeliverySettings(keep_days=1.0))
    )
    hook = _hook(server, receiver.start().url, ["call_ended"])
    admin = server.auth("9000")
    assert server.client.post(f"/api/v1/admin/webhooks/{hook['id']}/test", headers=admin).json()[
        "ok"
    ]
    receiver.stop()
    server.client.post(f"/api/v1/admin/webhooks/{hook['id']}/test", headers=admin)  # failed
    stuck = {
        "id": "p1",
        "webhook_id": hook["id"],
        "event_id": "e1",
        "event_type": "call_ended",
        "body": "{}",
        "status": "pending",
        "attempts": 3,
        "created_at": 1.0,  # long ago, still pending: never pruned
        "next_attempt_at": 4e9,
    }
    server.services.runner.run_sync(lambda s: hooks_store.add_deliveries(s, [stuck]))
    assert len(_deliveries(server, hook["id"])) == 3
    server.clock.advance(2 * 86400)
    _run(server, server.services.dispatcher._prune())
    assert [d["id"] for d in _deliveries(server, hook["id"])] == ["p1"]
