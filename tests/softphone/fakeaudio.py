"""An in-memory AudioBackend: streams whose callbacks the test drives by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent_desktop.softphone.api import AudioDevice


@dataclass
class FakeStream:
    device: int | None
    output: bool
    callback: Any
    finished: Any
    started: bool = False
    closed: bool = False
    latency: float = 0.01

    def start(self) -> None:
        self.started = True

    def close(self) -> None:
        self.closed = True

    def die(self) -> None:
        """The device went away: PortAudio stops the stream and calls finished."""
        self.finished()


@dataclass
class FakeBackend:
    devices: list[AudioDevice] = field(
        default_factory=lambda: [
            AudioDevice("Built-in Microphone", 0, "fake", 1, 0, default_input=True),
            AudioDevice("Built-in Speakers", 1, "fake", 0, 2, default_output=True),
            AudioDevice("USB Headset", 2, "fake", 1, 2),
            AudioDevice("USB Headset Ringer", 3, "fake", 0, 2),
        ]
    )
    absent: set[int] = field(default_factory=set)  # indexes that fail to open
    streams: list[FakeStream] = field(default_factory=list)

    def list_devices(self) -> list[AudioDevice]:
        return list(self.devices)

    def _open(self, device: int | None, output: bool, cb: Any, finished: Any) -> FakeStream:
        if device in self.absent:
            raise OSError(f"device {device} unavailable")
        stream = FakeStream(device, output, cb, finished)
        self.streams.append(stream)
        return stream

    def open_input(
        self, device: int | None, rate: int, block: int, callback: Any, finished: Any
    ) -> FakeStream:
        return self._open(device, False, callback, finished)

    def open_output(
        self, device: int | None, rate: int, block: int, callback: Any, finished: Any
    ) -> FakeStream:
        return self._open(device, True, callback, finished)

    def live(self, output: bool) -> list[FakeStream]:
        return [s for s in self.streams if s.output == output and not s.closed]
