"""`agent-desktop --smoke`: the installer's frozen-GUI check builds and shows the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_flag_shows_the_window_and_exits_0() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent_desktop",
            "--smoke",
            "--fake-softphone",
            "--language",
            "zh_CN",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "smoke: window shown" in result.stdout
