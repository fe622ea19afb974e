"""Media hosts (issue 19): `callcenter-server media-host` runs workers "on another machine"
(SIP/RTP on 127.0.0.2) that reach the coordinator's `--media-listen` over TLS with the
shared secret. One test proves: a wrong secret is refused on both sides; the edge
dispatches calls to the local worker and the host's; both sides of a call on the host
hear each other; its recording reaches the coordinator and holds both tones; killing
the host ends its call with `worker_lost` (BYE to both phones via the edge), and what it
recorded reaches the coordinator, as partial, when the host runs again; the host plays
the coordinator's IVR prompt from its cache (fetched by hash); then a call on
the host survives a kill -9 of the coordinator: its worker holds it over (the
coordinator's --media-hold-over, from the hello), re-authenticates with the restarted
coordinator and is taken back; both sides still hear each other and the record and its
recording close right when the caller hangs up."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from server_stub.media.remote import EXIT_REFUSED
from server_stub.telephony import prompts
from tests.e2e.conftest import Phones, Product, start_again, wait_serving
from tests.e2e.test_coordinator_restart import _heard
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ
from tests.support.net import free_port
from tests.support.tones import wav_has_tone

MEDIA_PORT = free_port()
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.sip_audio,
    pytest.mark.slow,
    pytest.mark.queue_settings(ring_timeout=30, wrap_up_seconds=1),
    pytest.mark.media_tls,  # the plain-TCP handshake: tests/media/test_remote.py
    # one local worker: with the host's one, two calls fill both, one each
    pytest.mark.product_args(
        "--max-workers", "1", "--spare-workers", "1", "--media-listen", f"127.0.0.1:{MEDIA_PORT}"
    ),
]


def _in_thread(fn: Any, *args: Any) -> Any:
    return asyncio.to_thread(fn, *args)


def _media_host(secret: Path, log: Path, name: str) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "server_stub",
                "media-host",
                "--coordinator",
                f"127.0.0.1:{MEDIA_PORT}",
                "--secret-file",
                str(secret),
                "--sip-host",
                "127.0.0.2",
                "--workers",
                "1",
                "--name",
                name,
                "--spool",
                str(log.parent / f"spool-{name}"),
                "--tls-ca",
                str(log.parent / "media.crt"),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: "the machine" to kill
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )


def _workers(product: Product, admin: str) -> list[dict[str, Any]]:
    return product.api("GET", "/system/workers", admin).json()  # type: ignore[no-any-return]


def _wait_workers(product: Product, admin: str, predicate: Any, timeout: float = 20) -> list[Any]:
    deadline = time.monotonic() + timeout
    while not predicate(workers := _workers(product, admin)):
        assert time.monotonic() < deadline, workers
        time.sleep(0.2)
    return workers


async def _connected_call(
    phones: Phones, tones: dict[str, Path], ani: str, agents: dict[str, Any], since: int
) -> tuple[Any, str, Any, c.CallArrived]:
    """A customer's call to support, answered by whichever agent it rings."""
    customer, leg = await phones.call("4008002000", ani)
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    deadline = time.monotonic() + 30
    while not (rung := [e for e in phones.events.of(c.CallArrived)[since:] if e.account in agents]):
        assert time.monotonic() < deadline, phones.events.items
        await asyncio.sleep(0.1)
    arrived = rung[0]
    agent_phone = agents[arrived.account]
    await agent_phone.command(c.Answer(leg=arrived.leg))
    # both talk from the answer on (the product records from there)
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    await agent_phone.command(c.Play(leg=arrived.leg, file=str(tones["agent"]), loop=True))
    return customer, leg, agent_phone, arrived


async def test_calls_on_a_media_host_are_dispatched_heard_recorded_and_end_with_it(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    admin = (await _in_thread(product.login, "9000"))["token"]
    secret = tmp_path / "media.secret"
    secret.write_bytes((product.data_dir / "media" / "secret").read_bytes())
    secret.chmod(0o600)
    server_log = tmp_path / "server.log"

    # A wrong secret: refused, said on both sides; the host stops (no retry can succeed).
    wrong = tmp_path / "wrong.secret"
    wrong.write_text("not-the-secret\n")
    wrong.chmod(0o600)
    bad = _media_host(wrong, tmp_path / "bad-host.log", "bad")
    assert await _in_thread(bad.wait, 30) == EXIT_REFUSED
    bad_log = (tmp_path / "bad-host.log").read_text()
    assert "refused worker bad-1" in bad_log and "wrong secret" in bad_log, bad_log
    assert "worker bad-1 of host bad: wrong secret" in server_log.read_text()

    host = _media_host(secret, tmp_path / "host.log", "h2")
    try:
        await _in_thread(
            _wait_workers, product, admin, lambda ws: any(w["host"] == "h2" for w in ws)
        )
        assert "media host h2 joined from 127.0.0.1" in server_log.read_text()
        agents: dict[str, Any] = {}
        for agent_id in ("1003", "1004"):
            session = await _in_thread(product.login, agent_id)
            agents[agent_id] = await phones.agent(agent_id, session)
            await _in_thread(product.set_ready, session["token"])

        # Two calls at once: the edge puts one on each worker (one conversation each).
        first = await _connected_call(phones, tones, "13900008001", agents, 0)
        workers = await _in_thread(_wait_workers, product, admin, lambda ws: len(ws) >= 2)
        on_host = next(w for w in workers if w["host"] == "h2")["legs"] != []
        mark = len(phones.events.of(c.CallArrived))
        second = await _connected_call(phones, tones, "13900008002", agents, mark)
        workers = await _in_thread(
            _wait_workers, product, admin, lambda ws: all(w["legs"] for w in ws)
        )
        assert sorted(w["host"] for w in workers) == ["", "h2"], workers
        remote, local = (first, second) if on_host else (second, first)

        customer, leg, agent_phone, arrived = remote
        call_id = arrived.headers["X-Call-Id"]
        await customer.command(c.RecordStart(legs=[leg], path=str(tmp_path / "cust.wav")))
        await agent_phone.command(
            c.RecordStart(legs=[arrived.leg], path=str(tmp_path / "agent.wav"))
        )
        await asyncio.sleep(3)
        await customer.command(c.Hangup(leg=leg))
        await phones.events.wait(c.LegEnded, timeout=10, leg=arrived.leg)
        for name, hz in (("cust.wav", AGENT_HZ), ("agent.wav", CUSTOMER_HZ)):
            await phones.events.wait(c.RecordingFinished, timeout=10, path=str(tmp_path / name))
            wav_has_tone(tmp_path / name, hz, min_share=0.4, threshold=0.15)
        # The recording made on the host is in the coordinator's store, with both tones.
        record = await _in_thread(
            product.wait_call, admin, lambda r: r["id"] == call_id and r["recording_id"]
        )
        assert record["end_cause"] == "caller_hangup" and record["recording_status"] == "complete"
        audio = await _in_thread(
            product.api, "GET", f"/recordings/{record['recording_id']}/audio", admin
        )
        assert audio.status_code == 200
        (tmp_path / "stored.wav").write_bytes(audio.content)
        wav_has_tone(tmp_path / "stored.wav", CUSTOMER_HZ, min_share=0.4, threshold=0.15)
        wav_has_tone(tmp_path / "stored.wav", AGENT_HZ, min_share=0.4, threshold=0.15)
        assert "from media host h2 stored" in server_log.read_text()
        # The IVR prompt the caller heard there came from the coordinator (no shared
        # folder): fetched by content hash into the host's cache.
        welcome = prompts.prompt("welcome_support").read_bytes()
        copy = tmp_path / "spool-h2" / "cache" / f"{hashlib.sha256(welcome).hexdigest()}.wav"
        assert copy.read_bytes() == welcome
        assert (
            "fetched welcome_support.wav from the coordinator"
            in (tmp_path / "host.log").read_text()
        )
        deadline = time.monotonic() + 5  # the host deletes its copy once told it is stored
        while list((tmp_path / "spool-h2" / "h2-1").glob("*.wav")):
            assert time.monotonic() < deadline, "the spool was not emptied"
            await asyncio.sleep(0.1)

        # The next call goes to the host again (the local worker is busy); the host dies.
        mark = len(phones.events.of(c.CallArrived))
        customer, leg, agent_phone, arrived = await _connected_call(
            phones, tones, "13900008003", agents, mark
        )
        call_id = arrived.headers["X-Call-Id"]
        await _in_thread(
            product.wait_call, admin, lambda r: r["id"] == call_id and r["state"] == "active"
        )
        await asyncio.sleep(3)  # talking, recorded on the host
        os.killpg(host.pid, signal.SIGKILL)
        for ended_leg in (leg, arrived.leg):  # BYE from the edge to both phones
            ended = await phones.events.wait(c.LegEnded, timeout=10, leg=ended_leg)
            assert ended.cause == "remote" and ended.status_code == 200, ended
        record = await _in_thread(
            product.wait_call, admin, lambda r: r["id"] == call_id and r["state"] == "ended"
        )
        assert record["end_cause"] == "worker_lost", record
        assert "worker h2-1 of media host h2 lost" in server_log.read_text()
        workers = await _in_thread(_wait_workers, product, admin, lambda ws: len(ws) == 1)
        assert workers[0]["host"] == "" and workers[0]["legs"]  # the local call goes on
        customer, leg, _, _ = local
        await customer.command(c.Hangup(leg=leg))

        # The host back: its worker sends what the killed one recorded, as partial.
        host = _media_host(secret, tmp_path / "host-again.log", "h2")
        record = await _in_thread(
            product.wait_call, admin, lambda r: r["id"] == call_id and r["recording_id"], 30
        )
        assert record["recording_status"] == "partial", record
        audio = await _in_thread(
            product.api, "GET", f"/recordings/{record['recording_id']}/audio", admin
        )
        (tmp_path / "kept.wav").write_bytes(audio.content)
        wav_has_tone(tmp_path / "kept.wav", CUSTOMER_HZ, min_share=0.3, threshold=0.15)
        assert "(disk full?)" not in server_log.read_text()  # a host's loss: no folder alarm

        # A call on the host survives the coordinator's kill -9 (a local one beside it).
        await _in_thread(
            _wait_workers, product, admin, lambda ws: sorted(w["host"] for w in ws) == ["", "h2"]
        )
        mark = len(phones.events.of(c.CallArrived))
        first = await _connected_call(phones, tones, "13900008004", agents, mark)
        workers = await _in_thread(
            _wait_workers, product, admin, lambda ws: any(w["legs"] for w in ws)
        )
        on_host = next(w for w in workers if w["host"] == "h2")["legs"] != []
        mark = len(phones.events.of(c.CallArrived))
        second = await _connected_call(phones, tones, "13900008005", agents, mark)
        await _in_thread(_wait_workers, product, admin, lambda ws: all(w["legs"] for w in ws))
        remote = first if on_host else second
        customer, leg, agent_phone, arrived = remote
        call_id = arrived.headers["X-Call-Id"]
        answered = await _in_thread(
            product.wait_call, admin, lambda r: r["id"] == call_id and r["state"] == "active"
        )
        await asyncio.sleep(1)  # recorded on the host
        product.proc.kill()
        await _in_thread(product.proc.wait, 10)
        restart_log = tmp_path / "server-2.log"
        second_run = start_again(
            product,
            restart_log,
            *("--max-workers", "1", "--spare-workers", "1"),
            *("--media-listen", f"127.0.0.1:{MEDIA_PORT}"),
            *("--media-tls-cert", str(tmp_path / "media.crt")),
            *("--media-tls-key", str(tmp_path / "media.key")),
        )
        try:
            await _in_thread(wait_serving, product, restart_log, second_run)
            text = restart_log.read_text()
            assert "media host h2: worker h2-1 (" in text and "is back from" in text, text
            assert f"with call {call_id}" in text, text[-3000:]
            await _heard(customer, leg, tmp_path / "after-c.wav", AGENT_HZ)
            await _heard(agent_phone, arrived.leg, tmp_path / "after-a.wav", CUSTOMER_HZ)
            hung_up = time.time()
            await customer.command(c.Hangup(leg=leg))
            await phones.events.wait(c.LegEnded, timeout=10, leg=arrived.leg)
            record = await _in_thread(
                product.wait_call,
                admin,
                lambda r: r["id"] == call_id and r["state"] == "ended" and r["recording_id"],
                30,
            )
            assert record["end_cause"] == "caller_hangup", record
            assert record["recording_status"] == "complete", record
            talk = hung_up - answered["answered_at"]
            assert talk - 2 <= record["talk_seconds"] <= talk + 2, (record, talk)
            other = second if remote is first else first
            await other[0].command(c.Hangup(leg=other[1]))
            other_id = other[3].headers["X-Call-Id"]
            record = await _in_thread(
                product.wait_call, admin, lambda r: r["id"] == other_id and r["state"] == "ended"
            )
            assert record["end_cause"] == "caller_hangup", record
        finally:
            second_run.send_signal(signal.SIGTERM)
            try:
                await _in_thread(second_run.wait, 30)
            except subprocess.TimeoutExpired:
                second_run.kill()
                second_run.wait()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(host.pid, signal.SIGKILL)
        host.wait(10)
