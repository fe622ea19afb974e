"""The `Softphone` interface the UI uses, with its settings and value types (no Qt, no pjsua2)."""

from __future__ import annotations

import abc
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from agent_desktop.softphone.events import EventHub, SoftphoneEvent

DTMF_DIGITS = frozenset("0123456789*#ABCDabcd")


class SoftphoneError(Exception):
    """A softphone request that cannot be carried out (no such call, bad state, bad digits)."""


class Transport(StrEnum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class SrtpUse(StrEnum):
    DISABLED = "disabled"
    OPTIONAL = "optional"
    MANDATORY = "mandatory"


class RegistrationState(StrEnum):
    UNREGISTERED = "unregistered"
    REGISTERING = "registering"
    REGISTERED = "registered"
    FAILED = "failed"
    RECONNECTING = "reconnecting"  # the network to the SIP edge is lost; retrying


class CallState(StrEnum):
    INCOMING = "incoming"  # offered to us, ringing locally
    CALLING = "calling"  # we sent the INVITE
    RINGING = "ringing"  # the far end rings (180/183)
    CONNECTING = "connecting"  # answered, waiting for ACK
    CONFIRMED = "confirmed"
    DISCONNECTED = "disconnected"


class CallDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


@dataclass(frozen=True)
class SipSettings:
    """Account settings; an empty `registrar` means no registration (direct IP calls only)."""

    registrar: str
    domain: str
    username: str
    password: str = field(default="", repr=False)
    transport: Transport = Transport.UDP
    srtp: SrtpUse = SrtpUse.DISABLED
    display_name: str = ""
    register_expiry_s: int = 300

    @property
    def aor_user(self) -> str:
        """User part of the address of record: the agent id of an ephemeral
        `<expiry>:<id>` username (a bare colon would read as a password in a SIP URI)."""
        return self.username.rsplit(":", 1)[-1]


@dataclass(frozen=True, eq=False)
class CallInfo:
    """A snapshot of one call; times are `time.time()` seconds, None until they happen."""

    call_id: str  # local id, unique for the process lifetime
    direction: CallDirection
    remote_uri: str
    state: CallState
    headers: Mapping[str, str] = field(default_factory=dict)
    local_hold: bool = False
    remote_hold: bool = False
    muted: bool = False
    started_at: float = 0.0
    connected_at: float | None = None
    ended_at: float | None = None

    def header(self, name: str, default: str = "") -> str:
        """Header value by case-insensitive name (e.g. "X-Call-Id")."""
        lowered = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lowered:
                return value
        return default

    @property
    def server_call_id(self) -> str:
        return self.header("X-Call-Id")

    @property
    def queue(self) -> str:
        return self.header("X-Queue")

    def talk_seconds(self, now: float) -> float:
        """Seconds since the call connected (for the call timer); 0 before that."""
        if self.connected_at is None:
            return 0.0
        end = self.ended_at if self.ended_at is not None else now
        return max(0.0, end - self.connected_at)


@dataclass(frozen=True)
class AudioDevice:
    name: str
    index: int
    host_api: str
    input_channels: int
    output_channels: int
    default_input: bool = False
    default_output: bool = False


@dataclass(frozen=True)
class AudioSelection:
    """Chosen devices by name; None means the system default."""

    microphone: str | None = None
    speaker: str | None = None
    ringer: str | None = None


class Softphone(abc.ABC):
    """What the agent desktop needs from a phone. Call every method on the pump thread."""

    def __init__(self) -> None:
        self._hub = EventHub()

    # -- events ---------------------------------------------------------------------
    def subscribe(self, handler: Callable[[SoftphoneEvent], None]) -> Callable[[], None]:
        """Receive every event on the pump thread; returns an unsubscribe function."""
        return self._hub.subscribe(handler)

    def pump(self) -> None:
        """Run from a 10 ms QTimer on the GUI thread: SIP work, then event delivery."""
        self._poll()
        self._hub.deliver()

    @abc.abstractmethod
    def _poll(self) -> None: ...

    # -- registration -----------------------------------------------------------------
    @abc.abstractmethod
    def register(self, settings: SipSettings) -> None: ...

    @abc.abstractmethod
    def unregister(self) -> None: ...

    @abc.abstractmethod
    def renew_credentials(self, username: str, password: str) -> None:
        """New SIP credentials for the registered account (they are short-lived): calls go
        on, and the phone registers again with them at once."""

    @property
    @abc.abstractmethod
    def registration(self) -> RegistrationState: ...

    # -- calls ------------------------------------------------------------------------
    @abc.abstractmethod
    def dial(self, uri: str, headers: Mapping[str, str] | None = None) -> str:
        """Place a call (tests, diagnostics); returns the call id."""

    @abc.abstractmethod
    def answer(self, call_id: str | None = None) -> None: ...

    @abc.abstractmethod
    def hangup(self, call_id: str | None = None, status_code: int | None = None) -> None:
        """End a call; on an unanswered incoming call this rejects it (default 486)."""

    @abc.abstractmethod
    def hold(self, call_id: str | None = None) -> None: ...

    @abc.abstractmethod
    def unhold(self, call_id: str | None = None) -> None: ...

    @abc.abstractmethod
    def mute(self) -> None: ...

    @abc.abstractmethod
    def unmute(self) -> None: ...

    @property
    @abc.abstractmethod
    def muted(self) -> bool: ...

    @abc.abstractmethod
    def send_dtmf(self, digits: str, call_id: str | None = None) -> None: ...

    @abc.abstractmethod
    def calls(self) -> list[CallInfo]:
        """Live calls, oldest first."""

    def current_call(self) -> CallInfo | None:
        """The call the agent is on: the newest not on local hold, else the newest."""
        live = self.calls()
        for call in reversed(live):
            if not call.local_hold:
                return call
        return live[-1] if live else None

    # -- audio ------------------------------------------------------------------------
    @abc.abstractmethod
    def list_devices(self) -> list[AudioDevice]: ...

    @abc.abstractmethod
    def select_devices(self, selection: AudioSelection) -> None: ...

    @property
    @abc.abstractmethod
    def devices(self) -> AudioSelection: ...

    @abc.abstractmethod
    def input_level(self) -> tuple[float, float]:
        """Latest microphone (rms, peak) in dBFS."""

    @abc.abstractmethod
    def start_audio_test(self) -> None:
        """Pre-shift test: the microphone is played back on the speaker."""

    @abc.abstractmethod
    def stop_audio_test(self) -> None: ...

    @abc.abstractmethod
    def close(self) -> None:
        """Hang up, release devices and the SIP stack; the object is unusable afterwards."""


def check_dtmf(digits: str) -> str:
    if not digits or any(d not in DTMF_DIGITS for d in digits):
        raise SoftphoneError(f"not DTMF digits: {digits!r}")
    return digits.upper()
