"""The agent's "My evaluations" (QA) in the main window's side dock: made at
sign-in next to the knowledge base, removed at sign-out (docs/qa.md)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from agent_desktop.i18n import Translations
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import LoginResponse, QaEvaluationChanged
from agent_desktop.qa.api import QaApi
from agent_desktop.qa.evaluations_view import EvaluationsView
from agent_desktop.qa.presenter import QaPresenter
from agent_desktop.views.main_window import MainWindow


class QaHost(QObject):
    """Owns the signed-in user's own-evaluations presenter and panel (or nothing)."""

    def __init__(
        self, session: SessionPresenter, translations: Translations, window: MainWindow
    ) -> None:
        super().__init__(window)
        self._session, self._window = session, window
        self.presenter: QaPresenter | None = None
        self.panel: EvaluationsView | None = None
        self._tasks = TaskRunner()
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        session.qa_evaluation_changed.connect(self._on_event)
        translations.language_changed.connect(lambda _code: self.retranslate())

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        client = self._session.client
        if client is None:
            return
        self._tasks = TaskRunner()
        # Own evaluations only: a reviewer's wider list is on the supervisor tab's QA page.
        presenter = QaPresenter(QaApi(client), self._tasks, login.agent.agent_id, [], self)
        self.panel = EvaluationsView(presenter)
        self.presenter = presenter
        self._window.side_tabs.addTab(self.panel, "")
        self.retranslate()
        self.panel.refresh()

    def _on_event(self, _event: QaEvaluationChanged) -> None:
        """A lead scored one of my calls (or answered my dispute): list it now."""
        if self.panel is not None:
            self.panel.refresh()

    def retranslate(self) -> None:
        if self.panel is not None:
            tabs = self._window.side_tabs
            tabs.setTabText(tabs.indexOf(self.panel), self.tr("My evaluations"))

    def close(self) -> None:
        presenter, panel = self.presenter, self.panel
        self.presenter = self.panel = None
        if presenter is not None:
            presenter.blockSignals(True)
            tasks, self._tasks = self._tasks, TaskRunner()
            self._tasks.spawn(tasks.cancel_all(), "qa-close")
        if panel is not None:
            tabs = self._window.side_tabs
            tabs.removeTab(tabs.indexOf(panel))
            panel.deleteLater()
