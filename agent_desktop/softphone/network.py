"""Network watch for the softphone: is the SIP edge reachable, and from which address?

A remote agent's link drops (Wi-Fi, VPN reconnect) without any SIP traffic to notice it:
the registration stays valid at the edge for minutes while calls to the agent would go
nowhere. So `RegistrarProbe` sends a small SIP OPTIONS keep-alive to the registrar over
its own UDP socket every `interval_s` (the edge answers "200 Keepalive") and notes the
local address the system routes from. `poll()` reports what changed:

- LOST: no answer for `lost_after_s` (or no route at all);
- RESTORED: answers again after a loss;
- ADDRESS_CHANGED: this computer reaches the edge from another address (VPN reconnect).

No pjsua2 and no Qt; the clock and the socket factory are injectable for tests.
"""

from __future__ import annotations

import logging
import secrets
import socket
import time
from collections.abc import Callable
from enum import StrEnum

log = logging.getLogger(__name__)


class NetworkChange(StrEnum):
    LOST = "lost"
    RESTORED = "restored"
    ADDRESS_CHANGED = "address_changed"


class RegistrarProbe:
    """OPTIONS pings to `host:port` over UDP; call `poll()` often (each pump)."""

    def __init__(
        self,
        host: str,
        port: int,
        interval_s: float = 2.0,
        lost_after_s: float = 4.5,
        clock: Callable[[], float] = time.monotonic,
        make_socket: Callable[[], socket.socket] | None = None,
    ) -> None:
        self.host, self.port = host, port
        self.interval_s, self.lost_after_s = interval_s, lost_after_s
        self._clock = clock
        self._make_socket = make_socket or (
            lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        )
        self._sock: socket.socket | None = None
        self._call_id = secrets.token_hex(8)
        self._cseq = 0
        self._next_send = 0.0
        now = clock()
        self._last_answer = now  # a fresh probe assumes the network is up
        self.lost = False
        self.local_address: str | None = None

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _socket(self) -> socket.socket:
        if self._sock is None:
            sock = self._make_socket()
            sock.setblocking(False)
            self._sock = sock
        return self._sock

    def _route_address(self) -> str | None:
        """The local address the system uses towards the edge now (None: no route)."""
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect((self.host, self.port))  # no packet is sent
                return str(s.getsockname()[0])
        except OSError:
            return None

    def _options(self, local: str) -> bytes:
        self._cseq += 1
        branch = "z9hG4bK" + secrets.token_hex(6)
        return (
            f"OPTIONS sip:{self.host}:{self.port} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP {local};branch={branch};rport\r\n"
            "Max-Forwards: 70\r\n"
            f"From: <sip:keepalive@{local}>;tag={self._call_id[:8]}\r\n"
            f"To: <sip:{self.host}:{self.port}>\r\n"
            f"Call-ID: {self._call_id}@softphone-probe\r\n"
            f"CSeq: {self._cseq} OPTIONS\r\n"
            "Content-Length: 0\r\n\r\n"
        ).encode()

    def _read_answers(self, now: float) -> None:
        sock = self._sock
        if sock is None:
            return
        while True:
            try:
                data = sock.recv(4096)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # e.g. ICMP port unreachable: no answer
            if data.startswith(b"SIP/2.0 ") and self._call_id.encode() in data:
                self._last_answer = now

    def poll(self) -> NetworkChange | None:
        """Send the next ping when due, read answers; the change since the last poll."""
        now = self._clock()
        self._read_answers(now)
        change: NetworkChange | None = None
        if now >= self._next_send:
            self._next_send = now + self.interval_s
            local = self._route_address()
            if local is not None and self.local_address not in (None, local):
                log.info(
                    "network: this computer now reaches the SIP edge from %s (was %s)",
                    local,
                    self.local_address,
                )
                change = NetworkChange.ADDRESS_CHANGED
                self.close()  # a socket of the old address may be dead
            if local is not None:
                self.local_address = local
                try:
                    self._socket().sendto(self._options(local), (self.host, self.port))
                except OSError as exc:
                    log.debug("network probe not sent: %s", exc)
        silent = now - self._last_answer
        if not self.lost and silent >= self.lost_after_s:
            self.lost = True
            log.warning(
                "network: the SIP edge %s:%s has not answered for %.0f s",
                self.host,
                self.port,
                silent,
            )
            return NetworkChange.LOST
        if self.lost and silent < self.lost_after_s:
            self.lost = False
            log.info("network: the SIP edge answers again")
            return NetworkChange.RESTORED
        return change
