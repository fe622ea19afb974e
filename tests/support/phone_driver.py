"""The product's desktop softphone (`PjsuaSoftphone`, its real audio bridge and network
watch) as a separate process, e.g. inside an impaired link's namespace, driven by JSON lines.

Audio devices are replaced by a clocked backend: a "microphone" that says a steady tone
every 20 ms and a "speaker" that keeps what the call plays, so tests can ask what the agent
heard. Everything else (SIP, RTP, jitter buffers, quality, re-registration) is the product's.

    python -m tests.support.phone_driver --tone 500
    -> {"event": "ready"}
    <- {"cmd": "register", "registrar": "10.250.3.1:5060", "domain": "...", "username": "...",
        "password": "..."}
    -> {"event": "registration_changed", "state": "registered", "code": 200, "t": ...}
    -> {"event": "incoming_call", "call_id": "c1", "server_call_id": "..."}
    <- {"cmd": "answer"}
    <- {"cmd": "heard", "seconds": 1.0, "freq": 1000}  -> {"event": "heard", "share": ...}
    <- {"cmd": "quit"}
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import math
import os
import queue
import struct
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from agent_desktop.softphone import (
    AudioDevice,
    CallEnded,
    CallMediaChanged,
    CallQualityChanged,
    CallStateChanged,
    IncomingCall,
    RegistrationChanged,
    SipSettings,
)
from agent_desktop.softphone.pjsua_phone import EngineOptions, PjsuaSoftphone
from tests.support.tones import detect_tone

RATE = 16000
BLOCK = 320  # 20 ms


def emit(**event: Any) -> None:
    sys.stdout.write(json.dumps(dict(event, t=time.monotonic())) + "\n")
    sys.stdout.flush()


class _ClockedStream:
    """A device stream whose callback a thread calls every 20 ms."""

    def __init__(self, tick: Callable[[], None]) -> None:
        self._tick = tick
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.latency = 0.02

    def _run(self) -> None:
        due = time.monotonic()
        while not self._stop.is_set():
            self._tick()
            due += BLOCK / RATE
            time.sleep(max(0.0, due - time.monotonic()))

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._stop.set()


class ClockedBackend:
    """Microphone: a tone of `tone_hz`; speaker: the last 30 s of what the call played."""

    def __init__(self, tone_hz: float) -> None:
        self._tone = [int(8000 * math.sin(2 * math.pi * tone_hz * i / RATE)) for i in range(RATE)]
        self._pos = 0
        self.lock = threading.Lock()
        self.heard: collections.deque[tuple[float, bytes]] = collections.deque(maxlen=1500)

    def list_devices(self) -> list[AudioDevice]:
        return [
            AudioDevice("Driver microphone", 0, "driver", 1, 0, default_input=True),
            AudioDevice("Driver speaker", 1, "driver", 0, 1, default_output=True),
        ]

    def _mic_block(self) -> bytes:
        samples = [self._tone[(self._pos + i) % RATE] for i in range(BLOCK)]
        self._pos = (self._pos + BLOCK) % RATE
        return struct.pack(f"<{BLOCK}h", *samples)

    def open_input(
        self,
        device: int | None,
        rate: int,
        block: int,
        callback: Callable[[bytes], None],
        finished: Any,
    ) -> _ClockedStream:
        return _ClockedStream(lambda: callback(self._mic_block()))

    def open_output(
        self,
        device: int | None,
        rate: int,
        block: int,
        callback: Callable[[int], bytes],
        finished: Any,
    ) -> _ClockedStream:
        def tick() -> None:
            data = callback(block * 2)
            with self.lock:
                self.heard.append((time.monotonic(), bytes(data)))

        return _ClockedStream(tick)

    def last(self, seconds: float) -> np.ndarray:
        since = time.monotonic() - seconds
        with self.lock:
            raw = b"".join(d for t, d in self.heard if t >= since)
        return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0


def _on_event(event: object) -> None:
    if isinstance(event, RegistrationChanged):
        emit(
            event="registration_changed",
            state=event.state.value,
            code=event.status_code,
            reason=event.reason,
        )
    elif isinstance(event, IncomingCall):
        emit(
            event="incoming_call",
            call_id=event.call.call_id,
            server_call_id=event.call.server_call_id,
        )
    elif isinstance(event, CallStateChanged):
        emit(event="call_state_changed", call_id=event.call.call_id, state=event.call.state.value)
    elif isinstance(event, CallMediaChanged):
        emit(event="call_media_changed", call_id=event.call_id, active=event.active)
    elif isinstance(event, CallEnded):
        emit(
            event="call_ended",
            call_id=event.call.call_id,
            by=event.cause.by,
            code=event.cause.status_code,
        )
    elif isinstance(event, CallQualityChanged):
        s = event.sample
        emit(
            event="call_quality_changed",
            call_id=event.call_id,
            receiving=s.receiving,
            loss_pct=s.loss_pct,
            mos=s.mos,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tone", type=float, default=500.0)
    parser.add_argument("--log-level", default=os.environ.get("PHONE_DRIVER_LOG", "INFO"))
    parser.add_argument(
        "--pjsip-log-level", type=int, default=int(os.environ.get("PHONE_DRIVER_PJSIP_LOG", "0"))
    )
    args = parser.parse_args()
    logging.basicConfig(
        stream=sys.stderr,
        level=args.log_level,
        format="%(asctime)s phone %(name)s %(levelname)s %(message)s",
    )
    commands: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()

    def read() -> None:
        for line in sys.stdin:
            if line.strip():
                commands.put(json.loads(line))
        commands.put({"cmd": "quit"})

    threading.Thread(target=read, daemon=True).start()
    backend = ClockedBackend(args.tone)
    phone = PjsuaSoftphone(EngineOptions(log_level=args.pjsip_log_level), backend=backend)  # type: ignore[arg-type]
    phone.subscribe(_on_event)
    emit(event="ready")
    running = True
    while running:
        phone.pump()
        time.sleep(0.01)
        try:
            cmd = commands.get_nowait()
        except queue.Empty:
            continue
        name = cmd["cmd"]
        try:
            if name == "register":
                phone.register(
                    SipSettings(
                        registrar=cmd["registrar"],
                        domain=cmd["domain"],
                        username=cmd["username"],
                        password=cmd["password"],
                    )
                )
            elif name == "answer":
                phone.answer(cmd.get("call_id"))
            elif name == "hangup":
                phone.hangup(cmd.get("call_id"))
            elif name == "heard":
                report = detect_tone(backend.last(cmd["seconds"]), RATE, cmd["freq"])
                emit(event="heard", share=report.share, rms=report.rms)
            elif name == "quit":
                running = False
        except Exception as exc:  # a test's mistake must not kill the phone mid-call
            emit(event="error", cmd=name, error=str(exc))
    phone.close()
    emit(event="bye")


if __name__ == "__main__":
    main()
