"""Wrap-up: disposition and note go to the local outbox first, then to the server."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import ServerUnreachable
from agent_desktop.outbox import Outbox, OutboxSync
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import CallRecord, Disposition, DispositionRequest, LoginResponse

log = logging.getLogger(__name__)


class WrapUpPresenter(QObject):
    """Which call needs a disposition, the codes to pick from, and the outbox's backlog."""

    call_changed = Signal(str)  # the call waiting for a disposition ("" = none)
    dispositions_changed = Signal(list)
    submitted = Signal(str)  # call id stored in the outbox
    saved = Signal(object)  # CallRecord: a disposition reached the server
    pending_changed = Signal(int)
    error = Signal(str)

    def __init__(
        self,
        session: SessionPresenter,
        calls: CallPresenter,
        outbox: Outbox,
        tasks: TaskRunner,
        retry_initial: float = 1.0,
        retry_max: float = 30.0,
    ) -> None:
        super().__init__()
        self._session = session
        self._tasks = tasks
        self.outbox = outbox
        self.call_id = ""
        self.required = False  # the call's queue wants a disposition before wrap-up ends
        self._calls = calls
        self.dispositions: list[Disposition] = []
        # calls whose disposition another form gives (a campaign call's result): not asked
        self._elsewhere: set[str] = set()
        self.pending = 0
        self.sync = OutboxSync(
            outbox,
            self._send,
            retry_initial,
            retry_max,
            on_change=self._on_pending,
            owner=self._agent_id,
        )
        session.signed_in.connect(self._on_login)
        session.resynced.connect(self._on_login)
        session.connection_changed.connect(self._on_connection)
        calls.call_finished.connect(self._on_call_finished)
        calls.offered.connect(lambda _pop: self._set_call(""))
        self.saved.connect(calls.refresh_history)
        # the next user must not see (or fill in) this user's wrap-up form
        session.signed_out.connect(lambda _message: self._set_call(""))

    def _agent_id(self) -> str | None:
        login = self._session.login
        return login.agent.agent_id if login is not None else None

    def _on_login(self, login: LoginResponse) -> None:
        self.dispositions = list(login.dispositions)
        self.dispositions_changed.emit(self.dispositions)
        self.sync.start()

    def _on_connection(self, connected: bool) -> None:
        if connected:
            self.sync.kick()

    def handled_elsewhere(self, call_id: str) -> None:
        """`call_id`'s disposition is given by another form (an outbound campaign's result,
        which the server records as the call's disposition too): no wrap-up form for it,
        and one already showing for it closes."""
        self._elsewhere.add(call_id)
        if self.call_id == call_id:
            self._set_call("")

    def _on_call_finished(self, call_id: str) -> None:
        if call_id in self._elsewhere:
            self._set_call("")
            return
        pop, login = self._calls.pop, self._session.login
        queue = (pop.call.queue or pop.queue) if pop is not None else ""
        self.required = bool(
            login and any(q.name == queue and q.disposition_required for q in login.queues)
        )
        self._set_call(call_id)

    def _set_call(self, call_id: str) -> None:
        if call_id != self.call_id:
            self.call_id = call_id
            self.call_changed.emit(call_id)

    def _on_pending(self, pending: int) -> None:
        self.pending = pending
        self.pending_changed.emit(pending)

    async def _send(self, call_id: str, request: DispositionRequest) -> CallRecord:
        client = self._session.client
        if client is None:
            raise ServerUnreachable("signed out")
        record = await client.disposition(call_id, request)
        self.saved.emit(record)
        return record

    def submit(self, disposition: str, note: str) -> None:
        if not self.call_id:
            return
        if not disposition:
            self.error.emit(self.tr("Choose a disposition first."))
            return
        self._tasks.spawn(self.submit_async(self.call_id, disposition, note), "wrap-up")

    async def submit_async(self, call_id: str, disposition: str, note: str) -> None:
        await self.outbox.add(call_id, disposition, note.strip(), self._agent_id() or "")
        self._set_call("")
        self.submitted.emit(call_id)
        self._on_pending(await self.outbox.pending_count(self._agent_id()))
        self.sync.start()

    async def stop(self) -> None:
        await self.sync.stop()
