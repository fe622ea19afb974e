"""`bench/soak.py --quick` end to end: the real product under every fault, its invariants hold.

One run (~60-80 s): real SIP and RTP through the product's Kamailio edge and media workers,
simulated agents and customers; a media worker, Kamailio and the coordinator are killed
(-9) and the coordinator started again on the same data dir. Recordings are checked for
sound by the soak itself (an RMS floor per file)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]

INVARIANTS = (
    "calls placed = records closed",
    "no open record",
    "no agent stuck",
    "queue_log consistent with records",
    "recordings present and non-silent",
    "live calls surviving coordinator restarts",
)


@pytest.mark.timeout(150)
@pytest.mark.skipif(shutil.which("kamailio") is None, reason="Kamailio is not installed")
def test_quick_soak_keeps_its_invariants(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "bench/soak.py", "--quick", "--work-dir", str(tmp_path / "soak")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=140,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    out = proc.stdout + proc.stderr
    tail = out[-6000:]
    assert proc.returncode == 0, tail
    for name in INVARIANTS:
        assert re.search(rf"^PASS  {re.escape(name)}: ", out, re.M), (name, tail)
    assert "FAIL" not in out, tail
    # every fault was injected (impair only as root: otherwise a SKIPPED line says why)
    injected = re.search(r"^faults injected: (.*)$", out, re.M)
    assert injected is not None, tail
    for fault in ("ws_drop", "worker_kill", "kamailio_kill", "coordinator_restart"):
        assert f"'{fault}': 1" in injected.group(1), tail
    if os.geteuid() == 0:
        assert re.search(r"impair: link clean again; packets to agents [1-9]", out), tail
    else:
        assert "fault impair: SKIPPED" in out, tail
    # calls really flowed through the faults: most customers reached an agent and talked
    m = re.search(r"answered by the server (\d+); reached an agent (\d+)", out)
    assert m is not None and int(m.group(2)) >= 10, tail
    m = re.search(r"(\d+)/(\d+) answered calls of 1 s or more have a recording", out)
    assert m is not None and int(m.group(1)) >= 10, tail
