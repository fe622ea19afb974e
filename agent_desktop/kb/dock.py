"""The knowledge-base panel in the main window's dock: made at sign-in (editing for leads
and admins), click-to-dial from articles, suggestions for each offered call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from agent_desktop.kb.api import KbApiError, httpx_transport
from agent_desktop.kb.panel import KnowledgePanel
from agent_desktop.presenters.call import ON_CALL, CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import CallOffered, LoginResponse
from agent_desktop.views.main_window import MainWindow

EDITOR_ROLES = ("lead", "admin")


class KnowledgeDock(QObject):
    """Keeps one `KnowledgePanel` in the window's side dock for the signed-in session."""

    def __init__(
        self, session: SessionPresenter, calls: CallPresenter, window: MainWindow, tasks: TaskRunner
    ) -> None:
        super().__init__(window)
        self._session_tasks = tasks
        self._session, self._calls, self._window = session, calls, window
        self.panel: KnowledgePanel | None = None
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: window.side_dock.hide())
        session.call_offered.connect(self._on_call_offered)
        calls.phase_changed.connect(lambda _phase: self._update_play())

    async def _transport(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None
    ) -> Any:
        """The session's own HTTP client and token (whatever session is current)."""
        client = self._session.client
        if client is None:
            raise KbApiError("network", "signed out")
        call = httpx_transport(client.http, lambda: client.token or "", prefix="")
        return await call(method, path, params=params, json=json)

    def _on_signed_in(self, login: LoginResponse) -> None:
        # a new panel per session: the last user's searches and articles go with it
        can_edit = str(login.agent.role) in EDITOR_ROLES
        panel = KnowledgePanel(self._transport, can_edit=can_edit)
        panel.dial_requested.connect(self._calls.dial)
        panel.play_requested.connect(self.play_snippet)
        self._window.set_knowledge_panel(panel)
        if self.panel is not None:
            self.panel.presenter.close()
            self.panel.deleteLater()
        self.panel = panel
        self._window.side_dock.show()
        self._update_play()
        self.panel.refresh()

    # -- voice snippets ----------------------------------------------------------------
    def _update_play(self) -> None:
        if self.panel is not None:
            self.panel.set_play_enabled(
                self._calls.phase == ON_CALL and self._calls.call_id is not None
            )

    def play_snippet(self, snippet_id: str) -> None:
        """ "Play to caller": `POST /calls/{call id}/play {"snippet_id"}` for the call in hand."""
        call_id = self._calls.call_id
        if self.panel is None or call_id is None or self._calls.phase != ON_CALL:
            return
        self._session_tasks.spawn(self._play(call_id, snippet_id), "kb-play")

    async def _play(self, call_id: str, snippet_id: str) -> None:
        panel = self.panel
        try:
            await self._transport("POST", f"/calls/{call_id}/play", json={"snippet_id": snippet_id})
        except KbApiError as exc:
            if panel is not None:
                panel.show_play_result(self._play_error(exc), True)
            return
        if panel is not None:
            panel.show_play_result(self.tr("Playing the recording to the caller."), False)

    def _play_error(self, exc: KbApiError) -> str:
        if (
            exc.status in (404, 405)
            and exc.error_id in ("error", "not_found")
            and "snippet" not in exc.message.lower()
        ):
            return self.tr("Playing recordings to callers is not available on this server yet.")
        if exc.status == 403:
            return self.tr("Only the agent on an answered call can play a recording into it.")
        if exc.error_id == "network":
            return self.tr("Cannot reach the server: %1").replace("%1", exc.message)
        return self.tr("The recording was not played: %1").replace("%1", exc.message)

    def _on_call_offered(self, offer: CallOffered) -> None:
        """Suggest the articles for the offered call's queue and menu choices."""
        if self.panel is not None:
            self.panel.show_suggestions(offer.queue or None, ",".join(offer.ivr_path))

    def close(self) -> None:
        """Cancel the panel's requests (before the session's client closes)."""
        if self.panel is not None:
            self.panel.presenter.close()
