"""The knowledge-base panel in the main window's dock: made at sign-in (editing for leads
and admins), click-to-dial from articles, suggestions for each offered call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from agent_desktop.kb.api import KbApiError, httpx_transport
from agent_desktop.kb.panel import KnowledgePanel
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.protocol import Event, EventType, LoginResponse
from agent_desktop.views.main_window import MainWindow

EDITOR_ROLES = ("lead", "admin")


class KnowledgeDock(QObject):
    """Keeps one `KnowledgePanel` in the window's side dock for the signed-in session."""

    def __init__(self, session: SessionPresenter, calls: CallPresenter,
                 window: MainWindow) -> None:
        super().__init__(window)
        self._session, self._calls, self._window = session, calls, window
        self.panel: KnowledgePanel | None = None
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: window.side_dock.hide())
        session.event_received.connect(self._on_event)

    async def _transport(self, method: str, path: str, *,
                         params: Mapping[str, Any] | None = None, json: Any = None) -> Any:
        """The session's own HTTP client and token (whatever session is current)."""
        client = self._session.client
        if client is None:
            raise KbApiError("network", "signed out")
        call = httpx_transport(client.http, lambda: client.token or "", prefix="")
        return await call(method, path, params=params, json=json)

    def _on_signed_in(self, login: LoginResponse) -> None:
        can_edit = str(login.agent.role) in EDITOR_ROLES
        if self.panel is None or self.panel.can_edit != can_edit:
            panel = KnowledgePanel(self._transport, can_edit=can_edit)
            panel.dial_requested.connect(self._calls.dial)
            self._window.set_knowledge_panel(panel)
            if self.panel is not None:
                self.panel.deleteLater()
            self.panel = panel
        self._window.side_dock.show()
        self.panel.refresh()

    def _on_event(self, event: Event) -> None:
        if event.type != EventType.CALL_OFFERED or self.panel is None:
            return
        ivr_path = event.data.get("ivr_path") or []
        self.panel.show_suggestions(event.data.get("queue"), ",".join(map(str, ivr_path)))

    def close(self) -> None:
        """Cancel the panel's requests (before the session's client closes)."""
        if self.panel is not None:
            self.panel.presenter.close()
