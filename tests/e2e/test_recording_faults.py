"""Issue 21, item 4: the recordings folder fills up during a real call, then becomes
unwritable. A small tmpfs is mounted over the product's recordings folder (needs root,
as in CI). Outcomes seen from outside: SIP at the phones, the API, /health, the lead's
event stream, the server log and the files."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import websockets

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import CUSTOMER_HZ
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args, **kw):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args, **kw)


@pytest.fixture
def small_disk(product: Product) -> Iterator[Path]:
    """A 1 MiB tmpfs over the recordings folder, filled to leave ~100 KiB."""
    folder = product.data_dir / "recordings"
    folder.mkdir(exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=True)
    try:
        free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
        (folder / "filler").write_bytes(b"\0" * (free - 100 * 1024))
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _recordings_check(product: Product) -> str:
    return str(product.api("GET", "/health").json()["checks"]["recordings"])


def _wait_check(product: Product, prefix: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while True:
        value = _recordings_check(product)
        if value.startswith(prefix):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"recordings check stayed {value!r}")
        time.sleep(0.2)


def _log_errors_about(tmp_path: Path, call_id: str) -> list[str]:
    text = (tmp_path / "server.log").read_text(errors="replace")
    return [line for line in text.splitlines() if "ERROR" in line and call_id in line]


async def _answered_call(
    product: Product,
    phones: Phones,
    phone: Any,
    lead: str,
    ani: str,
    tones: dict[str, Path],
    since: int,
) -> tuple[Any, str, dict[str, Any]]:
    customer, leg = await phones.call("4008002000", ani)
    _, arrived = await phones.ringing("1004", since=since, timeout=30)
    await phone.command(c.Answer(leg=arrived.leg))
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    record = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == ani and r["state"] == "active"
    )
    return customer, leg, record


async def test_full_then_unwritable_recordings_folder(
    product: Product, phones: Phones, small_disk: Path, tones: dict[str, Path], tmp_path: Path
) -> None:
    agent = await _in_thread(product.login, "1004")
    lead = (await _in_thread(product.login, "9001"))["token"]
    phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])
    assert await _in_thread(_recordings_check, product) == "ok"
    alarms: list[dict[str, Any]] = []
    ws_url = product.base.replace("http", "ws") + f"/api/v1/events?token={lead}"
    async with websockets.connect(ws_url) as ws:

        async def listen() -> None:
            async for frame in ws:
                event = json.loads(frame)
                if event["type"] == "system_health_changed":
                    alarms.append(event["data"])

        listener = asyncio.ensure_future(listen())

        # 1. the disk fills during the call: the call goes on, the failure is loud
        customer, leg, record = await _answered_call(
            product, phones, phone, lead, "13900008181", tones, 0
        )
        full = await _in_thread(_wait_check, product, "disk full")
        assert "KiB free" in full
        assert (await _in_thread(product.api, "GET", "/health")).json()["status"] == "degraded"
        await asyncio.sleep(4)  # talking on with nowhere to write
        # said while the call is up, naming it
        assert any(
            "calls being recorded now" in line for line in _log_errors_about(tmp_path, record["id"])
        )
        await customer.command(c.Hangup(leg=leg))
        ended = await _in_thread(
            product.wait_call,
            lead,
            lambda r: r["id"] == record["id"] and r["state"] == "ended" and r["recording_status"],
        )
        assert ended["recording_status"] == "partial" and ended["recording_id"]
        assert ended["talk_seconds"] > 0
        assert _log_errors_about(tmp_path, record["id"])
        audio = await _in_thread(
            product.api, "GET", f"/recordings/{ended['recording_id']}/audio", lead
        )
        assert audio.status_code == 200
        (tmp_path / "partial.wav").write_bytes(audio.content)
        with wave.open(str(tmp_path / "partial.wav"), "rb") as w:
            assert w.getnframes() > w.getframerate()  # more than a second kept and playable
        wav_has_tone(tmp_path / "partial.wav", CUSTOMER_HZ, min_share=0.3, threshold=0.15)
        await phones.events.wait(c.LegEnded, timeout=15, leg=leg)

        # 2. the folder becomes unwritable: the next call still connects, nothing is listed
        (small_disk / "filler").unlink()
        subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
        assert (await _in_thread(_wait_check, product, "unwritable")).startswith("unwritable")
        mark = len(phones.events.items)
        customer, leg, record = await _answered_call(
            product, phones, phone, lead, "13900009191", tones, mark
        )
        await asyncio.sleep(1)
        await customer.command(c.Hangup(leg=leg))
        ended = await _in_thread(
            product.wait_call,
            lead,
            lambda r: r["id"] == record["id"] and r["state"] == "ended" and r["recording_status"],
        )
        assert ended["recording_status"] == "failed" and ended["recording_id"] is None
        assert ended["talk_seconds"] > 0
        assert _log_errors_about(tmp_path, record["id"])
        listener.cancel()

    # the leads' screens were told, with the cause
    assert any(a["checks"].get("recordings", "").startswith("disk full") for a in alarms)
    assert any(a["checks"].get("recordings", "").startswith("unwritable") for a in alarms)
    assert all(a["status"] == "degraded" for a in alarms if a["checks"]["recordings"] != "ok")
    # no empty WAV anywhere under the folder
    assert not [p for p in small_disk.rglob("*.wav") if p.stat().st_size <= 44]
