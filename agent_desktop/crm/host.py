"""The Customers tab in the main window: made at sign-in for every role, removed at
sign-out; the screen-pop's customer opens in it and appointment reminders pop from it
(docs/customers.md)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from agent_desktop.admin.resources import permissions_of
from agent_desktop.crm.api import CrmApi
from agent_desktop.crm.presenter import CrmPresenter
from agent_desktop.crm.reminder import ReminderPopup
from agent_desktop.crm.tab import CustomersTab
from agent_desktop.i18n import Translations
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.screen_pop import ScreenPop
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import LoginResponse
from agent_desktop.protocol.crm import FollowUp
from agent_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


class CrmHost(QObject):
    """Owns the signed-in user's `CrmPresenter`, its tab and the open reminders."""

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
        self.presenter: CrmPresenter | None = None
        self.tab: CustomersTab | None = None
        self.reminders: list[ReminderPopup] = []
        self._presenter_tasks = TaskRunner()
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        calls.offered.connect(self._on_popped)
        calls.pop_changed.connect(self._on_popped)
        translations.language_changed.connect(lambda _code: self.retranslate())

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        client = self._session.client
        if client is None:
            return
        self._presenter_tasks = TaskRunner()
        granted = permissions_of(str(login.agent.role), login.agent.permissions)
        presenter = CrmPresenter(
            CrmApi(client),
            self._presenter_tasks,
            login.agent.agent_id,
            manager="view_team" in granted,  # the permission transfer/import/export/merge need
        )
        tab = CustomersTab(presenter, self._translations.language)
        tab.dial_requested.connect(self._calls.dial)
        presenter.reminder_due.connect(self._on_reminder_due)
        presenter.fields_changed.connect(
            lambda: self._window.pop.set_custom_fields(presenter.fields)
        )
        presenter.phonebook_changed.connect(
            lambda: self._window.softphone.set_phonebook(
                [(e.name, e.number) for e in presenter.phonebook]
            )
        )
        self.presenter, self.tab = presenter, tab
        tabs = self._window.work_tabs
        tabs.insertTab(1, tab, "")
        self.retranslate()
        presenter.start()

    def _on_popped(self, pop: ScreenPop | None) -> None:
        if self.presenter is not None and pop is not None and pop.customer is not None:
            self.presenter.show_popped(pop.customer, pop.call.id)

    def _on_reminder_due(self, appointment: FollowUp) -> None:
        popup = ReminderPopup(appointment, None)
        popup.call_requested.connect(self._on_reminder_call)
        popup.done_requested.connect(self._on_reminder_done)
        popup.destroyed.connect(lambda _obj=None, p=popup: self._forget(p))
        self.reminders.append(popup)
        popup.show()
        popup.raise_()
        self._window.bring_to_front()

    def _forget(self, popup: ReminderPopup) -> None:
        if popup in self.reminders:
            self.reminders.remove(popup)

    def _on_reminder_call(self, appointment: FollowUp) -> None:
        if appointment.phone:
            log.info("appointment %d: calling %s", appointment.id, appointment.phone)
            self._calls.dial(appointment.phone)
        if self.presenter is not None:
            self.presenter.finish_appointment(appointment.id)
            self.presenter.open(appointment.customer_id)

    def _on_reminder_done(self, appointment: FollowUp) -> None:
        if self.presenter is not None:
            self.presenter.finish_appointment(appointment.id)

    def retranslate(self) -> None:
        if self.tab is not None:
            tabs = self._window.work_tabs
            tabs.setTabText(tabs.indexOf(self.tab), self.tr("Customers"))
            self.tab.set_language(self._translations.language)
        if self.presenter is not None:
            self._window.pop.set_custom_fields(self.presenter.fields)

    def close(self) -> None:
        presenter, tab = self.presenter, self.tab
        self.presenter = self.tab = None
        for popup in list(self.reminders):
            popup.close()  # deletes itself
        self.reminders.clear()
        if presenter is not None:
            presenter.blockSignals(True)
            presenter.close()
            self._tasks.spawn(self._presenter_tasks.cancel_all(), "crm-close")
        self._window.softphone.set_phonebook([])  # the next user's own phonebook
        if tab is not None:
            tabs = self._window.work_tabs
            tabs.removeTab(tabs.indexOf(tab))
            tab.deleteLater()
