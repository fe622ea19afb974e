"""Device choice, stream recovery and the audio engine, on an in-memory audio backend."""

from __future__ import annotations

import time

import numpy as np

from agent_desktop.softphone.api import AudioSelection
from agent_desktop.softphone.audio import FRAME_BYTES, AudioEngine
from agent_desktop.softphone.devices import default_device, resolve
from agent_desktop.softphone.events import DeviceKind, DeviceLost, DeviceRestored, InputLevel
from agent_desktop.softphone.streams import RecoveryPolicy
from tests.softphone.fakeaudio import FakeBackend

POLICY = RecoveryPolicy(
    retry_initial_s=0.1,
    retry_max_s=0.4,
    probe_chosen_s=0.5,
    stall_s=1.0,
    startup_grace_s=2.0,
    first_callback_s=5.0,
)


def engine(backend: FakeBackend) -> tuple[AudioEngine, list[object]]:
    events: list[object] = []
    return AudioEngine(backend, events.append, POLICY), events


def dev(events: list[object]) -> list[object]:
    return [e for e in events if isinstance(e, DeviceLost | DeviceRestored)]


def tone_frame(value: int = 1) -> bytes:
    return np.full(FRAME_BYTES // 2, value * 1000, dtype="<i2").tobytes()


def test_resolve_by_exact_name_then_unique_substring() -> None:
    devices = FakeBackend().devices
    assert resolve(devices, "USB Headset", output=True).index == 2
    assert resolve(devices, "usb headset", output=False).index == 2  # only 2 records
    assert resolve(devices, "usb", output=True) is None  # ambiguous: headset and its ringer
    assert resolve(devices, "Built-in Speakers", output=False) is None  # cannot record
    assert resolve(devices, "Nope", output=True) is None
    assert resolve(devices, None, output=True) is None
    assert default_device(devices, output=True).index == 1
    assert default_device(devices, output=False).index == 0


def test_streams_open_on_the_chosen_devices_and_close_when_idle() -> None:
    backend = FakeBackend()
    eng, events = engine(backend)
    eng.select(AudioSelection("USB Headset", "USB Headset", "USB Headset Ringer"))
    assert backend.streams == []  # nothing open until a call needs audio
    eng.start_ringing()
    eng.prepare_call()
    assert {(s.device, s.output) for s in backend.streams} == {(3, True), (2, False), (2, True)}
    eng.stop_ringing()
    eng.release_call()
    assert all(s.closed for s in backend.streams)
    assert not [e for e in events if isinstance(e, DeviceLost)]


def test_mic_reaches_the_call_and_call_reaches_the_speaker() -> None:
    backend = FakeBackend()
    eng, events = engine(backend)
    eng.prepare_call()
    [mic] = backend.live(output=False)
    [spk] = backend.live(output=True)
    for v in (1, 2, 3):
        mic.callback(tone_frame(v))
    # the first pull of a call trims what queued while ringing down to the prefill (2 frames)
    assert eng.read_mic_frame() == tone_frame(2)
    assert eng.read_mic_frame() == tone_frame(3)
    eng.write_speaker_frame(tone_frame(7))
    eng.write_speaker_frame(tone_frame(8))
    assert spk.callback(FRAME_BYTES) == tone_frame(7)
    eng.muted = True
    assert eng.read_mic_frame() == bytes(FRAME_BYTES)  # muted: the call hears silence
    eng.poll(time.monotonic())
    level = [e for e in events if isinstance(e, InputLevel)][-1]
    assert level.muted and level.rms_dbfs > -40  # the meter still shows the agent talking


def test_audio_test_loops_microphone_to_speaker() -> None:
    backend = FakeBackend()
    eng, _ = engine(backend)
    eng.start_test()
    [mic] = backend.live(output=False)
    [spk] = backend.live(output=True)
    for v in (5, 6, 7):
        mic.callback(tone_frame(v))
    assert spk.callback(FRAME_BYTES) != bytes(FRAME_BYTES)
    eng.write_speaker_frame(tone_frame(9))  # call audio is not mixed in during the test
    eng.stop_test()
    assert all(s.closed for s in backend.streams)


def test_lost_device_falls_back_to_default_then_returns_to_the_chosen_one() -> None:
    backend = FakeBackend()
    eng, events = engine(backend)
    eng.select(AudioSelection(speaker="USB Headset"))
    eng.prepare_call()
    [spk] = backend.live(output=True)
    assert spk.device == 2
    t = time.monotonic()
    backend.absent.add(2)
    spk.die()
    eng.poll(t)
    assert dev(events)[-1] == DeviceLost(
        DeviceKind.SPEAKER, "USB Headset", "stream stopped by the audio system"
    )
    assert spk.closed
    eng.poll(t + 0.2)  # retry: chosen fails, default opens
    assert dev(events)[-1] == DeviceRestored(DeviceKind.SPEAKER, "Built-in Speakers", True)
    assert [s.device for s in backend.live(output=True)] == [1]
    assert eng.speaker.fallback
    eng.poll(t + 0.8)  # probe: still absent
    assert [s.device for s in backend.live(output=True)] == [1]
    backend.absent.clear()
    eng.poll(t + 1.4)
    assert dev(events)[-1] == DeviceRestored(DeviceKind.SPEAKER, "USB Headset", False)
    assert [s.device for s in backend.live(output=True)] == [2]


def test_nothing_opens_then_backoff_until_a_device_returns() -> None:
    backend = FakeBackend(absent={0, 2})
    eng, events = engine(backend)
    eng.select(AudioSelection(microphone="USB Headset"))
    eng.prepare_call()
    lost = [e for e in events if isinstance(e, DeviceLost)]
    assert len(lost) == 1 and lost[0].kind is DeviceKind.MICROPHONE
    t = time.monotonic()
    for dt in (0.05, 0.15, 0.3, 0.6):
        eng.poll(t + dt)
    assert len([e for e in events if isinstance(e, DeviceLost)]) == 1  # reported once
    backend.absent.clear()
    eng.poll(t + 1.5)
    assert dev(events)[-1] == DeviceRestored(DeviceKind.MICROPHONE, "USB Headset", False)


def test_a_stalled_stream_counts_as_lost() -> None:
    backend = FakeBackend()
    eng, events = engine(backend)
    eng.prepare_call()
    [spk] = backend.live(output=True)
    spk.callback(FRAME_BYTES)
    t = time.monotonic()
    eng.poll(t + 0.5)
    assert not [e for e in events if isinstance(e, DeviceLost)]
    eng.poll(t + 3.0)  # past the start-up grace and 1 s without callbacks
    assert [e.kind for e in events if isinstance(e, DeviceLost)] == [DeviceKind.SPEAKER]


def test_callbacks_of_a_replaced_stream_are_ignored() -> None:
    backend = FakeBackend()
    eng, _ = engine(backend)
    eng.prepare_call()
    [old] = backend.live(output=True)
    eng.select(AudioSelection(speaker="USB Headset"))  # moves the open stream
    [new] = backend.live(output=True)
    assert old.closed and new.device == 2
    eng.write_speaker_frame(tone_frame(4))
    eng.write_speaker_frame(tone_frame(4))
    assert old.callback(FRAME_BYTES) == bytes(FRAME_BYTES)
    old.die()
    eng.poll(time.monotonic())
    assert eng.speaker.running and eng.speaker.losses == 0


def test_ringer_plays_the_ringtone() -> None:
    backend = FakeBackend()
    eng, _ = engine(backend)
    eng.select(AudioSelection(ringer="USB Headset Ringer"))
    eng.start_ringing()
    [ring] = backend.live(output=True)
    block = np.frombuffer(ring.callback(FRAME_BYTES * 10), dtype="<i2")
    assert ring.device == 3 and np.max(np.abs(block)) > 3000
