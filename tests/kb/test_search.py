"""Search quality in Chinese and English: short queries, long ones, mixed, ranking, escaping."""

from __future__ import annotations

from typing import Any

import pytest

from tests.kb.conftest import search, titles
from tests.server.conftest import Server


def _create(server: Server, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    r = server.client.post("/api/v1/kb/articles", json=fields, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def test_two_character_chinese_query_uses_the_fallback(kb_server: Server, agent: Any) -> None:
    result = search(kb_server, agent, "退款")
    assert result["mode"] == "short"
    assert {"退款政策", "如何查询退款进度"} <= set(titles(result))
    assert "Opening hours" not in titles(result)
    for hit in result["hits"]:  # matched in the title, the body snippet or a tag
        assert (
            "<mark>退款</mark>" in hit["title_html"] + hit["snippet_html"] or "退款" in hit["tags"]
        ), hit


def test_single_character_and_two_letter_queries(kb_server: Server, agent: Any) -> None:
    assert "发票抬头写错了怎么办" in titles(search(kb_server, agent, "票"))
    assert "Invoices (fapiao)" in titles(search(kb_server, agent, "fa"))  # word prefix
    assert search(kb_server, agent, "   ")["hits"] == []


def test_long_chinese_query_matches_substrings(kb_server: Server, agent: Any) -> None:
    result = search(kb_server, agent, "无理由退款")
    assert result["mode"] == "trigram" and titles(result) == ["退款政策"]


def test_long_question_falls_back_to_related_articles(kb_server: Server, agent: Any) -> None:
    result = search(kb_server, agent, "怎么申请退款")  # not a substring of any article
    assert result["mode"] == "relaxed"
    assert "退款政策" in titles(result)


def test_english_substrings_any_case(kb_server: Server, agent: Any) -> None:
    assert set(titles(search(kb_server, agent, "FUND"))) == {"Refund policy", "Refund not received"}
    assert titles(search(kb_server, agent, "password reset")) == ["Reset a password"]


def test_mixed_chinese_and_english(kb_server: Server, agent: Any) -> None:
    result = search(kb_server, agent, "发票 VAT")
    assert result["mode"] == "mixed" and titles(result) == ["Invoices (fapiao)"]
    assert set(titles(search(kb_server, agent, "400-800-1000"))) == {"营业时间", "Opening hours"}


def test_title_match_ranks_above_body_match(kb_server: Server, lead: Any, agent: Any) -> None:
    body_only = _create(
        kb_server, lead, title="Customer care basics", body="A warranty card comes in the box. " * 5
    )
    titled = _create(kb_server, lead, title="Warranty card", body="Keep it safe.")
    assert titles(search(kb_server, agent, "warranty"))[:2] == [titled["title"], body_only["title"]]
    zh_body = _create(kb_server, lead, title="常见问题汇总", body="保修卡在包装盒里。" * 5)
    zh_title = _create(kb_server, lead, title="保修卡说明", body="请妥善保管。")
    for q in ("保修", "保修卡"):
        assert titles(search(kb_server, agent, q))[:2] == [zh_title["title"], zh_body["title"]]


def test_queue_filter_keeps_general_articles(kb_server: Server, agent: Any) -> None:
    sales = titles(search(kb_server, agent, "发票", queue="sales"))
    assert "如何开具发票" in sales and "发票抬头写错了怎么办" not in sales  # support only
    assert "营业时间" in titles(search(kb_server, agent, "营业", queue="sales"))  # no queues


def test_snippets_and_titles_are_escaped(kb_server: Server, lead: Any, agent: Any) -> None:
    _create(
        kb_server,
        lead,
        title="<b>退款</b> & co",
        body="<script>alert(1)</script> 退款说明 <img src=http://evil.example/x.png>",
    )
    for q in ("退款", "退款说明", "script"):
        for hit in search(kb_server, agent, q)["hits"]:
            html = hit["title_html"] + hit["snippet_html"]
            stripped = html.replace("<mark>", "").replace("</mark>", "")
            assert "<" not in stripped, html
    hit = next(h for h in search(kb_server, agent, "退款说明")["hits"])
    assert "&lt;script&gt;" in hit["snippet_html"]
    assert hit["title_html"] == "&lt;b&gt;退款&lt;/b&gt; &amp; co"


def test_query_syntax_is_taken_literally(kb_server: Server, agent: Any) -> None:
    for q in ['refund" OR *', "NEAR(a b)", "退款 AND", "^", '"""', "a:b", "(((("]:
        search(kb_server, agent, q)  # 200, no FTS5 syntax error
    assert titles(search(kb_server, agent, '"refund policy"')) == ["Refund policy"]


def test_edit_reindexes_and_delete_removes(kb_server: Server, lead: Any, agent: Any) -> None:
    art = _create(kb_server, lead, title="临时公告", body="系统维护中")
    assert titles(search(kb_server, agent, "维护")) == ["临时公告"]
    r = kb_server.client.put(
        f"/api/v1/kb/articles/{art['id']}",
        headers=lead,
        json={"title": "临时公告", "body": "系统升级完成"},
    )
    assert r.status_code == 200 and r.json()["version"] == 2
    assert search(kb_server, agent, "维护")["hits"] == []
    assert titles(search(kb_server, agent, "升级完成")) == ["临时公告"]
    assert (
        kb_server.client.delete(f"/api/v1/kb/articles/{art['id']}", headers=lead).status_code == 204
    )
    assert search(kb_server, agent, "升级")["hits"] == []


@pytest.mark.sqlite_store  # FTS5's candidate cap (PostgreSQL's search reads every match)
def test_common_terms_rank_title_matches_beyond_the_cap(
    kb_server: Server, lead: Any, agent: Any, monkeypatch: Any
) -> None:
    """Above CANDIDATE_CAP matches only the newest matches and the title/tag matches are
    scored: an old title match must still come first, in both languages and both indexes."""
    from server_stub.kb.text import parse_query
    from server_stub.store import kb_sqlite as kb_store

    zh_title = _create(kb_server, lead, title="保修卡说明", body="请妥善保管。")
    en_title = _create(kb_server, lead, title="Warranty card", body="Keep it safe.")
    for i in range(6):  # newer articles that mention the terms in the body only
        _create(kb_server, lead, title=f"汇总 {i}", body="保修卡在包装盒里。 A warranty card. " * 3)
    monkeypatch.setattr(kb_store, "CANDIDATE_CAP", 3)
    for q, first in (("保修", zh_title), ("保修卡", zh_title), ("card", en_title)):
        capped = titles(search(kb_server, agent, q))
        assert capped[0] == first["title"], (q, capped)
        exact = kb_server.services.runner.run_sync(
            lambda s, q=q: s.kb.search(parse_query(q), None, 20, exact=True)
        )[1]
        assert len(exact) > 3 and capped[0] == exact[0]["title"]
        assert len(capped) == 1 + 3  # the title match and the 3 newest body matches


@pytest.mark.sqlite_store  # the FTS5 store's rare-bigram cut (not on PostgreSQL)
def test_relaxed_pass_cut_gives_the_exact_order(
    kb_server: Server, lead: Any, agent: Any, monkeypatch: Any
) -> None:
    """The relaxed pass scores the articles with a rare bigram first and keeps that only
    when no other article can beat it; the order must equal scoring every match."""
    from server_stub.kb.text import parse_query
    from server_stub.store import kb_sqlite as kb_store

    # Query 甲乙丙丁 (no article contains it): relaxed bigrams 甲乙, 乙丙, 丙丁. 甲乙 is rare
    # (2 of 30 articles): strong in a title, weak once in a long body. 丙丁 is common
    # (6 of 30) and its short-title articles beat the weak rare one.
    rare = _create(kb_server, lead, title="甲乙", body="说明。")
    _create(kb_server, lead, title="须知", body="甲乙。" + "这是很长的说明文字。" * 40)
    for i in range(6):
        _create(kb_server, lead, title=f"丙丁 {i}", body="表格")
    monkeypatch.setattr(kb_store, "RARE_SHARE", 0.1)
    used: list[bool] = []
    cut = kb_store.SqliteKbStore._match_rare_first

    def spy(*args: Any) -> Any:
        rows = cut(*args)
        used.append(rows is not None)
        return rows

    monkeypatch.setattr(kb_store.SqliteKbStore, "_match_rare_first", spy)
    for limit in (1, 2, 3, 20):
        result = search(kb_server, agent, "甲乙丙丁", limit=limit)
        assert result["mode"] == "relaxed"
        exact = kb_server.services.runner.run_sync(
            lambda s, n=limit: s.kb.search(parse_query("甲乙丙丁"), None, n, exact=True)
        )[1]
        assert [h["id"] for h in result["hits"]] == [r["id"] for r in exact], limit
        assert result["hits"][0]["id"] == rare["id"]
    assert True in used and False in used  # both the cut and the fallback were exercised
