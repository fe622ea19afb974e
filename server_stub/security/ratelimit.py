"""Sliding-window limiter for sign-in attempts, keyed by agent ID and by client address."""

from __future__ import annotations

from collections import deque


class RateLimiter:
    """At most `limit` failures per `window` seconds per key; success clears the key."""

    def __init__(self, limit: int = 5, window: float = 60.0, max_keys: int = 100_000) -> None:
        self.limit = limit
        self.window = window
        self._max_keys = max_keys
        self._failures: dict[str, deque[float]] = {}

    def retry_after(self, key: str, now: float) -> float:
        """Seconds until `key` may try again; 0 when it may try now."""
        times = self._failures.get(key)
        if not times:
            return 0.0
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) < self.limit:
            return 0.0
        return times[0] + self.window - now

    def failed(self, key: str, now: float) -> None:
        if len(self._failures) >= self._max_keys and key not in self._failures:
            # Bounded memory under a spray of random IDs: forget the oldest key.
            self._failures.pop(next(iter(self._failures)))
        self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, key: str) -> None:
        self._failures.pop(key, None)
