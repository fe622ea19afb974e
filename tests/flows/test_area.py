"""Area routing by number prefix (区域路由): the engine picks the longest matching prefix,
validation refuses keys that are not digits and targets that are no node, simulate
follows the caller's number. Real calls: tests/e2e/test_routing_additions.py."""

from __future__ import annotations

from typing import Any

from server_stub.domain import flow_engine as fe
from server_stub.domain.flows import Known, validate
from tests.server.conftest import Server

AREA: dict[str, Any] = {
    "start": "where",
    "nodes": {
        "where": {
            "type": "area",
            "branches": {"0755": "sz", "139": "mobile", "1390755": "sz"},
            "default": "support",
        },
        "sz": {"type": "queue", "queue": "sales"},
        "mobile": {"type": "queue", "queue": "support"},
        "support": {"type": "queue", "queue": "support"},
    },
}


def _outcome(ani: str) -> tuple[str | None, Any]:
    run = fe.FlowRun(AREA, lambda group: ("open", "hours"), ani=ani)
    run.start()
    assert run.outcome is not None
    return run.outcome.target, run.steps[0]["branch"]


def test_longest_prefix_wins() -> None:
    assert _outcome("075586001234") == ("sales", "0755")
    assert _outcome("13907551234") == ("sales", "1390755")  # the segment beats 139
    assert _outcome("13912345678") == ("support", "139")
    assert _outcome("+86 139-0755-1234") == ("sales", "1390755")
    assert _outcome("008613907551234") == ("sales", "1390755")
    assert _outcome("02112345678") == ("support", None)  # the default
    assert _outcome("") == ("support", None)


def test_validation() -> None:
    known = Known(queues={"sales", "support"})
    assert validate(AREA, known) == []
    bad = {
        "start": "where",
        "nodes": {
            "where": {"type": "area", "branches": {"07x5": "q", "021": "nowhere"}, "default": "q"},
            "q": {"type": "queue", "queue": "sales"},
        },
    }
    problems = {(p.path, p.message) for p in validate(bad, known)}
    assert ("nodes.where.branches.07x5", "a branch is a number prefix (digits)") in problems
    assert ("nodes.where.branches.021", "names no node ('nowhere')") in problems
    missing = {"start": "where", "nodes": {"where": {"type": "area", "branches": {}}}}
    assert any(p.path == "nodes.where.default" for p in validate(missing, known))


def test_simulate_follows_the_callers_number(server: Server) -> None:
    h = server.auth("9000")
    r = server.client.post("/api/v1/admin/flows", headers=h, json={"id": "area", "document": AREA})
    assert r.status_code == 201, r.text
    for ani, queue in (("075586001234", "sales"), ("02112345678", "support")):
        r = server.client.post(
            "/api/v1/admin/flows/area/simulate", headers=h, json={"ani": ani, "digits": []}
        )
        assert r.status_code == 200, r.text
        assert r.json()["outcome"] == {"type": "queue", "queue": queue}
