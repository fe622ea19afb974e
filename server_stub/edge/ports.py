"""Is the SIP edge's port free, and if not, who holds it (issue 19).

Kamailio that cannot bind its port exits with "Address already in use" buried in its
log. Before it starts, the edge tries the binds itself and names the process holding
the port (from /proc/net and /proc/<pid>/fd), so the operator reads one clear line.
Orphans of a crashed run on the same data directory are stopped before this check
(`data_lock`); what is left belongs to something else.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
from dataclasses import dataclass

from server_stub.procfs import proc_bytes

_LISTEN = "0A"  # TCP state in /proc/net/tcp


@dataclass(frozen=True)
class TakenPort:
    host: str
    port: int
    proto: str  # "udp" or "tcp"
    holders: tuple[int, ...]  # pids, when they can be found

    def describe(self) -> str:
        who = ", ".join(f"pid {pid} ({_command(pid)})" for pid in self.holders)
        return (
            f"{self.proto} port {self.port} on {self.host} is taken by {who or 'another process'}"
        )


def _command(pid: int) -> str:
    argv = proc_bytes(pid, "cmdline").split(b"\0")
    text = " ".join(" ".join(a.decode(errors="replace") for a in argv).split())
    return (text[:80] + "…") if len(text) > 80 else (text or "?")


def _bindable(host: str, port: int, proto: str) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    kind = socket.SOCK_DGRAM if proto == "udp" else socket.SOCK_STREAM
    with socket.socket(family, kind) as sock:
        if proto == "tcp":  # as Kamailio does: connections in TIME_WAIT do not count
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:  # anything else (no such address...): Kamailio reports it
            return exc.errno != errno.EADDRINUSE
    return True


def _socket_inodes(port: int, proto: str) -> set[str]:
    inodes: set[str] = set()
    for table in (f"/proc/net/{proto}", f"/proc/net/{proto}6"):
        with contextlib.suppress(OSError), open(table) as f:
            next(f, None)  # header
            for line in f:
                fields = line.split()
                if len(fields) < 10:
                    continue
                local, state, inode = fields[1], fields[3], fields[9]
                if int(local.rsplit(":", 1)[1], 16) != port:
                    continue
                if proto == "tcp" and state != _LISTEN:
                    continue
                inodes.add(inode)
    return inodes


def _holders(inodes: set[str]) -> tuple[int, ...]:
    if not inodes:
        return ()
    wanted = {f"socket:[{inode}]" for inode in inodes}
    pids: list[int] = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        with contextlib.suppress(OSError):
            for fd in os.listdir(f"/proc/{entry}/fd"):
                with contextlib.suppress(OSError):
                    if os.readlink(f"/proc/{entry}/fd/{fd}") in wanted:
                        pids.append(int(entry))
                        break
    return tuple(sorted(pids))


def taken_ports(host: str, ports: list[tuple[int, str]]) -> list[TakenPort]:
    """The (port, proto) pairs that cannot be bound on `host`, with who holds them."""
    taken = []
    for port, proto in ports:
        if not _bindable(host, port, proto):
            taken.append(TakenPort(host, port, proto, _holders(_socket_inodes(port, proto))))
    return taken
