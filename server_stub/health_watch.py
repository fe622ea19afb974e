"""Pushes /health changes to leads and admins (`system_health_changed`), so a fault such
as a full recordings disk or a dead SIP edge raises an alarm on the supervisor screen
the moment it is seen, and clears it when the check is ok again (issue 21)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Literal

from agent_desktop.protocol import SystemHealthChanged
from server_stub.events import SUPERVISOR_ROLES, EventBus
from server_stub.periodic import Periodic

log = logging.getLogger(__name__)

Checks = Callable[[], dict[str, str]]


class HealthNotifier:
    """`system_health_changed`, built once here, to leads and admins."""

    def __init__(self, bus: EventBus) -> None:
        self._bus = bus

    def changed(self, checks: dict[str, str]) -> None:
        status: Literal["ok", "degraded"] = (
            "ok" if all(v == "ok" for v in checks.values()) else "degraded"
        )
        self._bus.publish(SystemHealthChanged(status=status, checks=checks), roles=SUPERVISOR_ROLES)


class HealthWatch:
    """Evaluates the checks every `interval` seconds; publishes when any value changes."""

    def __init__(self, checks: Checks, bus: EventBus, interval: float = 2.0) -> None:
        self._checks = checks
        self._notifier = HealthNotifier(bus)
        self._last: dict[str, str] | None = None
        self._loop = Periodic("health-watch", interval, self.check)
        self._paused = False

    def start(self) -> None:
        self._loop.start()

    def pause(self) -> None:
        """The server is stopping: what goes down with it is no alarm (`check` keeps the
        last figures)."""
        self._paused = True

    async def stop(self) -> None:
        await self._loop.stop()

    def check(self) -> dict[str, str]:
        if self._paused and self._last is not None:
            return self._last
        checks = self._checks()
        if checks != self._last:
            for name, value in checks.items():
                before = (self._last or {}).get(name, "ok")
                if value != before:
                    if value == "ok":
                        log.warning("health: %s ok again", name)
                    else:
                        log.error("health: %s %s", name, value)
            self._last = checks
            self._notifier.changed(checks)
        return checks
