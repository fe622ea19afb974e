"""The product's run command, as a user starts it: a real process serving real HTTP."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from server_stub.__main__ import main
from tests.support.net import free_port, free_sip_port


@pytest.mark.e2e
def test_run_demo_serves_api_and_keeps_data_across_restarts(tmp_path: Path) -> None:
    port, sip_port = free_port(), free_sip_port()
    cmd = [
        sys.executable,
        "-m",
        "server_stub",
        "run",
        "--demo",
        "--data-dir",
        str(tmp_path),
        "--http-port",
        str(port),
        "--sip-port",
        str(sip_port),
    ]
    base = f"http://127.0.0.1:{port}/api/v1"

    def start() -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    return proc
            except httpx.TransportError:
                time.sleep(0.1)
            assert proc.poll() is None, proc.stdout.read().decode()  # type: ignore[union-attr]
        raise AssertionError("server did not start")

    proc = start()
    try:
        health = httpx.get(f"{base}/health").json()
        assert health["status"] == "ok" and health["protocol_version"] == 1
        assert health["checks"]["sip_edge"] == "ok"
        assert health["checks"]["media_workers"] == "ok"
        r = httpx.post(f"{base}/auth/login", json={"agent_id": "1001", "password": "demo"})
        assert r.status_code == 200
        token = r.json()["token"]
        h = {"Authorization": f"Bearer {token}"}
        # not "ready": with no phone registered, the phone watch would pause the agent
        assert (
            httpx.post(
                f"{base}/agents/me/state",
                json={"state": "not_ready", "reason": "training"},
                headers=h,
            ).status_code
            == 200
        )
        lead = httpx.post(f"{base}/auth/login", json={"agent_id": "9001", "password": "demo"})
        lh = {"Authorization": f"Bearer {lead.json()['token']}"}
        calls = httpx.get(f"{base}/calls?limit=5", headers=lh).json()
        assert calls["total"] >= 150 and len(calls["calls"]) == 5
        found = httpx.get(f"{base}/kb/search", params={"q": "退款"}, headers=h).json()
        assert found["hits"], found  # the demo knowledge base is there too
        spec = httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()
        assert "/api/v1/auth/login" in spec["paths"]
    finally:
        proc.send_signal(signal.SIGINT)
        out = proc.communicate(timeout=20)[0].decode()
    assert proc.returncode == 0, out
    assert "SIP edge on 127.0.0.1:" in out
    assert token not in out and "demo'" in out  # the demo hint, never a token

    # A restart mid-shift: same data, same session, same state.
    proc = start()
    try:
        r = httpx.get(f"{base}/agents/me/state", headers=h)
        assert r.status_code == 200
        assert (r.json()["state"], r.json()["reason"]) == ("not_ready", "training")
        assert len(list(tmp_path.glob("callcenter.db*"))) >= 1
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=20)


@pytest.mark.parametrize(
    "args,message",
    [
        (["--sip-tls-port", "5061"], "--sip-tls-port needs a certificate"),
        (["--sip-tls-certfile", "c.pem"], "--sip-tls-certfile and --sip-tls-keyfile go together"),
        (
            ["--tls-certfile", "nope.pem", "--tls-keyfile", "nope.key"],
            "--tls-certfile nope.pem: no such file",
        ),
        (["--tls-certfile", "cert.pem"], "--tls-certfile and --tls-keyfile go together"),
    ],
)
def test_tls_options_without_their_certificate_are_refused(
    tmp_path: Path, args: list[str], message: str
) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["run", "--data-dir", str(tmp_path / "data"), *args])
    assert code == 2 and message in err.getvalue()
    assert not (tmp_path / "data").exists()  # refused before anything was written


@pytest.mark.parametrize(
    "args",
    [
        ["--media-clock-rate", "12000"],
        ["--media-quality", "0"],
        ["--media-frame-ms", "30"],
        ["--media-hold-over", "-1"],
        ["--media-hold-over", "soon"],
    ],
)
def test_media_options_out_of_range_are_refused(tmp_path: Path, args: list[str]) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exit_:
        main(["run", "--data-dir", str(tmp_path / "data"), *args])
    assert exit_.value.code == 2 and args[0] in err.getvalue()
    assert not (tmp_path / "data").exists()
