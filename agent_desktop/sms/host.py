"""Puts "Send SMS…" on the screen-pop at sign-in (for the customer on the pop) and removes
it at sign-out."""

from __future__ import annotations

from PySide6.QtCore import QObject

from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.screen_pop import ScreenPop
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import LoginResponse
from agent_desktop.sms.api import SmsApi
from agent_desktop.sms.presenter import SmsPresenter
from agent_desktop.sms.sms_section import SmsSection
from agent_desktop.views.main_window import MainWindow


class SmsHost(QObject):
    def __init__(self, session: SessionPresenter, calls: CallPresenter, window: MainWindow) -> None:
        super().__init__(window)
        self._session, self._calls, self._window = session, calls, window
        self.presenter: SmsPresenter | None = None
        self.section: SmsSection | None = None
        self._tasks = TaskRunner()
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        calls.offered.connect(self._on_pop)
        calls.pop_changed.connect(self._on_pop)

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        client = self._session.client
        if client is None:
            return
        self._tasks = TaskRunner()
        self.presenter = SmsPresenter(SmsApi(client), self._tasks, login.agent.agent_id, self)
        self.section = SmsSection(self.presenter)
        self._window.pop.add_section(self.section)
        self._on_pop(self._calls.pop)

    def _on_pop(self, pop: ScreenPop | None) -> None:
        if self.section is not None:
            self.section.set_customer(pop.customer if pop is not None else None)

    def close(self) -> None:
        presenter, section = self.presenter, self.section
        self.presenter = self.section = None
        if presenter is not None:
            presenter.blockSignals(True)
            tasks, self._tasks = self._tasks, TaskRunner()
            self._tasks.spawn(tasks.cancel_all(), "sms-close")
        if section is not None:
            section.hide()
            section.deleteLater()
