"""Flows in the telephony service with a fake media worker: a look-up that hangs holds up
only its own caller (another caller's menu and queue go on; the hung one takes the default
branch when the look-up gives up), and a prompt whose file is gone is skipped, the call
flows on. Real calls through real workers: tests/e2e/test_flows.py."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from server_stub import demo
from server_stub.app import Services, build_services
from server_stub.config import ServerConfig
from server_stub.flows.service import save_and_publish
from server_stub.media import wire as c
from server_stub.store import flows as flow_store
from server_stub.telephony.service import Telephony
from tests.server.conftest import fast_passwords
from tests.server.test_recording_outcomes import FakeWorker

CRM = {
    "start": "crm",
    "nodes": {
        "crm": {
            "type": "lookup",
            "url": "http://crm.invalid/vip?ani={ani}",
            "field": "vip",
            "branches": {"true": "sales"},
            "default": "support",
        },
        "sales": {"type": "queue", "queue": "sales"},
        "support": {"type": "queue", "queue": "support"},
    },
}
GONE = {
    "start": "hello",
    "nodes": {
        "hello": {"type": "play", "prompt": "custom_greeting", "next": "support"},
        "support": {"type": "queue", "queue": "support"},
    },
}


def _seed(s: Any, now: float) -> None:
    demo.seed(s, fast_passwords(), now)
    s.save_prompt(
        {
            "name": "custom_greeting",
            "path": "/nowhere.wav",
            "duration": 1,
            "size": 1,
            "created_at": now,
        }
    )
    save_and_publish(s, "crm", "CRM", CRM, None, now)
    save_and_publish(s, "gone", "Gone", GONE, None, now)
    s.upsert_did("4008100001", None, "crm", "")
    s.upsert_did("4008100002", None, "gone", "")


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    made = build_services(ServerConfig(data_dir=tmp_path / "data", sip_enabled=False))
    made.runner.run_sync(lambda s: _seed(s, made.clock()))
    await made.start()
    yield made
    await made.stop()


async def _until(check: Callable[[], bool], what: str) -> None:
    for _ in range(200):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(what)


def _arrive(tel: Telephony, worker: FakeWorker, leg: str, dnis: str) -> None:
    event = c.CallArrived(leg=leg, ani="13800000001", dnis=dnis, headers={}, remote_address="x")
    tel.on_worker_event(worker, event)  # type: ignore[arg-type]


async def test_hanging_lookup_holds_only_its_caller_and_missing_prompt_is_skipped(
    services: Services, tmp_path: Path
) -> None:
    release = asyncio.Event()
    fetched: list[str] = []

    async def fetch(url: str, seconds: float) -> tuple[Any, str]:
        fetched.append(url)
        await release.wait()
        return None, f"no answer within {seconds:g} s"

    tel = Telephony(
        services.runner,
        services.acd,
        None,  # type: ignore[arg-type]
        "127.0.0.1:5060",
        tmp_path / "rec",
        services.clock,
        outbound=services.outbound,
        fetch=fetch,
    )
    await tel.start()
    worker = FakeWorker()
    try:
        _arrive(tel, worker, "L1", "4008100001")  # the look-up hangs
        await _until(lambda: fetched == ["http://crm.invalid/vip?ani=13800000001"], "fetch")
        _arrive(tel, worker, "L2", "4008001000")  # the hotline menu meanwhile
        await _until(lambda: "L2" in tel._by_leg, "second call")
        tel.on_worker_event(worker, c.DigitReceived(leg="L2", digit="1"))  # type: ignore[arg-type]
        await _until(lambda: tel._by_leg["L2"].queue == "sales", "second caller queued")
        assert tel._by_leg["L1"].queue is None  # still waiting for its look-up
        release.set()
        await _until(lambda: tel._by_leg["L1"].queue == "support", "default branch")
        assert tel._by_leg["L1"].flow.steps[0]["problem"] == "no answer within 3 s"  # type: ignore[union-attr]

        _arrive(tel, worker, "L3", "4008100002")  # its greeting's file is gone
        await _until(lambda: "L3" in tel._by_leg and tel._by_leg["L3"].queue == "support", "L3")
        plays = [cmd for cmd in worker.sent if isinstance(cmd, c.Play) and cmd.leg == "L3"]
        assert plays == []
        call_id = tel._by_leg["L3"].call_id
        await services.runner.run(lambda s: None)  # deferred writes are done
        row = services.runner.run_sync(lambda s: s.get_call(call_id))
        assert row is not None and (row["flow_id"], row["flow_version"]) == ("gone", 1)
    finally:
        release.set()
        await tel.stop()


async def test_forward_dials_the_trunk_and_callback_is_queued(
    services: Services, tmp_path: Path
) -> None:
    forward = {"start": "f", "nodes": {"f": {"type": "forward", "number": "13911112222"}}}
    callback = {
        "start": "cb",
        "nodes": {"cb": {"type": "callback", "queue": "support"}},
    }
    entered = {  # the caller keys in the number to call back (number entered by DTMF)
        "start": "num",
        "nodes": {
            "num": {
                "type": "collect",
                "prompt": "enter_extension",
                "variable": "back",
                "min_length": 5,
                "max_length": 20,
                "terminator": "#",
                "next": "cb",
            },
            "cb": {
                "type": "callback",
                "queue": "sales",
                "variable": "back",
                "noted_prompt": "goodbye",
            },
        },
    }

    def seed(s: Any) -> None:
        save_and_publish(s, "fwd", "Forward", forward, None, 0)
        save_and_publish(s, "cb", "Callback", callback, None, 0)
        save_and_publish(s, "cbn", "Callback to a number", entered, None, 0)
        s.upsert_did("4008100003", None, "fwd", "")
        s.upsert_did("4008100004", None, "cb", "")
        s.upsert_did("4008100005", None, "cbn", "")

    services.runner.run_sync(seed)
    tel = Telephony(
        services.runner,
        services.acd,
        None,  # type: ignore[arg-type]
        "127.0.0.1:5060",
        tmp_path / "rec",
        services.clock,
        trunk="127.0.0.1:5999",
        outbound=services.outbound,
    )
    await tel.start()
    worker = FakeWorker()
    try:
        _arrive(tel, worker, "F1", "4008100003")
        await _until(lambda: any(isinstance(x, c.MakeCall) for x in worker.sent), "dialled")
        [dial] = [x for x in worker.sent if isinstance(x, c.MakeCall)]
        assert dial.uri == "sip:13911112222@127.0.0.1:5999"
        assert dial.from_user == "13800000001"  # the caller's own number
        assert any(isinstance(x, c.Hold) and x.leg == "F1" for x in worker.sent)

        _arrive(tel, worker, "B1", "4008100004")
        await _until(lambda: "B1" in tel._by_leg, "callback call")
        await _until(
            lambda: any(isinstance(x, c.Play) and x.leg == "B1" for x in worker.sent), "noted"
        )
        [play] = [x for x in worker.sent if isinstance(x, c.Play) and x.leg == "B1"]
        assert play.file.endswith("callback_noted.wav")  # the confirmation, after noting it
        rows = await services.runner.run(lambda s: flow_store.list_callbacks(s, 10))
        assert [(r["queue"], r["number"], r["dnis"]) for r in rows] == [
            ("support", "13800000001", "4008100004")
        ]
        assert rows[0]["status"] == "queued" and rows[0]["last_call_id"]  # offered like a call
        queued = services.acd.book.calls[rows[0]["last_call_id"]]
        assert (queued.queue, queued.ani, queued.state) == ("support", "13800000001", "queued")
        tel.on_worker_event(worker, c.PlaybackFinished(leg="B1", file=play.file))  # type: ignore[arg-type]
        await _until(
            lambda: any(isinstance(x, c.Hangup) and x.leg == "B1" for x in worker.sent), "hung up"
        )

        _arrive(tel, worker, "N1", "4008100005")
        await _until(
            lambda: any(isinstance(x, c.Play) and x.leg == "N1" for x in worker.sent), "asked"
        )
        [ask] = [x for x in worker.sent if isinstance(x, c.Play) and x.leg == "N1"]
        tel.on_worker_event(worker, c.PlaybackFinished(leg="N1", file=ask.file))  # type: ignore[arg-type]
        for key in "13911112222#":
            tel.on_worker_event(worker, c.DigitReceived(leg="N1", digit=key))  # type: ignore[arg-type]
        await _until(
            lambda: len([x for x in worker.sent if isinstance(x, c.Play) and x.leg == "N1"]) == 2,
            "noted the entered number",
        )
        noted = [x for x in worker.sent if isinstance(x, c.Play) and x.leg == "N1"][-1]
        assert noted.file.endswith("goodbye.wav")  # the node's noted_prompt
        rows = await services.runner.run(lambda s: flow_store.list_callbacks(s, 10))
        assert (rows[0]["queue"], rows[0]["number"]) == ("sales", "13911112222")
    finally:
        await tel.stop()
