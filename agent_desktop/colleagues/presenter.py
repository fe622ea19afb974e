"""The presence directory outside a call: signed-in colleagues with their state, loaded
from `GET /calls/directory` while the Colleagues tab is shown; calling one (internal call)
or picking up the call ringing one goes to the call presenter."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import CtiError, NotAvailable
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import DirectoryAgent

log = logging.getLogger(__name__)


class ColleaguesPresenter(QObject):
    """`agents` as last loaded; `changed` after each load (or failure: `error`)."""

    changed = Signal()

    def __init__(
        self,
        session: SessionPresenter,
        calls: CallPresenter,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session, self._calls, self._tasks = session, calls, tasks
        self.agents: list[DirectoryAgent] = []
        self.error = ""
        self._loading: asyncio.Task[None] | None = None
        self._closed = False

    def close(self) -> None:
        """Signed out: a load in flight ends without touching this (deleted) presenter."""
        self._closed = True
        if self._loading is not None:
            self._loading.cancel()

    def refresh(self) -> None:
        if not self._closed and (self._loading is None or self._loading.done()):
            self._loading = self._tasks.spawn(self._load(), "colleagues")

    async def _load(self) -> None:
        client = self._session.client
        if client is None:
            return
        try:
            directory = await client.directory()
        except NotAvailable:  # an older server
            self.error = self.tr("The directory is not available on this server yet.")
        except CtiError as exc:
            log.info("colleagues not loaded: %s", exc)
            self.error = self.tr("The directory could not be loaded: %1").replace(
                "%1", getattr(exc, "message", "") or str(exc)
            )
        else:
            self.agents, self.error = directory.agents, ""
        if not self._closed:
            self.changed.emit()

    def find(self, agent_id: str) -> DirectoryAgent | None:
        return next((a for a in self.agents if a.agent_id == agent_id), None)

    def call(self, agent_id: str) -> None:
        """Internal call (内线) to `agent_id`: my phone rings first, then theirs."""
        self._calls.call_internal(agent_id)

    def pick_up(self, agent_id: str) -> bool:
        """Pickup (代答) of the call ringing `agent_id` (False when none I may take)."""
        agent = self.find(agent_id)
        if agent is None or not agent.pickup_call_id:
            return False
        self._calls.pick_up(agent.pickup_call_id, agent.agent_id)
        return True

    def first_pickup(self) -> str:
        """The first colleague ringing with a call I may pick up ("" when none)."""
        return next((a.agent_id for a in self.agents if a.pickup_call_id), "")
