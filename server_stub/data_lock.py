"""One server per data directory: a locked pid file, and what a crashed run left behind.

`<data-dir>/server.pid` holds the running coordinator's pid under an exclusive `flock`
for its whole life; the kernel drops the lock when the process dies, however it dies. A
second start on the same directory fails with a clear message. A start that takes the
lock after an unclean end (kill -9, OOM killer, power cut) first stops the processes
that run left behind: Kamailio, media workers and the simulator, recognised by
`CALLCENTER_OWNER=<data dir>` in their environment (inherited from the coordinator that
started them, see `tag_children`), so their ports (SIP, RTP) are free again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

from server_stub.procfs import alive, proc_bytes

log = logging.getLogger(__name__)

OWNER_ENV = "CALLCENTER_OWNER"
PID_FILE = "server.pid"
# What a run starts (argv markers) -> how the log names it. Desktops are left alone.
_CHILDREN = (
    ("server_stub.media", "media worker"),
    ("server_stub.sim", "simulator"),
    ("kamailio", "Kamailio"),
)


class DataDirBusyError(RuntimeError):
    """Another live server holds the data directory."""


@dataclass
class Reclaimed:
    """What `DataDirLock.acquire` found of an earlier run."""

    previous_pid: int | None = None  # pid in a pid file nobody held: that run did not stop
    stopped: list[tuple[int, str]] = field(default_factory=list)  # (pid, what) stopped
    kept: list[tuple[int, str]] = field(default_factory=list)  # left running (see `keep`)

    def summary(self) -> str:
        """`Kamailio 4250, 4251; media worker 4261` (or `nothing`), for the log."""
        kinds: dict[str, list[str]] = {}
        for pid, what in sorted(self.stopped):
            kinds.setdefault(what, []).append(str(pid))
        return "; ".join(f"{what} {', '.join(pids)}" for what, pids in kinds.items()) or "nothing"


def _read_pid(path: Path) -> int | None:
    try:
        text = path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def find_orphans(
    owner: str, exclude: set[int], edge_configs: tuple[str, ...] = ()
) -> list[tuple[int, str]]:
    """Live processes tagged with `owner` that a run starts (see `_CHILDREN`), and any
    Kamailio running one of `edge_configs` (also untagged: an older version's)."""
    tag = f"{OWNER_ENV}={owner}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in exclude:
            continue
        pid = int(entry)
        argv = proc_bytes(pid, "cmdline").replace(b"\0", b" ").decode(errors="replace")
        tagged = tag in proc_bytes(pid, "environ").split(b"\0")
        what = next((name for marker, name in _CHILDREN if marker in argv), None)
        if what == "Kamailio" and any(f" {cfg} " in f" {argv} " for cfg in edge_configs):
            tagged = True
        if tagged and what is not None and alive(pid):
            found.append((pid, what))
    return found


def stop_processes(pids: list[int], grace_s: float = 5.0) -> None:
    """SIGTERM, wait up to `grace_s`, then SIGKILL whatever is still running."""
    for sig, wait in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 2.0)):
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            pids = [p for p in pids if alive(p)]
            if not pids:
                return
            time.sleep(0.05)


def running_server(data_dir: Path) -> int | None:
    """The pid of the server that holds `data_dir` now (0 when its pid file is unreadable),
    or None when no server runs there. Takes nothing: for commands that must not write
    behind a running server's back."""
    import fcntl

    path = data_dir / PID_FILE
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _read_pid(path) or 0
    finally:
        os.close(fd)  # also drops the shared lock when it was taken
    return None


class DataDirLock:
    """The pid file of one data directory; `acquire` at start, `release` at exit."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / PID_FILE
        self.owner = str(data_dir.resolve())
        self._fd: int | None = None

    def acquire(self, keep: tuple[str, ...] = ()) -> Reclaimed:
        """Take the directory or raise DataDirBusyError; stop what a dead run left,
        except the kinds in `keep` (e.g. "media worker", "Kamailio": workers holding calls
        over for this run to take back; they are listed in `kept`)."""
        import fcntl  # POSIX only, like the SIP side

        self.data_dir.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                pid = _read_pid(self.path)
                raise DataDirBusyError(
                    f"another callcenter-server (pid {pid or 'unknown'}) is running on "
                    f"{self.data_dir}; stop it first, or start with another --data-dir"
                ) from None
            with contextlib.suppress(FileNotFoundError):
                if os.fstat(fd).st_ino == os.stat(self.path).st_ino:
                    break  # locked the file that is in place (not one just removed)
            os.close(fd)
        reclaimed = Reclaimed(previous_pid=_read_pid(self.path))
        configs = tuple(
            {str(d / "edge" / "kamailio.cfg") for d in (self.data_dir, Path(self.owner))}
        )
        found = find_orphans(self.owner, {os.getpid()}, configs)
        reclaimed.kept = [(pid, what) for pid, what in found if what in keep]
        reclaimed.stopped = [(pid, what) for pid, what in found if what not in keep]
        if reclaimed.stopped:
            stop_processes([pid for pid, _ in reclaimed.stopped])
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return reclaimed

    def tag_children(self) -> None:
        """Mark every process started from now on as this directory's (see module doc)."""
        os.environ[OWNER_ENV] = self.owner

    def release(self) -> None:
        """Remove the pid file (a clean stop) and drop the lock."""
        if self._fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None
