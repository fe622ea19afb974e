"""A user-space impaired link: a network namespace behind a TUN pair with loss, delay, outages.

The kernel here has no netem and no iptables, so the impairment lives in this process: two
TUN devices (one on the host, one moved into a fresh network namespace, both in one /24) and
a forwarder thread that copies IP packets between them, dropping and delaying each one.

    with ImpairedLink() as link:                       # namespace "impairN", 10.250.N.0/24
        link.set(Impairment(loss=0.05, delay_ms=40, jitter_ms=40))
        proc = link.popen([sys.executable, "-m", "some.agent"])  # runs inside the namespace
        link.outage(3.0)                               # drop everything for 3 s
        link.change_address()                          # "VPN reconnect": a new agent address

Host side: `link.host_ip` (bind servers there). Namespace side: `link.ns_ip` (changes on
`change_address`). Needs root and /dev/net/tun; `unavailable()` says why not.

Delay keeps each direction in order (as a tunnel does, and netem with a rate): a packet is
never released before the one sent ahead of it in the same direction. Jitter is uniform in
[-jitter, +jitter] around the delay, clamped at zero. Burst loss is a Gilbert-Elliott chain:
every packet is lost in the bad state, none in the good one; `loss` is the long-run rate and
`burst` the mean number of packets lost in a row.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import fcntl
import heapq
import os
import random
import select
import shutil
import struct
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from typing import IO

TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000


@dataclasses.dataclass(frozen=True)
class Impairment:
    """What one direction of the link does to packets (all zero: a clean link)."""

    loss: float = 0.0  # long-run fraction lost, 0..1
    delay_ms: float = 0.0
    jitter_ms: float = 0.0  # uniform in [-jitter, +jitter] around delay_ms
    burst: float = 0.0  # > 1: Gilbert-Elliott bursts of this mean length instead of uniform loss

    def describe(self) -> str:
        parts = []
        if self.loss:
            kind = f" bursts~{self.burst:g}" if self.burst > 1 else ""
            parts.append(f"{self.loss * 100:g}% loss{kind}")
        if self.delay_ms or self.jitter_ms:
            parts.append(f"{self.delay_ms:g}±{self.jitter_ms:g} ms")
        return ", ".join(parts) or "clean"


CLEAN = Impairment()


@dataclasses.dataclass
class DirectionStats:
    """Counters of one direction since the link started (or `reset_stats`)."""

    received: int = 0
    forwarded: int = 0
    lost: int = 0  # dropped by the loss model
    blacked_out: int = 0  # dropped during an outage


class _Direction:
    """One way through the link: loss model state, its RNG, and the last release time."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.impairment = CLEAN
        self.bad = False  # Gilbert-Elliott state
        self.last_due = 0.0
        self.stats = DirectionStats()

    def lose(self) -> bool:
        imp = self.impairment
        if imp.loss <= 0:
            return False
        if imp.burst <= 1:
            return self.rng.random() < imp.loss
        # Two states; bad loses every packet. r = P(bad -> good) = 1/burst,
        # p = P(good -> bad) chosen so that the stationary share of bad is `loss`.
        r = 1.0 / imp.burst
        p = imp.loss * r / (1.0 - imp.loss)
        if self.bad:
            self.bad = self.rng.random() >= r
        else:
            self.bad = self.rng.random() < p
        return self.bad

    def due(self, now: float) -> float:
        imp = self.impairment
        delay = imp.delay_ms
        if imp.jitter_ms:
            delay += self.rng.uniform(-imp.jitter_ms, imp.jitter_ms)
        at = max(now + max(delay, 0.0) / 1000.0, self.last_due)
        self.last_due = at
        return at


def unavailable() -> str | None:
    """Why an impaired link cannot be built here, or None."""
    if os.geteuid() != 0:
        return "the impaired link needs root (network namespaces, TUN devices)"
    if not os.path.exists("/dev/net/tun"):
        return "no /dev/net/tun"
    if shutil.which("ip") is None:
        return "no `ip` command (iproute2)"
    return None


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


def _open_tun(name: str) -> int:
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    try:
        fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    except OSError:
        os.close(fd)
        raise
    return fd


def _free_subnet() -> int:
    """A third octet N with 10.250.N.0/24 unused on the host (several links may coexist)."""
    used = subprocess.run(["ip", "-o", "addr"], capture_output=True, text=True).stdout
    names = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    start = os.getpid() % 200
    for i in range(200):
        n = 20 + (start + i) % 200
        if f"10.250.{n}." not in used and f"impair{n} " not in names + " ":
            return n
    raise RuntimeError("no free 10.250.N.0/24 subnet for an impaired link")


class ImpairedLink:
    """A namespace reached from the host through an impaired TUN pair (see the module doc)."""

    def __init__(self, seed: int = 1) -> None:
        reason = unavailable()
        if reason:
            raise RuntimeError(reason)
        self.subnet = _free_subnet()
        self.netns = f"impair{self.subnet}"
        self.host_dev = f"imh{self.subnet}"
        self.ns_dev = f"imn{self.subnet}"
        self.host_ip = f"10.250.{self.subnet}.1"
        self.ns_ip = f"10.250.{self.subnet}.2"
        self._next_host = 2
        # to_ns: host -> namespace (what the agent receives); from_ns: namespace -> host
        self.to_ns = _Direction(seed)
        self.from_ns = _Direction(seed + 1000)
        self._outage_until = 0.0
        self._down = False
        self._lock = threading.Lock()
        self._stop = False
        self._stopped = False
        self._fds: tuple[int, int] | None = None
        self._wake_r, self._wake_w = os.pipe()
        self._thread: threading.Thread | None = None

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> ImpairedLink:
        _ip("netns", "add", self.netns)
        atexit.register(self.stop)  # no namespace left behind by a run that failed
        try:
            host_fd = _open_tun(self.host_dev)
            ns_fd = _open_tun(self.ns_dev)
            self._fds = (host_fd, ns_fd)
            _ip("addr", "add", f"{self.host_ip}/24", "dev", self.host_dev)
            _ip("link", "set", self.host_dev, "up")
            _ip("link", "set", self.ns_dev, "netns", self.netns)
            _ip("-n", self.netns, "link", "set", "lo", "up")
            _ip("-n", self.netns, "addr", "add", f"{self.ns_ip}/24", "dev", self.ns_dev)
            _ip("-n", self.netns, "link", "set", self.ns_dev, "up")
            _ip("-n", self.netns, "route", "add", "default", "dev", self.ns_dev)
        except Exception:
            self.stop()
            raise
        self._thread = threading.Thread(
            target=self._run, name=f"netimpair-{self.subnet}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        atexit.unregister(self.stop)
        self._stop = True
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        if self._fds is not None:
            for fd in self._fds:  # closing a TUN fd deletes its device, wherever it lives
                with contextlib.suppress(OSError):
                    os.close(fd)
            self._fds = None
        subprocess.run(["ip", "netns", "del", self.netns], capture_output=True)
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)

    def __enter__(self) -> ImpairedLink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- control ------------------------------------------------------------------------

    def set(
        self,
        both: Impairment | None = None,
        *,
        to_ns: Impairment | None = None,
        from_ns: Impairment | None = None,
    ) -> None:
        """Impair both directions alike, or each on its own (None leaves one unchanged)."""
        with self._lock:
            if both is not None:
                self.to_ns.impairment = self.from_ns.impairment = both
            if to_ns is not None:
                self.to_ns.impairment = to_ns
            if from_ns is not None:
                self.from_ns.impairment = from_ns

    def outage(self, seconds: float) -> None:
        """Drop every packet, both ways, for the next `seconds` (returns at once)."""
        with self._lock:
            self._outage_until = time.monotonic() + seconds

    def down(self) -> None:
        """Drop every packet until `up()` (a link that is gone, e.g. a VPN reconnecting)."""
        with self._lock:
            self._down = True

    def up(self) -> None:
        with self._lock:
            self._down = False
            self._outage_until = 0.0

    def change_address(self) -> str:
        """Move the namespace's address to a new one in the same /24; returns it.

        The old address is removed, so sockets bound to it stop working and sockets bound
        to 0.0.0.0 start sending from the new one (what a VPN reconnect does)."""
        old = self.ns_ip
        self._next_host += 1
        new = f"10.250.{self.subnet}.{self._next_host}"
        # delete first: deleting a primary address also deletes the secondaries of its /24
        _ip("-n", self.netns, "addr", "del", f"{old}/24", "dev", self.ns_dev)
        _ip("-n", self.netns, "addr", "add", f"{new}/24", "dev", self.ns_dev)
        _ip("-n", self.netns, "route", "replace", "default", "dev", self.ns_dev)
        self.ns_ip = new
        return new

    def reset_stats(self) -> None:
        with self._lock:
            self.to_ns.stats = DirectionStats()
            self.from_ns.stats = DirectionStats()

    # -- running things inside the namespace --------------------------------------------

    def command(self, argv: Sequence[str]) -> list[str]:
        """`argv` prefixed so that it runs inside the namespace."""
        return ["ip", "netns", "exec", self.netns, *argv]

    def popen(
        self,
        argv: Sequence[str],
        *,
        stdin: int | IO[str] | None = None,
        stdout: int | IO[str] | None = None,
        stderr: int | IO[str] | None = None,
        env: dict[str, str] | None = None,
        cwd: str | None = None,
        text: bool = True,
    ) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(argv),
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            env=env,
            cwd=cwd,
            text=text,
            start_new_session=True,
        )

    # -- the forwarder ------------------------------------------------------------------

    def _run(self) -> None:
        assert self._fds is not None
        host_fd, ns_fd = self._fds
        heap: list[tuple[float, int, int, bytes]] = []
        seq = 0
        routes = {host_fd: (self.to_ns, ns_fd), ns_fd: (self.from_ns, host_fd)}
        while not self._stop:
            now = time.monotonic()
            while heap and heap[0][0] <= now:
                _, _, out_fd, packet = heapq.heappop(heap)
                with contextlib.suppress(OSError):
                    os.write(out_fd, packet)
            timeout = max(0.0, heap[0][0] - now) if heap else 0.5
            try:
                ready, _, _ = select.select([host_fd, ns_fd, self._wake_r], [], [], timeout)
            except (OSError, ValueError):
                return
            now = time.monotonic()
            for fd in ready:
                if fd == self._wake_r:
                    continue
                direction, out_fd = routes[fd]
                while True:
                    try:
                        packet = os.read(fd, 65535)
                    except BlockingIOError:
                        break
                    except OSError:
                        return
                    with self._lock:
                        direction.stats.received += 1
                        if self._down or now < self._outage_until:
                            direction.stats.blacked_out += 1
                            continue
                        if direction.lose():
                            direction.stats.lost += 1
                            continue
                        due = direction.due(now)
                        direction.stats.forwarded += 1
                    seq += 1
                    heapq.heappush(heap, (due, seq, out_fd, packet))


@contextlib.contextmanager
def impaired_link(impairment: Impairment = CLEAN, seed: int = 1) -> Iterator[ImpairedLink]:
    """An `ImpairedLink` started with `impairment` both ways and stopped afterwards."""
    link = ImpairedLink(seed)
    link.start()
    try:
        link.set(impairment)
        yield link
    finally:
        link.stop()
