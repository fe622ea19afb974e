"""The user-space impaired link: UDP echoed through it sees the loss, delay, order, outage
and address change that were set."""

from __future__ import annotations

import itertools
import socket
import statistics
import struct
import sys
import time
from collections.abc import Iterator

import pytest

from tests.support.netimpair import CLEAN, ImpairedLink, Impairment, unavailable

ECHO = """
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("0.0.0.0", 9999))
while True:
    data, addr = s.recvfrom(2048)
    s.sendto(data, addr)
"""

pytestmark = pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))


@pytest.fixture(scope="module")
def link() -> Iterator[ImpairedLink]:
    with ImpairedLink(seed=7) as link:
        echo = link.popen([sys.executable, "-c", ECHO])
        try:
            _wait_echo(link)
            yield link
        finally:
            echo.kill()
            echo.wait()


def _wait_echo(link: ImpairedLink) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(0.2)
        for _ in range(100):
            s.sendto(b"ping", (link.ns_ip, 9999))
            try:
                s.recvfrom(64)
                return
            except TimeoutError:
                continue
    raise AssertionError("the echo in the namespace never answered")


def _echo(link: ImpairedLink, count: int, spacing: float) -> dict[int, float]:
    """Send `count` numbered datagrams `spacing` s apart; sequence -> round trip (s), in
    the order the echoes came back."""
    sent: dict[int, float] = {}
    back: dict[int, float] = {}
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.setblocking(False)
        start = time.monotonic()
        for i in range(count):
            while time.monotonic() < start + i * spacing:
                _drain(s, sent, back)
                time.sleep(0.0005)
            sent[i] = time.monotonic()
            s.sendto(struct.pack("!I", i) + b"x" * 156, (link.ns_ip, 9999))  # RTP-sized
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            _drain(s, sent, back)
            time.sleep(0.002)
    return back


def _drain(s: socket.socket, sent: dict[int, float], back: dict[int, float]) -> None:
    while True:
        try:
            data = s.recv(2048)
        except BlockingIOError:
            return
        seq = struct.unpack("!I", data[:4])[0]
        back[seq] = time.monotonic() - sent[seq]


def test_clean_link_passes_everything(link: ImpairedLink) -> None:
    link.set(CLEAN)
    back = _echo(link, 200, 0.002)
    assert len(back) == 200


def test_uniform_loss_is_close_to_the_rate_set(link: ImpairedLink) -> None:
    link.set(to_ns=Impairment(loss=0.10), from_ns=CLEAN)
    link.reset_stats()
    back = _echo(link, 2000, 0.001)
    link.set(CLEAN)
    lost = 1 - len(back) / 2000
    assert 0.08 <= lost <= 0.12, lost
    assert link.to_ns.stats.lost == 2000 - len(back)
    assert link.from_ns.stats.lost == 0


def test_burst_loss_has_the_rate_and_burst_length_set(link: ImpairedLink) -> None:
    link.set(to_ns=Impairment(loss=0.03, burst=5), from_ns=CLEAN)
    back = _echo(link, 5000, 0.0005)
    link.set(CLEAN)
    missing = [i for i in range(5000) if i not in back]
    runs = [1]
    for a, b in itertools.pairwise(missing):
        if b == a + 1:
            runs[-1] += 1
        else:
            runs.append(1)
    assert 0.015 <= len(missing) / 5000 <= 0.05, len(missing)
    assert 3.0 <= statistics.mean(runs) <= 8.0, runs  # bursts, not single losses
    assert max(runs) >= 5


def test_delay_and_jitter_are_close_to_what_was_set(link: ImpairedLink) -> None:
    link.set(CLEAN)
    clean = _echo(link, 50, 0.02).values()
    base, fastest = statistics.median(clean), min(clean)
    link.set(to_ns=Impairment(delay_ms=40, jitter_ms=10), from_ns=CLEAN)
    rtts = _echo(link, 100, 0.02)
    link.set(CLEAN)
    added = sorted((rtt - base) * 1000 for rtt in rtts.values())
    assert len(added) == 100
    # Never earlier than delay - jitter (less a millisecond), over the fastest clean trip:
    # on a loaded machine the clean median is itself late, so it cannot be the floor.
    assert min(rtts.values()) - fastest >= 0.029
    assert 34 <= statistics.median(added) <= 50, added
    assert max(added) - min(added) >= 10  # it does jitter


def test_jitter_keeps_each_direction_in_order(link: ImpairedLink) -> None:
    link.set(Impairment(delay_ms=40, jitter_ms=40))
    back = _echo(link, 300, 0.005)
    link.set(CLEAN)
    order = list(back)
    assert len(order) == 300
    assert order == sorted(order)


def test_an_outage_drops_everything_for_its_duration(link: ImpairedLink) -> None:
    link.set(CLEAN)
    link.reset_stats()
    sent_at = time.monotonic()
    link.outage(0.5)
    back = _echo(link, 150, 0.01)  # 1.5 s: the first third falls in the outage
    missing = [i for i in range(150) if i not in back]
    assert 40 <= len(missing) <= 60, missing
    assert missing == list(range(missing[0], missing[-1] + 1))  # one contiguous hole
    assert link.to_ns.stats.blacked_out == len(missing)
    assert time.monotonic() - sent_at > 0.5


def test_down_and_up(link: ImpairedLink) -> None:
    link.down()
    assert _echo(link, 20, 0.01) == {}
    link.up()
    assert len(_echo(link, 20, 0.01)) == 20


def test_address_change_moves_the_namespace_to_a_new_address(link: ImpairedLink) -> None:
    link.set(CLEAN)
    old = link.ns_ip
    new = link.change_address()
    assert new != old and link.ns_ip == new
    assert len(_echo(link, 20, 0.01)) == 20  # the echo (bound to 0.0.0.0) answers there
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(0.5)
        s.sendto(b"old", (old, 9999))
        with pytest.raises(TimeoutError):
            s.recvfrom(64)
