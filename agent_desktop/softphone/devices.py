"""Audio device enumeration and stream opening via sounddevice (PortAudio), behind a seam."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from agent_desktop.softphone.api import AudioDevice

log = logging.getLogger(__name__)

InputCallback = Callable[[bytes], None]  # receives one block of int16 mono PCM
OutputCallback = Callable[[int], bytes]  # asked for n bytes of int16 mono PCM
FinishedCallback = Callable[[], None]


class StreamHandle(Protocol):
    def start(self) -> None: ...
    def close(self) -> None: ...
    @property
    def latency(self) -> float: ...


class AudioBackend(Protocol):
    """What the audio engine needs from the OS audio layer (sounddevice here, a fake in tests)."""

    def list_devices(self) -> list[AudioDevice]: ...

    def open_input(
        self,
        device: int | None,
        rate: int,
        block: int,
        callback: InputCallback,
        finished: FinishedCallback,
    ) -> StreamHandle: ...

    def open_output(
        self,
        device: int | None,
        rate: int,
        block: int,
        callback: OutputCallback,
        finished: FinishedCallback,
    ) -> StreamHandle: ...


def resolve(devices: list[AudioDevice], wanted: str | None, output: bool) -> AudioDevice | None:
    """The device called `wanted` (exact name, else a unique case-insensitive substring) that
    can record (output=False) or play (output=True); None if absent or ambiguous."""
    if wanted is None:
        return None
    usable = [d for d in devices if (d.output_channels if output else d.input_channels) > 0]
    exact = [d for d in usable if d.name == wanted]
    if exact:
        return exact[0]
    low = wanted.lower()
    partial = [d for d in usable if low in d.name.lower()]
    return partial[0] if len(partial) == 1 else None


def default_device(devices: list[AudioDevice], output: bool) -> AudioDevice | None:
    for d in devices:
        if d.default_output if output else d.default_input:
            return d
    return None


class _SdStream:
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def start(self) -> None:
        self._stream.start()

    def close(self) -> None:
        try:
            self._stream.abort(ignore_errors=True)
        finally:
            self._stream.close(ignore_errors=True)

    @property
    def latency(self) -> float:
        return float(self._stream.latency)


class SoundDeviceBackend:
    """PortAudio through `sounddevice`: 16-bit mono raw streams with low latency settings."""

    def __init__(self, latency: str | float = "low") -> None:
        import sounddevice  # imported here so unit tests and the fake never need PortAudio

        self._sd = sounddevice
        self._latency = latency
        self.status_flags = 0  # PortAudio over/underflow reports seen by callbacks

    def rescan(self) -> None:
        """Re-read PortAudio's device list (hot-plug); only while no stream is open."""
        self._sd._terminate()
        self._sd._initialize()

    def list_devices(self) -> list[AudioDevice]:
        sd = self._sd
        apis = sd.query_hostapis()
        try:
            default_in, default_out = sd.default.device
            if default_in is None or default_in < 0:
                default_in = sd.query_devices(kind="input")["index"]
            if default_out is None or default_out < 0:
                default_out = sd.query_devices(kind="output")["index"]
        except Exception:  # no default device at all
            default_in = default_out = -1
        out = []
        for info in sd.query_devices():
            out.append(
                AudioDevice(
                    name=info["name"],
                    index=info["index"],
                    host_api=apis[info["hostapi"]]["name"],
                    input_channels=info["max_input_channels"],
                    output_channels=info["max_output_channels"],
                    default_input=info["index"] == default_in,
                    default_output=info["index"] == default_out,
                )
            )
        return out

    def open_input(
        self,
        device: int | None,
        rate: int,
        block: int,
        callback: InputCallback,
        finished: FinishedCallback,
    ) -> StreamHandle:
        def cb(indata: Any, frames: int, time: Any, status: Any) -> None:
            if status:
                self.status_flags += 1
            callback(bytes(indata))

        stream = self._sd.RawInputStream(
            samplerate=rate,
            blocksize=block,
            channels=1,
            dtype="int16",
            device=device,
            latency=self._latency,
            callback=cb,
            finished_callback=finished,
        )
        return _SdStream(stream)

    def open_output(
        self,
        device: int | None,
        rate: int,
        block: int,
        callback: OutputCallback,
        finished: FinishedCallback,
    ) -> StreamHandle:
        def cb(outdata: Any, frames: int, time: Any, status: Any) -> None:
            if status:
                self.status_flags += 1
            outdata[:] = callback(len(outdata))

        stream = self._sd.RawOutputStream(
            samplerate=rate,
            blocksize=block,
            channels=1,
            dtype="int16",
            device=device,
            latency=self._latency,
            callback=cb,
            finished_callback=finished,
        )
        return _SdStream(stream)
