"""Softphone events: frozen dataclasses delivered to subscribers on the pump (GUI) thread."""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from agent_desktop.protocol.quality import QualitySample
    from agent_desktop.softphone.api import CallInfo, RegistrationState

log = logging.getLogger(__name__)


class DeviceKind(StrEnum):
    MICROPHONE = "microphone"
    SPEAKER = "speaker"
    RINGER = "ringer"


@dataclass(frozen=True)
class RegistrationChanged:
    name: ClassVar[str] = "registration_changed"
    state: RegistrationState
    status_code: int = 0
    reason: str = ""
    missing_transport: str = ""  # set when the pjsua2 build lacks the server's transport


@dataclass(frozen=True)
class IncomingCall:
    """A call is offered; `call.headers` holds the INVITE's X- headers (X-Call-Id, X-Queue...)."""

    name: ClassVar[str] = "incoming_call"
    call: CallInfo


@dataclass(frozen=True)
class CallStateChanged:
    name: ClassVar[str] = "call_state_changed"
    call: CallInfo


@dataclass(frozen=True)
class CallMediaChanged:
    name: ClassVar[str] = "call_media_changed"
    call_id: str
    active: bool  # audio flows (not on hold in either direction)
    local_hold: bool
    remote_hold: bool
    codec: str = ""


@dataclass(frozen=True)
class EndCause:
    status_code: int  # SIP status that ended the call (200 for a normal BYE)
    reason: str
    by: str  # "local" or "remote"


@dataclass(frozen=True)
class CallEnded:
    name: ClassVar[str] = "call_ended"
    call: CallInfo
    cause: EndCause


@dataclass(frozen=True)
class InputLevel:
    """Microphone level since the previous event (dBFS; -120 is silence)."""

    name: ClassVar[str] = "input_level"
    rms_dbfs: float
    peak_dbfs: float
    muted: bool


@dataclass(frozen=True)
class DeviceLost:
    name: ClassVar[str] = "device_lost"
    kind: DeviceKind
    device: str
    error: str


@dataclass(frozen=True)
class DeviceRestored:
    """Audio flows again on `device`; `fallback` is True when it is not the chosen device."""

    name: ClassVar[str] = "device_restored"
    kind: DeviceKind
    device: str
    fallback: bool


@dataclass(frozen=True)
class CallQualityChanged:
    """About once a second while a call has audio: the last window's RTCP figures (both
    directions) and their E-model MOS estimate (`agent_desktop.protocol.quality`)."""

    name: ClassVar[str] = "call_quality_changed"
    call_id: str
    sample: QualitySample


SoftphoneEvent = (
    RegistrationChanged
    | IncomingCall
    | CallStateChanged
    | CallMediaChanged
    | CallEnded
    | InputLevel
    | DeviceLost
    | DeviceRestored
    | CallQualityChanged
)
Subscriber = Callable[[SoftphoneEvent], None]


class EventHub:
    """Collects events from any thread; `deliver()` hands them to subscribers on its thread."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[SoftphoneEvent] = queue.SimpleQueue()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, handler: Subscriber) -> Callable[[], None]:
        self._subscribers.append(handler)

        def unsubscribe() -> None:
            if handler in self._subscribers:
                self._subscribers.remove(handler)

        return unsubscribe

    def post(self, event: SoftphoneEvent) -> None:
        """Thread-safe; the event is delivered at the next `deliver()`."""
        self._queue.put(event)

    def deliver(self) -> int:
        count = 0
        while True:
            try:
                event = self._queue.get_nowait()
            except queue.Empty:
                return count
            count += 1
            for handler in list(self._subscribers):
                try:
                    handler(event)
                except Exception:
                    log.exception("softphone subscriber failed on %s", event.name)
