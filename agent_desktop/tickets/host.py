"""Puts tickets into the window at sign-in: the Tickets tab and the screen-pop's ticket
section; tells the agent when a ticket is handed to them; removes both at sign-out."""

from __future__ import annotations

from PySide6.QtCore import QObject

from agent_desktop.i18n import Translations
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.screen_pop import ScreenPop
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import LoginResponse, TicketAssigned, TicketChanged
from agent_desktop.tickets.api import TicketsApi
from agent_desktop.tickets.caller_section import CallerTicketsSection
from agent_desktop.tickets.presenter import TicketsPresenter
from agent_desktop.tickets.tickets_page import TicketsPage
from agent_desktop.views.main_window import MainWindow


class TicketsHost(QObject):
    """Owns the signed-in user's tickets presenter, tab and pop section (or nothing)."""

    def __init__(
        self,
        session: SessionPresenter,
        calls: CallPresenter,
        translations: Translations,
        window: MainWindow,
    ) -> None:
        super().__init__(window)
        self._session, self._calls, self._window = session, calls, window
        self.presenter: TicketsPresenter | None = None
        self.page: TicketsPage | None = None
        self.section: CallerTicketsSection | None = None
        self._tasks = TaskRunner()
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        session.ticket_assigned.connect(self._on_ticket_assigned)
        session.ticket_changed.connect(self._on_ticket_changed)
        calls.offered.connect(self._on_pop)
        calls.pop_changed.connect(self._on_pop)
        translations.language_changed.connect(lambda _code: self.retranslate())

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        client = self._session.client
        if client is None:
            return
        self._tasks = TaskRunner()
        presenter = TicketsPresenter(TicketsApi(client), self._tasks, login.agent.agent_id, self)
        self.presenter = presenter
        self.page = TicketsPage(presenter)
        self._window.work_tabs.addTab(self.page, "")
        self.section = CallerTicketsSection(presenter)
        self._window.pop.add_section(self.section, 1)
        presenter.notice.connect(self._window.show_message)
        self.retranslate()
        presenter.load_types()
        self.page.apply_filters()
        self._on_pop(self._calls.pop)

    def _on_pop(self, pop: ScreenPop | None) -> None:
        if self.section is None:
            return
        if pop is None:
            self.section.set_call(None, None, "")
            return
        customer = pop.customer
        self.section.set_call(
            pop.call.id, customer.id if customer else None, customer.name if customer else ""
        )

    def _on_ticket_assigned(self, event: TicketAssigned) -> None:
        if self.presenter is not None:
            self.presenter.on_ticket_assigned(event)

    def _on_ticket_changed(self, event: TicketChanged) -> None:
        if self.presenter is not None:
            self.presenter.on_ticket_changed(event)

    def retranslate(self) -> None:
        if self.page is not None:
            tabs = self._window.work_tabs
            tabs.setTabText(tabs.indexOf(self.page), self.tr("Tickets"))

    def close(self) -> None:
        presenter, page, section = self.presenter, self.page, self.section
        self.presenter = self.page = self.section = None
        if presenter is not None:
            presenter.blockSignals(True)
            tasks, self._tasks = self._tasks, TaskRunner()
            self._tasks.spawn(tasks.cancel_all(), "tickets-close")
        if page is not None:
            tabs = self._window.work_tabs
            tabs.removeTab(tabs.indexOf(page))
            page.deleteLater()
        if section is not None:
            section.hide()
            section.deleteLater()
