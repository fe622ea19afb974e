"""Puts campaigns into the window at sign-in: for everyone the campaign bar (join/leave)
and the campaign panel in the dock (preview card, result, script); for leads and admins
the Campaigns tab; removes them at sign-out."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from agent_desktop.campaigns.api import CampaignsApi
from agent_desktop.campaigns.bar import CampaignBar
from agent_desktop.campaigns.panel import CampaignPanel
from agent_desktop.campaigns.presenter import AgentCampaigns, LeadCampaigns
from agent_desktop.campaigns.tab import CampaignsTab
from agent_desktop.i18n import Translations
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.presenters.wrap_up import WrapUpPresenter
from agent_desktop.protocol import CallRecord, CampaignUpdated, LoginResponse, Role
from agent_desktop.views.main_window import MainWindow

AGENT_REFRESH_MS = 60_000  # agents get no campaign events: the bar looks again each minute


class CampaignsHost(QObject):
    def __init__(
        self,
        session: SessionPresenter,
        calls: CallPresenter,
        translations: Translations,
        window: MainWindow,
        wrap_up: WrapUpPresenter | None = None,
    ) -> None:
        super().__init__(window)
        self._session, self._calls, self._window = session, calls, window
        self._wrap_up = wrap_up  # a campaign call's result is its wrap-up: asked once
        self.agent: AgentCampaigns | None = None
        self.lead: LeadCampaigns | None = None
        self.bar: CampaignBar | None = None
        self.panel: CampaignPanel | None = None
        self.tab: CampaignsTab | None = None
        self._tasks = TaskRunner()
        self._timer = QTimer(self)
        self._timer.setInterval(AGENT_REFRESH_MS)
        self._timer.timeout.connect(self._refresh)
        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(lambda _message: self.close())
        session.campaign_updated.connect(self._on_campaign_updated)
        session.call_offered.connect(lambda e: self._on_my_call(e.call, "offered"))
        session.call_updated.connect(lambda e: self._on_my_call(e, "updated"))
        session.call_answered.connect(lambda e: self._on_my_call(e, "answered"))
        self._asked: set[tuple[str, str]] = set()  # (call, "start"/"answered") looked up
        translations.language_changed.connect(lambda _code: self.retranslate())

    def _on_signed_in(self, login: LoginResponse) -> None:
        self.close()
        client = self._session.client
        if client is None:
            return
        self._tasks = TaskRunner()
        api = CampaignsApi(client)
        agent = self.agent = AgentCampaigns(api, self._tasks, self)
        self.bar = CampaignBar(agent)
        self.bar.hide()
        self._window.add_banner(self.bar)
        self.panel = CampaignPanel(agent)
        agent.notice.connect(self._window.show_message)
        agent.failed.connect(self._window.show_message)  # e.g. a refused join (no panel yet)
        agent.changed.connect(self._show_panel)
        agent.dialled.connect(self._on_dialled)
        if self._wrap_up is not None:
            agent.result_owed.connect(self._wrap_up.handled_elsewhere)
        if login.agent.role in (Role.LEAD, Role.ADMIN):
            lead = self.lead = LeadCampaigns(api, self._tasks, self)
            self.tab = CampaignsTab(lead, [q.name for q in login.queues])
            self._window.work_tabs.addTab(self.tab, "")
            lead.load()
        self.retranslate()
        agent.load()
        self._timer.start()

    def _on_dialled(self, call_id: str, number: str) -> None:
        """A preview dial: the call is mine as a click-to-dial is (pop, Calling…, hang up)."""
        login = self._session.login
        record = CallRecord(
            id=call_id,
            direction="outbound",
            state="ringing",
            dnis=number,
            agent_id=login.agent.agent_id if login else None,
            started_at=time.time(),
        )
        self._calls.adopt_outbound(record, number)

    def _refresh(self) -> None:
        if self.agent is not None:
            self.agent.load()

    def _show_panel(self) -> None:
        """The panel joins the dock while I am in a campaign (or owe a result)."""
        agent, panel, tabs = self.agent, self.panel, self._window.side_tabs
        if agent is None or panel is None:
            return
        wanted = agent.joined is not None or agent.pending is not None
        index = tabs.indexOf(panel)
        if wanted and index < 0:
            tabs.addTab(panel, self.tr("Campaign"))
            tabs.setCurrentWidget(panel)
            self._window.side_dock.show()
        elif not wanted and index >= 0:
            tabs.removeTab(index)

    def _on_campaign_updated(self, event: CampaignUpdated) -> None:
        if self.lead is not None:
            self.lead.on_updated(event)
        agent = self.agent
        if agent is not None and (agent.joined is None or agent.joined.id == event.id):
            agent.load()

    def _on_my_call(self, call: CallRecord, kind: str) -> None:
        """A call of mine began (offered by a queue: predictive; or placed by the server
        with my phone first: progressive) or was answered: it may be a campaign's. Asked
        once when it begins and once more when answered (the server may name the contact
        only then)."""
        login, agent = self._session.login, self.agent
        if agent is None or login is None or call.agent_id != login.agent.agent_id:
            return
        if call.state == "ended":
            return
        if (
            agent.joined is not None
            and call.direction == "outbound"
            and call.state in ("ringing", "dialing")
            and call.id != self._calls.call_id
            and call.dnis
        ):
            # progressive: the dialler placed it for me (my phone first), as a preview
            # dial is; held and answered as my own click-to-dial
            self._calls.adopt_outbound(call, call.dnis)
        key = (call.id, "answered" if kind == "answered" else "start")
        if key in self._asked:
            return
        self._asked.add(key)
        agent.on_call_offered()

    def retranslate(self) -> None:
        tabs = self._window.work_tabs
        if self.tab is not None:
            tabs.setTabText(tabs.indexOf(self.tab), self.tr("Campaigns"))
        side = self._window.side_tabs
        if self.panel is not None and side.indexOf(self.panel) >= 0:
            side.setTabText(side.indexOf(self.panel), self.tr("Campaign"))

    def close(self) -> None:
        self._timer.stop()
        self._asked.clear()
        agent, lead = self.agent, self.lead
        bar, panel, tab = self.bar, self.panel, self.tab
        self.agent = self.lead = None
        self.bar = self.panel = self.tab = None
        for presenter in (agent, lead):
            if presenter is not None:
                presenter.blockSignals(True)
        if agent is not None or lead is not None:
            tasks, self._tasks = self._tasks, TaskRunner()
            self._tasks.spawn(tasks.cancel_all(), "campaigns-close")
        if bar is not None:
            bar.hide()
            bar.deleteLater()
        if panel is not None:
            side = self._window.side_tabs
            if side.indexOf(panel) >= 0:
                side.removeTab(side.indexOf(panel))
            panel.deleteLater()
        if tab is not None:
            tabs = self._window.work_tabs
            tabs.removeTab(tabs.indexOf(tab))
            if tab.wizard is not None:
                tab.wizard.close()
            if tab.dnc_dialog is not None:
                tab.dnc_dialog.close()
            tab.deleteLater()
