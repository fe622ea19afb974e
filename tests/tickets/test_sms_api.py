"""SMS over the real app and a real HTTP gateway on loopback (a test server): templates,
the body template, the file gateway, gateway errors (refused, HTTP 500, slow, none
configured) reported clearly and kept in the log, retry, who sees the log, bad input."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.server.conftest import Server


class Gateway:
    """A tiny SMS provider: records each request; answers `status` after `delay` s."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status, self.delay = 200, 0.0
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                gateway.requests.append(
                    {"path": self.path, "body": body, "auth": self.headers.get("X-Api-Key")}
                )
                time.sleep(gateway.delay)
                payload = json.dumps({"message_id": f"gw-{len(gateway.requests)}"}).encode()
                self.send_response(gateway.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    g = Gateway()
    yield g
    g.close()


def _customer(server: Server) -> tuple[int, list[str]]:
    rows = server.services.runner.run_sync(
        lambda s: s.conn.execute(
            "SELECT customer_id, phone FROM customer_phones ORDER BY customer_id, phone"
        ).fetchall()
    )
    first = rows[0][0]
    return first, [p for c, p in rows if c == first]


def _http_gateway(server: Server, url: str, **extra: Any) -> None:
    body = {
        "kind": "http",
        "url": url + "/send?to={phone}",
        "body_template": '{"to": "{phone}", "content": "{text}", "ref": "{id}"}',
        "headers": {"X-Api-Key": "secret-key"},
        **extra,
    }
    r = server.client.put("/api/v1/admin/sms/gateway", json=body, headers=server.auth("9000"))
    assert r.status_code == 200, r.text
    assert r.json()["header_names"] == ["X-Api-Key"] and "secret-key" not in r.text


def test_template_message_through_the_http_gateway(server: Server, gateway: Gateway) -> None:
    _http_gateway(server, gateway.url)
    admin = server.auth("9000")
    r = server.client.put(
        "/api/v1/admin/sms/templates/visit",
        json={"text": '{customer}您好，工程师将于{date}上门 "请留意"。—{agent}'},
        headers=admin,
    )
    assert r.status_code == 200
    agent = server.auth("1001")
    customer_id, phones = _customer(server)
    r = server.client.post(
        "/api/v1/sms",
        json={"customer_id": customer_id, "template": "visit", "params": {"date": "周二"}},
        headers=agent,
    )
    assert r.status_code == 201, r.text
    message = r.json()
    assert message["status"] == "sent" and message["gateway_id"] == "gw-1"
    assert message["phone"] == phones[0] and message["text"].endswith('"请留意"。—1001')
    request = gateway.requests[0]
    assert request["path"] == f"/send?to={phones[0]}" and request["auth"] == "secret-key"
    sent = json.loads(request["body"])  # the text is JSON-escaped into the body template
    assert sent == {"to": phones[0], "content": message["text"], "ref": str(message["id"])}
    log = server.client.get(f"/api/v1/sms?customer_id={customer_id}", headers=agent).json()
    assert [m["id"] for m in log["messages"]] == [message["id"]]


def test_gateway_errors_are_clear_kept_and_retried(server: Server, gateway: Gateway) -> None:
    agent = server.auth("1001")
    customer_id, _ = _customer(server)
    send = {"customer_id": customer_id, "text": "Your order has shipped"}
    # No gateway yet: 503, kept as failed.
    r = server.client.post("/api/v1/sms", json=send, headers=agent)
    assert r.status_code == 503 and r.json()["error_id"] == "sms_gateway_missing"
    first = r.json()["details"][0]["message_id"]
    # The provider answers 500.
    _http_gateway(server, gateway.url)
    gateway.status = 500
    r = server.client.post("/api/v1/sms", json=send, headers=agent)
    assert r.status_code == 502 and r.json()["error_id"] == "sms_gateway_error"
    assert "HTTP 500" in r.json()["message"] and "kept" in r.json()["message"]
    second = r.json()["details"][0]["message_id"]
    # The provider is down (nothing listens there).
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    _http_gateway(server, dead)
    r = server.client.post("/api/v1/sms", json=send, headers=agent)
    assert r.status_code == 502 and "cannot reach the SMS gateway" in r.json()["message"]
    # Slow: gives up after the timeout.
    _http_gateway(server, gateway.url, timeout_seconds=1)
    gateway.status, gateway.delay = 200, 2.0
    r = server.client.post("/api/v1/sms", json=send, headers=agent)
    assert r.status_code == 502 and "did not answer within 1 s" in r.json()["message"]
    gateway.delay = 0.0
    failed = server.client.get("/api/v1/sms?status=failed", headers=agent).json()
    assert failed["total"] == 4
    assert {m["id"] for m in failed["messages"]} >= {first, second}
    assert all(m["error"] for m in failed["messages"])
    # Fixed: send the first one again.
    r = server.client.post(f"/api/v1/sms/{first}/retry", headers=agent)
    assert r.status_code == 200 and r.json()["status"] == "sent" and r.json()["attempts"] == 2
    r = server.client.post(f"/api/v1/sms/{first}/retry", headers=agent)
    assert r.status_code == 409 and r.json()["error_id"] == "sms_already_sent"
    # Another agent neither sees nor retries it.
    other = server.auth("1003")
    assert server.client.get("/api/v1/sms", headers=other).json()["total"] == 0
    assert server.client.post(f"/api/v1/sms/{second}/retry", headers=other).status_code == 404
    assert server.client.get("/api/v1/sms", headers=server.auth("9000")).json()["total"] == 4


def test_file_gateway_writes_one_line_per_message(server: Server) -> None:
    admin = server.auth("9000")
    r = server.client.put(
        "/api/v1/admin/sms/gateway",
        json={"kind": "file", "file_name": "outbox.jsonl"},
        headers=admin,
    )
    assert r.status_code == 200
    customer_id, phones = _customer(server)
    r = server.client.post(
        "/api/v1/sms",
        json={"customer_id": customer_id, "phone": phones[-1], "text": "测试短信"},
        headers=server.auth("1002"),
    )
    assert r.status_code == 201, r.text
    lines = (server.services.config.data_dir / "sms" / "outbox.jsonl").read_text().splitlines()
    written = json.loads(lines[-1])
    assert written["phone"] == phones[-1] and written["text"] == "测试短信"
    assert written["gateway_id"] == r.json()["gateway_id"]


def test_bad_input_is_refused_and_nothing_is_logged(server: Server) -> None:
    agent = server.auth("1001")
    customer_id, _ = _customer(server)
    before = server.services.runner.run_sync(lambda s: s.count("sms_messages"))
    for body in (
        {"customer_id": customer_id},  # neither text nor template
        {"customer_id": customer_id, "text": "a", "template": "visit"},
        {"customer_id": customer_id, "text": ""},
        {"customer_id": customer_id, "text": "x" * 1001},
        {"customer_id": 99_999_999, "text": "x"},
        {"customer_id": customer_id, "phone": "10086", "text": "x"},  # not the customer's
        {"customer_id": customer_id, "phone": "abc", "text": "x"},
        {"customer_id": customer_id, "template": "nope"},
    ):
        r = server.client.post("/api/v1/sms", json=body, headers=agent)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["message"]
    server.client.put(
        "/api/v1/admin/sms/templates/visit",
        json={"text": "{customer}: {date}"},
        headers=server.auth("9000"),
    )
    r = server.client.post(
        "/api/v1/sms", json={"customer_id": customer_id, "template": "visit"}, headers=agent
    )
    assert r.status_code == 422 and "{date}" in r.json()["message"]
    assert server.services.runner.run_sync(lambda s: s.count("sms_messages")) == before
    # Gateway settings: admins only, complete, no paths outside the data directory.
    admin = server.auth("9000")
    assert (
        server.client.put("/api/v1/admin/sms/gateway", json={"kind": "none"}, headers=agent)
    ).status_code == 403
    for body in (
        {"kind": "http"},
        {"kind": "http", "url": "ftp://x"},
        {"kind": "file"},
        {"kind": "file", "file_name": "../../etc/passwd"},
        {"kind": "smtp"},
    ):
        r = server.client.put("/api/v1/admin/sms/gateway", json=body, headers=admin)
        assert r.status_code == 422, (body, r.text)
    assert (
        server.client.post("/api/v1/sms", json={"customer_id": 1, "text": "x"}).status_code == 401
    )
