"""Fixtures for the real-audio softphone tests: private PulseAudio daemons, a far-end peer,
and the real pjsua2 softphone (one per process: pjsua2 allows a single Endpoint)."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.softphone import pulse

REPO = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless CI: no display for Qt


class Rigs:
    """`main` holds microphone, ringer and the default sink; `headset` only the speaker, so
    unloading the speaker leaves PulseAudio nowhere to move the stream (like a USB headset
    unplugged from a machine whose other outputs are gone from the stream's view)."""

    def __init__(self, root: Path) -> None:
        self.headset = pulse.PulseRig(root / "headset", sinks=("vspk",), mic=False)
        self.headset.start()
        self.main = pulse.PulseRig(root / "main", speaker_server=self.headset.server)
        self.main.start()

    def stop(self) -> None:
        self.main.stop()
        self.headset.stop()


@pytest.fixture(scope="module")
def rigs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rigs]:
    reason = pulse.available()
    if reason:
        pytest.skip(reason)
    rigs = Rigs(tmp_path_factory.mktemp("pulse"))
    saved = {k: os.environ.get(k) for k in rigs.main.env if os.environ.get(k) != rigs.main.env[k]}
    try:
        os.environ.update({k: rigs.main.env[k] for k in saved})
        import sounddevice

        sounddevice._terminate()  # PortAudio read ALSA's config at import: read it again
        sounddevice._initialize()
        rigs.main.feed_tone("vmicfeed", 500.0)  # what the agent "says"
        yield rigs
    finally:
        rigs.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class PeerProcess:
    def __init__(self, tone: float) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.softphone.peer", "--tone", str(tone)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        self.events: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
        self.seen: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.port = self.wait("ready", timeout=15)["port"]

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                with contextlib.suppress(ValueError):
                    self.events.put(json.loads(line))

    def send(self, **cmd: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def wait(
        self,
        event: str,
        timeout: float = 10.0,
        pump: Callable[[], None] | None = None,
        where: Callable[[dict[str, Any]], bool] = lambda e: True,
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if pump is not None:
                pump()
            try:
                item = self.events.get(timeout=0.005)
            except queue.Empty:
                continue
            self.seen.append(item)
            if item.get("event") == event and where(item):
                return item
        raise AssertionError(f"peer: no {event} in {timeout} s; seen {self.seen[-10:]}")

    def heard(self, freq: float, seconds: float, pump: Callable[[], None]) -> dict[str, Any]:
        self.send(cmd="heard", freq=freq, seconds=seconds)
        return self.wait("heard", pump=pump)

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send(cmd="quit")
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                os.killpg(self.proc.pid, 9)
                self.proc.wait(timeout=5)


@pytest.fixture(scope="module")
def peer(rigs: Rigs) -> Iterator[PeerProcess]:
    proc = PeerProcess(tone=1000.0)
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def phone(rigs: Rigs) -> Iterator[Any]:
    from agent_desktop.softphone import AudioSelection, SipSettings
    from agent_desktop.softphone.pjsua_phone import EngineOptions, PjsuaSoftphone
    from agent_desktop.softphone.streams import RecoveryPolicy

    policy = RecoveryPolicy(retry_initial_s=0.2, retry_max_s=1.0, probe_chosen_s=0.5)
    phone = PjsuaSoftphone(EngineOptions(), policy=policy)
    phone.events = []  # type: ignore[attr-defined]
    phone.subscribe(phone.events.append)  # type: ignore[attr-defined]
    phone.select_devices(AudioSelection(microphone="vmic", speaker="vspk", ringer="vring"))
    phone.register(SipSettings(registrar="", domain="127.0.0.1", username="agent"))
    yield phone
    phone.close()


def pump_until(phone: Any, predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        phone.pump()
        result = predicate()
        if result:
            return result
        time.sleep(0.005)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def pump_for(phone: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        phone.pump()
        time.sleep(0.005)
