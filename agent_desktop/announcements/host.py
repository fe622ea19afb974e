"""Puts announcements into the window at sign-in: the banner for everyone, the
Announcements tab for leads and admins; removes both at sign-out."""

from __future__ import annotations

from PySide6.QtCore import QObject

from agent_desktop.announcements.api import AnnouncementsApi
from agent_desktop.announcements.banner import AnnouncementBanner
from agent_desktop.announcements.post_page import AnnouncementsPage
from agent_desktop.announcements.presenter import AnnouncementsPresenter
from agent_desktop.i18n import Translations
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import AnnouncementPosted, LoginResponse, Role
from agent_desktop.views.main_window import MainWindow


class AnnouncementsHost(QObject):
    def __init__(
        self, session: SessionPresenter, translations: Translations, window: MainWindow
    ) -> None:
        super().__init__(window)
        self._session, self._window = session, window
        self.presenter: AnnouncementsPresenter | None = None
        self.banner: AnnouncementBanner | None = None
        self.page: AnnouncementsPage | None = None
        self._tasks = TaskRunner()
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        session.announcement_posted.connect(self._on_posted)
        translations.language_changed.connect(lambda _code: self.retranslate())

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        client = self._session.client
        if client is None:
            return
        self._tasks = TaskRunner()
        presenter = AnnouncementsPresenter(
            AnnouncementsApi(client), self._tasks, login.agent.agent_id, self
        )
        self.presenter = presenter
        self.banner = AnnouncementBanner(presenter)
        self._window.add_banner(self.banner)
        if login.agent.role in (Role.LEAD, Role.ADMIN):
            self.page = AnnouncementsPage(presenter, login.agent.team)
            self._window.work_tabs.addTab(self.page, "")
            self.retranslate()
        presenter.load()

    def _on_posted(self, event: AnnouncementPosted) -> None:
        if self.presenter is not None:
            self.presenter.on_posted(event)

    def retranslate(self) -> None:
        if self.page is not None:
            tabs = self._window.work_tabs
            tabs.setTabText(tabs.indexOf(self.page), self.tr("Announcements"))

    def close(self) -> None:
        presenter, banner, page = self.presenter, self.banner, self.page
        self.presenter = self.banner = self.page = None
        if presenter is not None:
            presenter.blockSignals(True)
            tasks, self._tasks = self._tasks, TaskRunner()
            self._tasks.spawn(tasks.cancel_all(), "announcements-close")
        if banner is not None:
            banner.hide()
            banner.deleteLater()
        if page is not None:
            tabs = self._window.work_tabs
            tabs.removeTab(tabs.indexOf(page))
            page.deleteLater()
