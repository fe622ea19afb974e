"""Outside probes over HTTP: huge integers, FTS5 syntax in search text, contract details
(Allow on 405, WebSocket close 4401, idempotent ready), an admin signing themself out."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
import websockets

from server_stub.app import build_services, create_app
from server_stub.config import ServerConfig
from tests.server.conftest import Server, fast_passwords
from tests.support.net import free_port

HUGE = str(2**64)
NEG_HUGE = str(-(2**70))


@pytest.mark.parametrize(
    "path",
    [
        f"/customers/{HUGE}",
        f"/customers/{HUGE}/history",
        f"/customers?offset={HUGE}",
        f"/customers?limit={HUGE}",
        f"/agents/me/calls?offset={HUGE}",
        f"/agents/me/calls?limit={NEG_HUGE}",
        f"/calls?offset={HUGE}",
        "/calls?since=1e400",
        "/calls?min_talk=nan",
        f"/kb/articles/{HUGE}",
        f"/kb/articles?category_id={HUGE}",
        f"/kb/articles?offset={HUGE}",
        f"/kb/articles/{HUGE}/versions",
        f"/kb/search?q=x&limit={HUGE}",
        f"/queue-log?since={HUGE}e300",
        "/audit-log?since=inf",
    ],
)
def test_huge_numbers_in_paths_and_queries_are_a_422(server: Server, path: str) -> None:
    r = server.client.get(f"/api/v1{path}", headers=server.auth("9000"))
    assert r.status_code == 422, (path, r.status_code, r.text)
    assert r.json()["error_id"] == "invalid_input"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("PUT", f"/customers/{HUGE}", {"name": "x"}),
        ("POST", "/kb/categories", {"name": "x", "parent_id": 2**64}),
        ("POST", "/kb/categories", {"name": "x", "sort": 2**64}),
        ("POST", "/kb/articles", {"title": "x", "category_id": 2**64}),
        ("PUT", f"/kb/categories/{HUGE}", {"name": "x"}),
        ("DELETE", f"/kb/articles/{HUGE}", None),
    ],
)
def test_huge_numbers_in_bodies_are_a_422(
    server: Server, method: str, path: str, body: object
) -> None:
    r = server.client.request(method, f"/api/v1{path}", headers=server.auth("9000"), json=body)
    assert r.status_code == 422, (path, r.status_code, r.text)


@pytest.mark.parametrize("q", ["_", "-", "__", "*", '"', "(", "a AND", "NEAR(", "^", ":", "_ 退"])
def test_search_text_is_never_fts_syntax(server: Server, q: str) -> None:
    r = server.client.get("/api/v1/kb/search", params={"q": q}, headers=server.auth("1001"))
    assert r.status_code == 200, (q, r.text)


def test_405_answers_say_what_is_allowed(server: Server) -> None:
    r = server.client.delete("/api/v1/agents/me/state", headers=server.auth("1001"))
    assert r.status_code == 405 and r.json()["error_id"] == "method_not_allowed"
    assert set(r.headers["allow"].replace(" ", "").split(",")) == {"GET", "POST"}


@pytest.fixture
def live_url(tmp_path: Path) -> Iterator[str]:
    """The app served by a real uvicorn (the test client hides what goes on the wire)."""
    config = ServerConfig(data_dir=tmp_path / "data", http_port=0, sip_port=5999)
    services = build_services(config, passwords=fast_passwords())
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(services), host="127.0.0.1", port=port, log_level="warning")
    )
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(server.serve(),))
    thread.start()
    while not server.started:  # start-up wait in a fixture
        assert thread.is_alive()
        time.sleep(0.02)
    yield f"ws://127.0.0.1:{port}/api/v1/events"
    server.should_exit = True
    thread.join()
    loop.close()


async def test_websocket_refusal_closes_with_4401_on_the_wire(live_url: str) -> None:
    for url in (live_url, f"{live_url}?token=nonsense"):
        async with websockets.connect(url) as ws:  # the handshake succeeds: no HTTP 403
            with pytest.raises(websockets.ConnectionClosed) as closed:
                await ws.recv()
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401


def test_ready_when_ready_is_idempotent(server: Server) -> None:
    headers = server.auth("1001")
    for _ in range(2):
        r = server.client.post("/api/v1/agents/me/state", headers=headers, json={"state": "ready"})
        assert r.status_code == 200, r.text
        assert r.json()["state"] == "ready"


def test_admin_cannot_force_their_own_sign_out(server: Server) -> None:
    admin = server.auth("9000")
    for path, body in (
        ("/agents/9000/state", {"state": "logged_out"}),
        ("/agents/9000/logout", None),
    ):
        r = server.client.post(f"/api/v1{path}", headers=admin, json=body)
        assert r.status_code == 409, r.text
        assert r.json()["error_id"] == "own_sign_out"
        assert "/auth/logout" in r.json()["message"]
    assert server.client.get("/api/v1/agents/me/state", headers=admin).status_code == 200


def test_user_text_is_raw_json_and_html_only_escaped(server: Server) -> None:
    """Issue 12 (8): JSON carries text as typed; the only HTML the API hands out (KB search
    `*_html`) is escaped, and no response can be sniffed as HTML."""
    lead = server.auth("9001")
    evil = "<script>alert(1)</script> & <b>Wang</b>"
    r = server.client.post("/api/v1/customers", headers=lead, json={"name": evil, "notes": evil})
    assert r.status_code == 201
    got = server.client.get(f"/api/v1/customers/{r.json()['id']}", headers=lead)
    assert got.json()["name"] == evil and got.json()["notes"] == evil  # raw, as documented
    assert got.headers["content-type"] == "application/json"
    assert got.headers["x-content-type-options"] == "nosniff"
    article = server.client.post(
        "/api/v1/kb/articles",
        headers=lead,
        json={"title": f"refund {evil}", "body": f"refund {evil}"},
    )
    assert article.status_code == 201
    hits = server.client.get("/api/v1/kb/search", params={"q": "refund"}, headers=lead).json()[
        "hits"
    ]
    hit = next(h for h in hits if h["id"] == article.json()["id"])
    assert hit["title"] == f"refund {evil}"
    for html in (hit["title_html"], hit["snippet_html"]):
        assert "<script" not in html and "<b>" not in html and "&lt;script&gt;" in html
        assert html.replace("<mark>", "").replace("</mark>", "").count("<") == 0
