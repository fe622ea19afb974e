"""The softphone's network watch: OPTIONS keep-alives to a UDP registrar say when the
link is lost and when it is back (a local UDP responder plays the SIP edge)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from agent_desktop.softphone.network import NetworkChange, RegistrarProbe


class Edge:
    """Answers OPTIONS with 200 Keepalive (echoing Via/From/To/Call-ID/CSeq) while `up`."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.up = True
        self.seen: list[bytes] = []
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                data, addr = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            self.seen.append(data)
            if not self.up:
                continue
            head = [
                line
                for line in data.decode().split("\r\n")
                if line.split(":")[0] in ("Via", "From", "To", "Call-ID", "CSeq")
            ]
            reply = (
                "SIP/2.0 200 Keepalive\r\n" + "\r\n".join(head) + "\r\nContent-Length: 0\r\n\r\n"
            )
            self.sock.sendto(reply.encode(), addr)

    def close(self) -> None:
        self._stop = True
        self._thread.join()
        self.sock.close()


@pytest.fixture
def edge() -> Iterator[Edge]:
    e = Edge()
    yield e
    e.close()


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _poll_for(probe: RegistrarProbe, clock: Clock, seconds: float) -> list[NetworkChange]:
    """Poll every 0.1 s of fake time, letting real replies arrive; the changes seen."""
    changes = []
    end = clock.now + seconds
    while clock.now < end:
        change = probe.poll()
        if change is not None:
            changes.append(change)
        time.sleep(0.01)
        clock.now += 0.1
    return changes


def test_probe_notices_a_lost_edge_and_its_return(edge: Edge) -> None:
    clock = Clock()
    probe = RegistrarProbe("127.0.0.1", edge.port, interval_s=1.0, lost_after_s=3.0, clock=clock)
    try:
        assert _poll_for(probe, clock, 5) == []
        assert probe.local_address == "127.0.0.1" and not probe.lost
        assert edge.seen and edge.seen[0].startswith(b"OPTIONS sip:127.0.0.1:")
        edge.up = False  # the link goes down: pings get no answer
        assert _poll_for(probe, clock, 5) == [NetworkChange.LOST]
        assert probe.lost
        edge.up = True
        assert _poll_for(probe, clock, 3) == [NetworkChange.RESTORED]
        assert not probe.lost
    finally:
        probe.close()


def test_no_route_counts_as_lost() -> None:
    clock = Clock()
    probe = RegistrarProbe("127.0.0.1", 9, interval_s=1.0, lost_after_s=2.0, clock=clock)
    try:  # nothing listens on the discard port: ICMP errors, no answers
        assert _poll_for(probe, clock, 3) == [NetworkChange.LOST]
    finally:
        probe.close()
