"""Single instance: a second `agent-desktop tel:…` hands its link to the running desktop
(local socket) and exits 0; the running one dials it and comes to the front."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.single_instance import InstanceServer, forward, instance_name
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui
REPO = Path(__file__).resolve().parents[2]


def test_links_pass_between_two_ends_and_nobody_listening_is_reported(
    loop: Any, qapp: Any, tmp_path: Path
) -> None:
    name = instance_name(tmp_path / "config")
    assert instance_name(tmp_path / "config") == name != instance_name(tmp_path / "other")
    assert not forward(name, ["tel:1"])  # no running instance
    server = InstanceServer(name)
    assert server.listen()
    received: list[list[str]] = []
    server.links_received.connect(received.append)
    try:
        assert forward(name, ["tel:13800138000"])
        assert forward(name, [])  # a bare second launch only raises the window
        run_until(loop, lambda: len(received) == 2, what="both hand-offs")
        assert received == [["tel:13800138000"], []]
    finally:
        server.close()


def test_second_launch_hands_its_link_to_the_running_desktop(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    config_dir = tmp_path / "config"  # the desktop fixture's configuration directory
    server = InstanceServer(instance_name(config_dir))
    assert server.listen()
    server.links_received.connect(desktop.links.open)
    sign_in(loop, desktop, live_server)
    desktop.window.showMinimized()
    try:
        second = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "agent_desktop",
                "--config-dir",
                str(config_dir),
                "--fake-softphone",
                "tel:138-0013-8000",
            ],
            cwd=REPO,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        run_until(loop, lambda: second.poll() is not None, timeout=30, what="second launch exits")
        assert second.returncode == 0, second.stdout.read() if second.stdout else ""
        run_until(loop, lambda: desktop.calls.phase == "dialling", what="click-to-dial")
        _call, agent, number = live_server.control.dials[-1]
        assert (agent, number) == ("1002", "13800138000")
        assert not desktop.window.isMinimized()
    finally:
        server.close()


def test_a_link_before_sign_in_is_dialled_after_it(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    desktop.links.open(["callto:13800138000", "tel:1"])  # one call: the first link
    assert desktop.links.pending == "13800138000"
    sign_in(loop, desktop, live_server)
    run_until(loop, lambda: desktop.calls.phase == "dialling", what="click-to-dial")
    assert [d[2] for d in live_server.control.dials] == ["13800138000"]
