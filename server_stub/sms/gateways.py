"""SMS gateways: an HTTP gateway configured by URL and body template, a file gateway (one
JSON line per message) for tests and trials. Each `send` returns the gateway's message id
or raises `GatewayError` with a message an operator can act on."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.parse
import uuid
from pathlib import Path
from typing import Any, Protocol

import httpx


class GatewayError(Exception):
    """The gateway refused the message or could not be reached."""


class Gateway(Protocol):
    kind: str

    async def send(self, message_id: int, phone: str, text: str) -> str: ...


def _fill(template: str, values: dict[str, str], escape: Any) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", escape(value))
    return out


def _json_escape(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


class HttpGateway:
    kind = "http"

    def __init__(self, settings: dict[str, Any]) -> None:
        self._s = settings

    async def send(self, message_id: int, phone: str, text: str) -> str:
        s = self._s
        values = {"phone": phone, "text": text, "id": str(message_id)}
        url = _fill(s["url"], values, lambda v: urllib.parse.quote(v, safe=""))
        content_type = s.get("content_type") or "application/json"
        escape = _json_escape if "json" in content_type else urllib.parse.quote_plus
        body = _fill(s.get("body_template") or "", values, escape)
        headers = {"Content-Type": content_type, **(s.get("headers") or {})}
        try:
            async with httpx.AsyncClient(timeout=float(s.get("timeout_seconds") or 10)) as client:
                r = await client.request(
                    s.get("method") or "POST",
                    url,
                    content=body.encode() if body else None,
                    headers=headers,
                )
        except httpx.TimeoutException:
            raise GatewayError(
                f"the SMS gateway did not answer within {s.get('timeout_seconds') or 10:g} s"
            ) from None
        except httpx.HTTPError as exc:
            raise GatewayError(
                f"cannot reach the SMS gateway: {exc.__class__.__name__}: {exc}"
            ) from None
        if r.status_code >= 300:
            raise GatewayError(f"the SMS gateway answered HTTP {r.status_code}: {r.text[:200]}")
        try:
            data = r.json()
        except ValueError:
            data = None
        if isinstance(data, dict):
            for key in ("id", "message_id", "messageId", "sid"):
                if data.get(key) is not None:
                    return str(data[key])
        return r.headers.get("x-message-id", "") or f"http-{message_id}"


class FileGateway:
    """Appends `{"id", "phone", "text", "at"}` lines to a file under the data directory."""

    kind = "file"

    def __init__(self, path: Path) -> None:
        self.path = path

    async def send(self, message_id: int, phone: str, text: str) -> str:
        gateway_id = f"file-{uuid.uuid4().hex[:12]}"
        line = json.dumps(
            {
                "id": message_id,
                "gateway_id": gateway_id,
                "phone": phone,
                "text": text,
                "at": time.time(),
            },
            ensure_ascii=False,
        )

        def append() -> None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")

        try:
            await asyncio.to_thread(append)
        except OSError as exc:
            raise GatewayError(f"cannot write the SMS file {self.path}: {exc.strerror}") from None
        return gateway_id


def make_gateway(settings: dict[str, Any] | None, data_dir: Path) -> Gateway | None:
    """The gateway of the admin's setting (None: sending is off)."""
    if not settings or settings.get("kind") in (None, "none"):
        return None
    if settings["kind"] == "http":
        return HttpGateway(settings)
    return FileGateway(data_dir / "sms" / settings["file_name"])
