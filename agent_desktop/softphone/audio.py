"""The audio engine: OS microphone/speaker/ringer streams bridged to 20 ms call frames.

pjsua2's conference port calls `read_mic_frame()` / `write_speaker_frame()` on the media
clock thread; PortAudio calls the stream callbacks on its own thread. A jitter buffer
each way decouples the two clocks. Everything else (opening, device choice, recovery,
level events) runs on the pump thread through `poll()`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from agent_desktop.softphone.api import AudioDevice, AudioSelection
from agent_desktop.softphone.devices import AudioBackend
from agent_desktop.softphone.events import DeviceKind, InputLevel, SoftphoneEvent
from agent_desktop.softphone.jitter import JitterBuffer, JitterStats
from agent_desktop.softphone.levels import LevelMeter
from agent_desktop.softphone.ringtone import RingtoneLoop, make_ringtone
from agent_desktop.softphone.streams import ManagedStream, RecoveryPolicy

log = logging.getLogger(__name__)

RATE = 16000  # the bridge port's clock rate (G.722 is 16 kHz; pjmedia resamples G.711)
FRAME_SAMPLES = 320  # 20 ms
FRAME_BYTES = FRAME_SAMPLES * 2


@dataclass(frozen=True)
class BridgeStats:
    mic: JitterStats
    speaker: JitterStats
    mic_latency_s: float  # PortAudio's reported input latency
    speaker_latency_s: float
    mic_callback_mean_ms: float
    mic_callback_max_ms: float
    speaker_callback_mean_ms: float
    speaker_callback_max_ms: float
    call_frames_requested: int
    call_frames_received: int
    first_callback_delay_s: float | None
    device_losses: int

    @property
    def added_latency_ms(self) -> tuple[float, float]:
        """(mic → call, call → speaker) delay the bridge adds: PortAudio plus buffer fill."""
        frame_ms = FRAME_SAMPLES / RATE * 1000
        return (
            self.mic_latency_s * 1000 + self.mic.mean_level_frames * frame_ms,
            self.speaker_latency_s * 1000 + self.speaker.mean_level_frames * frame_ms,
        )


class AudioEngine:
    def __init__(
        self,
        backend: AudioBackend,
        post: Callable[[SoftphoneEvent], None],
        policy: RecoveryPolicy | None = None,
        prefill: int = 2,
        capacity: int = 6,
        level_interval_s: float = 0.1,
    ) -> None:
        self._backend = backend
        self._post = post
        policy = policy or RecoveryPolicy()
        self.mic_buffer = JitterBuffer(FRAME_BYTES, prefill, capacity)
        self.speaker_buffer = JitterBuffer(FRAME_BYTES, prefill, capacity)
        self.meter = LevelMeter()
        self._ring = RingtoneLoop(make_ringtone(RATE))
        self._muted = False
        self._loopback = False  # pre-shift test: microphone straight to speaker
        self._in_call = False
        self._ringing = False
        self._level_interval = level_interval_s
        self._next_level = 0.0
        self._frames_requested = self._frames_received = 0
        self._last_mic_read = 0.0
        self._selection = AudioSelection()
        self.mic = ManagedStream(
            DeviceKind.MICROPHONE,
            backend,
            RATE,
            FRAME_SAMPLES,
            post,
            policy,
            on_input=self._on_mic_block,
            on_first_callback=self.mic_buffer.clear,
        )
        self.speaker = ManagedStream(
            DeviceKind.SPEAKER,
            backend,
            RATE,
            FRAME_SAMPLES,
            post,
            policy,
            on_output=self._on_speaker_block,
            on_first_callback=self.speaker_buffer.trim,
        )
        self.ringer = ManagedStream(
            DeviceKind.RINGER, backend, RATE, FRAME_SAMPLES, post, policy, on_output=self._ring.read
        )

    # -- audio threads ----------------------------------------------------------------
    def _on_mic_block(self, pcm: bytes) -> None:
        self.meter.feed(pcm)
        if self._loopback:
            self.speaker_buffer.put(pcm)
        else:
            self.mic_buffer.put(pcm)

    def _on_speaker_block(self, nbytes: int) -> bytes:
        return self.speaker_buffer.get(nbytes)

    def read_mic_frame(self) -> bytes:
        """One 20 ms frame for the call (pjmedia clock thread); silence when muted."""
        self._frames_requested += 1
        now = time.monotonic()
        if now - self._last_mic_read > 0.1:
            # the call starts pulling (again): drop what queued up while nobody read
            self.mic_buffer.trim()
        self._last_mic_read = now
        data = self.mic_buffer.get(FRAME_BYTES)
        return bytes(FRAME_BYTES) if self._muted else data

    def write_speaker_frame(self, pcm: bytes) -> None:
        """One frame heard from the call (pjmedia clock thread)."""
        self._frames_received += 1
        if not self._loopback:
            self.speaker_buffer.put(pcm)

    # -- pump thread ------------------------------------------------------------------
    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._muted = value

    @property
    def selection(self) -> AudioSelection:
        return self._selection

    def list_devices(self) -> list[AudioDevice]:
        return self._backend.list_devices()

    def select(self, selection: AudioSelection) -> None:
        """Use these devices from now on (streams that are open move at once)."""
        old, self._selection = self._selection, selection
        for stream, before, after in (
            (self.mic, old.microphone, selection.microphone),
            (self.speaker, old.speaker, selection.speaker),
            (self.ringer, old.ringer, selection.ringer),
        ):
            stream.chosen = after
            if before != after:
                stream.reopen()

    def _update_streams(self) -> None:
        want = self._in_call or self._loopback
        for stream in (self.mic, self.speaker):
            if want and not stream.wanted:
                stream.start()
            elif not want and stream.wanted:
                stream.stop()
        if not want:
            self.mic_buffer.clear()
            self.speaker_buffer.clear()
        if self._ringing and not self.ringer.wanted:
            self.ringer.start()
        elif not self._ringing and self.ringer.wanted:
            self.ringer.stop()

    def prepare_call(self) -> None:
        """Open microphone and speaker (call offered or dialled: PortAudio needs up to 1.7 s)."""
        self._in_call = True
        self._update_streams()

    def release_call(self) -> None:
        """No call needs audio any more."""
        self._in_call = False
        self._update_streams()

    def start_ringing(self) -> None:
        self._ringing = True
        self._update_streams()

    def stop_ringing(self) -> None:
        self._ringing = False
        self._update_streams()

    @property
    def ringing(self) -> bool:
        return self._ringing

    def start_test(self) -> None:
        self.speaker_buffer.clear()
        self._loopback = True
        self._update_streams()

    def stop_test(self) -> None:
        self._loopback = False
        self.speaker_buffer.clear()
        self._update_streams()

    @property
    def testing(self) -> bool:
        return self._loopback

    def poll(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        for stream in (self.mic, self.speaker, self.ringer):
            try:
                stream.check(now)
            except Exception:
                log.exception("checking the %s stream", stream.kind)
        if self.mic.running and now >= self._next_level:
            self._next_level = now + self._level_interval
            rms, peak = self.meter.take()
            self._post(InputLevel(rms, peak, self._muted))

    def stats(self) -> BridgeStats:
        return BridgeStats(
            mic=self.mic_buffer.stats(),
            speaker=self.speaker_buffer.stats(),
            mic_latency_s=self.mic.latency,
            speaker_latency_s=self.speaker.latency,
            mic_callback_mean_ms=self.mic.cost.mean * 1000,
            mic_callback_max_ms=self.mic.cost.worst * 1000,
            speaker_callback_mean_ms=self.speaker.cost.mean * 1000,
            speaker_callback_max_ms=self.speaker.cost.worst * 1000,
            call_frames_requested=self._frames_requested,
            call_frames_received=self._frames_received,
            first_callback_delay_s=self.speaker.first_callback_delay,
            device_losses=self.mic.losses + self.speaker.losses + self.ringer.losses,
        )

    def close(self) -> None:
        self._in_call = self._ringing = self._loopback = False
        for stream in (self.mic, self.speaker, self.ringer):
            stream.stop()
