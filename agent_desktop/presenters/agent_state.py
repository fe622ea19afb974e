"""The agent's state (Ready / Not ready / wrap-up), changed through the REST API."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import CtiClient, CtiError
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import (
    AgentStateChanged,
    AgentStateView,
    AgentStatus,
    LoginResponse,
    ReasonCode,
)

log = logging.getLogger(__name__)


def format_duration(seconds: float) -> str:
    """`m:ss`, or `h:mm:ss` from an hour on."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class AgentStatePresenter(QObject):
    """Holds the server's view of this agent's state; buttons call the async methods."""

    state_changed = Signal(object)  # AgentStateView
    reason_codes_changed = Signal(list)
    error = Signal(str)

    def __init__(
        self, session: SessionPresenter, tasks: TaskRunner, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__()
        self._session = session
        self._tasks = tasks
        self._clock = clock
        self.state: AgentStateView | None = None
        self.reason_codes: list[ReasonCode] = []
        session.signed_in.connect(self._on_login)
        session.resynced.connect(self._on_login)
        session.agent_state_changed.connect(self._on_state_changed)
        session.signed_out.connect(self._on_signed_out)

    # -- inputs ---------------------------------------------------------------------------
    def _on_login(self, login: LoginResponse) -> None:
        self.reason_codes = list(login.reason_codes)
        self.reason_codes_changed.emit(self.reason_codes)
        self._set(login.state)

    def _on_state_changed(self, view: AgentStateChanged) -> None:
        login = self._session.login
        if login is not None and view.agent_id == login.agent.agent_id:
            self._set(view)

    def _on_signed_out(self, _message: str) -> None:
        self.state = None

    def _set(self, view: AgentStateView) -> None:
        if self.state is not None and view.since < self.state.since:
            return  # an older view (replay overlap); keep the newer one
        self.state = view
        self.state_changed.emit(view)

    # -- figures for the state bar ---------------------------------------------------------
    @property
    def status(self) -> AgentStatus:
        return self.state.state if self.state else AgentStatus.LOGGED_OUT

    def time_in_state(self) -> float:
        return self._clock() - self.state.since if self.state else 0.0

    def wrap_up_remaining(self) -> float | None:
        if self.state is None or self.state.wrap_up_ends_at is None:
            return None
        return max(0.0, self.state.wrap_up_ends_at - self._clock())

    def reason_label(self, code: str | None, language: str) -> str:
        for reason in self.reason_codes:
            if reason.code == code:
                return reason.label_zh if language.startswith("zh") else reason.label_en
        return code or ""

    # -- actions ------------------------------------------------------------------------
    def set_ready(self) -> None:
        self._call(lambda c: c.set_state("ready"), "ready")

    def set_not_ready(self, reason: str) -> None:
        self._call(lambda c: c.set_state("not_ready", reason), "not-ready")

    def set_not_ready_after_call(self, on: bool, reason: str = "break") -> None:
        if on:
            self._call(lambda c: c.set_state("not_ready", reason, after_call=True), "after")
        else:
            self._call(lambda c: c.set_state("ready", after_call=True), "after-cancel")

    def extend_wrap_up(self, seconds: float = 30) -> None:
        self._call(lambda c: c.wrap_up("extend", seconds), "extend")

    def finish_wrap_up(self) -> None:
        self._call(lambda c: c.wrap_up("finish"), "finish")

    def _call(self, request: Callable[[CtiClient], Awaitable[AgentStateView]], name: str) -> None:
        self._tasks.spawn(self._run(request), f"state-{name}")

    async def _run(self, request: Callable[[CtiClient], Awaitable[AgentStateView]]) -> None:
        client = self._session.client
        if client is None:
            return
        try:
            self._set(await request(client))
        except CtiError as exc:
            if getattr(exc, "error_id", "") == "disposition_required":
                self.error.emit(
                    self.tr(
                        "Choose a disposition and save the wrap-up first: "
                        "this queue needs one for every call."
                    )
                )
                return
            message = getattr(exc, "message", "") or str(exc)
            self.error.emit(self.tr("State change failed: %1").replace("%1", message))
