"""The supervisor tab (agent_desktop/supervisor) in the main window: made at sign-in for
leads and admins, removed at sign-out; its monitoring mode feeds the call presenter's
"Monitoring call …" indicator (docs/supervisor.md, "Embedding")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, SignalInstance

from agent_desktop.i18n import Translations
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import LoginResponse
from agent_desktop.qa.api import QaApi
from agent_desktop.qa.presenter import QaPresenter
from agent_desktop.supervisor.preferences import SupervisorPreferences
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from agent_desktop.views.main_window import MainWindow

SUPERVISOR_ROLES = ("lead", "admin")

log = logging.getLogger(__name__)


class _EventRelay(QObject):
    """The session's events for one presenter (a `LiveEvents`); deleting it ends that
    presenter's feed (its `resynced` lambda has no receiver Qt could disconnect)."""

    agent_state_changed = Signal(object)  # AgentStateChanged
    queue_stats_updated = Signal(object)  # QueueStatsUpdated
    call_answered = Signal(object)  # CallAnswered
    call_updated = Signal(object)  # CallUpdated
    call_ended = Signal(object)  # CallEnded
    system_health_changed = Signal(object)  # SystemHealthChanged
    resynced = Signal(object)  # LoginResponse

    def pairs(self, session: SessionPresenter) -> list[tuple[SignalInstance, SignalInstance]]:
        """(the session's signal, this relay's) for each event it carries."""
        return [
            (session.agent_state_changed, self.agent_state_changed),
            (session.queue_stats_updated, self.queue_stats_updated),
            (session.call_answered, self.call_answered),
            (session.call_updated, self.call_updated),
            (session.call_ended, self.call_ended),
            (session.system_health_changed, self.system_health_changed),
            (session.resynced, self.resynced),
        ]


class SupervisorHost(QObject):
    """Owns the signed-in lead's `SupervisorPresenter` and `SupervisorTab` (or nothing)."""

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
        self.presenter: SupervisorPresenter | None = None
        self.tab: SupervisorTab | None = None
        self._relay: _EventRelay | None = None
        self._presenter_tasks = TaskRunner()
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        calls.monitor_requested.connect(self._on_monitor_requested)

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        client = self._session.client
        if str(login.agent.role) not in SUPERVISOR_ROLES or client is None:
            return
        relay = _EventRelay(self)
        for source, relayed in relay.pairs(self._session):
            source.connect(relayed)
        self._relay = relay
        self._presenter_tasks = TaskRunner()  # its own: cancelled when the tab goes
        presenter = SupervisorPresenter(
            client,
            relay,
            self._presenter_tasks,
            reason_codes=login.reason_codes,
            preferences=SupervisorPreferences(
                self._session.settings_store.path.parent, login.agent.agent_id
            ),
        )
        presenter.monitoring_changed.connect(self._on_monitoring_changed)
        presenter.message.connect(lambda text, _error: self._window.show_message(text))
        qa = QaPresenter(
            QaApi(client),
            self._presenter_tasks,
            login.agent.agent_id,
            login.agent.permissions,
            presenter,
        )
        self.tab = SupervisorTab(presenter, language=lambda: self._translations.language, qa=qa)
        self.presenter = presenter
        self._window.set_supervisor_tab(self.tab)
        presenter.start()

    def _on_monitoring_changed(self, call_id: str, mode: str) -> None:
        """The tab started, switched or stopped monitoring: tell the Calls panel who."""
        presenter = self.presenter
        if presenter is not None:
            # a call taken over shows its queue as the tab does ("销售 Sales")
            self._calls.known_queue_names.update(presenter.display_names)
            self._calls.set_monitored(presenter.describe(call_id, mode) if call_id else None)

    def _on_monitor_requested(self, mode: str) -> None:
        """Mode buttons, Stop and Take over in the Calls panel act on the call being
        monitored."""
        presenter = self.presenter
        if presenter is None or presenter.monitoring is None:
            log.info("monitoring request %r ignored: not monitoring a call", mode or "stop")
            return
        if mode == "takeover":
            presenter.take_over()
        elif mode:
            presenter.monitor(presenter.monitoring[0], mode)
        else:
            presenter.stop_monitor()

    def close(self) -> None:
        """Stop the presenter and remove the tab (sign-out, another sign-in, exit)."""
        presenter, tab, relay = self.presenter, self.tab, self._relay
        self.presenter = self.tab = self._relay = None
        if relay is not None:
            for source, relayed in relay.pairs(self._session):
                source.disconnect(relayed)
            relay.deleteLater()
        if tab is not None:
            self._window.set_supervisor_tab(None)
            tab.deleteLater()
        if presenter is not None:
            presenter.close()
            self._calls.set_monitored(None)
            # requests in flight end first; the presenter goes with its last reference
            self._tasks.spawn(self._presenter_tasks.cancel_all(), "supervisor-close")
