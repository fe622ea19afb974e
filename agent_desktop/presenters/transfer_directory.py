"""Where the call in hand can be transferred: agents with their state, queues by display
name, recent numbers; loaded from the server when a call is answered and again whenever the
agent opens the target list (queue counts and agents' states go stale during a call)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import CtiError
from agent_desktop.presenters.call import DIALLING, ON_CALL, CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import TransferTargets

log = logging.getLogger(__name__)
RECENT_NUMBERS = 8


@dataclass(frozen=True)
class TransferChoice:
    """One entry of the picker: what to send (`target`) and how to show it."""

    kind: str  # agent / queue / number
    target: str
    label: str
    available: bool = True  # an agent who can take it now (ready) or a staffed queue


class TransferDirectory(QObject):
    """`choices(kind)` for the softphone panel's picker; `changed` when they are reloaded."""

    changed = Signal()

    def __init__(self, session: SessionPresenter, calls: CallPresenter, tasks: TaskRunner) -> None:
        super().__init__()
        self._session, self._calls, self._tasks = session, calls, tasks
        self.targets = TransferTargets()
        self.recent: list[str] = []
        self._loaded_for = ""
        self._loading: asyncio.Task[None] | None = None
        calls.phase_changed.connect(self._on_phase_changed)
        session.signed_out.connect(lambda _m: self._clear())

    def _clear(self) -> None:
        self.targets, self.recent, self._loaded_for = TransferTargets(), [], ""
        self.changed.emit()

    def _on_phase_changed(self, phase: str) -> None:
        if phase == ON_CALL and self._calls.call_id and self._calls.call_id != self._loaded_for:
            self.refresh()
        elif phase == DIALLING:
            self._loaded_for = ""

    def refresh(self) -> None:
        """Reload the directory for the call in hand (agents' states change all the time)."""
        call_id = self._calls.call_id
        if call_id:
            self._loaded_for = call_id
            self._loading = self._tasks.spawn(self._load(call_id), "transfer-directory")

    def list_opened(self) -> None:
        """The agent is about to pick a target: reload, unless a load is already under way."""
        if self._calls.phase == ON_CALL and not (self._loading and not self._loading.done()):
            self.refresh()

    async def _load(self, call_id: str) -> None:
        client = self._session.client
        if client is None:
            return
        try:
            targets = await client.transfer_targets(call_id)
            calls = (await client.my_calls()).calls
        except CtiError as exc:
            log.info("transfer directory not loaded: %s", exc)
            return
        numbers: list[str] = []
        for call in calls:  # newest first: the numbers I talked to lately
            number = call.dnis if call.direction == "outbound" else call.ani
            if number and number not in numbers:
                numbers.append(number)
        self._calls.known_queue_names.update(
            {q.name: q.display_name for q in targets.queues if q.display_name}
        )
        if call_id == self._calls.call_id:
            self.targets, self.recent = targets, numbers[:RECENT_NUMBERS]
            self.changed.emit()

    def remember(self, number: str) -> None:
        """A number just transferred to goes first in the recent list."""
        self.recent = [number, *[n for n in self.recent if n != number]][:RECENT_NUMBERS]
        self.changed.emit()

    def choices(self, kind: str) -> list[TransferChoice]:
        if kind == "agent":
            names = {
                "ready": self.tr("Ready"),
                "not_ready": self.tr("Not ready"),
                "reserved": self.tr("Ringing"),
                "on_call": self.tr("On call"),
                "wrap_up": self.tr("Wrap-up"),
            }
            return [
                TransferChoice(
                    "agent",
                    a.agent_id,
                    f"{a.agent_id} {a.name} · {names.get(a.state.value, '')}",
                    a.state.value == "ready",
                )
                for a in self.targets.agents
            ]
        if kind == "queue":
            return [
                TransferChoice(
                    "queue",
                    q.name,
                    self.tr("%1 · %2 ready, %3 waiting")
                    .replace("%1", q.display_name)
                    .replace("%2", str(q.ready))
                    .replace("%3", str(q.waiting)),
                    q.ready > 0,
                )
                for q in self.targets.queues
            ]
        return [TransferChoice("number", n, n) for n in self.recent]
