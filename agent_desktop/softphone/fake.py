"""A scriptable in-memory Softphone for UI and presenter tests (no SIP, no audio devices).

Requests change state at once; events reach subscribers at the next `pump()`, as with the
real phone. `simulate_*` methods play the far end, the registrar and the audio system.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Mapping
from dataclasses import replace

from agent_desktop.protocol.quality import QualitySample
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
    check_dtmf,
)
from agent_desktop.softphone.events import (
    CallEnded,
    CallMediaChanged,
    CallQualityChanged,
    CallStateChanged,
    DeviceKind,
    DeviceLost,
    DeviceRestored,
    EndCause,
    IncomingCall,
    InputLevel,
    RegistrationChanged,
)

DEFAULT_DEVICES = (
    AudioDevice("Built-in Microphone", 0, "fake", 1, 0, default_input=True),
    AudioDevice("Built-in Speakers", 1, "fake", 0, 2, default_output=True),
    AudioDevice("USB Headset", 2, "fake", 1, 2),
)


class FakeSoftphone(Softphone):
    def __init__(
        self,
        devices: tuple[AudioDevice, ...] = DEFAULT_DEVICES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self._clock = clock
        self._ids = itertools.count(1)
        self._calls: dict[str, CallInfo] = {}
        self._reg = RegistrationState.UNREGISTERED
        self._muted = False
        self._devices = list(devices)
        self._selection = AudioSelection()
        self.settings: SipSettings | None = None
        self.sent_dtmf: list[tuple[str, str]] = []  # (call id, digits)
        self.dialled: list[tuple[str, dict[str, str]]] = []
        self.ringing = False
        self.audio_test = False
        self.level = (-120.0, -120.0)
        self.fail_registration: tuple[int, str] | None = None  # (code, reason) for register()
        self.closed = False
        self.renewals: list[str] = []  # usernames given to renew_credentials()

    def _poll(self) -> None:
        pass

    def _post_state(self, call: CallInfo) -> None:
        self._calls[call.call_id] = call
        self._hub.post(CallStateChanged(call))

    # -- registration ---------------------------------------------------------------------
    @property
    def registration(self) -> RegistrationState:
        return self._reg

    def register(self, settings: SipSettings) -> None:
        self.settings = settings
        self._set_reg(RegistrationState.REGISTERING, 0, "")
        if self.fail_registration is not None:
            code, reason = self.fail_registration
            self._set_reg(RegistrationState.FAILED, code, reason)
        else:
            self._set_reg(RegistrationState.REGISTERED, 200, "OK")

    def unregister(self) -> None:
        self._set_reg(RegistrationState.UNREGISTERED, 200, "OK")

    def renew_credentials(self, username: str, password: str) -> None:
        if self.settings is None:
            raise SoftphoneError("register() first")
        self.settings = replace(self.settings, username=username, password=password)
        self.renewals.append(username)
        self._set_reg(RegistrationState.REGISTERED, 200, "OK")

    def _set_reg(self, state: RegistrationState, code: int, reason: str) -> None:
        self._reg = state
        self._hub.post(RegistrationChanged(state, code, reason))

    def simulate_registration_lost(self, code: int = 408, reason: str = "Request Timeout") -> None:
        self._set_reg(RegistrationState.FAILED, code, reason)

    def simulate_network_lost(self) -> None:
        """As the real phone reports a SIP edge that stopped answering its keep-alives."""
        self._set_reg(RegistrationState.RECONNECTING, 0, "no answer from the SIP edge")

    def simulate_missing_transport(self, transport: str = "tls") -> None:
        """As the real phone reports a server transport its pjsua2 build lacks."""
        self._reg = RegistrationState.FAILED
        self._hub.post(
            RegistrationChanged(
                RegistrationState.FAILED,
                0,
                f"SIP over {transport.upper()} is not available",
                missing_transport=transport,
            )
        )

    # -- calls ------------------------------------------------------------------------------
    def calls(self) -> list[CallInfo]:
        return list(self._calls.values())

    def _get(self, call_id: str | None) -> CallInfo:
        if call_id is None:
            current = self.current_call()
            if current is None:
                raise SoftphoneError("no call")
            return current
        try:
            return self._calls[call_id]
        except KeyError:
            raise SoftphoneError(f"no call {call_id}") from None

    def simulate_incoming_call(
        self, remote_uri: str = "sip:worker@edge", headers: Mapping[str, str] | None = None
    ) -> str:
        call = CallInfo(
            f"c{next(self._ids)}",
            CallDirection.INBOUND,
            remote_uri,
            CallState.INCOMING,
            dict(headers or {}),
            muted=self._muted,
            started_at=self._clock(),
        )
        self._calls[call.call_id] = call
        self.ringing = True
        self._hub.post(IncomingCall(call))
        return call.call_id

    def dial(self, uri: str, headers: Mapping[str, str] | None = None) -> str:
        if self._reg is not RegistrationState.REGISTERED:
            raise SoftphoneError("not registered")
        call = CallInfo(
            f"c{next(self._ids)}",
            CallDirection.OUTBOUND,
            uri,
            CallState.CALLING,
            dict(headers or {}),
            muted=self._muted,
            started_at=self._clock(),
        )
        self.dialled.append((uri, dict(headers or {})))
        self._post_state(call)
        return call.call_id

    def simulate_quality(self, sample: QualitySample, call_id: str | None = None) -> None:
        """The call's RTCP figures over the last window (what the real phone posts each second)."""
        self._hub.post(CallQualityChanged(self._get(call_id).call_id, sample))

    def simulate_remote_answer(self, call_id: str | None = None) -> None:
        call = self._get(call_id)
        self._connect(call)

    def _connect(self, call: CallInfo) -> None:
        call = replace(call, state=CallState.CONFIRMED, connected_at=self._clock())
        self._post_state(call)
        self._hub.post(CallMediaChanged(call.call_id, True, False, False, "G722"))

    def answer(self, call_id: str | None = None) -> None:
        call = self._get(call_id)
        if call.state is not CallState.INCOMING:
            raise SoftphoneError(f"call {call.call_id} is {call.state}, not incoming")
        self.ringing = False
        self._connect(call)

    def _end(self, call: CallInfo, code: int, reason: str, by: str) -> None:
        call = replace(call, state=CallState.DISCONNECTED, ended_at=self._clock())
        del self._calls[call.call_id]
        if not any(c.state is CallState.INCOMING for c in self._calls.values()):
            self.ringing = False
        self._hub.post(CallStateChanged(call))
        self._hub.post(CallEnded(call, EndCause(code, reason, by)))

    def hangup(self, call_id: str | None = None, status_code: int | None = None) -> None:
        call = self._get(call_id)
        if status_code is None:
            status_code = 486 if call.state is CallState.INCOMING else 200
        self._end(
            call,
            status_code,
            "Busy Here" if status_code == 486 else "Normal call clearing",
            "local",
        )

    def simulate_remote_hangup(
        self,
        call_id: str | None = None,
        status_code: int = 200,
        reason: str = "Normal call clearing",
    ) -> None:
        self._end(self._get(call_id), status_code, reason, "remote")

    def _hold(
        self, call_id: str | None, local: bool | None = None, remote: bool | None = None
    ) -> None:
        call = self._get(call_id)
        call = replace(
            call,
            local_hold=call.local_hold if local is None else local,
            remote_hold=call.remote_hold if remote is None else remote,
        )
        self._calls[call.call_id] = call
        self._hub.post(
            CallMediaChanged(
                call.call_id,
                not (call.local_hold or call.remote_hold),
                call.local_hold,
                call.remote_hold,
                "G722",
            )
        )

    def hold(self, call_id: str | None = None) -> None:
        self._hold(call_id, local=True)

    def unhold(self, call_id: str | None = None) -> None:
        self._hold(call_id, local=False)

    def simulate_remote_hold(self, on: bool = True, call_id: str | None = None) -> None:
        self._hold(call_id, remote=on)

    @property
    def muted(self) -> bool:
        return self._muted

    def mute(self) -> None:
        self._set_muted(True)

    def unmute(self) -> None:
        self._set_muted(False)

    def _set_muted(self, muted: bool) -> None:
        self._muted = muted
        for call_id, call in self._calls.items():
            self._calls[call_id] = replace(call, muted=muted)

    def send_dtmf(self, digits: str, call_id: str | None = None) -> None:
        call = self._get(call_id)
        if call.state is not CallState.CONFIRMED:
            raise SoftphoneError("DTMF needs a connected call")
        self.sent_dtmf.append((call.call_id, check_dtmf(digits)))

    # -- audio -------------------------------------------------------------------------------
    def list_devices(self) -> list[AudioDevice]:
        return list(self._devices)

    def select_devices(self, selection: AudioSelection) -> None:
        self._selection = selection

    @property
    def devices(self) -> AudioSelection:
        return self._selection

    def input_level(self) -> tuple[float, float]:
        return self.level

    def simulate_input_level(self, rms_dbfs: float, peak_dbfs: float) -> None:
        self.level = (rms_dbfs, peak_dbfs)
        self._hub.post(InputLevel(rms_dbfs, peak_dbfs, self._muted))

    def simulate_device_lost(self, kind: DeviceKind, error: str = "device removed") -> None:
        chosen = {
            DeviceKind.MICROPHONE: self._selection.microphone,
            DeviceKind.SPEAKER: self._selection.speaker,
            DeviceKind.RINGER: self._selection.ringer,
        }[kind]
        self._hub.post(DeviceLost(kind, chosen or "default", error))

    def simulate_device_restored(
        self, kind: DeviceKind, device: str, fallback: bool = False
    ) -> None:
        self._hub.post(DeviceRestored(kind, device, fallback))

    def start_audio_test(self) -> None:
        if self._calls:
            raise SoftphoneError("audio test is not possible during a call")
        self.audio_test = True

    def stop_audio_test(self) -> None:
        self.audio_test = False

    def close(self) -> None:
        for call in list(self._calls.values()):
            self._end(call, 200, "Normal call clearing", "local")
        self._reg = RegistrationState.UNREGISTERED
        self.closed = True
        self._hub.deliver()
