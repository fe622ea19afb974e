"""KB API: permissions, validation, edit history, categories, suggestions."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Server

ARTICLE = {"title": "Test article", "body": "Body", "tags": ["t"], "queues": ["sales"]}


def test_agents_read_but_cannot_write(kb_server: Server, agent: Any) -> None:
    c = kb_server.client
    assert c.get("/api/v1/kb/articles/1", headers=agent).status_code == 200
    assert c.get("/api/v1/kb/categories", headers=agent).status_code == 200
    for method, path, body in [
        ("POST", "/api/v1/kb/articles", ARTICLE),
        ("PUT", "/api/v1/kb/articles/1", ARTICLE),
        ("DELETE", "/api/v1/kb/articles/1", None),
        ("GET", "/api/v1/kb/articles/1/versions", None),
        ("POST", "/api/v1/kb/categories", {"name": "x"}),
        ("PUT", "/api/v1/kb/categories/1", {"name": "x"}),
        ("DELETE", "/api/v1/kb/categories/8", None),
    ]:
        r = c.request(method, path, json=body, headers=agent)
        assert r.status_code == 403 and r.json()["error_id"] == "forbidden", (method, path)
    assert c.get("/api/v1/kb/articles/1", headers=agent).json()["version"] == 1
    assert c.get("/api/v1/kb/search", params={"q": "x"}).status_code == 401


def test_edit_history_is_kept(kb_server: Server, lead: Any) -> None:
    c = kb_server.client
    admin = kb_server.auth("9000")
    art = c.post("/api/v1/kb/articles", json=ARTICLE, headers=lead).json()
    assert art["author"] == "9001" and art["version"] == 1
    c.put(f"/api/v1/kb/articles/{art['id']}", json={**ARTICLE, "body": "Second"}, headers=admin)
    c.delete(f"/api/v1/kb/articles/{art['id']}", headers=lead)
    versions = c.get(f"/api/v1/kb/articles/{art['id']}/versions", headers=lead).json()
    assert [(v["version"], v["action"], v["author"], v["body"]) for v in versions] == [
        (1, "created", "9001", "Body"),
        (2, "edited", "9000", "Second"),
        (3, "deleted", "9001", "Second"),
    ]
    assert c.get(f"/api/v1/kb/articles/{art['id']}", headers=lead).status_code == 404
    audit = [a["action"] for a in c.get("/api/v1/audit-log", headers=admin).json()]
    assert {"kb_article_created", "kb_article_edited", "kb_article_deleted"} <= set(audit)


def test_validation(kb_server: Server, lead: Any) -> None:
    c = kb_server.client
    for body in [
        {**ARTICLE, "queues": ["nowhere"]},
        {**ARTICLE, "category_id": 999},
        {**ARTICLE, "title": ""},
        {**ARTICLE, "colour": "red"},
        {**ARTICLE, "ivr_paths": ["menu one"]},
    ]:
        r = c.post("/api/v1/kb/articles", json=body, headers=lead)
        assert r.status_code == 422, body
    assert c.put("/api/v1/kb/articles/999", json=ARTICLE, headers=lead).status_code == 404
    assert (
        c.get("/api/v1/kb/search", params={"q": "x", "limit": 0}, headers=lead).status_code == 422
    )


def test_category_tree_and_its_rules(kb_server: Server, lead: Any) -> None:
    c = kb_server.client
    tree = c.get("/api/v1/kb/categories", headers=lead).json()
    after_sales = tree[0]
    assert after_sales["name"] == "售后服务 After-sales"
    assert [ch["name"] for ch in after_sales["children"]] == ["退款 Refunds", "配送 Delivery"]
    assert after_sales["children"][0]["article_count"] == 4
    new = c.post(
        "/api/v1/kb/categories",
        json={"name": "保修 Warranty", "parent_id": after_sales["id"]},
        headers=lead,
    ).json()
    # a category cannot move below itself; a non-empty one cannot be deleted
    r = c.put(
        f"/api/v1/kb/categories/{after_sales['id']}",
        json={"name": "x", "parent_id": new["id"]},
        headers=lead,
    )
    assert r.status_code == 422
    assert c.delete(f"/api/v1/kb/categories/{after_sales['id']}", headers=lead).status_code == 409
    assert c.delete(f"/api/v1/kb/categories/{new['id']}", headers=lead).status_code == 204
    assert c.delete(f"/api/v1/kb/categories/{new['id']}", headers=lead).status_code == 404


def test_suggestions_follow_the_ivr_path_then_the_queue(kb_server: Server, agent: Any) -> None:
    c = kb_server.client
    for path in ("2,1", "2>1", "2/1"):
        got = c.get(
            "/api/v1/kb/suggestions", params={"queue": "support", "ivr_path": path}, headers=agent
        ).json()
        assert got["ivr_path"] == "2,1"
        titles = [a["title"] for a in got["articles"]]
        assert titles[0] == "如何查询退款进度"  # the longest IVR-path match
        assert {"退款政策", "Refund policy"} <= set(titles[:6])
    sales = c.get("/api/v1/kb/suggestions", params={"queue": "sales"}, headers=agent).json()
    sales_titles = [a["title"] for a in sales["articles"]]
    assert "重置登录密码" not in sales_titles  # a support-only article
    assert all("sales" in a["queues"] for a in sales["articles"][:5])


def test_demo_seeding_is_idempotent(kb_server: Server) -> None:
    from server_stub.kb.demo import ARTICLES, seed_kb

    assert kb_server.services.runner.run_sync(lambda s: seed_kb(s, 0.0)) is False
    n = kb_server.services.runner.run_sync(lambda s: s.count("kb_articles"))
    assert n == len(ARTICLES) >= 20
