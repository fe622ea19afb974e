"""A webhook receiver for tests: a real HTTP server on loopback in its own thread that keeps
every POST (headers, body) and answers as told (status, delay)."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from server_stub.integration.signing import verify
from tests.support.net import free_port


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    at: float  # time.monotonic() when the request arrived

    @property
    def payload(self) -> dict[str, Any]:
        return json.loads(self.body)  # type: ignore[no-any-return]

    @property
    def type(self) -> str:
        return str(self.payload["type"])

    def signed_by(self, secret: str) -> bool:
        return verify(secret, self.body, self.headers.get("X-Signature", ""))


@dataclass
class Receiver:
    """`start()` listens on `port` (fixed up front, so a receiver can be "down" first);
    `status` and `delay` shape the answers; `received` keeps every request."""

    port: int = field(default_factory=free_port)
    status: int = 200
    delay: float = 0.0
    received: list[Received] = field(default_factory=list)
    answered: list[float] = field(default_factory=list)  # monotonic time of each answer
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks?token=abc"

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                receiver.received.append(
                    Received(dict(self.headers.items()), body, time.monotonic())
                )
                if receiver.delay:
                    time.sleep(receiver.delay)
                self.send_response(receiver.status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
                receiver.answered.append(time.monotonic())

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def types(self) -> list[str]:
        return [r.type for r in self.received]

    def wait_for(self, predicate: Any, timeout: float = 10.0) -> list[Received]:
        """Until `predicate(self.received)` holds; the requests then."""
        deadline = time.monotonic() + timeout
        while not predicate(self.received):
            if time.monotonic() > deadline:
                raise AssertionError(f"receiver got only {self.types()}")
            time.sleep(0.05)
        return list(self.received)
