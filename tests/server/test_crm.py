"""Customers as a CRM over HTTP: search by any part, custom fields, follow-ups and
appointments, the shared pool, transfers, and what each role may see (issue 18)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Server

API = "/api/v1"


def _fields(server: Server, admin: dict[str, str]) -> None:
    for key, body in {
        "tier": {
            "label": "Tier",
            "label_zh": "客户等级",
            "kind": "choice",
            "options": ["A", "B"],
        },
        "budget": {"label": "Budget", "kind": "number"},
        "birthday": {"label": "Birthday", "kind": "date"},
        "interests": {
            "label": "Interests",
            "kind": "multi_choice",
            "options": ["宽带", "手机", "电视"],
        },
    }.items():
        r = server.client.put(f"{API}/admin/fields/{key}", headers=admin, json=body)
        assert r.status_code == 200, r.text


def _create(server: Server, who: dict[str, str], **body: Any) -> dict[str, Any]:
    r = server.client.post(f"{API}/customers", headers=who, json=body)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def _search(server: Server, who: dict[str, str], q: str, **params: Any) -> list[str]:
    r = server.client.get(f"{API}/customers", headers=who, params={"q": q, **params})
    assert r.status_code == 200, r.text
    return [c["name"] for c in r.json()["customers"]]


def test_search_finds_any_part_of_name_number_company_tag_and_custom_value(
    server: Server,
) -> None:
    admin, agent = server.auth("9000"), server.auth("1001")
    _fields(server, admin)
    _create(
        server,
        agent,
        name="张三丰",
        company="武当科技",
        phones=["139 1234 5678"],
        tags=["太极"],
        custom={"tier": "A", "interests": ["电视", "宽带"], "budget": "1200"},
    )
    for q in ("三丰", "张三丰", "丰", "武当", "12345", "太极", "电视", "1200", "1001", "三丰 武当"):
        assert "张三丰" in _search(server, agent, q), q
    assert _search(server, agent, "三丰 华为") == []
    assert _search(server, agent, "李四光") == []
    # the index follows edits: the old name is gone, the new one found
    found = server.client.get(f"{API}/customers", headers=agent, params={"q": "三丰"}).json()
    customer = found["customers"][0]
    assert customer["custom"] == {"tier": "A", "interests": ["宽带", "电视"], "budget": 1200}
    r = server.client.put(
        f"{API}/customers/{customer['id']}",
        headers=agent,
        json={"name": "张君宝", "phones": customer["phones"], "custom": {"tier": "B"}},
    )
    assert r.status_code == 200, r.text
    assert _search(server, agent, "三丰") == []
    assert _search(server, agent, "君宝") == ["张君宝"]
    assert "张君宝" not in _search(server, agent, "电视")


def test_search_pages_with_a_total(server: Server) -> None:
    agent = server.auth("1001")
    for i in range(7):
        _create(server, agent, name=f"Paging Person {i}", phones=[f"1770000000{i}"])
    pages = [
        server.client.get(
            f"{API}/customers",
            headers=agent,
            params={"q": "paging", "limit": 3, "offset": offset},
        ).json()
        for offset in (0, 3, 6)
    ]
    assert [p["total"] for p in pages] == [7, 7, 7]
    names = [c["name"] for p in pages for c in p["customers"]]
    assert names == [f"Paging Person {i}" for i in reversed(range(7))]


def test_invalid_custom_values_are_422_naming_the_field_and_reason(server: Server) -> None:
    admin, agent = server.auth("9000"), server.auth("1001")
    _fields(server, admin)
    cases = {
        "tier": ("C", "must be one of A, B"),
        "budget": ("lots", "must be a number"),
        "birthday": ("1990-13-40", "must be a date (YYYY-MM-DD)"),
        "interests": (["宽带", "冰箱"], "'冰箱' is not one of 宽带, 手机, 电视"),
        "colour": ("red", "unknown field"),
    }
    for key, (value, reason) in cases.items():
        r = server.client.post(
            f"{API}/customers", headers=agent, json={"name": "Bad", "custom": {key: value}}
        )
        assert r.status_code == 422, (key, r.text)
        assert r.json()["details"] == [{"field": key, "reason": reason}]
    assert _search(server, agent, "Bad") == []  # nothing half-written
    r = server.client.put(
        f"{API}/admin/fields/size", headers=admin, json={"label": "Size", "kind": "choice"}
    )
    assert r.status_code == 422
    r = server.client.put(
        f"{API}/admin/fields/Bad-Key", headers=admin, json={"label": "X", "kind": "text"}
    )
    assert r.status_code == 422
    r = server.client.put(
        f"{API}/admin/fields/note2", headers=agent, json={"label": "X", "kind": "text"}
    )
    assert r.status_code == 403
    required = {"label": "Source", "kind": "text", "required": True}
    assert server.client.put(f"{API}/admin/fields/source", headers=admin, json=required).is_success
    r = server.client.post(f"{API}/customers", headers=agent, json={"name": "No source"})
    assert r.status_code == 422 and r.json()["details"][0]["reason"] == "required"
    keys = [f["key"] for f in server.client.get(f"{API}/admin/fields", headers=agent).json()]
    assert {"birthday", "budget", "interests", "tier", "source"} <= set(keys)
    assert "city" in keys  # the demo's
    assert server.client.delete(f"{API}/admin/fields/source", headers=admin).status_code == 204
    assert server.client.delete(f"{API}/admin/fields/source", headers=admin).status_code == 404


def test_agents_see_their_own_customers_and_the_pool(server: Server) -> None:
    a1, a2, lead, admin = (server.auth(a) for a in ("1001", "1002", "9001", "9000"))
    mine = _create(server, a1, name="Owned By One", phones=["13311112222"])
    assert mine["owner_id"] == "1001"
    pooled = _create(server, admin, name="Pooled Person", phones=["13311113333"])
    assert pooled["owner_id"] is None
    assert _search(server, a2, "Owned By One") == []
    assert server.client.get(f"{API}/customers/{mine['id']}", headers=a2).status_code == 403
    put = {"name": "Stolen", "phones": []}
    assert (
        server.client.put(f"{API}/customers/{mine['id']}", headers=a2, json=put).status_code == 403
    )
    assert _search(server, lead, "Owned By One") == ["Owned By One"]
    assert _search(server, a2, "Pooled") == ["Pooled Person"]
    assert _search(server, a2, "", owner="pool", limit=500)[:1] == ["Pooled Person"]
    # claim from the pool: once
    r = server.client.post(f"{API}/customers/{pooled['id']}/claim", headers=a2)
    assert r.status_code == 200 and r.json()["owner_id"] == "1002"
    r = server.client.post(f"{API}/customers/{pooled['id']}/claim", headers=a1)
    assert r.status_code == 403  # no longer visible to 1001
    assert _search(server, a1, "Pooled") == []
    # 资料转移: only supervisors, only to known agents
    body = {"customer_ids": [mine["id"], pooled["id"]], "to_agent": "1003"}
    assert server.client.post(f"{API}/customers/transfer", headers=a1, json=body).status_code == 403
    bad = {"customer_ids": [mine["id"]], "to_agent": "nobody"}
    r = server.client.post(f"{API}/customers/transfer", headers=lead, json=bad)
    assert r.status_code == 422 and r.json()["details"][0]["field"] == "to_agent"
    r = server.client.post(
        f"{API}/customers/transfer", headers=lead, json={"customer_ids": [999999], "to_agent": None}
    )
    assert r.status_code == 404
    r = server.client.post(f"{API}/customers/transfer", headers=lead, json=body)
    assert r.status_code == 200 and r.json()["changed"] == 2
    a3 = server.auth("1003")
    assert sorted(_search(server, a3, "", owner="1003")) == ["Owned By One", "Pooled Person"]
    assert _search(server, a1, "Owned By One") == []
    # the owner releases one back to the pool
    r = server.client.post(f"{API}/customers/{mine['id']}/release", headers=a3)
    assert r.status_code == 200 and r.json()["owner_id"] is None
    assert _search(server, a1, "Owned By One") == ["Owned By One"]
    assert (
        server.client.post(f"{API}/customers/{mine['id']}/release", headers=a1).status_code == 403
    )


def test_follow_ups_and_appointments(server: Server) -> None:
    a1, a2 = server.auth("1001"), server.auth("1002")
    customer = _create(server, a1, name="王五", phones=["13511112222"])
    url = f"{API}/customers/{customer['id']}/follow-ups"
    now = server.clock()
    r = server.client.post(
        url,
        headers=a1,
        json={"status": "interested", "body": "wants fibre", "next_at": now + 86400},
    )
    assert r.status_code == 201, r.text
    soon = now + 120
    r = server.client.post(url, headers=a1, json={"status": "new", "appointment_at": soon})
    assert r.status_code == 201
    appointment = r.json()
    assert appointment["phone"] == "13511112222" and appointment["customer_name"] == "王五"
    for bad in (
        {"status": "happy"},
        {"status": "new", "appointment_at": now - 3600},
        {"status": "new", "next_at": "tomorrow"},
        {"status": "new", "extra": 1},
    ):
        assert server.client.post(url, headers=a1, json=bad).status_code == 422, bad
    assert server.client.post(url, headers=a2, json={"status": "new"}).status_code == 403
    listed = server.client.get(url, headers=a1).json()
    assert [f["status"] for f in listed] == ["new", "interested"]
    due = server.client.get(f"{API}/appointments", headers=a1, params={"until": now + 60}).json()
    assert due == []
    due = server.client.get(f"{API}/appointments", headers=a1, params={"until": soon}).json()
    assert [d["id"] for d in due] == [appointment["id"]]
    assert server.client.get(f"{API}/appointments", headers=a2, params={"until": soon}).json() == []
    done = f"{API}/appointments/{appointment['id']}/done"
    assert server.client.post(done, headers=a2).status_code == 403
    assert server.client.post(done, headers=a1).json()["appointment_done"] is True
    assert server.client.get(f"{API}/appointments", headers=a1, params={"until": soon}).json() == []


@pytest.mark.parametrize("q", ['"', "*", "AND", "()", "a" * 200, "NEAR(", "丰*"])
def test_odd_queries_are_answered_not_500(server: Server, q: str) -> None:
    r = server.client.get(f"{API}/customers", headers=server.auth("1001"), params={"q": q})
    assert r.status_code == 200, r.text


def test_merge_moves_calls_follow_ups_phones_and_tags(server: Server) -> None:
    lead, agent = server.auth("9001"), server.auth("1001")
    keep = _create(server, agent, name="赵六", phones=["13600001111"], tags=["vip"])
    dup = _create(server, agent, name="赵六 (dup)", phones=["13600002222"], tags=["老客户"])
    url = f"{API}/customers/{dup['id']}/follow-ups"
    assert server.client.post(url, headers=agent, json={"status": "new"}).status_code == 201
    server.services.runner.run_sync(
        lambda s: s.conn.execute(
            "INSERT INTO calls (id, direction, state, ani, started_at, customer_id) "
            "VALUES ('merge-call', 'inbound', 'ended', '13600002222', 1, ?)",
            [dup["id"]],
        )
    )
    body = {"duplicate_id": dup["id"]}
    merge = f"{API}/customers/{keep['id']}/merge"
    assert server.client.post(merge, headers=agent, json=body).status_code == 403
    r = server.client.post(merge, headers=lead, json={"duplicate_id": keep["id"]})
    assert r.status_code == 422
    r = server.client.post(merge, headers=lead, json=body)
    assert r.status_code == 200, r.text
    merged = r.json()
    assert merged["phones"] == ["13600001111", "13600002222"]
    assert merged["tags"] == ["vip", "老客户"]
    assert server.client.get(f"{API}/customers/{dup['id']}", headers=lead).status_code == 404
    follow = server.client.get(f"{API}/customers/{keep['id']}/follow-ups", headers=lead).json()
    assert len(follow) == 1
    history = server.client.get(f"{API}/customers/{keep['id']}/history", headers=lead).json()
    assert [c["id"] for c in history] == ["merge-call"]
    assert _search(server, lead, "dup") == []  # the duplicate left the index
    found = server.client.get(f"{API}/customers", headers=lead, params={"phone": "13600002222"})
    assert found.json()["customers"][0]["id"] == keep["id"]


def test_import_maps_columns_reports_bad_rows_and_writes_all_or_nothing(server: Server) -> None:
    admin, agent = server.auth("9000"), server.auth("1001")
    _fields(server, admin)
    good = (
        "客户,手机,Tier,备注,归属\n"
        "钱七,138-1111-2222,A,first,1001\n"
        "孙八,13911112222;0755-1234567,B,,\n"
    )
    mapping = (
        '{"客户": "name", "手机": "phones", "Tier": "custom.tier", "备注": "notes", '
        '"归属": "owner"}'
    )
    bad = good + "李九,12ab,A,,\n,13900000000,A,,\n周十,13900000001,Z,,nobody\n"
    url = f"{API}/customers/import"
    r = server.client.post(
        url, headers=admin, files={"file": ("c.csv", bad.encode())}, data={"mapping": mapping}
    )
    assert r.status_code == 422, r.text
    errors = r.json()["errors"]
    assert [(e["line"], e["field"]) for e in errors] == [
        (4, "phones"),
        (5, "name"),
        (6, "owner"),
    ]
    assert _search(server, admin, "钱七") == []  # nothing half-written
    r = server.client.post(url, headers=agent, files={"file": ("c.csv", good.encode())})
    assert r.status_code == 403
    r = server.client.post(url, headers=admin, files={"file": ("c.csv", b"\xff\xfe\x00garbage")})
    assert r.status_code == 422
    r = server.client.post(
        url, headers=admin, files={"file": ("c.csv", good.encode())}, data={"mapping": "{"}
    )
    assert r.status_code == 422 and r.json()["details"][0]["field"] == "mapping"
    r = server.client.post(
        url, headers=admin, files={"file": ("c.csv", good.encode())}, data={"mapping": mapping}
    )
    assert r.status_code == 200 and r.json() == {"imported": 2}
    qian = server.client.get(f"{API}/customers", headers=admin, params={"q": "钱七"}).json()
    assert qian["customers"][0]["owner_id"] == "1001"
    assert qian["customers"][0]["custom"] == {"tier": "A"}
    assert qian["customers"][0]["phones"] == ["13811112222"]
    sun = server.client.get(f"{API}/customers", headers=admin, params={"q": "孙八"}).json()
    assert sun["customers"][0]["phones"] == ["07551234567", "13911112222"]
    assert sun["customers"][0]["owner_id"] is None


def test_export_csv_and_xlsx_round_trip(server: Server) -> None:
    import io

    from openpyxl import load_workbook

    admin, agent = server.auth("9000"), server.auth("1001")
    _fields(server, admin)
    _create(
        server,
        agent,
        name="导出测试",
        phones=["13122223333"],
        custom={"interests": ["手机", "电视"]},
    )
    assert server.client.get(f"{API}/customers/export", headers=agent).status_code == 403
    r = server.client.get(f"{API}/customers/export", headers=admin)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    text = r.content.decode("utf-8-sig")
    header, *rows = [line.split(",") for line in text.splitlines()]
    assert header[:6] == ["name", "company", "phones", "tags", "owner", "notes"]
    assert "Interests" in header and len(rows) == 51
    row = next(r for r in rows if r[0] == "导出测试")
    assert row[header.index("Interests")] == "手机;电视" and row[4] == "1001"
    r = server.client.get(f"{API}/customers/export", headers=admin, params={"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(r.content)).worksheets[0]
    assert sheet.max_row == 52 and sheet.cell(1, 1).value == "name"
    # what was exported imports again (labels map back to the custom fields)
    r = server.client.post(
        f"{API}/customers/import",
        headers=admin,
        files={"file": ("customers.xlsx", r.content)},
    )
    assert r.status_code == 200, r.text
    assert r.json() == {"imported": 51}
    assert len(_search(server, admin, "导出测试")) == 2


def test_phonebook_lists_agents_and_contacts_leads_edit(server: Server) -> None:
    lead, agent = server.auth("9001"), server.auth("1001")
    contact = {"name": "顺丰客服", "number": "95338", "company": "顺丰速运"}
    assert server.client.post(f"{API}/phonebook", headers=agent, json=contact).status_code == 403
    for bad in ({"name": "x", "number": "call me"}, {"name": "", "number": "95338"}):
        assert server.client.post(f"{API}/phonebook", headers=lead, json=bad).status_code == 422
    r = server.client.post(f"{API}/phonebook", headers=lead, json=contact)
    assert r.status_code == 201, r.text
    contact_id = r.json()["id"]
    found = server.client.get(f"{API}/phonebook", headers=agent, params={"q": "顺丰"}).json()
    assert [(e["kind"], e["number"]) for e in found] == [("external", "95338")]
    found = server.client.get(f"{API}/phonebook", headers=agent, params={"q": "smith"}).json()
    assert [(e["kind"], e["number"]) for e in found] == [("internal", "1005")]
    assert (
        len(server.client.get(f"{API}/phonebook", headers=agent).json()) == 8
    )  # 7 agents, 1 contact
    for odd in ("%", "_", "\\"):
        r = server.client.get(f"{API}/phonebook", headers=agent, params={"q": odd})
        assert r.status_code == 200 and r.json() == [], odd
    edited = dict(contact, number="400-811-1111")
    r = server.client.put(f"{API}/phonebook/{contact_id}", headers=lead, json=edited)
    assert r.status_code == 200 and r.json()["number"] == "400-811-1111"
    assert server.client.put(f"{API}/phonebook/999", headers=lead, json=edited).status_code == 404
    assert server.client.delete(f"{API}/phonebook/{contact_id}", headers=lead).status_code == 204
    assert server.client.delete(f"{API}/phonebook/{contact_id}", headers=lead).status_code == 404
