"""Issue 22, "Survive the network": a remote agent's desktop softphone (the product's
PjsuaSoftphone in a network namespace behind the user-space impaired link) against the
real product (coordinator, Kamailio edge, media workers) bound to the link's host side.

1. Link down 10 s, then back: the phone says "reconnecting" while down, registers again
   within 5 s of the link's return, and the next call reaches it with audio both ways.
2. A 3 s outage mid-call: neither side hangs up, the agent's phone shows no audio arriving,
   and a tone crosses both ways afterwards.
3. The agent's address changes mid-call (VPN reconnect): the phone re-registers and the
   call follows (re-INVITE); a tone crosses both ways afterwards.
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerPool
from tests.e2e.conftest import Phones, Product, _prepare, wait_serving
from tests.media.conftest import CUSTOMER_HZ, EventLog, record, share
from tests.support.net import free_port, free_sip_port
from tests.support.netimpair import ImpairedLink, unavailable

ROOT = Path(__file__).resolve().parents[2]
AGENT_TONE = 500.0
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.sip_audio,
    pytest.mark.slow,
    pytest.mark.timeout(240),
    pytest.mark.skipif(unavailable() is not None, reason=str(unavailable())),
]


class RemotePhone:
    """tests/support/phone_driver.py inside the link's namespace; its events in a queue."""

    def __init__(self, link: ImpairedLink, log_path: Path) -> None:
        self._log = log_path.open("w")
        self.proc = link.popen(
            [sys.executable, "-m", "tests.support.phone_driver", "--tone", str(AGENT_TONE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            cwd=str(ROOT),
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )
        self.events: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
        self.seen: list[dict[str, Any]] = []
        self.server_call_id = ""  # the product's id of the last call offered
        threading.Thread(target=self._read, daemon=True).start()
        self.wait("ready", timeout=20)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.events.put(json.loads(line))
        self.events.put({"event": "exited"})

    def send(self, **cmd: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def wait(self, event: str, timeout: float = 15, **match: Any) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for seen in self.seen:
            if seen["event"] == event and all(seen.get(k) == v for k, v in match.items()):
                self.seen.remove(seen)
                return seen
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {event} {match}; saw {self.seen[-15:]}")
            try:
                item = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if item["event"] == "exited":
                raise AssertionError(f"the phone exited; saw {self.seen[-15:]}")
            if item["event"] == event and all(item.get(k) == v for k, v in match.items()):
                return item
            self.seen.append(item)

    def drop_seen(self) -> None:
        self.seen.clear()
        while not self.events.empty():
            self.events.get_nowait()

    def heard(self, freq: float, seconds: float = 1.5) -> float:
        self.send(cmd="heard", seconds=seconds, freq=freq)
        return float(self.wait("heard")["share"])

    def stop(self) -> None:
        try:
            self.send(cmd="quit")
            self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self._log.close()


@pytest.fixture
def link() -> Iterator[ImpairedLink]:
    with ImpairedLink(seed=22) as link:
        yield link


@pytest.fixture
def remote_product(tmp_path: Path, link: ImpairedLink) -> Iterator[Product]:
    """The product with its SIP edge and media workers on the link's host address."""
    data_dir = tmp_path / "data"
    _prepare(data_dir, {"ring_timeout": 8, "wrap_up_seconds": 2})
    http, sip, trunk = free_port(), free_sip_port(), free_port(socket.SOCK_DGRAM)
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server_stub",
            "run",
            "--data-dir",
            str(data_dir),
            "--http-port",
            str(http),
            "--sip-host",
            link.host_ip,
            "--sip-port",
            str(sip),
            "--log-level",
            "info",
            "--trunk",
            f"127.0.0.1:{trunk}",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    product = Product(f"http://127.0.0.1:{http}", f"{link.host_ip}:{sip}", data_dir, proc, trunk)
    wait_serving(product, tmp_path / "server.log")
    yield product
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest_asyncio.fixture
async def customers(remote_product: Product) -> AsyncIterator[Phones]:
    events = EventLog()
    pool = WorkerPool(
        PoolConfig(min_workers=2, max_workers=4, min_spare=1, max_spare=4), on_event=events
    )
    await pool.start()
    try:
        yield Phones(pool, events, remote_product)
    finally:
        await pool.stop()


@pytest.fixture
def agent_phone(link: ImpairedLink, tmp_path: Path) -> Iterator[RemotePhone]:
    phone = RemotePhone(link, tmp_path / "phone.log")
    yield phone
    phone.stop()


def _register(phone: RemotePhone, product: Product, agent_id: str) -> dict[str, Any]:
    login = product.login(agent_id)
    sip = login["sip"]
    registrar = sip["registrar"].removeprefix("sip:")
    phone.send(
        cmd="register",
        registrar=registrar,
        domain=sip["domain"],
        username=sip["username"],
        password=sip["password"],
    )
    phone.wait("registration_changed", state="registered", timeout=15)
    product.set_ready(login["token"])
    return login


async def _call_in(
    customers: Phones, phone: RemotePhone, tones: dict[str, Path]
) -> tuple[Any, str]:
    """A customer calls sales (IVR digit 1); the agent's phone rings and answers."""
    customer, leg = await customers.call("4008001000", "13800138000")
    await customers.events.wait(c.LegAnswered, timeout=15, leg=leg)
    await customer.command(c.SendDtmf(leg=leg, digits="1"))
    ring = await asyncio.to_thread(phone.wait, "incoming_call", 25)
    phone.server_call_id = ring["server_call_id"]
    phone.send(cmd="answer", call_id=ring["call_id"])
    await asyncio.to_thread(phone.wait, "call_media_changed", 10, active=True)
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    return customer, leg


async def _audio_both_ways(
    customer: Any, leg: str, phone: RemotePhone, tmp_path: Path, name: str
) -> None:
    await asyncio.sleep(1.5)
    heard_by_customer = await record(customer, [leg], tmp_path / f"{name}.wav", 1.5)
    assert share(heard_by_customer, AGENT_TONE) > 0.5, name  # the agent's voice arrives
    assert await asyncio.to_thread(phone.heard, CUSTOMER_HZ) > 0.5, name  # and the caller's


async def test_link_down_then_back_reregisters_and_the_next_call_arrives(
    remote_product: Product,
    customers: Phones,
    agent_phone: RemotePhone,
    link: ImpairedLink,
    tones: dict[str, Path],
    tmp_path: Path,
) -> None:
    await asyncio.to_thread(_register, agent_phone, remote_product, "1002")
    agent_phone.drop_seen()
    down_at = time.monotonic()
    link.down()
    lost = await asyncio.to_thread(
        agent_phone.wait, "registration_changed", 10, state="reconnecting"
    )
    assert lost["t"] - down_at < 8  # "network lost, reconnecting" while it is down
    await asyncio.sleep(max(0.0, down_at + 10 - time.monotonic()))  # down for 10 s
    link.up()
    back_at = time.monotonic()
    registered = await asyncio.to_thread(
        agent_phone.wait, "registration_changed", 8, state="registered"
    )
    # within 5 s of the link's return (the driver's clock is this machine's monotonic one)
    assert registered["t"] - back_at < 5.0, registered["t"] - back_at
    customer, leg = await _call_in(customers, agent_phone, tones)
    await _audio_both_ways(customer, leg, agent_phone, tmp_path, "after_down")
    await customer.command(c.Hangup(leg=leg))


async def test_three_second_outage_mid_call_keeps_the_call(
    remote_product: Product,
    customers: Phones,
    agent_phone: RemotePhone,
    link: ImpairedLink,
    tones: dict[str, Path],
    tmp_path: Path,
) -> None:
    await asyncio.to_thread(_register, agent_phone, remote_product, "1002")
    customer, leg = await _call_in(customers, agent_phone, tones)
    await _audio_both_ways(customer, leg, agent_phone, tmp_path, "before")
    agent_phone.drop_seen()
    link.outage(3.0)
    await asyncio.to_thread(agent_phone.wait, "call_quality_changed", 6, receiving=False)
    await asyncio.to_thread(agent_phone.wait, "call_quality_changed", 8, receiving=True)
    await _audio_both_ways(customer, leg, agent_phone, tmp_path, "after_outage")
    assert not [e for e in agent_phone.seen if e["event"] == "call_ended"]
    assert not [e for e in customers.events.of(c.LegEnded) if e.leg == leg]
    await asyncio.sleep(5.5)  # one more of the worker's 5 s quality reports
    await customer.command(c.Hangup(leg=leg))
    await asyncio.to_thread(agent_phone.wait, "call_ended", 10)
    # the call record keeps what the worker measured on the agent's (impaired) leg
    lead = (await asyncio.to_thread(remote_product.login, "9001"))["token"]
    record = await asyncio.to_thread(
        remote_product.wait_call,
        lead,
        lambda r: r["id"] == agent_phone.server_call_id and r["state"] == "ended",
    )
    assert record["agent_mos"] is not None and record["customer_mos"] is not None, record
    assert record["agent_worst_mos"] < 2.0 < record["customer_worst_mos"], record
    assert record["agent_loss_pct"] > record["customer_loss_pct"], record


async def test_address_change_mid_call_follows_with_a_reinvite(
    remote_product: Product,
    customers: Phones,
    agent_phone: RemotePhone,
    link: ImpairedLink,
    tones: dict[str, Path],
    tmp_path: Path,
) -> None:
    await asyncio.to_thread(_register, agent_phone, remote_product, "1002")
    customer, leg = await _call_in(customers, agent_phone, tones)
    await _audio_both_ways(customer, leg, agent_phone, tmp_path, "before")
    agent_phone.drop_seen()
    old = link.ns_ip
    new = link.change_address()
    assert new != old
    await asyncio.to_thread(agent_phone.wait, "registration_changed", 15, state="registered")
    await asyncio.sleep(1.0)
    await _audio_both_ways(customer, leg, agent_phone, tmp_path, "after_move")
    assert not [e for e in agent_phone.seen if e["event"] == "call_ended"]
    await customer.command(c.Hangup(leg=leg))
    await asyncio.to_thread(agent_phone.wait, "call_ended", 10)
    # the registration follows the move too: the next call reaches the new address
    customer, leg = await _call_in(customers, agent_phone, tones)
    await _audio_both_ways(customer, leg, agent_phone, tmp_path, "next_call")
    await customer.command(c.Hangup(leg=leg))
