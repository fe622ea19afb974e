"""Area routing (区域路由) by number prefix and by province/city name: the engine picks the
longest matching prefix, then a branch named by the caller's city, then province (from the
number-area table: built-in and imported); validation refuses malformed keys, unknown
places and targets that are no node; the import API is all or none; simulate follows the
caller's number. Real calls: tests/e2e/test_routing_additions.py."""

from __future__ import annotations

from typing import Any

from server_stub.domain import flow_engine as fe
from server_stub.domain.flows import Known, validate
from server_stub.domain.number_areas import AreaTable, parse_csv_line
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
    return _walk(AREA, ani)


def _walk(doc: dict[str, Any], ani: str, areas: AreaTable | None = None) -> tuple[str | None, Any]:
    run = fe.FlowRun(doc, lambda group: ("open", "hours"), ani=ani, areas=areas)
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
    assert (
        "nodes.where.branches.07x5",
        "a branch is a number prefix (digits) or a province or city name",
    ) in problems
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


PLACES: dict[str, Any] = {
    "start": "where",
    "nodes": {
        "where": {
            "type": "area",
            "branches": {"深圳": "sz", "广东省": "gd", "Beijing": "bj", "0571": "hz"},
            "default": "support",
        },
        "sz": {"type": "queue", "queue": "sales"},
        "gd": {"type": "queue", "queue": "support"},
        "bj": {"type": "queue", "queue": "sales"},
        "hz": {"type": "queue", "queue": "support"},
        "support": {"type": "queue", "queue": "support"},
    },
}


def test_branches_named_by_city_then_province() -> None:
    table = AreaTable()  # the built-in table
    assert _walk(PLACES, "075586001234", table) == ("sales", "深圳")  # city beats province
    assert _walk(PLACES, "13907551234", table) == ("sales", "深圳")  # a mobile segment
    assert _walk(PLACES, "02088886666", table) == ("support", "广东省")  # Guangzhou: province
    assert _walk(PLACES, "+86 10 6552 9988", table) == ("sales", "Beijing")  # English name
    assert _walk(PLACES, "13800138000", table) == ("sales", "Beijing")
    assert _walk(PLACES, "057188889999", table) == ("support", "0571")  # a prefix branch
    assert _walk(PLACES, "02112345678", table) == ("support", None)  # Shanghai: default
    assert _walk(PLACES, "09991234567", table) == ("support", None)  # unknown number
    assert _walk(PLACES, "075586001234", None) == ("support", None)  # no table: names unknown
    # imported rows come before the built-in ones
    moved = AreaTable([parse_csv_line("0755,Hunan,Changsha")])
    assert _walk(PLACES, "075586001234", moved) == ("support", None)
    run = fe.FlowRun(PLACES, lambda group: ("open", "hours"), ani="0755123", areas=table)
    run.start()
    assert run.steps[0]["area"] == {"province": "广东", "city": "深圳"}


def test_place_names_are_checked_against_the_table() -> None:
    known = Known(queues={"sales", "support"}, area_known=AreaTable().knows)
    assert validate(PLACES, known) == []
    bad = {
        "start": "where",
        "nodes": {
            "where": {"type": "area", "branches": {"Atlantis": "q", "x" * 41: "q"}, "default": "q"},
            "q": {"type": "queue", "queue": "sales"},
        },
    }
    problems = {(p.path, p.message) for p in validate(bad, known)}
    assert (
        "nodes.where.branches.Atlantis",
        "unknown area 'Atlantis': no province or city of the number-area table",
    ) in problems
    assert (f"nodes.where.branches.{'x' * 41}", "a place name has 1-40 characters") in problems


def test_import_is_all_or_none_and_routes_simulate(server: Server) -> None:
    h = server.auth("9000")
    api = "/api/v1/admin/number-areas"
    bad = "prefix,province,city\n0730,湖南,岳阳\n07x1,湖南,长沙\n0731\n0732,湖南,湘潭,extra\n"
    r = server.client.post(f"{api}/import", headers=h, json={"csv": bad})
    assert r.status_code == 422, r.text
    lines = r.json()["details"][0]["lines"]
    assert [x["line"] for x in lines] == [3, 4, 5]
    assert "07x1" in lines[0]["message"]
    assert server.client.get(api, headers=h).json()["imported"] == []  # nothing half imported
    r = server.client.post(f"{api}/import", headers=h, json={"csv": "   \n# none\n"})
    assert r.status_code == 422, r.text
    # a flow cannot name a place the table does not know yet
    doc = {
        "start": "where",
        "nodes": {
            "where": {"type": "area", "branches": {"岳阳": "yy"}, "default": "other"},
            "yy": {"type": "queue", "queue": "sales"},
            "other": {"type": "queue", "queue": "support"},
        },
    }
    r = server.client.post("/api/v1/admin/flows", headers=h, json={"id": "yy", "document": doc})
    assert r.status_code == 422, r.text
    assert "unknown area '岳阳'" in r.text
    csv = "prefix,province,city\n0730,湖南省,岳阳市\n1397300,湖南,岳阳\n"
    r = server.client.post(f"{api}/import", headers=h, json={"csv": csv})
    assert r.status_code == 200, r.text
    assert r.json() == {"added": 2, "lines": 2, "replaced": False, "total": 2}
    r = server.client.get(f"{api}/lookup", headers=h, params={"number": "+86 139 7300 1234"})
    assert r.json()["area"] == {
        "prefix": "1397300",
        "province": "湖南",
        "city": "岳阳",
        "source": "imported",
    }
    assert server.client.get(f"{api}/lookup", headers=h, params={"number": "x"}).status_code == 422
    r = server.client.post("/api/v1/admin/flows", headers=h, json={"id": "yy", "document": doc})
    assert r.status_code == 201, r.text
    for ani, queue in (("073088886666", "sales"), ("13973001234", "sales"), ("0731", "support")):
        r = server.client.post(
            "/api/v1/admin/flows/yy/simulate", headers=h, json={"ani": ani, "digits": []}
        )
        assert r.json()["outcome"] == {"type": "queue", "queue": queue}, (ani, r.text)
    # agents may not touch the table
    agent = server.auth("1001")
    assert server.client.get(api, headers=agent).status_code == 403
    assert server.client.post(f"{api}/import", headers=agent, json={"csv": csv}).status_code == 403
    assert server.client.delete(api, headers=agent).status_code == 403
    assert server.client.delete(api, headers=h).status_code == 204
    body = server.client.get(api, headers=h).json()
    assert body["imported"] == [] and len(body["builtin"]) > 20
