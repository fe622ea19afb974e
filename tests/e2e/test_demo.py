"""The product as a new user starts it: `run --demo --simulate` shows calls arriving."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product, free_port, free_sip_port

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


def test_simulated_customers_reach_simulated_agents(tmp_path: Path) -> None:
    http, sip = free_port(), free_sip_port()
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server_stub",
            "run",
            "--demo",
            "--simulate",
            "--data-dir",
            str(tmp_path / "data"),
            "--http-port",
            str(http),
            "--sip-port",
            str(sip),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    base = f"http://127.0.0.1:{http}/api/v1"
    try:
        deadline = time.monotonic() + 90
        answered: list[dict[str, object]] = []
        token = None
        while not answered and time.monotonic() < deadline:
            time.sleep(1)
            assert proc.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if token is None:
                    token = httpx.post(
                        f"{base}/auth/login", json={"agent_id": "9001", "password": "demo"}
                    ).json()["token"]
                calls = httpx.get(
                    f"{base}/calls?limit=20", headers={"Authorization": f"Bearer {token}"}
                ).json()["calls"]
            except (httpx.TransportError, KeyError):
                continue
            answered = [
                c
                for c in calls
                if c["answered_at"]
                and c["agent_id"] in ("1003", "1004", "1005")
                and c["started_at"] > time.time() - 120
            ]
        assert answered, (tmp_path / "server.log").read_text()[-3000:]
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        log.close()
    assert proc.returncode == 0
    leftovers = subprocess.run(["pgrep", "-f", str(tmp_path)], capture_output=True, text=True)
    assert leftovers.stdout.strip() == "", leftovers.stdout


@pytest.mark.ui
def test_desktop_flag_opens_the_desktop_and_closing_it_stops_the_server(tmp_path: Path) -> None:
    http, sip = free_port(), free_sip_port()
    env = dict(
        os.environ, PYTHONUNBUFFERED="1", QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path)
    )  # the desktop's settings and outbox go under this HOME
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server_stub",
            "run",
            "--demo",
            "--desktop",
            "--data-dir",
            str(tmp_path / "data"),
            "--http-port",
            str(http),
            "--sip-port",
            str(sip),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    pattern = f"agent_desktop --server http://127.0.0.1:{http}"
    try:
        deadline = time.monotonic() + 60
        pids: list[str] = []
        while not pids and time.monotonic() < deadline:
            time.sleep(0.5)
            assert proc.poll() is None, (tmp_path / "server.log").read_text()
            pids = subprocess.run(
                ["pgrep", "-f", pattern], capture_output=True, text=True
            ).stdout.split()
        assert pids, "the desktop was not started"
        time.sleep(2)  # let it draw its sign-in window
        for pid in pids:
            os.kill(int(pid), signal.SIGTERM)  # the user closes the desktop
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    assert "agent desktop closed" in (tmp_path / "server.log").read_text()


@pytest.mark.product_args("--demo", "--simulate")
async def test_a_person_signed_in_to_the_simulated_demo_is_offered_calls(
    product: Product, phones: Phones
) -> None:
    """`run --demo --simulate` lets a person try the product: 1001 (a human agent, in both
    queues) signs in, goes Ready and gets a call while the simulated agents work too."""
    person = await asyncio.to_thread(product.login, "1001")
    phone = await phones.agent("1001", person)
    await asyncio.to_thread(product.set_ready, person["token"])
    _, arrived = await phones.ringing("1001", timeout=90)
    await phone.command(c.Answer(leg=arrived.leg))
    call_id = arrived.headers["X-Call-Id"]
    lead = (await asyncio.to_thread(product.login, "9001"))["token"]
    record = await asyncio.to_thread(
        product.wait_call, lead, lambda r: r["id"] == call_id and r["answered_at"]
    )
    assert record["agent_id"] == "1001"
    await phone.command(c.Hangup(leg=arrived.leg))
