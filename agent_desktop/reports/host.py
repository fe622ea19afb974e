"""The Reports tab (leads, admins) and My day (agents) in the main window: made at sign-in
by role, removed at sign-out, each with its own presenter and task runner; the tab title
follows the language (docs/desktop.md, "Reports and My day")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from agent_desktop.i18n import Translations
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import LoginResponse, ReasonCode
from agent_desktop.reports.my_day import MyDayPanel
from agent_desktop.reports.page import ReportsTab
from agent_desktop.reports.presenter import ReportsPresenter
from agent_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)
REPORT_ROLES = ("lead", "admin")


class ReportsHost(QObject):
    """Owns the signed-in user's `ReportsPresenter` and its page (Reports or My day)."""

    def __init__(
        self,
        session: SessionPresenter,
        tasks: TaskRunner,
        translations: Translations,
        window: MainWindow,
    ) -> None:
        super().__init__(window)
        self._session, self._tasks, self._window = session, tasks, window
        self.presenter: ReportsPresenter | None = None
        self.page: ReportsTab | MyDayPanel | None = None
        self._presenter_tasks = TaskRunner()
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        self._translations = translations
        self._reasons: list[ReasonCode] = []
        translations.language_changed.connect(lambda _code: self.retranslate())

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        client = self._session.client
        if client is None:
            return
        self._presenter_tasks = TaskRunner()  # its own: cancelled when the page goes
        presenter = ReportsPresenter(client, self._presenter_tasks)
        self._reasons = list(login.reason_codes)
        page: ReportsTab | MyDayPanel
        if str(login.agent.role) in REPORT_ROLES:
            page = ReportsTab(presenter)
            page.setProperty("full_width", True)  # the knowledge base steps aside
        else:
            page = MyDayPanel(presenter)
        # both load when first opened: a sign-in asks nothing of the reports
        self.presenter, self.page = presenter, page
        self._name_reasons()
        tabs = self._window.work_tabs
        admin = self._window.admin_tab
        index = tabs.indexOf(admin) if admin is not None else -1
        tabs.insertTab(index if index >= 0 else tabs.count(), page, self._title())
        log.info(
            "reports: %s page for %s (%s)",
            type(page).__name__,
            login.agent.agent_id,
            login.agent.role,
        )

    def _title(self) -> str:
        return self.tr("My day") if isinstance(self.page, MyDayPanel) else self.tr("Reports")

    def _name_reasons(self) -> None:
        zh = self._translations.language.startswith("zh")
        if self.presenter is not None:
            self.presenter.set_reason_names(
                {r.code: r.label_zh if zh else r.label_en for r in self._reasons}
            )
            self.presenter.set_language(self._translations.language)

    def retranslate(self) -> None:
        self._name_reasons()
        if self.page is not None:
            tabs = self._window.work_tabs
            tabs.setTabText(tabs.indexOf(self.page), self._title())

    def close(self) -> None:
        """Remove the page and stop its requests (sign-out, another sign-in, exit)."""
        presenter, page = self.presenter, self.page
        self.presenter = self.page = None
        if presenter is not None:
            presenter.blockSignals(True)  # a reply on its way must not reach the page
            presenter.close()
            self._tasks.spawn(self._presenter_tasks.cancel_all(), "reports-close")
        if page is not None:
            tabs = self._window.work_tabs
            tabs.removeTab(tabs.indexOf(page))
            page.deleteLater()
