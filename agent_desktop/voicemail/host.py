"""Puts the Voicemail tab into the window at sign-in (agents, leads, admins; leads and admins
also get the Callbacks list) and removes it at sign-out. The tab's title carries the count
of new messages ("Voicemail (3)"); at sign-in and whenever one arrives a notice says so in
the status line and the tray. Ctrl+Shift+V opens the tab, cursor in the list."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from agent_desktop.i18n import Translations
from agent_desktop.platform.tray import TrayIcon
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import LoginResponse, Role, VoicemailChanged
from agent_desktop.views.main_window import MainWindow
from agent_desktop.voicemail.api import VoicemailApi
from agent_desktop.voicemail.page import VoicemailPage
from agent_desktop.voicemail.presenter import VoicemailPresenter


class VoicemailHost(QObject):
    """Owns the signed-in user's voicemail presenter and tab (or nothing)."""

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
        self._window = window
        self.presenter: VoicemailPresenter | None = None
        self.page: VoicemailPage | None = None
        self.tray: TrayIcon | None = None  # set by the wiring once the tray exists
        self.notices: list[str] = []  # what was announced (tests read it)
        self._own_tasks = TaskRunner()
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        session.voicemail_changed.connect(self._on_voicemail_changed)
        session.resynced.connect(lambda _login: self.presenter and self.presenter.refresh())
        translations.language_changed.connect(lambda _code: self.retranslate())
        context = Qt.ShortcutContext.ApplicationShortcut
        self.open_shortcut = QShortcut(QKeySequence("Ctrl+Shift+V"), window, context=context)
        self.open_shortcut.activated.connect(self.open)

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        client = self._session.client
        if client is None:
            return
        self._own_tasks = TaskRunner()
        lead = login.agent.role in (Role.LEAD, Role.ADMIN)
        presenter = VoicemailPresenter(
            VoicemailApi(client), self._calls, self._own_tasks, lead, self
        )
        self.presenter = presenter
        self.page = VoicemailPage(presenter, self._calls.queue_display)
        self._window.work_tabs.addTab(self.page, "")
        presenter.changed.connect(self.retranslate)
        presenter.arrived.connect(self._announce)
        presenter.notice.connect(self._window.show_message)
        self.retranslate()
        presenter.refresh(announce=True)  # "3 new voicemails" at sign-in

    def _on_voicemail_changed(self, event: VoicemailChanged) -> None:
        if self.presenter is not None:
            self.presenter.on_event(event)

    def _announce(self, count: int) -> None:
        """At sign-in (all the new ones) or live (one arrived)."""
        presenter = self.presenter
        if presenter is None:
            return
        if count == 1:
            text = self.tr("1 new voicemail")
        else:
            text = self.tr("%1 new voicemails").replace("%1", str(count))
        latest = next((m for m in presenter.messages if m.status == "new"), None)
        detail = latest.ani or "" if latest is not None and count == 1 else ""
        self.notices.append(text)
        self._window.show_message(f"{text} {detail}".strip())
        if self.tray is not None:
            self.tray.notify(self.tr("Voicemail"), f"{text}\n{detail}".strip())

    def open(self) -> None:
        """Ctrl+Shift+V: the Voicemail tab, cursor in the list."""
        if self.page is not None:
            self._window.work_tabs.setCurrentWidget(self.page)
            self.page.focus_list()

    def retranslate(self) -> None:
        if self.page is None or self.presenter is None:
            return
        tabs = self._window.work_tabs
        count = self.presenter.new_count
        title = self.tr("Voicemail")
        tabs.setTabText(tabs.indexOf(self.page), f"{title} ({count})" if count else title)

    def close(self) -> None:
        page, presenter = self.page, self.presenter
        self.page = self.presenter = None
        if page is not None:
            tabs = self._window.work_tabs
            tabs.removeTab(tabs.indexOf(page))
            page.player.unload()
            page.deleteLater()
        if presenter is not None:
            presenter.close()
            presenter.blockSignals(True)
            own, self._own_tasks = self._own_tasks, TaskRunner()
            self._tasks.spawn(own.cancel_all(), "voicemail-close")
            presenter.deleteLater()
