"""Services: every service the endpoints use, built once from config, store and bus by
`build_services` (the composition root's one call), started and stopped together."""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from agent_desktop.protocol import SipSettings
from server_stub.admin.centre import CentreAdmin
from server_stub.admin.service import AdminService
from server_stub.agents.service import AgentService
from server_stub.announcements.notifier import AnnouncementNotifier
from server_stub.announcements.service import AnnouncementService
from server_stub.auth.access import Access
from server_stub.auth.service import AuthService
from server_stub.calls.consults import Consults
from server_stub.calls.control import CallControl, NoCallControl
from server_stub.calls.live import LiveCalls
from server_stub.calls.monitoring import Monitoring
from server_stub.calls.notifier import CallNotifier
from server_stub.calls.outbound import Outbound
from server_stub.calls.records import CallRecords
from server_stub.calls.recovery import close_orphaned_calls, record_answers
from server_stub.calls.service import AcdService
from server_stub.calls.takeover import TakeOver
from server_stub.calls.transfers import Transfers
from server_stub.config import ServerConfig
from server_stub.customers.crm import Crm
from server_stub.customers.phonebook import Phonebook
from server_stub.customers.service import CustomerService
from server_stub.domain.routing import Router
from server_stub.edge.credentials import issue_sip_credentials
from server_stub.events import EventBus
from server_stub.flows.number_areas import NumberAreaService
from server_stub.flows.number_lists import NumberListService
from server_stub.flows.service import FlowService
from server_stub.flows.voicemail import VoicemailService
from server_stub.integration.dispatcher import DeliverySettings, WebhookDispatcher
from server_stub.integration.webhooks import Webhooks
from server_stub.kb.service import KnowledgeBase
from server_stub.kb.snippets import Snippets
from server_stub.outbound.notifier import CampaignNotifier
from server_stub.outbound.permissions import DialPermissions
from server_stub.outbound.service import CampaignService
from server_stub.qa.notifier import QaNotifier
from server_stub.qa.report import QaReports
from server_stub.qa.service import QaService
from server_stub.records.queue_log import QueueLogFile
from server_stub.reports.service import ReportService
from server_stub.security.passwords import Passwords
from server_stub.security.ratelimit import SignInLimiter
from server_stub.sms.service import SmsService
from server_stub.store import StoreRunner, open_store
from server_stub.store.report_reader import ReportReader
from server_stub.telephony.call_path import CallPath
from server_stub.tickets.notifier import TicketNotifier
from server_stub.tickets.service import TicketService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the endpoints use; built once by `build_services`."""

    config: ServerConfig
    clock: Callable[[], float]
    runner: StoreRunner
    bus: EventBus
    router: Router
    agents: AgentService
    auth: AuthService
    customers: CustomerService
    crm: Crm
    phonebook: Phonebook
    records: CallRecords
    acd: AcdService
    transfers: Transfers
    outbound: Outbound
    monitoring: Monitoring
    consults: Consults
    takeover: TakeOver
    kb: KnowledgeBase
    snippets: Snippets
    admin: AdminService
    centre: CentreAdmin
    reports: ReportService
    qa: QaService
    qa_reports: QaReports
    tickets: TicketService
    announcements: AnnouncementService
    sms: SmsService
    flows: FlowService
    voicemails: VoicemailService  # the agents' and leads' boxes, handled, called back
    number_lists: NumberListService  # 黑白名单: `is_blocked(number, direction)`
    number_areas: NumberAreaService  # 号码归属地 for area routing
    webhooks: Webhooks
    dispatcher: WebhookDispatcher
    campaigns: CampaignService
    dial_permissions: DialPermissions
    # The SIP side (edge, media workers, telephony); None when the server runs without it.
    call_path: CallPath | None = None
    started_at: float = field(default_factory=time.time)
    checks: dict[str, Callable[[], str]] = field(default_factory=dict)
    sip_secret: bytes = b""
    # Extra parts started after the core and the call path, stopped before them (the
    # simulator, the desktop of `run --desktop`).
    startup: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    shutdown: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    # Run once everything has stopped (the CLI re-raises a SIGTERM there).
    stopped: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    async def reason_code_exists(self, code: str) -> bool:
        rows = await self.runner.run(lambda s: s.list_reason_codes())
        return any(r["code"] == code for r in rows)

    async def start(self) -> None:
        qlog = QueueLogFile(self.config.queue_log_path)
        # issue 19: answered calls whose media workers outlived the previous run go on
        taken = await self.call_path.take_back() if self.call_path is not None else None
        keep = taken.call_ids if taken is not None else set()
        if taken is not None and taken.answers:  # answered, the record not yet saying so
            answers, rang = taken.answers, taken.rang_since()
            await self.runner.run(lambda s: record_answers(s, qlog, answers, rang))
        lost = await self.runner.run(
            lambda s: close_orphaned_calls(
                s,
                qlog,
                recordings_dir=self.config.recordings_dir,
                keep=keep,
                cut=taken.cut if taken is not None else set(),
                now=self.clock(),
                ended=taken.ended if taken is not None else None,
            )
        )
        if lost:
            log.warning(
                "closed %d call record(s) left open by the previous run "
                "(end cause server_lost, ended at their last known event, or now for the "
                "ones a restart hung up)",
                len(lost),
            )
        # issue 19: agents whose caller hung up while no coordinator ran (the worker ended
        # their leg then): still on that call until it is ended for them below
        gap_ended = {
            str(r["agent_id"]): (str(r["id"]), r.get("queue"))
            for r in lost
            if taken is not None and r["id"] in taken.ended and r.get("agent_id")
        }
        on_call = taken.on_call() if taken is not None else {}
        await self.agents.load(
            on_call | {a: c for a, (c, _) in gap_ended.items()} or None,
            {str(r["agent_id"]): float(r["answered_at"]) for r in taken.answers} if taken else None,
        )
        await self.number_lists.load()
        await self.auth.access.load()
        await self.acd.load()
        if taken is not None and taken.adopted:
            self.acd.adopt([a.row for a in taken.adopted])
        for agent_id, (call_id, queue) in sorted(gap_ended.items()):  # wrap-up, as after
            await self.acd.end_for_agent_after_restart(agent_id, call_id, queue)  # a hang-up
        await self.dispatcher.start()
        if self.call_path is not None:
            await self.call_path.start(self.acd, self.outbound)
        await self.campaigns.start()
        for hook in self.startup:
            await hook()

    async def stop(self) -> None:
        if self.call_path is not None:
            self.call_path.stopping()  # nothing restarted or replaced while stopping
        # Live calls end first (BYE, records closed as server_shutdown), while the call
        # path that carries them still runs.
        ended = await self.acd.end_live_calls("server_shutdown")
        if ended:
            log.info("stopping: ended %d live call(s), records closed as server_shutdown", ended)
        steps = [*reversed(self.shutdown), self.campaigns.stop]
        if self.call_path is not None:
            steps.append(self.call_path.stop)
        for step in steps + self.stopped:
            try:
                await step()
            except Exception:
                log.exception("shutdown step failed")
        try:
            await self.dispatcher.stop()  # what is not yet stored is stored now
        except Exception:
            log.exception("webhook dispatcher stop failed")
        self.acd.close()
        self.agents.close()
        self.reports.close()
        self.runner.close()


def database_check(runner: StoreRunner) -> str:
    """/health's database entry without touching the database: busy while locked."""
    if not runner.busy:
        return "ok"
    held = f"; {runner.held_count} changes held back" if runner.held_count else ""
    return f"busy: locked by another process{held}"


def sip_secret(runner: StoreRunner) -> bytes:
    """The edge's auth_ephemeral secret: made once, kept in the settings table."""
    value = runner.run_sync(lambda s: s.get_setting("sip_secret"))
    if value is None:
        value = secrets.token_urlsafe(32)
        runner.run_sync(lambda s: s.set_setting("sip_secret", value))
    return value.encode()


def build_services(
    config: ServerConfig,
    clock: Callable[[], float] = time.time,
    control: CallControl | None = None,
    passwords: Passwords | None = None,
    sip: bool = False,
) -> Services:
    """The object graph, wired by constructor. `sip` adds the call path (edge, media
    workers, telephony), which also becomes the ACD's call control; `control` replaces
    that control (tests' fake media layer)."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    runner = StoreRunner(lambda: open_store(config.store_target))
    dispatcher = WebhookDispatcher(
        runner,
        clock,
        DeliverySettings(
            timeout=config.webhook_timeout_seconds,
            max_attempts=config.webhook_max_attempts,
            backoff_base=config.webhook_backoff_seconds,
            backoff_cap=config.webhook_backoff_cap_seconds,
        ),
    )
    bus = EventBus(clock, observers=[dispatcher.observe])  # webhooks hear every event
    router = Router()
    agents = AgentService(runner, bus, router, clock)
    secret = sip_secret(runner)

    def issue_sip(agent_id: str) -> SipSettings:
        creds = issue_sip_credentials(secret, agent_id, config.sip_credentials_ttl_seconds, clock())
        address = f"{config.sip_host}:{config.agent_sip_port}"
        return SipSettings(
            registrar=f"sip:{address}",
            domain=address,
            username=creds.username,
            password=creds.password,
            transport=config.agent_sip_transport,  # type: ignore[arg-type]
            expires_at=float(creds.expires_at),
            srtp=config.agent_srtp,  # type: ignore[arg-type]
        )

    passwords = passwords or Passwords()
    limiter = SignInLimiter(
        config.login_failures_per_minute, address_ceiling=config.login_address_ceiling
    )
    auth = AuthService(
        runner,
        agents,
        bus,
        passwords,
        limiter,
        issue_sip,
        clock,
        config.token_ttl_seconds,
        Access(runner, agents.profiles),
    )
    checks: dict[str, Callable[[], str]] = {}
    call_path = (
        CallPath(
            config, secret, runner, bus, clock, agents, auth, checks, lambda: database_check(runner)
        )
        if sip
        else None
    )
    customers = CustomerService(runner, clock)
    book = LiveCalls(
        runner,
        bus,
        router,
        agents,
        customers,
        control or call_path or NoCallControl(),
        QueueLogFile(config.queue_log_path),
        clock,
    )
    acd = AcdService(book)
    consults = Consults(acd)
    book.consults = consults  # the media layer's reports on consult legs reach it
    admin = AdminService(runner, agents, auth, acd, passwords, clock, config.prompts_dir, bus)
    if call_path is not None:
        admin.listeners.append(call_path.reload)  # numbers and queues changed
    outbound = Outbound(book)
    dial_permissions = DialPermissions(runner, agents)
    bus.audience = lambda viewer, role, event: auth.access.may_see(viewer, role, event, acd.members)
    number_lists = NumberListService(runner, clock, admin.listeners)
    voicemails = VoicemailService(runner, auth.access, acd, bus, clock)
    if call_path is not None:
        call_path.on_voicemail = voicemails.left  # a new message: tell its box's agents
    return Services(
        config=config,
        clock=clock,
        runner=runner,
        bus=bus,
        router=router,
        agents=agents,
        auth=auth,
        customers=customers,
        crm=Crm(runner, clock, auth.access),
        phonebook=Phonebook(runner, clock),
        records=CallRecords(runner, clock, CallNotifier(bus)),
        acd=acd,
        transfers=Transfers(acd),
        outbound=outbound,
        monitoring=Monitoring(book),
        consults=consults,
        takeover=TakeOver(acd),
        kb=KnowledgeBase(runner, clock),
        snippets=Snippets(runner, config.data_dir / "snippets", clock),
        admin=admin,
        centre=CentreAdmin(admin),
        qa=QaService(runner, auth.access, clock, QaNotifier(bus)),
        qa_reports=QaReports(runner, auth.access, agents.profiles),
        tickets=TicketService(runner, auth.access, agents.profiles, TicketNotifier(bus), clock),
        announcements=AnnouncementService(
            runner, auth.access, agents.profiles, AnnouncementNotifier(bus), clock
        ),
        sms=SmsService(runner, auth.access, config.data_dir, clock),
        flows=FlowService(runner, clock, config.timezone, admin.listeners),
        number_lists=number_lists,
        number_areas=NumberAreaService(runner, clock, admin.listeners),
        voicemails=voicemails,
        webhooks=Webhooks(runner, dispatcher, clock),
        dispatcher=dispatcher,
        campaigns=CampaignService(
            runner,
            CampaignNotifier(bus),
            agents,
            acd,
            outbound,
            dial_permissions,
            call_path,
            config.data_dir,
            clock,
            config.timezone,
            config.outbound_wrap_up_seconds,
            number_lists.is_blocked,
        ),
        dial_permissions=dial_permissions,
        reports=ReportService(
            ReportReader(config.store_target), auth.access, acd.members, config.timezone, clock
        ),
        call_path=call_path,
        started_at=clock(),
        checks=checks,
        sip_secret=secret,
    )
