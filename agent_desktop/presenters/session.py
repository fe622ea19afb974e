"""Sign-in, sign-out and the live session: REST client, event stream, softphone binding."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from agent_desktop.cti import (
    ApiError,
    CtiClient,
    CtiError,
    EventStream,
    InvalidCredentials,
    RateLimited,
    ServerUnreachable,
    normalise_server_url,
)
from agent_desktop.platform.credentials import CredentialStore
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import (
    AgentSignedOut,
    AgentStateChanged,
    AnnouncementPosted,
    CallAnswered,
    CallEnded,
    CallMonitored,
    CallOffered,
    CallUpdated,
    CampaignUpdated,
    ConfigurationChanged,
    DispositionSaved,
    Event,
    EventData,
    LoginResponse,
    QaEvaluationChanged,
    QueueStatsUpdated,
    SystemHealthChanged,
    TicketAssigned,
    TicketChanged,
    UnknownEvent,
    VoicemailChanged,
    parse_event,
)
from agent_desktop.protocol import SipSettings as WireSip
from agent_desktop.settings import Settings, SettingsStore
from agent_desktop.softphone import (
    RegistrationChanged,
    SipSettings,
    Softphone,
    SoftphoneError,
    SrtpUse,
    Transport,
)

log = logging.getLogger(__name__)
CONFIG_RESYNC_MS = 300  # admin changes come in bursts: one re-fetch after the last
ClientFactory = Callable[[str], CtiClient]
StreamFactory = Callable[..., EventStream]


def softphone_settings(sip: WireSip, display_name: str = "") -> SipSettings:
    """The login's `sip` block → the softphone's account settings (registrar without `sip:`)."""
    registrar = sip.registrar
    for prefix in ("sips:", "sip:"):
        if registrar.startswith(prefix):
            registrar = registrar[len(prefix) :]
    return SipSettings(
        registrar=registrar,
        domain=sip.domain,
        username=sip.username,
        password=sip.password,
        transport=Transport(sip.transport),
        srtp=SrtpUse(sip.srtp),
        display_name=display_name,
    )


class SessionPresenter(QObject):
    """Owns the signed-in session; other presenters listen to its signals.

    Each stream frame is parsed here once (`protocol.parse_event`) and emitted on the one
    signal named after its event, carrying its payload model; nothing else reads frames."""

    busy_changed = Signal(bool)
    sign_in_failed = Signal(str)
    signed_in = Signal(object)  # LoginResponse
    signed_out = Signal(str)  # a message for the sign-in window ("" = by the agent)
    connection_changed = Signal(bool)  # event stream up / down
    # One signal per event, each carrying its payload (agent_desktop.protocol.events):
    agent_state_changed = Signal(object)  # AgentStateChanged
    agent_signed_out = Signal(object)  # AgentSignedOut (this session ends after it)
    call_offered = Signal(object)  # CallOffered
    call_answered = Signal(object)  # CallAnswered
    call_updated = Signal(object)  # CallUpdated
    call_ended = Signal(object)  # CallEnded
    call_monitored = Signal(object)  # CallMonitored
    queue_stats_updated = Signal(object)  # QueueStatsUpdated
    announcement_posted = Signal(object)  # AnnouncementPosted
    system_health_changed = Signal(object)  # SystemHealthChanged
    configuration_changed = Signal(object)  # ConfigurationChanged
    qa_evaluation_changed = Signal(object)  # QaEvaluationChanged
    ticket_assigned = Signal(object)  # TicketAssigned
    ticket_changed = Signal(object)  # TicketChanged
    disposition_saved = Signal(object)  # DispositionSaved
    campaign_updated = Signal(object)  # CampaignUpdated (outbound campaign monitor)
    voicemail_changed = Signal(object)  # VoicemailChanged (new, handled, called back)
    resynced = Signal(object)  # LoginResponse re-fetched after a reconnect or a gap
    registration_changed = Signal(str, str)  # softphone state, detail
    renew_min_s = 15.0  # SIP credentials are renewed at half-life, never more often than this
    password_change_required = Signal(object)  # LoginResponse of a reset password

    def __init__(
        self,
        settings_store: SettingsStore,
        credentials: CredentialStore,
        softphone: Softphone,
        tasks: TaskRunner,
        client_factory: ClientFactory = CtiClient,
        stream_factory: StreamFactory = EventStream,
    ) -> None:
        super().__init__()
        self.settings_store = settings_store
        self.settings: Settings = settings_store.load()
        self._credentials = credentials
        self._softphone = softphone
        self._tasks = tasks
        self._client_factory = client_factory
        self._stream_factory = stream_factory
        self.client: CtiClient | None = None
        self.login: LoginResponse | None = None
        self.stream: EventStream | None = None
        self.connected = False
        self._renewal: asyncio.Task[None] | None = None
        self._pending_change: tuple[str, str, bool] | None = None
        self._config_timer = QTimer(self)  # re-fetch my session after admin changes
        self._config_timer.setSingleShot(True)
        self._config_timer.setInterval(CONFIG_RESYNC_MS)
        self._config_timer.timeout.connect(
            lambda: self._tasks.spawn(self._resync("configuration changed"), "resync")
        )
        self.event_signals: dict[type[EventData], SignalInstance] = {
            AgentStateChanged: self.agent_state_changed,
            AgentSignedOut: self.agent_signed_out,
            CallOffered: self.call_offered,
            CallAnswered: self.call_answered,
            CallUpdated: self.call_updated,
            CallEnded: self.call_ended,
            CallMonitored: self.call_monitored,
            QueueStatsUpdated: self.queue_stats_updated,
            AnnouncementPosted: self.announcement_posted,
            SystemHealthChanged: self.system_health_changed,
            ConfigurationChanged: self.configuration_changed,
            QaEvaluationChanged: self.qa_evaluation_changed,
            TicketAssigned: self.ticket_assigned,
            TicketChanged: self.ticket_changed,
            DispositionSaved: self.disposition_saved,
            CampaignUpdated: self.campaign_updated,
            VoicemailChanged: self.voicemail_changed,
        }
        softphone.subscribe(self._on_softphone_event)

    # -- remember me --------------------------------------------------------------------
    def remembered_password(self, server_url: str, agent_id: str) -> str:
        if not (self.settings.remember and server_url and agent_id):
            return ""
        try:
            url = normalise_server_url(server_url)
        except ValueError:
            return ""
        return self._credentials.load(url, agent_id) or ""

    # -- sign-in ------------------------------------------------------------------------
    def sign_in(self, server_url: str, agent_id: str, password: str, remember: bool) -> None:
        self._tasks.spawn(self.sign_in_async(server_url, agent_id, password, remember), "sign-in")

    async def sign_in_async(
        self, server_url: str, agent_id: str, password: str, remember: bool
    ) -> bool:
        agent_id = agent_id.strip()
        if not agent_id or not password:
            self.sign_in_failed.emit(self.tr("Enter your agent ID and password."))
            return False
        try:
            url = normalise_server_url(server_url)
        except ValueError:
            self.sign_in_failed.emit(self.tr("The server address is not valid."))
            return False
        self.busy_changed.emit(True)
        client = self._client_factory(url)
        try:
            login = await client.login(agent_id, password, self._device_id())
        except CtiError as exc:
            await client.close()
            self.sign_in_failed.emit(self._sign_in_message(exc, url))
            return False
        finally:
            self.busy_changed.emit(False)
        self._remember(url, agent_id, password, remember)
        self.client, self.login = client, login
        if login.agent.must_change_password:
            # The server answers nothing else until the password is changed: no stream,
            # no softphone; `finish_password_change` signs in again with the new one.
            log.info("%s must change the password reset by an administrator", agent_id)
            self._pending_change = (url, agent_id, remember)
            self.password_change_required.emit(login)
            return True
        self._start_stream(client, login)
        self._register_softphone(login)
        self._renewal = self._tasks.spawn(self._renew_sip_credentials(), "sip-renewal")
        self.signed_in.emit(login)
        return True

    async def _renew_sip_credentials(self) -> None:
        """SIP credentials are short-lived (the edge refuses them after sign-out): fetch
        fresh ones at half their remaining life while signed in and hand them to the phone."""
        # the expiry of the credentials the phone holds (a resync may fetch newer ones)
        expires_at = self.login.sip.expires_at if self.login is not None else None
        while self.client is not None and self.login is not None:
            if expires_at is None:
                return  # credentials that never expire
            await asyncio.sleep(max(self.renew_min_s, (expires_at - time.time()) / 2))
            client = self.client
            if client is None or self.login is None:
                return
            try:
                fresh = await client.me()
            except CtiError as exc:
                log.warning("SIP credentials not renewed (%s); trying again", exc)
                await asyncio.sleep(self.renew_min_s)
                continue
            if self.client is not client or self.login is None:
                return  # signed out meanwhile
            self.login = self.login.model_copy(update={"sip": fresh.sip})
            expires_at = fresh.sip.expires_at
            try:
                self._softphone.renew_credentials(fresh.sip.username, fresh.sip.password)
                log.info(
                    "SIP credentials renewed until %s",
                    time.strftime("%H:%M:%S", time.localtime(fresh.sip.expires_at or 0)),
                )
            except SoftphoneError as exc:
                self.registration_changed.emit("failed", str(exc))

    def _device_id(self) -> str:
        """This desktop's random device ID, made once and kept in the settings file."""
        if len(self.settings.device_id) < 16:
            self.settings.device_id = secrets.token_urlsafe(24)
            try:
                self.settings_store.save(self.settings)
            except OSError as exc:
                log.warning("settings not saved: %s", exc)
        return self.settings.device_id

    async def finish_password_change(self, new_password: str) -> bool:
        """The reset password was changed (POST /auth/password): sign in again with the
        new one, which opens the full session (stream, softphone, tabs)."""
        pending, client = self._pending_change, self.client
        self._pending_change = None
        if pending is None or client is None:
            return False
        self.client = self.login = None
        with contextlib.suppress(CtiError):
            await client.logout()
        await client.close()
        url, agent_id, remember = pending
        return await self.sign_in_async(url, agent_id, new_password, remember)

    def _sign_in_message(self, exc: CtiError, url: str) -> str:
        if isinstance(exc, InvalidCredentials):
            return self.tr("Wrong agent ID or password.")
        if isinstance(exc, RateLimited):
            seconds = max(1, round(exc.retry_after))
            return self.tr("Too many sign-in attempts. Try again in %n second(s).", "", seconds)
        if isinstance(exc, ServerUnreachable):
            return self.tr(
                "Cannot reach the server at %1. Check the address and your network."
            ).replace("%1", url)
        if isinstance(exc, ApiError):
            return self.tr("The server refused the sign-in: %1").replace("%1", exc.message)
        return self.tr("Sign-in failed: %1").replace("%1", str(exc))

    def _remember(self, url: str, agent_id: str, password: str, remember: bool) -> None:
        self.settings.server_url, self.settings.agent_id = url, agent_id
        self.settings.remember = remember
        if remember:
            self.settings.remember = self._credentials.save(url, agent_id, password)
        else:
            self._credentials.forget(url, agent_id)
        try:
            self.settings_store.save(self.settings)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    def _start_stream(self, client: CtiClient, login: LoginResponse) -> None:
        self.stream = self._stream_factory(
            client.events_url,
            login.token,
            self._on_event,
            on_status=self._on_stream_status,
            on_resync=self._resync,
            on_rejected=self._on_stream_rejected,
        )
        self.stream.last_seq = 0  # replay everything since the login opened the stream
        self.stream.start()

    def _register_softphone(self, login: LoginResponse) -> None:
        try:
            self._softphone.register(softphone_settings(login.sip, login.agent.name))
        except (SoftphoneError, ValueError) as exc:
            self.registration_changed.emit("failed", str(exc))

    # -- live session ------------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        """One frame from the stream: parsed once, then emitted on its event's signal. An
        unknown type (a newer server) or a payload that does not fit is logged and skipped."""
        try:
            payload = parse_event(event)
        except UnknownEvent:
            log.info("event %s (seq %d) unknown to this desktop: ignored", event.type, event.seq)
            return
        except ValidationError as exc:
            log.warning(
                "malformed %s event (seq %d) ignored: %s",
                event.type,
                event.seq,
                exc.errors(include_url=False, include_input=False),
            )
            return
        signal = self.event_signals.get(type(payload))
        if signal is None:
            return  # hello: the stream's own
        if isinstance(payload, AgentSignedOut):
            signal.emit(payload)
            by = payload.by
            self._tasks.spawn(
                self._end_session(
                    self.tr("You were signed out by %1.").replace("%1", by or self.tr("a lead"))
                )
            )
            return
        if (
            isinstance(payload, ConfigurationChanged)
            and self.login is not None
            and payload.concerns(self.login.agent.agent_id)
        ):
            self._config_timer.start()  # one re-fetch for a burst (an import, a setup)
        signal.emit(payload)

    def _on_stream_status(self, connected: bool) -> None:
        self.connected = connected
        self.connection_changed.emit(connected)

    async def _resync(self, reason: str) -> None:
        if self.client is None:
            return
        try:
            login = await self.client.me()
        except CtiError as exc:
            log.warning("resync (%s) failed: %s", reason, exc)
            return
        self.login = login.model_copy(update={"token": self.login.token if self.login else ""})
        self.resynced.emit(login)

    def _on_stream_rejected(self) -> None:
        self._tasks.spawn(
            self._end_session(self.tr("Your session has ended. Please sign in again."))
        )

    def _on_softphone_event(self, event: object) -> None:
        if isinstance(event, RegistrationChanged):
            detail = f"{event.status_code} {event.reason}".strip() if event.status_code else ""
            if event.missing_transport:
                detail = f"transport:{event.missing_transport}"  # the window words it
            self.registration_changed.emit(event.state.value, detail)

    # -- sign-out -----------------------------------------------------------------------
    def sign_out(self) -> None:
        self._tasks.spawn(self.sign_out_async(), "sign-out")

    async def sign_out_async(self) -> None:
        client = self.client
        if client is not None:
            try:
                await client.logout()
            except CtiError as exc:
                log.info("logout request failed (%s); signing out locally", exc)
        await self._end_session("")

    async def _end_session(self, message: str) -> None:
        if self._renewal is not None:
            self._renewal.cancel()
            self._renewal = None
        self._pending_change = None
        self._config_timer.stop()
        stream, client = self.stream, self.client
        self.stream = self.client = self.login = None
        if stream is not None:
            await stream.stop()
        with contextlib.suppress(SoftphoneError):
            self._softphone.unregister()
        if client is not None:
            await client.close()
        self.connected = False
        self.signed_out.emit(message)
