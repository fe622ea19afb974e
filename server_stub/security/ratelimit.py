"""Sign-in limits: backoff per (agent, address) or (agent, known device), a per-address ceiling.

One office behind one NAT is one address: a colleague's typos, or someone guessing a
named agent's password, must not lock everyone else out. So failures count per agent
*and* address; after `free_failures` each further failure doubles a lock-out (from
`base_lockout` up to `max_lockout`) for that pair only. A generous ceiling of failures per
address and minute stops a spray across many agent IDs. A desktop the agent has signed in
from before (a known device) is counted on its own key and is exempt from the address
ceiling, so the right password from it gets through while strangers are locked out.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass
class _Backoff:
    failures: int = 0
    locked_until: float = 0.0
    last: float = 0.0


@dataclass(frozen=True)
class Attempt:
    """Who tries: the agent ID typed, the client address, the known-device key if any."""

    agent_id: str
    address: str
    device: str | None = None  # hash of a device ID this agent signed in from before

    @property
    def pair(self) -> str:
        where = f"device:{self.device}" if self.device else f"address:{self.address}"
        return f"{self.agent_id}\x00{where}"


class SignInLimiter:
    def __init__(
        self,
        free_failures: int = 5,
        base_lockout: float = 30.0,
        max_lockout: float = 900.0,
        address_ceiling: int = 100,
        window: float = 60.0,
        max_keys: int = 100_000,
    ) -> None:
        self.free_failures = free_failures
        self.base_lockout = base_lockout
        self.max_lockout = max_lockout
        self.address_ceiling = address_ceiling
        self.window = window
        self._max_keys = max_keys
        self._pairs: dict[str, _Backoff] = {}
        self._addresses: dict[str, deque[float]] = {}

    def retry_after(self, attempt: Attempt, now: float) -> float:
        """Seconds until this attempt may be tried; 0 when it may be tried now."""
        wait = 0.0
        state = self._pairs.get(attempt.pair)
        if state is not None:
            wait = max(0.0, state.locked_until - now)
        if attempt.device is None:
            times = self._addresses.get(attempt.address)
            if times:
                while times and times[0] <= now - self.window:
                    times.popleft()
                if len(times) >= self.address_ceiling:
                    wait = max(wait, times[0] + self.window - now)
        return wait

    def failed(self, attempt: Attempt, now: float) -> float:
        """Count a wrong password; returns the lock-out it starts (0 while still free)."""
        state = self._pairs.get(attempt.pair)
        if state is None or now - state.last > self.max_lockout + self.window:
            state = _Backoff()  # quiet for long enough: start over
        self._remember(self._pairs, attempt.pair, state)
        state.failures += 1
        state.last = now
        lockout = 0.0
        if state.failures >= self.free_failures:
            lockout = min(
                self.max_lockout, self.base_lockout * 2 ** (state.failures - self.free_failures)
            )
            state.locked_until = now + lockout
        if attempt.device is None:
            times = self._addresses.get(attempt.address) or deque()
            self._remember(self._addresses, attempt.address, times)
            times.append(now)
        return lockout

    def succeeded(self, attempt: Attempt) -> None:
        self._pairs.pop(attempt.pair, None)

    def _remember(self, table: dict, key: str, value: object) -> None:  # type: ignore[type-arg]
        if key not in table and len(table) >= self._max_keys:
            # Bounded memory under a spray of random IDs: forget the oldest key.
            table.pop(next(iter(table)))
        table[key] = value
