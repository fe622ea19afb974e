"""The real softphone on pjsua2 (the only desktop module that imports pjsua2).

pjsua2 runs with no worker threads (`threadCnt = 0`, `mainThreadOnly`): every SIP
callback happens inside `pump()` on the thread that created the phone (the GUI thread).
The wheel has no sound device, so call audio goes through one `AudioMediaPort` on the
null device and the `AudioEngine` bridges it to the OS devices.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import re
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import pjsua2 as pj

from agent_desktop.protocol.quality import LegQuality, QualityMeter, RtcpCounters
from agent_desktop.softphone.api import (
    AudioDevice,
    AudioSelection,
    CallDirection,
    CallInfo,
    CallState,
    RegistrationState,
    SipSettings,
    Softphone,
    SoftphoneError,
    SrtpUse,
    Transport,
    check_dtmf,
)
from agent_desktop.softphone.audio import FRAME_BYTES, RATE, AudioEngine
from agent_desktop.softphone.devices import AudioBackend, SoundDeviceBackend
from agent_desktop.softphone.events import (
    CallEnded,
    CallMediaChanged,
    CallQualityChanged,
    CallStateChanged,
    EndCause,
    IncomingCall,
    RegistrationChanged,
)
from agent_desktop.softphone.network import NetworkChange, RegistrarProbe
from agent_desktop.softphone.sdp import with_ptime
from agent_desktop.softphone.streams import RecoveryPolicy

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])

QUALITY_PERIOD_S = 1.0  # how often each call's RTCP figures are read
CODECS = ("G722/16000/1", "PCMA/8000/1", "PCMU/8000/1")  # in priority order; all others off

_STATES = {
    pj.PJSIP_INV_STATE_CALLING: CallState.CALLING,
    pj.PJSIP_INV_STATE_INCOMING: CallState.INCOMING,
    pj.PJSIP_INV_STATE_EARLY: CallState.RINGING,
    pj.PJSIP_INV_STATE_CONNECTING: CallState.CONNECTING,
    pj.PJSIP_INV_STATE_CONFIRMED: CallState.CONFIRMED,
    pj.PJSIP_INV_STATE_DISCONNECTED: CallState.DISCONNECTED,
}
_SRTP = {
    SrtpUse.DISABLED: pj.PJMEDIA_SRTP_DISABLED,
    SrtpUse.OPTIONAL: pj.PJMEDIA_SRTP_OPTIONAL,
    SrtpUse.MANDATORY: pj.PJMEDIA_SRTP_MANDATORY,
}


# pjmedia_jb_discard_algo by name (the pjsua2 wheel exports no constants for it)
JB_DISCARD = {"none": 0, "static": 1, "progressive": 2}


def _set_jb_discard(med_config: Any, algo: int) -> None:
    """Set `MediaConfig.jbDiscardAlgo` (the wheel's SWIG wrapper takes no int for it: go
    through pjsua2's own JSON persistence, which reads the field as a number)."""
    doc = pj.JsonDocument()
    doc.writeObject(med_config)
    text = re.sub(r'("jbDiscardAlgo":\s*)\d+', rf"\g<1>{algo}", doc.saveString())
    doc = pj.JsonDocument()
    doc.loadString(text)
    doc.readObject(med_config)


# After new credentials, register once more this long after (see renew_credentials).
RENEW_REFRESH_S = 2.0
RENEW_REFRESH_TRIES = 3


def _guarded(method: F) -> F:
    """pjsua2 swallows callback exceptions after printing them: log them properly instead."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except Exception:
            # log text, not exc_info: a kept traceback would keep pjsua2 objects alive past
            # libDestroy() (log capture handlers keep records), which aborts the process
            log.error("pjsua2 callback %s failed:\n%s", method.__name__, traceback.format_exc())
            return None

    wrapper.__name__ = method.__name__
    return wrapper  # type: ignore[return-value]


def _op(status_code: int) -> Any:
    prm = pj.CallOpParam()
    prm.statusCode = status_code
    return prm


def parse_headers(whole_msg: str) -> dict[str, str]:
    """X- headers of a SIP message (first occurrence wins), e.g. {"X-Call-Id": "S1"}."""
    headers: dict[str, str] = {}
    for line in whole_msg.split("\r\n\r\n", 1)[0].splitlines()[1:]:
        name, sep, value = line.partition(":")
        if sep and name.strip().lower().startswith("x-") and name.strip() not in headers:
            headers[name.strip()] = value.strip()
    return headers


@dataclass(frozen=True)
class EngineOptions:
    """Endpoint options fixed at start-up (settable from the app's configuration)."""

    sip_port: int = 0  # 0 = any free port
    rtp_port: int = 0  # first RTP port; 0 = any
    bind_address: str = ""
    transports: tuple[Transport, ...] = (Transport.UDP, Transport.TCP, Transport.TLS)
    tls_ca_file: str = ""
    tls_cert_file: str = ""
    tls_key_file: str = ""
    user_agent: str = "callcenter-agent-desktop"
    log_level: int = 2  # pjsip log level forwarded to Python logging (debug)
    jb_max_ms: int = -1  # pjmedia jitter buffer ceiling (-1 = default; raise it on VPNs)
    network_probe_s: float = 2.0  # OPTIONS keep-alive to a UDP registrar (0: no network watch)
    network_lost_after_s: float = 4.5  # no answer this long: "network lost, reconnecting"
    register_retry_s: int = 5  # a failed REGISTER is retried after this many seconds
    # pjmedia jitter buffer start and prefetch bounds (-1 = pjmedia's default); docs/media.md
    jb_init_ms: int = -1
    jb_min_pre_ms: int = -1
    jb_max_pre_ms: int = -1
    # how the jitter buffer drops surplus frames: "static" (issue 22: fewer underflows on a
    # jittery link than pjmedia's default "progressive", which restores the old), "none"
    jb_discard: str = "static"
    # RTP packet time, ms, we send and ask for (a=ptime): 10 scored 0.3-0.5 PESQ above
    # G.711's usual 20 on a lossy, jittery link, for +16 kbit/s each way (headers);
    # 0: the codec's own (20 ms), as before issue 22. docs/performance.md
    ptime_ms: int = 10


@dataclass(frozen=True)
class StreamStats:
    """RTCP and jitter-buffer figures of a call's audio stream (pjsua2 getStreamStat)."""

    rx_packets: int  # RTP packets received
    rx_lost: int  # lost on the way to us (RTCP sequence gaps)
    rx_jitter_ms: float  # mean interarrival jitter of what we received
    tx_lost: int  # the far end's report of what it lost of ours (RTCP RR)
    tx_jitter_ms: float  # ... and the jitter it saw
    rtt_ms: float  # mean round-trip time (0: no RTCP round trip yet)
    jb_delay_ms: float  # mean delay our jitter buffer added
    jb_lost: int  # frames the jitter buffer had to conceal (lost or late)
    jb_empty: int  # times it ran empty (underflow)
    jb_discard: int  # frames it threw away (overflow, late)
    tx_packet_ms: int = 0  # the packet time we send (ptime)


class _LogWriter(pj.LogWriter):
    def write(self, entry: Any) -> None:
        with contextlib.suppress(Exception):
            log.debug("pjsip: %s", entry.msg.rstrip())


class _BridgePort(pj.AudioMediaPort):
    """The conference port that carries call audio to and from the AudioEngine."""

    def __init__(self, audio: AudioEngine) -> None:
        super().__init__()
        self._audio = audio
        self.frame_cost = [0, 0.0, 0.0]  # count, total s, worst s

    def _cost(self, t0: float) -> None:
        dt = time.perf_counter() - t0
        c = self.frame_cost
        c[0] += 1
        c[1] += dt
        c[2] = max(c[2], dt)

    def onFrameRequested(self, frame: Any) -> None:
        t0 = time.perf_counter()
        try:
            frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
            frame.buf = pj.ByteVector(self._audio.read_mic_frame())
            frame.size = FRAME_BYTES
        except Exception:
            log.error("bridge port: frame requested:\n%s", traceback.format_exc())
        self._cost(t0)

    def onFrameReceived(self, frame: Any) -> None:
        t0 = time.perf_counter()
        try:
            if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO:
                self._audio.write_speaker_frame(bytes(frame.buf))
        except Exception:
            log.error("bridge port: frame received:\n%s", traceback.format_exc())
        self._cost(t0)


class _Account(pj.Account):
    def __init__(self, phone: PjsuaSoftphone) -> None:
        super().__init__()
        self._phone = phone

    @_guarded
    def onRegState(self, prm: Any) -> None:
        self._phone._on_reg_state(prm.code, prm.reason, prm.expiration)

    @_guarded
    def onIncomingCall(self, prm: Any) -> None:
        self._phone._on_incoming(self, prm.callId, prm.rdata.wholeMsg)


class _Call(pj.Call):
    def __init__(
        self,
        phone: PjsuaSoftphone,
        acc: pj.Account,
        local_id: str,
        call_id: int = pj.PJSUA_INVALID_ID,
    ) -> None:
        super().__init__(acc, call_id)
        self._phone = phone
        self.local_id = local_id

    @_guarded
    def onCallState(self, prm: Any) -> None:
        self._phone._on_call_state(self)

    @_guarded
    def onCallMediaState(self, prm: Any) -> None:
        self._phone._on_call_media(self)

    @_guarded
    def onCallSdpCreated(self, prm: Any) -> None:
        # ask the far end for our packet time (pjsua2 re-parses the SDP if it changed)
        prm.sdp.wholeSdp = with_ptime(prm.sdp.wholeSdp, self._phone.options.ptime_ms)


@dataclass
class _Leg:
    call: _Call
    info: CallInfo
    audio: Any = None  # pj.AudioMedia while connected to the bridge port
    hangup_by_us: bool = False
    media_index: int = -1  # the audio stream's index while it is active
    quality: QualityMeter = field(default_factory=QualityMeter)


class PjsuaSoftphone(Softphone):
    # pjsua2 allows one Endpoint per process: how many softphones hold one right now.
    live_endpoints = 0

    def __init__(
        self,
        options: EngineOptions | None = None,
        backend: AudioBackend | None = None,
        policy: RecoveryPolicy | None = None,
    ) -> None:
        super().__init__()
        self.options = options or EngineOptions()
        if self.options.jb_discard not in JB_DISCARD:
            raise SoftphoneError(
                f"jitter buffer discard {self.options.jb_discard!r}: want one of "
                + ", ".join(JB_DISCARD)
            )
        self.audio = AudioEngine(backend or SoundDeviceBackend(), self._hub.post, policy)
        self._ids = itertools.count(1)
        self._legs: dict[str, _Leg] = {}
        self._ended: list[_Call] = []  # released at the next pump, not inside callbacks
        self._reg_state = RegistrationState.UNREGISTERED
        self._unregistered = False  # unregister() asked: the registrar's answers are moot
        self._settings: SipSettings | None = None
        self._account: _Account | None = None
        self._acfg: Any = None  # the account's pj.AccountConfig (renew_credentials)
        self._refresh_at: float | None = None  # when to REGISTER again after a renewal
        self._refresh_tries = 0
        self._probe: RegistrarProbe | None = None  # network watch towards the registrar
        self._registered_from: str | None = None  # local address of the last good REGISTER
        self._ep = pj.Endpoint()
        PjsuaSoftphone.live_endpoints += 1
        self._ep.libCreate()
        self._log_writer = _LogWriter()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.uaConfig.userAgent = self.options.user_agent
        cfg.logConfig.writer = self._log_writer
        cfg.logConfig.level = self.options.log_level
        cfg.logConfig.consoleLevel = 0
        cfg.medConfig.noVad = True  # VAD clips speech and mutes steady tones
        cfg.medConfig.clockRate = RATE
        cfg.medConfig.ecTailLen = 0  # no sound device: pjmedia's canceller cannot see ours
        if self.options.jb_max_ms > 0:
            cfg.medConfig.jbMax = self.options.jb_max_ms
        for name, value in (
            ("jbInit", self.options.jb_init_ms),
            ("jbMinPre", self.options.jb_min_pre_ms),
            ("jbMaxPre", self.options.jb_max_pre_ms),
        ):
            if value >= 0:
                setattr(cfg.medConfig, name, value)
        if self.options.ptime_ms > 0:
            cfg.medConfig.ptime = self.options.ptime_ms
        _set_jb_discard(cfg.medConfig, JB_DISCARD[self.options.jb_discard])
        self._ep.libInit(cfg)
        self.local_ports: dict[Transport, int] = {}
        self._create_transports()
        self._ep.audDevManager().setNullDev()
        for codec in self._ep.codecEnum2():
            self._ep.codecSetPriority(codec.codecId, 0)
        for prio, codec in zip((255, 254, 253), CODECS, strict=True):
            self._ep.codecSetPriority(codec, prio)
        self._ep.libStart()
        fmt = pj.MediaFormatAudio()
        fmt.init(pj.PJMEDIA_FORMAT_PCM, RATE, 1, 20000, 16)
        self._port: _BridgePort | None = _BridgePort(self.audio)
        self._port.createPort("softphone-bridge", fmt)
        self._closed = False
        self._next_quality = 0.0

    # -- set-up ---------------------------------------------------------------------------
    def _create_transports(self) -> None:
        kinds = {
            Transport.UDP: pj.PJSIP_TRANSPORT_UDP,
            Transport.TCP: pj.PJSIP_TRANSPORT_TCP,
            Transport.TLS: pj.PJSIP_TRANSPORT_TLS,
        }
        for transport in self.options.transports:
            tcfg = pj.TransportConfig()
            tcfg.port = self.options.sip_port
            if self.options.bind_address:
                tcfg.boundAddress = self.options.bind_address
            if transport is Transport.TLS:
                tcfg.tlsConfig.CaListFile = self.options.tls_ca_file
                tcfg.tlsConfig.certFile = self.options.tls_cert_file
                tcfg.tlsConfig.privKeyFile = self.options.tls_key_file
                tcfg.tlsConfig.proto = pj.PJ_SSL_SOCK_PROTO_TLS1_2 | pj.PJ_SSL_SOCK_PROTO_TLS1_3
            try:
                tid = self._ep.transportCreate(kinds[transport], tcfg)
            except pj.Error as exc:
                log.warning("SIP transport %s unavailable: %s", transport, exc.info())
                continue
            self.local_ports[transport] = int(
                self._ep.transportGetInfo(tid).localName.rsplit(":", 1)[-1]
            )

    def contact_uri(self, transport: Transport = Transport.UDP, host: str = "127.0.0.1") -> str:
        """Where a peer can reach this phone directly (tests, diagnostics)."""
        suffix = "" if transport is Transport.UDP else f";transport={transport}"
        return f"sip:{host}:{self.local_ports[transport]}{suffix}"

    # -- registration ---------------------------------------------------------------------
    @property
    def registration(self) -> RegistrationState:
        return self._reg_state

    def register(self, settings: SipSettings) -> None:
        self._drop_account()
        self._unregistered = False
        self._settings = settings
        if settings.registrar and settings.transport not in self.local_ports:
            # e.g. the Windows pjsua2 wheels have no TLS: say so instead of a SIP timeout.
            self._reg_state = RegistrationState.FAILED
            self._hub.post(
                RegistrationChanged(
                    RegistrationState.FAILED,
                    0,
                    f"SIP over {settings.transport.value.upper()} is not available in this "
                    "softphone (pjsua2 build)",
                    missing_transport=settings.transport.value,
                )
            )
            return
        acfg = pj.AccountConfig()
        acfg.idUri = f"sip:{settings.aor_user}@{settings.domain}"
        if settings.display_name:
            acfg.idUri = f'"{settings.display_name}" <{acfg.idUri}>'
        suffix = "" if settings.transport is Transport.UDP else f";transport={settings.transport}"
        scheme = "sips" if settings.transport is Transport.TLS else "sip"
        if settings.registrar:
            acfg.regConfig.registrarUri = f"{scheme}:{settings.registrar}{suffix}"
            acfg.regConfig.timeoutSec = settings.register_expiry_s
            acfg.regConfig.retryIntervalSec = self.options.register_retry_s
            acfg.regConfig.firstRetryIntervalSec = min(2, self.options.register_retry_s)
            acfg.sipConfig.proxies.append(f"{scheme}:{settings.registrar};lr{suffix}")
        else:
            acfg.regConfig.registrarUri = ""
        if settings.password:
            acfg.sipConfig.authCreds.append(
                pj.AuthCredInfo("digest", "*", settings.username, 0, settings.password)
            )
        acfg.mediaConfig.srtpUse = _SRTP[settings.srtp]
        acfg.mediaConfig.srtpSecureSignaling = 0
        if self.options.rtp_port:
            acfg.mediaConfig.transportConfig.port = self.options.rtp_port
        acfg.natConfig.sdpNatRewriteUse = 0
        # Contact follows the address the edge sees us at (a VPN reconnect moves it); no
        # rewrites of Via or SDP
        acfg.natConfig.contactRewriteUse = 1
        acfg.natConfig.viaRewriteUse = 0
        acfg.ipChangeConfig.hangupCalls = False  # an address change re-INVITEs the calls
        account = _Account(self)
        account.create(acfg, True)
        self._account, self._acfg = account, acfg
        if settings.registrar:
            self._set_reg(RegistrationState.REGISTERING, 0, "")
            self._start_probe(settings)

    # -- network watch ----------------------------------------------------------------------
    def _start_probe(self, settings: SipSettings) -> None:
        """Watch the path to a UDP registrar (TCP/TLS notice a dead link by themselves)."""
        self._stop_probe()
        if self.options.network_probe_s <= 0 or settings.transport is not Transport.UDP:
            return
        host, _, port = settings.registrar.rpartition(":")
        if not host or not port.isdigit():
            host, port = settings.registrar, "5060"
        self._probe = RegistrarProbe(
            host, int(port), self.options.network_probe_s, self.options.network_lost_after_s
        )

    def _stop_probe(self) -> None:
        if self._probe is not None:
            self._probe.close()
            self._probe = None

    def _watch_network(self) -> None:
        probe, account = self._probe, self._account
        if probe is None or account is None:
            return
        change = probe.poll()
        if change is NetworkChange.LOST:
            log.warning("softphone: network to the SIP edge lost; reconnecting")
            self._set_reg(RegistrationState.RECONNECTING, 0, "no answer from the SIP edge")
        elif change in (NetworkChange.RESTORED, NetworkChange.ADDRESS_CHANGED):
            moved = probe.local_address != self._registered_from
            log.info(
                "softphone: network %s (address %s, registered from %s): %s",
                change.value,
                probe.local_address,
                self._registered_from,
                "handling the address change" if moved else "registering again",
            )
            try:
                if moved:
                    # re-REGISTER with the new Contact, then re-INVITE the calls with it and
                    # the new media address (pjsua's IP change procedure)
                    self._ep.handleIpChange(pj.IpChangeParam())
                else:
                    account.setRegistration(True)
            except pj.Error as exc:
                log.warning("softphone: re-registration after a network change: %s", exc.info())

    def renew_credentials(self, username: str, password: str) -> None:
        account, acfg, settings = self._account, self._acfg, self._settings
        if account is None or acfg is None or settings is None:
            raise SoftphoneError("register() first")
        self._settings = replace(settings, username=username, password=password)
        acfg.sipConfig.authCreds.clear()
        acfg.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", username, 0, password))
        try:
            account.modify(acfg)  # the account and its calls stay; it registers again now
        except pj.Error as exc:
            raise SoftphoneError(f"credentials not renewed: {exc.info()}") from exc
        # modify() sends an un-REGISTER (old Call-ID) and a REGISTER (new Call-ID) for the
        # same Contact at once; a registrar that handles the un-REGISTER last drops the
        # binding while this phone saw "200 registered" (measured: 1 renewal in 4 on a
        # loaded box), and calls stop reaching it until the next refresh. A plain
        # REGISTER once both are done puts the binding back.
        self._refresh_tries = RENEW_REFRESH_TRIES
        self._refresh_at = time.monotonic() + RENEW_REFRESH_S

    def _refresh_after_renewal(self, now: float) -> None:
        if self._refresh_at is None or now < self._refresh_at:
            return
        self._refresh_at = None
        if self._unregistered or self._account is None:
            return
        try:
            self._account.setRegistration(True)
        except pj.Error as exc:  # e.g. a REGISTER still in flight: try again shortly
            self._refresh_tries -= 1
            log.info("register again after renewal: %s", exc.info())
            if self._refresh_tries > 0:
                self._refresh_at = now + RENEW_REFRESH_S

    def unregister(self) -> None:
        self._unregistered = True
        self._stop_probe()
        if self._account is not None and self._settings and self._settings.registrar:
            try:
                self._account.setRegistration(False)
            except pj.Error as exc:
                log.info("unregister: %s", exc.info())
        self._set_reg(RegistrationState.UNREGISTERED, 0, "")

    def _set_reg(self, state: RegistrationState, code: int, reason: str) -> None:
        if state is not self._reg_state or code:
            self._reg_state = state
            self._hub.post(RegistrationChanged(state, code, reason))

    def _on_reg_state(self, code: int, reason: str, expiration: int) -> None:
        if self._unregistered:
            # The answer to the un-REGISTER (or to a refresh still in flight) of a phone
            # being closed, e.g. 403 "Signed out" from an edge that already signed the
            # agent out: the phone is not registered, which unregister() said; no failure.
            log.info("registrar answered %s %s after unregister", code, reason)
            return
        if 200 <= code < 300:
            registered = expiration > 0
            state = RegistrationState.REGISTERED if registered else RegistrationState.UNREGISTERED
            if registered and self._probe is not None:
                self._registered_from = self._probe.local_address or self._registered_from
        elif self._probe is not None and self._probe.lost:
            state = RegistrationState.RECONNECTING  # pjsua retries; the probe says when
        else:
            state = RegistrationState.FAILED
        self._set_reg(state, code, reason)

    def _drop_account(self) -> None:
        if self._account is not None:
            try:
                self._account.shutdown()
            except pj.Error as exc:
                log.info("account shutdown: %s", exc.info())
            self._account, self._acfg = None, None

    def _require_account(self) -> _Account:
        if self._account is None:
            raise SoftphoneError("register() first")
        return self._account

    # -- calls ------------------------------------------------------------------------------
    def _leg(self, call_id: str | None) -> _Leg:
        if call_id is None:
            current = self.current_call()
            if current is None:
                raise SoftphoneError("no call")
            call_id = current.call_id
        try:
            return self._legs[call_id]
        except KeyError:
            raise SoftphoneError(f"no call {call_id}") from None

    def calls(self) -> list[CallInfo]:
        return [leg.info for leg in self._legs.values()]

    def dial(self, uri: str, headers: Mapping[str, str] | None = None) -> str:
        account = self._require_account()
        local_id = f"c{next(self._ids)}"
        call = _Call(self, account, local_id)
        info = CallInfo(
            local_id,
            CallDirection.OUTBOUND,
            uri,
            CallState.CALLING,
            dict(headers or {}),
            muted=self.audio.muted,
            started_at=time.time(),
        )
        self._legs[local_id] = _Leg(call, info)
        self.audio.prepare_call()
        prm = pj.CallOpParam(True)
        for name, value in (headers or {}).items():
            header = pj.SipHeader()
            header.hName, header.hValue = name, value
            prm.txOption.headers.append(header)
        try:
            call.makeCall(uri, prm)
        except pj.Error as exc:
            del self._legs[local_id]
            self._release_audio_if_idle()
            raise SoftphoneError(f"dial {uri}: {exc.info()}") from None
        return local_id

    def _on_incoming(self, account: _Account, pj_call_id: int, whole_msg: str) -> None:
        local_id = f"c{next(self._ids)}"
        call = _Call(self, account, local_id, pj_call_id)
        ci = call.getInfo()
        info = CallInfo(
            local_id,
            CallDirection.INBOUND,
            ci.remoteUri,
            CallState.INCOMING,
            parse_headers(whole_msg),
            muted=self.audio.muted,
            started_at=time.time(),
        )
        self._legs[local_id] = _Leg(call, info)  # keep the reference or pjsua hangs up (603)
        self.audio.prepare_call()  # PortAudio needs up to 1.7 s: open while it rings
        self.audio.start_ringing()
        call.answer(_op(180))
        self._hub.post(IncomingCall(info))

    def answer(self, call_id: str | None = None) -> None:
        leg = self._leg(call_id)
        if leg.info.state is not CallState.INCOMING:
            raise SoftphoneError(f"call {leg.info.call_id} is {leg.info.state}, not incoming")
        self.audio.stop_ringing()
        leg.call.answer(_op(200))

    def hangup(self, call_id: str | None = None, status_code: int | None = None) -> None:
        leg = self._leg(call_id)
        if status_code is None:
            status_code = 486 if leg.info.state is CallState.INCOMING else 200
        leg.hangup_by_us = True
        try:
            leg.call.hangup(_op(status_code))
        except pj.Error as exc:
            log.info("hangup %s: %s", leg.info.call_id, exc.info())

    def hold(self, call_id: str | None = None) -> None:
        leg = self._leg(call_id)
        leg.call.setHold(pj.CallOpParam(True))
        self._update_info(leg, local_hold=True)

    def unhold(self, call_id: str | None = None) -> None:
        leg = self._leg(call_id)
        prm = pj.CallOpParam(True)
        prm.opt.flag = pj.PJSUA_CALL_UNHOLD
        leg.call.reinvite(prm)
        self._update_info(leg, local_hold=False)

    @property
    def muted(self) -> bool:
        return self.audio.muted

    def mute(self) -> None:
        self.audio.muted = True
        for leg in self._legs.values():
            leg.info = replace(leg.info, muted=True)

    def unmute(self) -> None:
        self.audio.muted = False
        for leg in self._legs.values():
            leg.info = replace(leg.info, muted=False)

    def send_dtmf(self, digits: str, call_id: str | None = None) -> None:
        leg = self._leg(call_id)
        try:
            leg.call.dialDtmf(check_dtmf(digits))  # RFC 4733 telephone-events
        except pj.Error as exc:
            raise SoftphoneError(f"DTMF: {exc.info()}") from None

    def stream_stats(self, call_id: str | None = None) -> StreamStats | None:
        """The call's audio stream figures so far; None while it has no active media."""
        leg = self._leg(call_id)
        if leg.audio is None:
            return None
        try:
            st = leg.call.getStreamStat(0)
        except pj.Error:
            return None
        rx, tx, jb = st.rtcp.rxStat, st.rtcp.txStat, st.jbuf
        packet_ms = 0
        with contextlib.suppress(pj.Error):
            codec = leg.call.getStreamInfo(0).audCodecParam
            packet_ms = int(codec.setting.frmPerPkt * codec.info.frameLen)
        return StreamStats(
            rx_packets=int(rx.pkt),
            rx_lost=int(rx.loss),
            rx_jitter_ms=rx.jitterUsec.mean / 1000,
            tx_lost=int(tx.loss),
            tx_jitter_ms=tx.jitterUsec.mean / 1000,
            rtt_ms=st.rtcp.rttUsec.mean / 1000,
            jb_delay_ms=float(jb.avgDelayMsec),
            jb_lost=int(jb.lost),
            jb_empty=int(jb.empty),
            jb_discard=int(jb.discard),
            tx_packet_ms=packet_ms,
        )

    def _update_info(self, leg: _Leg, **changes: Any) -> None:
        leg.info = replace(leg.info, **changes)

    def _on_call_state(self, call: _Call) -> None:
        leg = self._legs.get(call.local_id)
        if leg is None:
            return
        ci = call.getInfo()
        state = _STATES.get(ci.state, leg.info.state)
        if state is CallState.RINGING and leg.info.direction is CallDirection.INBOUND:
            state = CallState.INCOMING  # our own 180 moves an offered call to EARLY
        if state is leg.info.state and state is not CallState.DISCONNECTED:
            return
        changes: dict[str, Any] = {"state": state, "remote_uri": ci.remoteUri}
        if state is CallState.CONFIRMED and leg.info.connected_at is None:
            changes["connected_at"] = time.time()
        if state is not CallState.INCOMING and leg.info.state is CallState.INCOMING:
            self.audio.stop_ringing()
        if state is CallState.DISCONNECTED:
            changes["ended_at"] = time.time()
            self._update_info(leg, **changes)
            self._disconnect_audio(leg)
            del self._legs[call.local_id]
            self._ended.append(call)  # dropped at the next pump, outside the callback
            if not any(x.info.state is CallState.INCOMING for x in self._legs.values()):
                self.audio.stop_ringing()
            self._release_audio_if_idle()
            cause = EndCause(
                ci.lastStatusCode, ci.lastReason, "local" if leg.hangup_by_us else "remote"
            )
            self._hub.post(CallStateChanged(leg.info))
            self._hub.post(CallEnded(leg.info, cause))
            return
        self._update_info(leg, **changes)
        self._hub.post(CallStateChanged(leg.info))

    def _on_call_media(self, call: _Call) -> None:
        leg = self._legs.get(call.local_id)
        if leg is None:
            return
        ci = call.getInfo()
        active = local_hold = remote_hold = False
        for mi in ci.media:
            if mi.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            local_hold = mi.status == pj.PJSUA_CALL_MEDIA_LOCAL_HOLD
            remote_hold = mi.status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD
            if mi.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                active = True
                leg.media_index = mi.index
                self._connect_audio(leg, call.getAudioMedia(mi.index))
            break
        if not active:
            leg.media_index = -1
            self._disconnect_audio(leg)
        codec = ""
        with contextlib.suppress(pj.Error):
            codec = call.getStreamInfo(0).codecName if active else ""
        self._update_info(
            leg,
            local_hold=local_hold or (leg.info.local_hold and not active),
            remote_hold=remote_hold,
        )
        self._hub.post(CallMediaChanged(leg.info.call_id, active, local_hold, remote_hold, codec))

    def _connect_audio(self, leg: _Leg, media: Any) -> None:
        if self._port is None:
            return
        self._disconnect_audio(leg)
        media.startTransmit(self._port)
        self._port.startTransmit(media)
        leg.audio = media

    def _disconnect_audio(self, leg: _Leg) -> None:
        media, leg.audio = leg.audio, None  # conference slots are recycled: never keep it
        if media is None or self._port is None:
            return
        for src, dst in ((media, self._port), (self._port, media)):
            with contextlib.suppress(pj.Error):
                src.stopTransmit(dst)

    def _release_audio_if_idle(self) -> None:
        if not self._legs:
            self.audio.release_call()

    # -- audio --------------------------------------------------------------------------------
    def list_devices(self) -> list[AudioDevice]:
        return self.audio.list_devices()

    def select_devices(self, selection: AudioSelection) -> None:
        self.audio.select(selection)

    @property
    def devices(self) -> AudioSelection:
        return self.audio.selection

    def input_level(self) -> tuple[float, float]:
        return self.audio.meter.last

    def start_audio_test(self) -> None:
        if self._legs:
            raise SoftphoneError("audio test is not possible during a call")
        self.audio.start_test()

    def stop_audio_test(self) -> None:
        self.audio.stop_test()

    def bridge_port_cost(self) -> tuple[int, float, float]:
        """(frames, mean ms, max ms) spent in the pjmedia port callbacks."""
        if self._port is None:
            return 0, 0.0, 0.0
        n, total, worst = self._port.frame_cost
        return int(n), (total / n * 1000 if n else 0.0), worst * 1000

    # -- pump / shutdown -------------------------------------------------------------------------
    def _poll(self) -> None:
        if self._closed:
            return
        self._ep.libHandleEvents(0)
        if self._ended:
            self._ended.clear()
        self.audio.poll()
        self._watch_network()
        now = time.monotonic()
        self._refresh_after_renewal(now)
        if now >= self._next_quality:
            self._next_quality = now + QUALITY_PERIOD_S
            for leg in list(self._legs.values()):
                self._sample_quality(leg, now)

    def _sample_quality(self, leg: _Leg, now: float) -> None:
        """Read the call's RTCP figures; post the window's quality (once a second)."""
        if leg.media_index < 0 or leg.info.state is not CallState.CONFIRMED:
            return
        try:
            stat = leg.call.getStreamStat(leg.media_index)
        except pj.Error as exc:
            log.debug("stream stats of %s: %s", leg.info.call_id, exc.info())
            return
        rtcp = stat.rtcp
        sample = leg.quality.add(
            now,
            RtcpCounters(
                rx_packets=rtcp.rxStat.pkt,
                rx_lost=rtcp.rxStat.loss,
                rx_jitter_ms=rtcp.rxStat.jitterUsec.last / 1000,
                tx_packets=rtcp.txStat.pkt,
                tx_lost=rtcp.txStat.loss,
                tx_jitter_ms=rtcp.txStat.jitterUsec.last / 1000,
                rtt_ms=rtcp.rttUsec.last / 1000,
            ),
        )
        if sample is not None:
            self._hub.post(CallQualityChanged(leg.info.call_id, sample))

    def call_quality(self, call_id: str) -> LegQuality | None:
        """The call's whole-call figures so far (loss, jitter, RTT, MOS, worst interval)."""
        leg = self._legs.get(call_id)
        return leg.quality.summary() if leg else None

    def close(self) -> None:
        """Hang up everything and destroy pjsua2 in the order that does not abort."""
        if self._closed:
            return
        self.audio.close()
        if self._legs:
            self._ep.hangupAllCalls()
            deadline = time.monotonic() + 1.5
            while self._legs and time.monotonic() < deadline:
                self._ep.libHandleEvents(10)
        for leg in self._legs.values():  # a leg whose BYE got no answer yet is still bridged
            self._disconnect_audio(leg)
        self._legs.clear()
        self._ended.clear()
        self._drop_account()
        self._stop_probe()
        # The null sound device's clock thread calls the bridge port's Python methods every
        # 20 ms while anything is connected to it: stop that clock before the port goes, or a
        # frame callback can run on a port being freed (a segfault seen in the test suite).
        with contextlib.suppress(pj.Error):
            self._ep.audDevManager().setNoDev()
        self._port = None
        self._closed = True
        gc.collect()
        self._ep.libDestroy()
        self._ep = None  # frees the Endpoint singleton, so a new softphone may be created
        PjsuaSoftphone.live_endpoints -= 1
        gc.collect()
        self._hub.deliver()
