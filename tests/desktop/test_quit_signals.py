"""Ctrl-C in a terminal (SIGINT) and SIGTERM (a session ending, `callcenter-server --desktop`
stopping) quit the desktop like its Quit menu: clean shutdown, exit 0, no traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_signal_quits_cleanly(tmp_path: Path, signum: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "agent_desktop",
            "--fake-softphone",
            "--log-level",
            "info",
            "--config-dir",
            str(tmp_path / "config"),
            "--data-dir",
            str(tmp_path / "data"),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            lines.append(line)
            if "agent desktop running" in line:
                break
        assert any("agent desktop running" in ln for ln in lines), "".join(lines)[-2000:]
        proc.send_signal(signum)
        _, rest = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    log = "".join(lines) + rest
    assert proc.returncode == 0, log[-2000:]
    assert f"signal {int(signum)}: quitting" in log
    assert "Traceback" not in log and "unhandled exception" not in log, log[-2000:]


def _children(pid: int) -> list[tuple[int, str]]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid:
            found.append((int(entry.name), cmd))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.e2e
@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_server_with_desktop_stops_both_cleanly(tmp_path: Path, how: str) -> None:
    """`callcenter-server run --demo --desktop`: Ctrl-C in its terminal (SIGINT to the
    whole process group) or SIGTERM to the server alone (a service manager) ends the
    desktop (cleanly, exit 0) and the server (exit 0), with no traceback."""
    from tests.support.net import free_port

    tmp = tmp_path / "t"
    tmp.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server_stub",
            "run",
            "--demo",
            "--no-sip",
            "--desktop",
            "--data-dir",
            str(tmp_path / "data"),
            "--http-port",
            str(free_port()),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        desktop = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and server.poll() is None:
            kids = [pid for pid, cmd in _children(server.pid) if "agent_desktop" in cmd]
            # The desktop listens for a second instance once its signal handlers are set.
            if kids and any(p.name.startswith("agent-desktop-") for p in tmp.iterdir()):
                desktop = kids[0]
                break
            time.sleep(0.2)
        assert desktop is not None, "the desktop did not start"
        if how == "ctrl-c":
            os.killpg(server.pid, signal.SIGINT)
        else:
            server.send_signal(signal.SIGTERM)
        out, _ = server.communicate(timeout=60)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    # After its graceful shutdown uvicorn re-raises the signal it caught: Ctrl-C ends in
    # KeyboardInterrupt (caught: exit 0), SIGTERM in the default action, the status a
    # service manager expects from a stopped service.
    expected = 0 if how == "ctrl-c" else -signal.SIGTERM
    assert server.returncode == expected, out[-3000:]
    assert "Application shutdown complete" in out, out[-3000:]
    assert "Traceback" not in out and "unhandled exception" not in out, out[-3000:]
    assert "Assertion" not in out, out[-3000:]  # pjmedia's asserts when torn down late
    assert not _alive(desktop), "the desktop outlived the server"
