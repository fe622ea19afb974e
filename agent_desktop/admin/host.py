"""The Admin tab (agent_desktop/admin) and the password change in the main window: the
tab is made at sign-in for users with admin grants (read-only for a lead's view_team),
removed at sign-out; Session → Change password… is there for everyone, and a password
reset by an administrator is changed right after sign-in (docs/administration.md)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from agent_desktop.admin.dialogs import PasswordDialog
from agent_desktop.admin.password import PasswordPresenter
from agent_desktop.admin.presenter import AdminPresenter
from agent_desktop.admin.resources import permissions_of
from agent_desktop.admin.tab import AdminTab
from agent_desktop.flows.page import FlowsPage
from agent_desktop.flows.presenter import FlowsPresenter
from agent_desktop.i18n import Translations
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import LoginResponse
from agent_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)
ADMIN_GRANTS = {"manage_org", "manage_routing", "view_team"}


class AdminHost(QObject):
    """Owns the signed-in user's `AdminPresenter` and `AdminTab` (or nothing) and the
    Change password action and dialog."""

    def __init__(
        self,
        session: SessionPresenter,
        tasks: TaskRunner,
        translations: Translations,
        window: MainWindow,
    ) -> None:
        super().__init__(window)
        self._session, self._tasks, self._window = session, tasks, window
        self.presenter: AdminPresenter | None = None
        self.flows: FlowsPresenter | None = None
        self.tab: AdminTab | None = None
        self.password_dialog: PasswordDialog | None = None
        self._presenter_tasks = TaskRunner()
        self.password_action = QAction(window)
        self.password_action.setEnabled(False)
        self.password_action.triggered.connect(lambda: self.change_password(False))
        menu = window.session_menu
        menu.insertAction(window.sign_out_action, self.password_action)
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(self._on_signed_out)
        session.password_change_required.connect(lambda _login: self.change_password(True))
        translations.language_changed.connect(lambda _code: self.retranslate())
        self.retranslate()

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        self.password_action.setEnabled(True)
        client = self._session.client
        granted = permissions_of(str(login.agent.role), login.agent.permissions)
        if client is None or not granted & ADMIN_GRANTS:
            return
        self._presenter_tasks = TaskRunner()  # its own: cancelled when the tab goes
        presenter = AdminPresenter(client, self._presenter_tasks, granted)
        presenter.message.connect(lambda text, _error: self._window.show_message(text))
        self._session.configuration_changed.connect(presenter.on_configuration_changed)
        self.tab = AdminTab(presenter, self._presenter_tasks)
        self.presenter = presenter
        self.flows = None
        if "manage_routing" in granted:  # the flow editor (IVR designer), docs/flows.md
            self.flows = FlowsPresenter(client, self._presenter_tasks, self.tab)
            self.flows.message.connect(self.tab.show_message)
            self.tab.add_page(FlowsPage(self.flows))
        self._window.set_admin_tab(self.tab)
        presenter.start()
        if self.flows is not None:
            self.flows.start()

    def change_password(self, forced: bool) -> PasswordDialog | None:
        """Open the dialog; `forced`: right after signing in with a reset password, where
        the new one opens the session and cancelling signs out."""
        client = self._session.client
        if client is None:
            return None
        if forced:
            log.info("the password was reset: asking for a new one")
        presenter = PasswordPresenter(
            client,
            self._tasks,
            after_change=self._session.finish_password_change if forced else None,
        )
        dialog = PasswordDialog(presenter, forced, self._window)
        presenter.setParent(dialog)
        dialog.accepted.connect(lambda: self._window.show_message(self.tr("Password changed.")))
        if forced:
            dialog.rejected.connect(self._session.sign_out)
        self.password_dialog = dialog
        dialog.open()  # never exec() under qasync
        return dialog

    def _on_signed_out(self, _message: str) -> None:
        self.close()
        if self.password_dialog is not None:  # the session it was for has ended
            dialog, self.password_dialog = self.password_dialog, None
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()

    def retranslate(self) -> None:
        self.password_action.setText(self.tr("Change &password…"))

    def close(self) -> None:
        """Remove the tab and stop its requests (sign-out, another sign-in, exit)."""
        presenter, tab = self.presenter, self.tab
        self.presenter = self.tab = None
        if self.flows is not None:
            self.flows.blockSignals(True)
            self.flows = None
        self.password_action.setEnabled(False)
        if presenter is not None:
            # silenced first: a reply already on its way must not reach the deleted tab
            presenter.blockSignals(True)
            self._session.configuration_changed.disconnect(presenter.on_configuration_changed)
            presenter.close()
            self._tasks.spawn(self._presenter_tasks.cancel_all(), "admin-close")
        if tab is not None:
            self._window.set_admin_tab(None)
            tab.deleteLater()
