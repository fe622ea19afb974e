"""Issue 11, item 1: quitting the desktop with the real pjsua2 softphone ends cleanly.

Session → Quit, Ctrl+Q and the tray's Quit used to stop Qt's event loop at once
("Event loop stopped before Future completed"); pjsua2 was then torn down at interpreter
exit and pjmedia aborted the process (exit -6). The desktop runs here as its own process
(an abort would take pytest with it) against the real product (coordinator, Kamailio,
media workers), signs in, registers its phone and quits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import Product

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("how", ["ctrl+q", "menu", "tray"])
def test_quit_after_sign_in_exits_0_and_signs_out(
    product: Product, tmp_path: Path, how: str
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.desktop.quit_driver",
            product.base,
            "1001",
            how,
            "--log-level",
            "info",
            "--config-dir",
            str(tmp_path / "config"),
            "--data-dir",
            str(tmp_path / "data"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    log = proc.stderr
    assert f"driver: registered, quitting by {how}" in log, log[-3000:]
    assert proc.returncode == 0, log[-3000:]
    assert "Event loop stopped before Future completed" not in log, log[-3000:]
    assert "Assertion" not in log and "Traceback" not in log, log[-3000:]
    assert "agent desktop stopped" in log
    # the shutdown signed the agent out on the server before the process ended
    lead = product.login("9001")
    agents = product.api("GET", "/agents", lead["token"]).json()
    state = {a["agent_id"]: a["state"]["state"] for a in agents}
    assert state["1001"] == "logged_out"
