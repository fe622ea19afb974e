"""What /proc says of a process: its files, and its state (zombies count as gone)."""

from __future__ import annotations

import os


def proc_bytes(pid: int, name: str) -> bytes:
    """`/proc/<pid>/<name>` (cmdline, environ, stat), or b"" when it cannot be read."""
    try:
        with open(f"/proc/{pid}/{name}", "rb") as f:
            return f.read()
    except OSError:
        return b""


def stat_fields(pid: int) -> list[str]:
    """The fields of `/proc/<pid>/stat` after the command name: state, ppid, pgrp, ...
    ([] when the process is gone)."""
    return proc_bytes(pid, "stat").rsplit(b")", 1)[-1].decode("ascii", "replace").split()


def alive(pid: int) -> bool:
    """Running and not a zombie."""
    fields = stat_fields(pid)
    return bool(fields) and fields[0] != "Z"


def live_group_members(pgid: int) -> list[int]:
    """Processes (zombies excluded) in process group `pgid`."""
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = stat_fields(int(entry))
            if len(fields) > 2 and fields[0] != "Z" and int(fields[2]) == pgid:
                members.append(int(entry))
    return members
