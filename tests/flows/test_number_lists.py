"""Black and white lists (黑白名单): the rule (exact numbers, prefixes, directions, the
whitelist's exceptions), the admin API (CRUD, import all-or-none, roles, bad input), a
blocked outbound dial (403 with a record), and an inbound caller refused before the flow
by telephony (fake worker; real SIP in tests/e2e/test_number_lists.py)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from server_stub.app import Services, build_services
from server_stub.config import ServerConfig
from server_stub.domain import number_lists as nl
from server_stub.media import wire as c
from server_stub.store import number_lists as list_store
from server_stub.telephony.service import Telephony
from tests.server.conftest import Server
from tests.server.test_recording_outcomes import FakeWorker

URL = "/api/v1/admin/number-lists"


def _e(i: int, kind: str, number: str, direction: str = "both") -> nl.Entry:
    return nl.Entry(i, kind, nl.normalize_pattern(number), direction)


def test_rule_exact_prefix_direction_and_whitelist_exceptions() -> None:
    entries = [
        _e(1, "black", "170*", "inbound"),
        _e(2, "white", "17012345678", "inbound"),
        _e(3, "black", "13800138000"),
        _e(4, "black", "1380013*", "outbound"),
        _e(5, "black", "+86 95*"),
    ]
    assert nl.is_blocked(entries, "17099990000", "inbound") == entries[0]
    assert nl.is_blocked(entries, "17099990000", "outbound") is None  # inbound only
    assert nl.is_blocked(entries, "17012345678", "inbound") is None  # whitelisted
    assert nl.is_blocked(entries, "+86 138-0013-8000", "inbound") == entries[2]
    # exact beats a prefix when both match
    assert nl.is_blocked(entries, "13800138000", "outbound") == entries[2]
    assert nl.is_blocked(entries, "13800139999", "outbound") == entries[3]
    assert nl.is_blocked(entries, "008695555", "inbound") == entries[4]
    assert nl.is_blocked(entries, "", "inbound") is None
    assert nl.is_blocked(entries, "anonymous", "inbound") is None
    assert nl.is_blocked(entries, "1380013800", "inbound") is None  # not the whole number
    with pytest.raises(ValueError):
        nl.is_blocked(entries, "1", "both")


@pytest.mark.parametrize("bad", ["", "12", "abc", "1*2", "*", "+*", "123456789012345678901"])
def test_bad_patterns_are_refused(bad: str) -> None:
    with pytest.raises(nl.BadEntry):
        nl.normalize_pattern(bad)


def test_csv_lines() -> None:
    assert nl.parse_csv_line("170*") == ("black", "170*", "both", "")
    assert nl.parse_csv_line("13800138000, white, inbound, VIP, a, b") == (
        "white",
        "13800138000",
        "inbound",
        "VIP, a, b",
    )
    with pytest.raises(nl.BadEntry, match="direction"):
        nl.parse_csv_line("13800138000,black,sideways")
    with pytest.raises(nl.BadEntry, match="list"):
        nl.parse_csv_line("13800138000,grey")


def test_admin_crud_roles_and_bad_input(server: Server) -> None:
    h = server.auth("9000")
    assert server.client.get(URL, headers=server.auth("1001")).status_code == 403
    r = server.client.post(URL, headers=server.auth("1001"), json={"number": "170*"})
    assert r.status_code == 403
    r = server.client.post(
        URL, headers=h, json={"number": "+86 170*", "direction": "inbound", "note": "虚拟号段"}
    )
    assert r.status_code == 201, r.text
    entry = r.json()
    assert (entry["list"], entry["number"], entry["direction"]) == ("black", "170*", "inbound")
    assert entry["created_by"] == "9000"
    assert server.services.number_lists.is_blocked("17011112222", "inbound") is not None
    r = server.client.post(URL, headers=h, json={"number": "170*", "direction": "inbound"})
    assert r.status_code == 409 and r.json()["error_id"] == "duplicate_id"
    r = server.client.post(URL, headers=h, json={"number": "12a"})
    assert r.status_code == 422 and "not a number" in r.json()["message"]
    r = server.client.post(URL, headers=h, json={"number": "123", "list": "grey"})
    assert r.status_code == 422
    r = server.client.put(
        f"{URL}/{entry['id']}",
        headers=h,
        json={"number": "171*", "direction": "both", "list": "black"},
    )
    assert r.status_code == 200, r.text
    assert server.services.number_lists.is_blocked("17011112222", "inbound") is None
    assert server.services.number_lists.is_blocked("17111112222", "outbound") is not None
    assert server.client.put(f"{URL}/999", headers=h, json={"number": "123"}).status_code == 404
    assert server.client.delete(f"{URL}/{entry['id']}", headers=h).status_code == 204
    assert server.client.delete(f"{URL}/{entry['id']}", headers=h).status_code == 404
    assert server.client.get(URL, headers=h).json() == []
    assert server.services.number_lists.is_blocked("17111112222", "outbound") is None
    actions = [r["action"] for r in server.services.runner.run_sync(lambda s: s.audit_log())]
    assert {"number_list_added", "number_list_changed", "number_list_removed"} <= set(actions)


def test_the_admin_tabs_form_saves_an_entry(server: Server) -> None:
    """The Admin tab's generic form: POST its fields, then PATCH the whole entry by id."""
    from agent_desktop.admin.resources import NUMBER_LISTS

    h = server.auth("9000")
    values = {f.name: f.default for f in NUMBER_LISTS.fields} | {"number": "0755*", "note": ""}
    r = server.client.post(URL, headers=h, json=values)
    assert r.status_code == 201, r.text
    key = NUMBER_LISTS.key_of(r.json())
    r = server.client.patch(f"{URL}/{key}", headers=h, json=values | {"list": "white"})
    assert r.status_code == 200, r.text
    assert [(e["list"], e["number"]) for e in server.client.get(URL, headers=h).json()] == [
        ("white", "0755*")
    ]


def test_import_is_all_or_none(server: Server) -> None:
    h = server.auth("9000")
    lines = ["number,list,direction,note", "# comment", "170*", "13800138000,white,inbound,VIP"]
    good = "\n".join([*lines, "", "95*,,outbound"])
    bad = good + "\nnope\n1*2,black"
    r = server.client.post(f"{URL}/import", headers=h, json={"csv": bad})
    assert r.status_code == 422
    body = r.json()
    assert [line["line"] for line in body["details"][0]["lines"]] == [7, 8]
    assert server.client.get(URL, headers=h).json() == []  # nothing written
    r = server.client.post(f"{URL}/import", headers=h, json={"csv": good})
    assert r.status_code == 200, r.text
    assert r.json() == {"added": 3, "lines": 3, "replaced": False}
    r = server.client.post(f"{URL}/import", headers=h, json={"csv": good})
    assert r.json()["added"] == 0  # already there
    numbers = {(e["list"], e["number"]) for e in server.client.get(URL, headers=h).json()}
    assert numbers == {("black", "170*"), ("white", "13800138000"), ("black", "95*")}
    r = server.client.post(f"{URL}/import", headers=h, json={"csv": "188*", "replace": True})
    assert r.json() == {"added": 1, "lines": 1, "replaced": True}
    assert [e["number"] for e in server.client.get(URL, headers=h).json()] == ["188*"]
    assert server.client.post(f"{URL}/import", headers=h, json={}).status_code == 422


def test_blocked_outbound_dial_is_refused_with_a_record(server: Server) -> None:
    h = server.auth("9000")
    r = server.client.post(URL, headers=h, json={"number": "95*", "direction": "outbound"})
    assert r.status_code == 201
    agent = server.auth("1001")
    r = server.client.post("/api/v1/calls/dial", headers=agent, json={"to": "95555"})
    assert r.status_code == 403, r.text
    body = r.json()
    assert body["error_id"] == "number_blocked" and "blacklist" in body["message"]
    call_id = body["details"][0]["call_id"]
    row = server.services.runner.run_sync(lambda s: s.get_call(call_id))
    assert row is not None
    assert (row["direction"], row["dnis"], row["end_cause"], row["agent_id"]) == (
        "outbound",
        "95555",
        "blocked",
        "1001",
    )
    agent_state = server.client.get("/api/v1/agents/me", headers=agent).json()
    assert agent_state["state"] != "on_call"


# --- inbound, through telephony with a fake media worker ------------------------------


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    from server_stub import demo
    from tests.server.conftest import fast_passwords

    made = build_services(ServerConfig(data_dir=tmp_path / "data", sip_enabled=False))

    def seed(s: Any) -> None:
        demo.seed(s, fast_passwords(), made.clock())
        list_store.add_entry(s, "black", "170*", "inbound", "fraud", None, made.clock())

    made.runner.run_sync(seed)
    await made.start()
    yield made
    await made.stop()


async def test_inbound_blacklisted_caller_is_refused_before_the_flow(
    services: Services, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    tel = Telephony(
        services.runner,
        services.acd,
        None,  # type: ignore[arg-type]
        "127.0.0.1:5060",
        tmp_path / "rec",
        services.clock,
        outbound=services.outbound,
    )
    await tel.start()
    worker = FakeWorker()
    try:
        for leg, ani in (("L1", "17000001111"), ("L2", "13800000001")):
            event = c.CallArrived(
                leg=leg, ani=ani, dnis="4008002000", headers={}, remote_address="x"
            )
            tel.on_worker_event(worker, event)  # type: ignore[arg-type]
        for _ in range(200):
            if "L2" in tel._by_leg and any(isinstance(x, c.Hangup) for x in worker.sent):
                break
            await asyncio.sleep(0.01)
        refused = [x for x in worker.sent if isinstance(x, c.Hangup)]
        assert [(x.leg, x.status_code) for x in refused] == [("L1", 403)]
        assert not any(getattr(x, "leg", None) == "L1" for x in worker.sent if x not in refused)
        assert "L1" not in tel._by_leg and "L2" in tel._by_leg  # the other caller flows on
        await services.runner.run(lambda s: None)  # the deferred write is done
        rows, _ = services.runner.run_sync(lambda s: s.list_calls({}, None, 10, 0))
        blocked = [r for r in rows if r["ani"] == "17000001111"]
        assert len(blocked) == 1
        assert (blocked[0]["end_cause"], blocked[0]["state"]) == ("blocked", "ended")
        assert "is blocked by blacklist entry" in caplog.text
        assert "(170*, fraud)" in caplog.text
    finally:
        await tel.stop(drain_s=0)
