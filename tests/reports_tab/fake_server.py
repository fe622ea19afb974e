"""A reports server in memory behind `httpx.MockTransport`, speaking the contract of
`agent_desktop/protocol/reports.py` over a generated history, so the desktop's real
`ReportsApi` (JSON, streamed CSV/XLSX, recordings) is exercised without the coordinator.
The figures it answers are computed here, by brute force, from `calls`."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

import httpx
from openpyxl import Workbook

from tests.supervisor.conftest import write_wav

AGENTS = {"1001": "李娜", "1002": "王芳", "1003": "Emily Chen", "1004": "张伟"}
TEAMS = {"1001": "t1", "1002": "t1", "1003": "t2", "1004": "t2"}
QUEUES = ("sales", "support")
DIDS = ("4008001000", "4008002000")
FORMULAS = {
    "answered": "calls the agent answered",
    "talk": "sum of talk time (answer to hang-up, hold excluded)",
    "aht": "(talk + hold + wrap-up) ÷ answered calls",
    "occupancy": "(talk + hold + wrap-up) ÷ logged-in time",
}


@dataclass
class Call:
    id: str
    started: datetime
    agent: str
    queue: str
    did: str
    ani: str
    talk: int
    hold: int
    wrap: int
    answered: bool
    recording_id: str | None


def history(day: datetime, count: int = 120, seed: int = 16) -> list[Call]:
    """Calls through one day (08:00-19:59) spread over agents, queues and numbers."""
    rng = random.Random(seed)
    calls = []
    for n in range(count):
        started = day.replace(hour=8) + timedelta(seconds=rng.randrange(12 * 3600))
        answered = rng.random() > 0.15
        agent = rng.choice(sorted(AGENTS))
        calls.append(
            Call(
                f"c{n:04d}",
                started,
                agent,
                rng.choice(QUEUES),
                rng.choice(DIDS),
                f"1380013{n:04d}",
                rng.randrange(30, 900) if answered else 0,
                rng.randrange(0, 60) if answered else 0,
                rng.randrange(5, 40) if answered else 0,
                answered,
                f"r{n:04d}" if answered and n % 3 == 0 else None,
            )
        )
    return sorted(calls, key=lambda c: c.started)


@dataclass
class FakeReportsServer:
    """`transport` for `CtiClient(url, transport=…)`; `requests` records each one."""

    calls: list[Call]
    timezone: str = "Asia/Shanghai"
    role: str = "lead"
    me: str = "1002"
    wav_dir: Any = None
    requests: list[httpx.Request] = field(default_factory=list)
    fail: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # report -> error
    slow_export: bool = False  # stream the export in small chunks, slowly (cancel tests)
    broken_export: bool = False  # drop the connection half-way through an export
    export_gate: asyncio.Event | None = None

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    # -- routing --------------------------------------------------------------------------
    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/api/v1")
        params = {k: v[-1] for k, v in parse_qs(request.url.query.decode()).items()}
        if path == "/reports":
            return httpx.Response(200, json=self.catalogue())
        if path.startswith("/reports/"):
            return await self.report(path.removeprefix("/reports/"), params)
        if path == "/agents":
            return httpx.Response(200, json=[self._agent(a) for a in sorted(AGENTS)])
        if path == "/queues":
            return httpx.Response(
                200,
                json=[
                    {
                        "name": q,
                        "display_name": q.title(),
                        "strategy": "longest-idle",
                        "wrap_up_seconds": 30,
                    }
                    for q in QUEUES
                ],
            )
        if path == "/admin/teams":
            return httpx.Response(
                200, json=[{"name": t, "display_name": f"Team {t}"} for t in ("t1", "t2")]
            )
        if path == "/admin/dids":
            return _error(403, "forbidden", "only routing administrators")
        if path.startswith("/calls/"):
            return self.call(path.removeprefix("/calls/"))
        if path.startswith("/recordings/") and path.endswith("/audio"):
            wav = write_wav(self.wav_dir / "tone.wav", 2.0)
            return httpx.Response(
                200, content=wav.read_bytes(), headers={"Content-Type": "audio/wav"}
            )
        return _error(404, "not_found", "Not Found")

    def catalogue(self) -> dict[str, Any]:
        names = (
            ["agents", "calls"]
            if self.role == "agent"
            else ["agents", "queues", "traffic", "agent-states", "ranking", "calls"]
        )
        groups = {
            "agents": ["agent", "team", "day"],
            "queues": ["queue", "hour", "day"],
            "traffic": ["hour", "day", "week", "month"],
            "calls": [],
            "agent-states": [],
            "ranking": ["agent"],
        }
        return {
            "timezone": self.timezone,
            "export": self.role != "agent",
            "reports": [
                {
                    "name": n,
                    "title": n.title(),
                    "group_by": groups[n],
                    "filters": ["agent", "team", "queue", "did"],
                }
                for n in names
            ],
        }

    # -- reports --------------------------------------------------------------------------
    def selected(self, params: dict[str, str]) -> list[Call]:
        start = datetime.fromisoformat(params["from"])
        end = datetime.fromisoformat(params["to"])
        rows = [c for c in self.calls if start <= c.started < end]
        if self.role == "agent":
            rows = [c for c in rows if c.agent == self.me]
        for key, attr in (("agent", "agent"), ("queue", "queue"), ("did", "did")):
            if params.get(key):
                rows = [c for c in rows if getattr(c, attr) == params[key]]
        if params.get("team"):
            rows = [c for c in rows if TEAMS[c.agent] == params["team"]]
        return rows

    async def report(self, name: str, params: dict[str, str]) -> httpx.Response:
        if name in self.fail:
            status, error_id, message = self.fail[name]
            return _error(status, error_id, message)
        if datetime.fromisoformat(params["to"]) <= datetime.fromisoformat(params["from"]):
            return _error(422, "invalid_range", "`to` must be after `from`")
        body = self.result(name, params)
        fmt = params.get("format", "json")
        if fmt == "json":
            return httpx.Response(200, json=body)
        data = _csv(body) if fmt == "csv" else _xlsx(body)
        return httpx.Response(
            200, stream=_Stream(data, self), headers={"Content-Length": str(len(data))}
        )

    def result(self, name: str, params: dict[str, str]) -> dict[str, Any]:
        calls = self.selected(params)
        group = params.get("group_by", "")
        head = {
            "report": name,
            "title": name.title(),
            "from": params["from"],
            "to": params["to"],
            "timezone": self.timezone,
            "group_by": group or None,
        }
        if name == "calls":
            columns = [
                ("call_id", "Call", "text"),
                ("started_at", "Started", "time"),
                ("agent_id", "Agent", "text"),
                ("queue", "Queue", "text"),
                ("ani", "Caller", "text"),
                ("talk", "Talk", "seconds"),
                ("recording_id", "Recording", "text"),
            ]
            rows = [
                {
                    "call_id": c.id,
                    "started_at": c.started.isoformat(),
                    "agent_id": c.agent,
                    "queue": c.queue,
                    "ani": c.ani,
                    "talk": c.talk,
                    "recording_id": c.recording_id,
                }
                for c in calls
            ]
            return {**head, "columns": _columns(columns), "rows": rows, "totals": None}
        if name == "agent-states":
            columns = [
                ("agent_id", "Agent", "text"),
                ("state", "State", "text"),
                ("reason", "Reason", "text"),
                ("duration", "Duration", "seconds"),
            ]
            rows = [
                {"agent_id": a, "state": s, "reason": r, "duration": d}
                for a, s, r, d in (
                    ("1001", "ready", "", 3600),
                    ("1001", "not_ready", "lunch", 1800),
                    ("1002", "on_call", "", 5400),
                )
            ]
            return {**head, "columns": _columns(columns), "rows": rows, "totals": None}
        key = {"traffic": group or "hour", "queues": group or "queue"}.get(name, group or "agent")
        buckets: dict[str, list[Call]] = {}
        for call in calls:
            buckets.setdefault(_bucket(call, key), []).append(call)
        columns = [
            (key, key.title(), "text"),
            ("offered", "Offered", "count"),
            ("answered", "Answered", "count"),
            ("talk", "Talk", "seconds"),
            ("aht", "AHT", "seconds"),
            ("service_level", "Service level", "ratio"),
        ]
        rows = [_figures(key, label, members) for label, members in sorted(buckets.items())]
        if name == "ranking":
            rows.sort(key=lambda r: -r["answered"])
        totals = _figures(key, "", calls)
        totals[key] = None
        return {
            **head,
            "columns": _columns(columns),
            "rows": rows,
            "totals": totals,
            "formulas": {k: v for k, v in FORMULAS.items() if k != "occupancy"},
        }

    def call(self, call_id: str) -> httpx.Response:
        found = next((c for c in self.calls if c.id == call_id), None)
        if found is None:
            return _error(404, "not_found", f"no call {call_id}")
        return httpx.Response(
            200,
            json={
                "id": found.id,
                "direction": "inbound",
                "started_at": found.started.timestamp(),
                "agent_id": found.agent,
                "recording_id": found.recording_id,
            },
        )

    def _agent(self, agent_id: str) -> dict[str, Any]:
        return {
            "agent_id": agent_id,
            "name": AGENTS[agent_id],
            "role": "agent",
            "team": TEAMS[agent_id],
            "state": {"agent_id": agent_id, "state": "logged_out", "since": 0},
        }


def _bucket(call: Call, key: str) -> str:
    if key == "hour":
        return call.started.strftime("%Y-%m-%d %H:00")
    if key == "day":
        return call.started.strftime("%Y-%m-%d")
    if key == "team":
        return TEAMS[call.agent]
    return str(getattr(call, key))


def _figures(key: str, label: str, calls: list[Call]) -> dict[str, Any]:
    answered = [c for c in calls if c.answered]
    handled = sum(c.talk + c.hold + c.wrap for c in answered)
    return {
        key: label,
        "offered": len(calls),
        "answered": len(answered),
        "talk": sum(c.talk for c in answered),
        "aht": handled / len(answered) if answered else None,
        "service_level": len(answered) / len(calls) if calls else None,
    }


def _columns(spec: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    return [{"key": k, "label": label, "kind": kind} for k, label, kind in spec]


def _csv(body: dict[str, Any]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c["label"] for c in body["columns"]])
    for row in body["rows"]:
        writer.writerow(
            ["" if row.get(c["key"]) is None else row.get(c["key"]) for c in body["columns"]]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _xlsx(body: dict[str, Any]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append([c["label"] for c in body["columns"]])
    for row in body["rows"]:
        sheet.append([row.get(c["key"]) for c in body["columns"]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


class _Stream(httpx.AsyncByteStream):
    """The export body in 4 KB chunks; slow (waits for the gate) or broken on request."""

    def __init__(self, data: bytes, server: FakeReportsServer) -> None:
        self.data, self.server = data, server

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for offset in range(0, len(self.data), 4096):
            if offset and self.server.broken_export:
                raise httpx.ReadError("connection reset by peer")
            if offset and self.server.slow_export:
                gate = self.server.export_gate
                if gate is not None:
                    await gate.wait()
                await asyncio.sleep(0.05)
            yield self.data[offset : offset + 4096]


def _error(status: int, error_id: str, message: str) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps({"error_id": error_id, "message": message}).encode()
    )
