"""The product on PostgreSQL: the demo centre moved there with `migrate-store`, the server
started with `--database postgresql://…` takes a real SIP call (IVR, queue, an agent's
phone, audio) and its record and report figures are read back from PostgreSQL."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from server_stub.store.postgres import PostgresStore
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import CUSTOMER_HZ
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow, pytest.mark.postgres]


def _report(product: Product, token: str, name: str, **params: Any) -> dict[str, Any]:
    start = datetime.now(UTC) - timedelta(minutes=2)  # the demo's history is older
    period = {"from": start.isoformat(), "to": (start + timedelta(days=1)).isoformat()}
    r = product.api("GET", f"/reports/{name}", token, params={**period, **params})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


async def test_a_real_call_is_recorded_and_reported_from_postgresql(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path, postgres_url: str
) -> None:
    agent = await asyncio.to_thread(product.login, "1002")  # sales only
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    agent_phone = await phones.agent("1002", agent)
    await asyncio.to_thread(product.set_ready, agent["token"])
    customer, leg = await phones.call("4008001000", "13800138000")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)  # the IVR answers
    await customer.command(c.SendDtmf(leg=leg, digits="1"))  # 1 = sales
    _, arrived = await phones.ringing("1002")
    call_id = arrived.headers["X-Call-Id"]
    await agent_phone.command(c.Answer(leg=arrived.leg))
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    heard = tmp_path / "agent.wav"
    await agent_phone.command(c.RecordStart(legs=[arrived.leg], path=str(heard)))
    await asyncio.sleep(2.5)
    await customer.command(c.Hangup(leg=leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=arrived.leg)
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(heard))
    wav_has_tone(heard, CUSTOMER_HZ, min_share=0.4, threshold=0.15)

    # The call detail report (read on the reports' own PostgreSQL connection).
    calls = await asyncio.to_thread(_report, product, admin, "calls")
    row = next(r for r in calls["rows"] if r["call_id"] == call_id)
    assert (row["agent"], row["queue"], row["ani"]) == ("1002", "sales", "13800138000")
    assert row["talk"] > 1.5 and row["end_cause"]
    queues = await asyncio.to_thread(_report, product, admin, "queues")
    sales = next(r for r in queues["rows"] if r["queue"] == "sales")
    assert (sales["offered"], sales["answered"]) == (1, 1)

    # The record is in PostgreSQL, with its queue_log story; the SQLite file is untouched.
    store = await asyncio.to_thread(PostgresStore, postgres_url)
    try:
        record = store.get_call(call_id)
        assert record is not None and record["agent_id"] == "1002" and record["ended_at"]
        assert record["talk_seconds"] == pytest.approx(row["talk"], abs=0.01)
        events = [r["event"] for r in store.queue_log() if r["callid"] == call_id]
        assert "CONNECT" in events and events[-1] in ("COMPLETECALLER", "COMPLETEAGENT")
    finally:
        store.close()
    old = sqlite3.connect(product.data_dir / "callcenter.db")
    assert old.execute("SELECT count(*) FROM calls WHERE id = ?", [call_id]).fetchone() == (0,)
    old.close()
