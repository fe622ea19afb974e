"""Sign-in attempts for leads: who tried which agent ID from where, and lock-outs
(`GET /auth/attempts`); a table model and a presenter (QtCore only)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor

from agent_desktop.cti import CtiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import SignInAttempt
from agent_desktop.supervisor.api import SupervisorApi
from agent_desktop.supervisor.formatting import format_clock, format_duration
from agent_desktop.supervisor.table_base import SORT_ROLE, KeyedTableModel

log = logging.getLogger(__name__)
WINDOW_S = 24 * 3600  # the page shows the last day


class SignInModel(KeyedTableModel[SignInAttempt]):
    """Time, agent ID, address, outcome, device; lock-outs in red."""

    column_count = 5

    def __init__(
        self, clock: Callable[[], float] = time.time, parent: QObject | None = None
    ) -> None:
        super().__init__(lambda r: (r.at, r.agent_id, r.client, r.outcome), clock, parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Agent ID"),
            self.tr("Address"),
            self.tr("Outcome"),
            self.tr("Device"),
        ]

    def outcome(self, row: SignInAttempt) -> str:
        if row.outcome == "signed_in":
            return self.tr("Signed in")
        if row.outcome == "wrong_password":
            return self.tr("Wrong password")
        return self.tr("Locked out for %1").replace("%1", format_duration(row.locked_seconds))

    def cell(self, row: SignInAttempt, column: int, role: int, now: float) -> Any:
        if role == SORT_ROLE and column == 0:
            return row.at
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return [
                format_clock(row.at),
                row.agent_id,
                row.client,
                self.outcome(row),
                self.tr("known") if row.known_device else "—",
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and row.outcome == "locked_out":
            return QColor("#cf222e")
        return None


class SignInsPresenter(QObject):
    """Loads the last day's attempts, newest first."""

    loaded = Signal(int)  # rows
    failed = Signal(str)

    def __init__(
        self,
        api: SupervisorApi,
        tasks: TaskRunner,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._tasks = tasks
        self._clock = clock
        self.model = SignInModel(clock, self)

    def refresh(self) -> None:
        self._tasks.spawn(self._load(), "sign-in-attempts")

    async def _load(self) -> None:
        try:
            rows = await self.api.sign_in_attempts(self._clock() - WINDOW_S)
        except CtiError as exc:
            log.info("sign-in attempts not loaded: %s", exc)
            self.failed.emit(self.tr("Sign-in attempts not loaded: %1").replace("%1", str(exc)))
            return
        self.model.reset(rows)
        self.loaded.emit(len(rows))
