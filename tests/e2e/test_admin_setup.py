"""From an empty `init`ed centre (no --demo) to a real call: the admin creates queue
`billing`, number 4008003000 → billing and agent 2001 over the API while the server runs;
2001 signs in, registers its phone and answers a customer's SIP call to that number with
audio both ways, and the call is recorded."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product, wait_serving
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ
from tests.support.net import free_port, free_sip_port
from tests.support.tones import detect_tone, read_wav, wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]

ADMIN, ADMIN_PASSWORD = "8000", "Centre-admin-1"
AGENT, AGENT_PASSWORD = "2001", "Wang-Fang-pw1"


@pytest.fixture
def product(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Product]:
    """Overrides the demo product: `init` an empty centre, then `run` it without --demo
    (with CALLCENTER_TEST_STORE=postgresql both on a new PostgreSQL database)."""
    database: str | None = None
    store: list[str] = []
    if os.environ.get("CALLCENTER_TEST_STORE") == "postgresql":
        database = str(request.getfixturevalue("postgres_url"))
        store = ["--database", database]
    data_dir = tmp_path / "centre"
    secret = tmp_path / "admin.pw"
    secret.write_text(ADMIN_PASSWORD + "\n")
    init = subprocess.run(
        [
            sys.executable,
            "-m",
            "server_stub",
            "init",
            "--data-dir",
            str(data_dir),
            "--admin-id",
            ADMIN,
            "--admin-password-file",
            str(secret),
            *store,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert init.returncode == 0, init.stderr
    assert "callcenter-server run --data-dir" in init.stdout
    http, sip = free_port(), free_sip_port()
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
            "--sip-port",
            str(sip),
            *store,
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    product = Product(
        f"http://127.0.0.1:{http}", f"127.0.0.1:{sip}", data_dir, proc, database=database
    )
    wait_serving(product, tmp_path / "server.log")
    yield product
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    finally:
        log.close()


def _login(product: Product, agent_id: str, password: str) -> dict[str, Any]:
    r = product.api("POST", "/auth/login", json={"agent_id": agent_id, "password": password})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _admin_sets_up_billing(product: Product) -> str:
    token = _login(product, ADMIN, ADMIN_PASSWORD)["token"]
    assert product.api("GET", "/queues", token).json() == []  # empty: no demo data
    for path, body in (
        (
            "/admin/queues",
            {
                "name": "billing",
                "strategy": "longest-idle",
                "wrap_up_seconds": 2,
                "ring_timeout": 10,
            },
        ),
        ("/admin/dids", {"number": "4008003000", "queue": "billing"}),
        (
            "/admin/agents",
            {
                "agent_id": AGENT,
                "name": "王芳",
                "role": "agent",
                "password": AGENT_PASSWORD,
                "skills": [{"queue": "billing", "level": 1}],
            },
        ),
    ):
        r = product.api("POST", path, token, json=body)
        assert r.status_code == 201, (path, r.text)
    return str(token)


async def test_admin_made_queue_number_and_agent_take_a_real_call(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    admin = await asyncio.to_thread(_admin_sets_up_billing, product)
    session = await asyncio.to_thread(_login, product, AGENT, AGENT_PASSWORD)
    assert session["agent"]["queues"] == ["billing"]
    agent_phone = await phones.agent(AGENT, session)
    r = await asyncio.to_thread(
        product.api, "POST", "/agents/me/state", session["token"], json={"state": "ready"}
    )
    assert r.status_code == 200, r.text

    customer, leg = await phones.call("4008003000", "13912345678")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)  # greeting, then the queue
    _, arrived = await phones.ringing(AGENT, timeout=30)
    assert arrived.headers.get("X-Queue") == "billing"
    call_id = arrived.headers["X-Call-Id"]
    await agent_phone.command(c.Answer(leg=arrived.leg))
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    await agent_phone.command(c.Play(leg=arrived.leg, file=str(tones["agent"]), loop=True))
    await customer.command(c.RecordStart(legs=[leg], path=str(tmp_path / "cust.wav")))
    await agent_phone.command(c.RecordStart(legs=[arrived.leg], path=str(tmp_path / "agent.wav")))
    await asyncio.sleep(3)
    await customer.command(c.Hangup(leg=leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=arrived.leg)

    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(tmp_path / "cust.wav"))
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(tmp_path / "agent.wav"))
    wav_has_tone(tmp_path / "cust.wav", AGENT_HZ, min_share=0.4, threshold=0.15)
    wav_has_tone(tmp_path / "agent.wav", CUSTOMER_HZ, min_share=0.4, threshold=0.15)

    record = await asyncio.to_thread(
        product.wait_call, admin, lambda r: r["id"] == call_id and r["recording_id"]
    )
    assert (record["agent_id"], record["queue"], record["dnis"], record["ani"]) == (
        AGENT,
        "billing",
        "4008003000",
        "13912345678",
    )
    assert record["end_cause"] == "caller_hangup" and record["talk_seconds"] >= 2.5
    audio = await asyncio.to_thread(
        product.api, "GET", f"/recordings/{record['recording_id']}/audio", admin
    )
    assert audio.status_code == 200
    (tmp_path / "server.wav").write_bytes(audio.content)
    wav_has_tone(tmp_path / "server.wav", CUSTOMER_HZ, min_share=0.4, threshold=0.15)
    wav_has_tone(tmp_path / "server.wav", AGENT_HZ, min_share=0.4, threshold=0.15)
    # The setup is in the audit log, by the admin, without secrets.
    audit = (await asyncio.to_thread(product.api, "GET", "/admin/audit", admin)).json()
    setup = [
        (a["action"], a["target"])
        for a in audit
        if a["actor"] == ADMIN and a["action"].endswith("_created")
    ]
    assert setup == [
        ("queue_created", "billing"),
        ("did_created", "4008003000"),
        ("agent_created", AGENT),
    ]
    assert AGENT_PASSWORD not in str(audit)
    log = (tmp_path / "server.log").read_text()
    assert f"admin {ADMIN} created agent {AGENT}" in log
    assert "routed number 4008003000 to billing" in log
    assert AGENT_PASSWORD not in log and ADMIN_PASSWORD not in log


async def test_a_sipp_customer_talks_with_the_admin_made_agent(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    """The issue's words: 2001 answers a SIPp call to 4008003000. SIPp (Debian's
    sip-tester, not our pjsua2) is the customer and streams a 1000 Hz voice; the silent
    agent hears it, and the agent's 440 Hz is in the call's recording on the server next to
    the customer's voice. (SIPp cannot record what it hears: the pjsua2 customer of
    test_admin_made_queue_number_and_agent_take_a_real_call checks that direction.)"""
    sipp = shutil.which("sipp")
    assert sipp, "sipp missing: apt-get install sip-tester (.ci/setup installs it)"
    subprocess.run(  # what SIPp streams: PCMU samples in a WAV
        [
            *("sox", "-n", "-r", "8000", "-c", "1", "-e", "u-law", "customer_voice.wav"),
            *("synth", "2", "sine", str(CUSTOMER_HZ), "vol", "0.5"),
        ],
        cwd=tmp_path,
        check=True,
    )
    admin = await asyncio.to_thread(_admin_sets_up_billing, product)
    session = await asyncio.to_thread(_login, product, AGENT, AGENT_PASSWORD)
    agent_phone = await phones.agent(AGENT, session)
    r = await asyncio.to_thread(
        product.api, "POST", "/agents/me/state", session["token"], json={"state": "ready"}
    )
    assert r.status_code == 200, r.text
    host, port = product.sip.split(":")
    callers = tmp_path / "callers.csv"
    callers.write_text("SEQUENTIAL\n13700000013;\n")
    command = [
        sipp,
        *("-sf", str(Path(__file__).parent / "scenarios" / "customer_talks.xml")),
        *("-inf", str(callers), "-s", "4008003000", f"{host}:{port}", "-i", "127.0.0.1"),
        *("-p", str(free_port()), "-mp", str(free_port(socket.SOCK_DGRAM))),
        *("-m", "1", "-d", "11000", "-timeout", "30", "-nostdin", "-trace_err"),
        *("-error_file", str(tmp_path / "sipp_err.log")),
    ]
    customer = await asyncio.create_subprocess_exec(
        *command, cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    try:
        _, arrived = await phones.ringing(AGENT, timeout=20)
        assert arrived.headers.get("X-Queue") == "billing"
        call_id = arrived.headers["X-Call-Id"]
        await agent_phone.command(c.Answer(leg=arrived.leg))
        heard = tmp_path / "heard.wav"  # before the agent speaks: only what it hears
        await agent_phone.command(c.RecordStart(legs=[arrived.leg], path=str(heard)))
        await asyncio.sleep(2.5)
        await agent_phone.command(c.Play(leg=arrived.leg, file=str(tones["agent"]), loop=True))
        output, _ = await asyncio.wait_for(customer.communicate(), timeout=30)  # -d: 11 s
        await phones.events.wait(c.LegEnded, timeout=10, leg=arrived.leg)  # SIPp's BYE
        await phones.events.wait(c.RecordingFinished, timeout=10, path=str(heard))
    finally:
        if customer.returncode is None:
            customer.kill()
            await customer.wait()
    assert customer.returncode == 0, output.decode(errors="replace")[-2000:]
    samples, rate = read_wav(heard)
    silent_agent = samples[: int(rate * 2)]  # the first 2 s: the agent has not spoken yet
    assert detect_tone(silent_agent, rate, CUSTOMER_HZ, threshold=0.5).share >= 0.6
    assert detect_tone(silent_agent, rate, AGENT_HZ, threshold=0.15).share == 0
    record = await asyncio.to_thread(
        product.wait_call, admin, lambda r: r["id"] == call_id and r["recording_id"]
    )
    assert (record["agent_id"], record["queue"], record["dnis"], record["ani"]) == (
        AGENT,
        "billing",
        "4008003000",
        "13700000013",
    )
    assert record["end_cause"] == "caller_hangup" and record["talk_seconds"] >= 2
    audio = await asyncio.to_thread(
        product.api, "GET", f"/recordings/{record['recording_id']}/audio", admin
    )
    assert audio.status_code == 200
    (tmp_path / "server.wav").write_bytes(audio.content)
    wav_has_tone(tmp_path / "server.wav", CUSTOMER_HZ, min_share=0.4, threshold=0.15)
    wav_has_tone(tmp_path / "server.wav", AGENT_HZ, min_share=0.2, threshold=0.15)


def _tone_file(path: Path, hz: float, seconds: float) -> Path:
    """A 44.1 kHz stereo WAV: not the telephony format, so the upload must convert it."""
    import wave

    import numpy as np

    t = np.arange(int(44100 * seconds)) / 44100
    pcm = (0.3 * 32767 * np.sin(2 * np.pi * hz * t)).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(44100)
        w.writeframes(np.repeat(pcm[:, None], 2, axis=1).tobytes())
    return path


async def test_uploaded_greeting_and_music_are_what_callers_hear(
    product: Product, phones: Phones, tmp_path: Path
) -> None:

    greeting_hz, music_hz = 1600.0, 700.0
    token = (await asyncio.to_thread(_login, product, ADMIN, ADMIN_PASSWORD))["token"]
    music_mp3 = tmp_path / "music.mp3"
    subprocess.run(
        ["sox", str(_tone_file(tmp_path / "m.wav", music_hz, 4)), str(music_mp3)], check=True
    )
    for name, path in (
        ("hello", _tone_file(tmp_path / "hello.wav", greeting_hz, 2.5)),
        ("music", music_mp3),
    ):
        r = await asyncio.to_thread(
            product.api,
            "POST",
            "/admin/prompts",
            token,
            data={"name": name},
            files={"file": (path.name, path.read_bytes(), "application/octet-stream")},
        )
        assert r.status_code == 201, r.text
    for path, body in (
        ("/admin/queues", {"name": "billing", "greeting": "hello", "music_on_hold": "music"}),
        ("/admin/dids", {"number": "4008003000", "queue": "billing"}),
    ):
        r = await asyncio.to_thread(product.api, "POST", path, token, json=body)
        assert r.status_code == 201, r.text

    customer, leg = await phones.call("4008003000", "13912345678")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    heard = tmp_path / "heard.wav"
    await customer.command(c.RecordStart(legs=[leg], path=str(heard)))
    await asyncio.sleep(6)  # the greeting (2.5 s), then music while nobody is free
    await customer.command(c.Hangup(leg=leg))
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(heard))
    samples, rate = read_wav(heard)
    start, end = samples[: int(rate * 1.5)], samples[-int(rate * 2.5) :]
    assert detect_tone(start, rate, greeting_hz).share > 0.8
    assert detect_tone(start, rate, music_hz).share < 0.1
    assert detect_tone(end, rate, music_hz).share > 0.8
    record = await asyncio.to_thread(
        product.wait_call, token, lambda r: r["dnis"] == "4008003000" and r["ended_at"]
    )
    assert record["queue"] == "billing" and record["end_cause"] == "abandoned"
