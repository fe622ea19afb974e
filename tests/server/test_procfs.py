"""procfs: a live process, a zombie and a gone one as /proc shows them."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from server_stub.procfs import alive, live_group_members, stat_fields


def test_live_zombie_and_gone() -> None:
    assert alive(os.getpid()) and os.getpid() in live_group_members(os.getpgrp())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 10
    while stat_fields(child.pid)[:1] != ["Z"] and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not alive(child.pid)  # exited, not yet reaped: a zombie
    child.wait()
    assert not alive(child.pid) and stat_fields(child.pid) == []
