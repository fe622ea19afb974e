"""Puts the Colleagues tab into the window at sign-in (every role) and removes it at
sign-out; owns its shortcuts: Ctrl+Shift+D (the directory, cursor in the filter) and
Ctrl+Shift+P (pick up a colleague's ringing call)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from agent_desktop.colleagues.page import ColleaguesPage
from agent_desktop.colleagues.presenter import ColleaguesPresenter
from agent_desktop.i18n import Translations
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import LoginResponse
from agent_desktop.views.main_window import MainWindow


class ColleaguesHost(QObject):
    """Owns the signed-in user's Colleagues presenter and tab (or nothing)."""

    def __init__(
        self,
        session: SessionPresenter,
        calls: CallPresenter,
        tasks: TaskRunner,
        translations: Translations,
        window: MainWindow,
    ) -> None:
        super().__init__(window)
        self._session, self._calls, self._tasks = session, calls, tasks
        self._translations, self._window = translations, window
        self.presenter: ColleaguesPresenter | None = None
        self._own_tasks = TaskRunner()
        self.page: ColleaguesPage | None = None
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        translations.language_changed.connect(lambda _code: self.retranslate())
        context = Qt.ShortcutContext.ApplicationShortcut
        self.open_shortcut = QShortcut(QKeySequence("Ctrl+Shift+D"), window, context=context)
        self.open_shortcut.activated.connect(self.open)
        self.pickup_shortcut = QShortcut(QKeySequence("Ctrl+Shift+P"), window, context=context)
        self.pickup_shortcut.activated.connect(self._on_pickup_shortcut)

    def _reason_label(self, code: str) -> str:
        login = self._session.login
        zh = self._translations.language.startswith("zh")
        for reason in login.reason_codes if login else []:
            if reason.code == code:
                return reason.label_zh if zh else reason.label_en
        return code

    def _on_signed_in(self, _login: LoginResponse) -> None:
        self.close()
        self._own_tasks = TaskRunner()  # the directory's loads, cancelled at sign-out
        self.presenter = ColleaguesPresenter(self._session, self._calls, self._own_tasks, self)
        self.page = ColleaguesPage(self.presenter, self._reason_label, self._calls.queue_display)
        tabs = self._window.work_tabs
        tabs.insertTab(1, self.page, "")  # next to Calls
        self.retranslate()
        self.presenter.refresh()

    def open(self) -> None:
        """Ctrl+Shift+D: the Colleagues tab, cursor in the filter."""
        if self.page is not None:
            self._window.work_tabs.setCurrentWidget(self.page)
            self.page.focus_filter()

    def _on_pickup_shortcut(self) -> None:
        if self.page is not None and self.page.pickup_button.isEnabled():
            self.page.pick_up()

    def retranslate(self) -> None:
        if self.page is not None:
            tabs = self._window.work_tabs
            tabs.setTabText(tabs.indexOf(self.page), self.tr("Colleagues"))

    def close(self) -> None:
        page, presenter = self.page, self.presenter
        self.page = self.presenter = None
        if page is not None:
            tabs = self._window.work_tabs
            tabs.removeTab(tabs.indexOf(page))
            page.deleteLater()
        if presenter is not None:
            presenter.close()
            presenter.blockSignals(True)
            own, self._own_tasks = self._own_tasks, TaskRunner()
            self._tasks.spawn(own.cancel_all(), "colleagues-close")
            presenter.deleteLater()
