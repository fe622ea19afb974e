"""Builds the desktop's object graph (used by `__main__` and by the UI tests)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from agent_desktop.admin.host import AdminHost
from agent_desktop.announcements.host import AnnouncementsHost
from agent_desktop.campaigns.host import CampaignsHost
from agent_desktop.colleagues.host import ColleaguesHost
from agent_desktop.crm.host import CrmHost
from agent_desktop.i18n import Translations
from agent_desktop.kb.dock import KnowledgeDock
from agent_desktop.outbox import Outbox
from agent_desktop.platform.autostart import Autostart
from agent_desktop.platform.credentials import CredentialStore
from agent_desktop.platform.integration import DesktopIntegration
from agent_desktop.platform.tray import TrayIcon
from agent_desktop.presenters.agent_state import AgentStatePresenter
from agent_desktop.presenters.audio_settings import AudioSettingsPresenter
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.links import LinkOpener
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.presenters.transfer_directory import TransferDirectory
from agent_desktop.presenters.url_pop import UrlPop
from agent_desktop.presenters.wrap_up import WrapUpPresenter
from agent_desktop.qa.host import QaHost
from agent_desktop.reports.host import ReportsHost
from agent_desktop.settings import SettingsStore
from agent_desktop.sms.host import SmsHost
from agent_desktop.softphone import Softphone
from agent_desktop.supervisor.host import SupervisorHost
from agent_desktop.tickets.host import TicketsHost
from agent_desktop.views.main_window import MainWindow
from agent_desktop.views.style import STYLESHEET
from agent_desktop.voicemail.host import VoicemailHost


@dataclass
class Desktop:
    """Everything the running app holds; `close()` releases it in order."""

    tasks: TaskRunner
    translations: Translations
    session: SessionPresenter
    state: AgentStatePresenter
    calls: CallPresenter
    wrap_up: WrapUpPresenter
    outbox: Outbox
    softphone: Softphone
    window: MainWindow
    pump: QTimer
    knowledge: KnowledgeDock
    links: LinkOpener
    supervisor: SupervisorHost
    integration: DesktopIntegration
    admin: AdminHost
    qa: QaHost
    reports: ReportsHost
    tickets: TicketsHost
    announcements: AnnouncementsHost
    sms: SmsHost
    crm: CrmHost
    colleagues: ColleaguesHost
    campaigns: CampaignsHost
    voicemail: VoicemailHost

    async def close(self) -> None:
        self.integration.close()
        self.admin.close()
        self.qa.close()
        self.reports.close()
        self.tickets.close()
        self.announcements.close()
        self.sms.close()
        self.crm.close()
        self.colleagues.close()
        self.campaigns.close()
        self.voicemail.close()
        self.knowledge.close()
        self.supervisor.close()
        if self.session.client is not None:
            await self.session.sign_out_async()
        await self.wrap_up.stop()
        await self.tasks.cancel_all()
        self.pump.stop()
        self.outbox.close()
        self.softphone.close()


def build_desktop(
    softphone: Softphone,
    config_dir: Path,
    data_dir: Path,
    language: str = "",
    credentials: CredentialStore | None = None,
    retry_initial: float = 1.0,
    retry_max: float = 30.0,
    server_url: str | None = None,
    tray: TrayIcon | None = None,
    autostart: Autostart | None = None,
) -> Desktop:
    """`tray` and `autostart` default to the platform's (tests pass fakes); the platform
    preferences live in `<config_dir>/platform.ini` (QSettings group `platform/`)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setStyleSheet(STYLESHEET)
    tasks = TaskRunner()
    translations = Translations()
    settings_store = SettingsStore(config_dir)
    session = SessionPresenter(settings_store, credentials or CredentialStore(), softphone, tasks)
    if server_url:
        session.settings.server_url = server_url  # shown prefilled on the sign-in page
    translations.set_language(language or session.settings.language or "en")
    translations.language_changed.connect(lambda code: _save_language(session, code))
    state = AgentStatePresenter(session, tasks)
    calls = CallPresenter(session, softphone, tasks)
    outbox = Outbox(data_dir / "outbox.db")
    wrap_up = WrapUpPresenter(session, calls, outbox, tasks, retry_initial, retry_max)
    window = MainWindow(session, state, calls, wrap_up, translations)
    window.softphone.set_transfer_directory(TransferDirectory(session, calls, tasks))
    knowledge = KnowledgeDock(session, calls, window, tasks)
    links = LinkOpener(session, calls, window.bring_to_front)
    UrlPop(session)  # the CRM page of an offered call (kept by its parent, the session)
    supervisor = SupervisorHost(session, calls, tasks, translations, window)
    admin = AdminHost(session, tasks, translations, window)
    qa = QaHost(session, translations, window)
    reports = ReportsHost(session, tasks, translations, window)  # Reports / My day tab
    tickets = TicketsHost(session, calls, translations, window)  # Tickets tab, pop section
    announcements = AnnouncementsHost(session, translations, window)  # banner, leads' tab
    sms = SmsHost(session, calls, window)  # "Send SMS…" on the pop
    crm = CrmHost(session, calls, tasks, translations, window)  # Customers tab, reminders
    colleagues = ColleaguesHost(session, calls, tasks, translations, window)  # 内线, 代答
    campaigns = CampaignsHost(session, calls, translations, window, wrap_up)  # bar, panel, tab
    voicemail = VoicemailHost(session, calls, tasks, translations, window)  # 留言, 回电
    platform_settings = QSettings(str(config_dir / "platform.ini"), QSettings.Format.IniFormat)
    integration = DesktopIntegration(
        session,
        state,
        calls,
        softphone,
        tasks,
        translations,
        window,
        platform_settings,
        tray=tray,
        autostart=autostart,
    )
    voicemail.tray = integration.tray  # "3 new voicemails" in the tray too
    pump = QTimer(window)
    pump.timeout.connect(softphone.pump)
    pump.start(10)
    audio_settings = AudioSettingsPresenter(
        softphone,
        QSettings(str(config_dir / "audio.ini"), QSettings.Format.IniFormat),
        parent=window,
    )
    audio_settings.apply_saved()  # the agent's headset, from the last shift
    window.set_audio_settings(audio_settings)  # and warns when a microphone or speaker is missing
    return Desktop(
        tasks,
        translations,
        session,
        state,
        calls,
        wrap_up,
        outbox,
        softphone,
        window,
        pump,
        knowledge,
        links,
        supervisor,
        integration,
        admin,
        qa,
        reports,
        tickets,
        announcements,
        sms,
        crm,
        colleagues,
        campaigns,
        voicemail,
    )


def _save_language(session: SessionPresenter, code: str) -> None:
    session.settings.language = code
    with contextlib.suppress(OSError):
        session.settings_store.save(session.settings)
