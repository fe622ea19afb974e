"""Callbacks left in a queue survive a restart: the ones not done join their queue again
in their callers' places; done and failed ones stay as they are (fake media worker; the
whole callback over real SIP: tests/e2e/test_callbacks.py)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from server_stub import demo
from server_stub.app import Services, build_services
from server_stub.config import ServerConfig
from server_stub.store import flows as flow_store
from server_stub.telephony.service import Telephony
from tests.server.conftest import fast_passwords


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    made = build_services(ServerConfig(data_dir=tmp_path / "data", sip_enabled=False))
    now = made.clock()

    def seed(s: Any) -> None:
        demo.seed(s, fast_passwords(), now)
        for n, status in enumerate(("queued", "done", "retry", "failed")):
            cid = flow_store.add_queued_callback(
                s, f"old{n}", "support", f"1390000000{n}", "4008002000", now - 100 + n, 0, now
            )
            flow_store.callback_progress(s, cid, now, status=status, attempts=1)

    made.runner.run_sync(seed)
    await made.start()
    yield made
    await made.stop()


async def test_pending_callbacks_are_queued_again_after_a_restart(
    services: Services, tmp_path: Path
) -> None:
    tel = Telephony(
        services.runner,
        services.acd,
        None,  # type: ignore[arg-type]
        "127.0.0.1:5060",
        tmp_path / "rec",
        services.clock,
        outbound=services.outbound,
    )
    await tel.start()
    try:
        live = {c.ani: c for c in services.acd.live_calls()}
        assert set(live) == {"13900000000", "13900000002"}  # queued and retry, in order
        first, second = live["13900000000"], live["13900000002"]
        assert first.queue == second.queue == "support" and first.state == "queued"
        assert services.acd.wait_estimate(first.id) is not None
        assert services.acd.wait_estimate(first.id)[0] == 1  # type: ignore[index]
        assert services.acd.wait_estimate(second.id)[0] == 2  # type: ignore[index]
        await asyncio.sleep(0.05)
        rows = {
            r["number"]: r
            for r in services.runner.run_sync(lambda s: flow_store.list_callbacks(s, 10))
        }
        assert rows["13900000000"]["last_call_id"] == first.id
        assert rows["13900000000"]["attempts"] == 1  # kept
        assert rows["13900000001"]["status"] == "done"
    finally:
        await tel.stop(drain_s=0)
