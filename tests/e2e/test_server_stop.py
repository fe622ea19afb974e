"""Stopping the server with calls up (issue 21, item 2): SIGTERM ends them and closes
their records (`server_shutdown`) and leaves no process behind; after kill -9 with
`--media-hold-over 0`, a start on the same data directory stops what the dead run left
(Kamailio holding the SIP port) and closes its open records (`server_lost`)."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product, start_again, wait_serving
from tests.support.net import free_port

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.sip_audio,
    pytest.mark.slow,
    pytest.mark.queue_settings(ring_timeout=30),
]  # no ring timeout races


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


def _children(pid: int) -> dict[int, str]:
    """Every live descendant of `pid` (whatever session it started), with its argv."""
    parents: dict[int, int] = {}
    argv: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if stat[0] != "Z":
            parents[int(entry)], argv[int(entry)] = int(stat[1]), cmd
    found: dict[int, str] = {}
    frontier = {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found.keys()
        found.update({p: argv[p] for p in frontier})
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _record(product: Product, call_id: str) -> dict[str, Any]:
    store = product.open_store()
    try:
        row = store.get_call(call_id)
    finally:
        store.close()
    assert row is not None
    return row


def _queue_log_events(data_dir: Path, call_id: str) -> list[str]:
    lines = (data_dir / "queue_log").read_text().splitlines()
    return [line.split("|")[4] for line in lines if f"|{call_id}|" in line]


async def _talking(product: Product, phones: Phones, ani: str) -> tuple[str, str, str, str]:
    """Agent 1004 answers a caller on the support line: (call id, lead token, caller leg,
    agent leg)."""
    agent = await _in_thread(product.login, "1004")
    lead = (await _in_thread(product.login, "9001"))["token"]
    phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])
    _, leg = await phones.call("4008002000", ani)
    _, arrived = await phones.ringing("1004", timeout=25)
    await phone.command(c.Answer(leg=arrived.leg))
    call_id = arrived.headers["X-Call-Id"]
    await _in_thread(
        product.wait_call, lead, lambda r: r["id"] == call_id and r["state"] == "active"
    )
    return call_id, lead, leg, arrived.leg


async def test_sigterm_ends_live_calls_closes_their_records_and_leaves_no_process(
    product: Product, phones: Phones
) -> None:
    call_id, lead, leg, agent_leg = await _talking(product, phones, "13900008001")
    _, waiting_leg = await phones.call("4008002000", "13900008002")  # queued behind it
    waiting = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900008002" and r["state"] == "queued", 30
    )
    children = _children(product.proc.pid)
    assert any("kamailio" in cmd for cmd in children.values())
    assert sum("server_stub.media" in cmd for cmd in children.values()) >= 2

    product.proc.send_signal(signal.SIGTERM)  # what a service manager sends
    sent = time.monotonic()
    await _in_thread(product.proc.wait, 30)
    print(f"stopped {time.monotonic() - sent:.2f} s after SIGTERM")

    # SIP: every phone of the live calls got a BYE.
    for ended_leg in (leg, agent_leg, waiting_leg):
        ended = await phones.events.wait(c.LegEnded, timeout=10, leg=ended_leg)
        assert ended.cause == "remote", ended
    # Nothing the server started is left running.
    assert [(p, cmd) for p, cmd in children.items() if _alive(p)] == []
    # Records and queue_log say how the calls ended.
    talked = _record(product, call_id)
    assert (talked["state"], talked["end_cause"]) == ("ended", "server_shutdown")
    assert talked["ended_at"] >= talked["answered_at"] and talked["talk_seconds"] >= 0
    assert _queue_log_events(product.data_dir, call_id)[-1] == "COMPLETECALLER"
    assert talked["recording_id"] is not None  # finalised on the way out, and indexed
    queued = _record(product, waiting["id"])
    assert (queued["state"], queued["end_cause"]) == ("ended", "server_shutdown")
    assert _queue_log_events(product.data_dir, waiting["id"]) == ["ENTERQUEUE", "ABANDON"]
    assert not (product.data_dir / "server.pid").exists()


@pytest.mark.product_args("--media-hold-over", "0")
async def test_start_after_kill_9_reclaims_the_data_dir_and_closes_open_records(
    product: Product, phones: Phones, tmp_path: Path
) -> None:
    call_id, lead, leg, _ = await _talking(product, phones, "13900008003")
    kamailio = [p for p, cmd in _children(product.proc.pid).items() if "kamailio -f" in cmd]
    assert kamailio
    pid_file = product.data_dir / "server.pid"
    assert pid_file.read_text().strip() == str(product.proc.pid)

    product.proc.kill()  # kill -9: nothing runs its shutdown
    await _in_thread(product.proc.wait, 10)
    killed_at = time.time()
    assert any(_alive(p) for p in kamailio)  # the edge outlives it, holding the SIP port
    # The worker notices its coordinator is gone and hangs up its calls by itself.
    ended = await phones.events.wait(c.LegEnded, timeout=10, leg=leg)
    assert ended.cause == "remote"
    assert _record(product, call_id)["ended_at"] is None  # still open

    log_path = tmp_path / "server-2.log"
    # --media-hold-over 0: calls end with their coordinator, as before issue 19 (with a
    # hold-over they are taken back: test_coordinator_restart.py)
    second = start_again(product, log_path, "--media-hold-over", "0")
    try:
        await _reclaimed_and_serving(
            product, phones, second, log_path, kamailio, call_id, lead, killed_at
        )
    finally:  # the fixture stops only the first process: this one is ours
        second.send_signal(signal.SIGTERM)
        try:
            await _in_thread(second.wait, 30)
        except subprocess.TimeoutExpired:
            second.kill()
            second.wait()
    assert not pid_file.exists()  # the restarted one stopped cleanly


async def _reclaimed_and_serving(
    product: Product,
    phones: Phones,
    second: subprocess.Popen[bytes],
    log_path: Path,
    kamailio: list[int],
    call_id: str,
    lead: str,
    killed_at: float,
) -> None:
    pid_file = product.data_dir / "server.pid"
    await _in_thread(wait_serving, product, log_path, second)

    assert not any(_alive(p) for p in kamailio)
    assert pid_file.read_text().strip() == str(second.pid)
    record = await _in_thread(
        product.wait_call, lead, lambda r: r["id"] == call_id and r["state"] == "ended"
    )
    assert record["end_cause"] == "server_lost"
    assert record["answered_at"] <= record["ended_at"] <= killed_at
    # The worker finalised the conversation's recording as it went down: it is listed.
    assert record["recording_id"] is not None
    audio = await _in_thread(
        product.api, "GET", f"/recordings/{record['recording_id']}/audio", lead
    )
    assert audio.status_code == 200
    with wave.open(io.BytesIO(audio.content)) as wav:
        assert wav.getnframes() > 0
    assert _queue_log_events(product.data_dir, call_id)[-1] == "COMPLETECALLER"
    text = log_path.read_text()
    assert "did not stop cleanly" in text and "Kamailio" in text
    assert "closed 1 call record(s) left open by the previous run" in text
    assert "Address already in use" not in text

    # The restarted server takes calls again through the same SIP port.
    _, again = await phones.call("4008002000", "13900008004")
    await phones.events.wait(c.LegAnswered, timeout=15, leg=again)


def test_a_second_server_on_the_same_data_dir_is_refused(product: Product, tmp_path: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "server_stub",
            "run",
            "--data-dir",
            str(product.data_dir),
            "--no-sip",
            "--http-port",
            str(free_port()),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 4
    assert f"another callcenter-server (pid {product.proc.pid}) is running" in out.stderr
    assert product.proc.poll() is None  # the first one is untouched

    # Then stopped as a service manager stops a unit (systemd's KillMode=control-group):
    # SIGTERM to the server, its Kamailio and its media workers at once. The stop is
    # quiet and ordered: nothing restarted or replaced, no traceback (a worker hook once
    # failed with "dispatcher.remove: control socket unreachable"), nothing left.
    children = _children(product.proc.pid)
    assert any("kamailio" in cmd for cmd in children.values())
    assert any("server_stub.media" in cmd for cmd in children.values())
    for pid in (product.proc.pid, *children):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    product.proc.wait(30)
    assert [(p, cmd) for p, cmd in children.items() if _alive(p)] == []
    log = (tmp_path / "server.log").read_text(errors="replace")
    stop = log[log.rindex("Uvicorn running on") :]
    for noise in ("Traceback", " ERROR ", "restarting", "rejected control connection"):
        assert noise not in stop, stop
    assert " WARNING " not in stop, stop
