"""One audio stream that stays open on the chosen device, or recovers to it / the default."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from agent_desktop.softphone.devices import (
    AudioBackend,
    InputCallback,
    OutputCallback,
    StreamHandle,
    default_device,
    resolve,
)
from agent_desktop.softphone.events import DeviceKind, DeviceLost, DeviceRestored, SoftphoneEvent

log = logging.getLogger(__name__)


@dataclass
class RecoveryPolicy:
    retry_initial_s: float = 0.25  # first reopen attempt after a loss
    retry_max_s: float = 4.0  # backoff ceiling
    probe_chosen_s: float = 2.0  # while on the fallback, how often to try the chosen device
    stall_s: float = 1.0  # no callback for this long while running = lost
    startup_grace_s: float = 3.0  # PortAudio primes, then may pause until the stream runs
    first_callback_s: float = 6.0  # PortAudio may take 1.7 s for the first callback


@dataclass
class CallbackCost:
    """Time spent inside one stream's callbacks (seconds), written by the audio thread only."""

    count: int = 0
    total: float = 0.0
    worst: float = 0.0

    def add(self, seconds: float) -> None:
        self.count += 1
        self.total += seconds
        if seconds > self.worst:
            self.worst = seconds

    @property
    def mean(self) -> float:
        return self.total / self.count if self.count else 0.0


class ManagedStream:
    """Open/close on demand; `check()` (pump thread) detects loss and reopens with backoff."""

    def __init__(
        self,
        kind: DeviceKind,
        backend: AudioBackend,
        rate: int,
        block: int,
        post: Callable[[SoftphoneEvent], None],
        policy: RecoveryPolicy,
        on_input: InputCallback | None = None,
        on_output: OutputCallback | None = None,
        on_first_callback: Callable[[], None] | None = None,
    ) -> None:
        self.kind = kind
        self._backend = backend
        self._rate, self._block = rate, block
        self._post = post
        self._policy = policy
        self._on_input, self._on_output = on_input, on_output
        self._on_first = on_first_callback
        self.chosen: str | None = None
        self.wanted = False
        self.device_name = ""  # what is open now
        self.fallback = False
        self.cost = CallbackCost()
        self.losses = 0
        self._handle: StreamHandle | None = None
        self._gen = 0  # bumped per opened stream; callbacks of older streams are ignored
        self._lost = threading.Event()
        self._closing = False
        self._opened_at = 0.0
        self._first_cb_at: float | None = None
        self._last_cb = 0.0
        self._retry_at = 0.0
        self._backoff = policy.retry_initial_s
        self._probe_at = 0.0
        self._reported_lost = False
        self._last_latency = 0.0

    # -- audio thread -----------------------------------------------------------------
    def _mark(self, gen: int) -> bool:
        """Note a callback from stream generation `gen`; False if it is a stale stream."""
        if gen != self._gen:
            return False
        now = time.monotonic()
        if self._first_cb_at is None:
            self._first_cb_at = now
            if self._on_first is not None:
                self._on_first()
        self._last_cb = now
        return True

    def _callbacks(self, gen: int) -> tuple[InputCallback, OutputCallback, Callable[[], None]]:
        on_input, on_output = self._on_input, self._on_output

        def input_cb(data: bytes) -> None:
            t0 = time.perf_counter()
            if self._mark(gen) and on_input is not None:
                on_input(data)
                self.cost.add(time.perf_counter() - t0)

        def output_cb(nbytes: int) -> bytes:
            t0 = time.perf_counter()
            if not self._mark(gen) or on_output is None:
                return bytes(nbytes)
            out = on_output(nbytes)
            self.cost.add(time.perf_counter() - t0)
            return out

        def finished_cb() -> None:
            if gen == self._gen and not self._closing:
                self._lost.set()

        return input_cb, output_cb, finished_cb

    # -- pump thread ------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._handle is not None

    @property
    def first_callback_delay(self) -> float | None:
        if self._first_cb_at is None:
            return None
        return self._first_cb_at - self._opened_at

    @property
    def latency(self) -> float:
        """PortAudio's reported latency of the open stream, else of the last one (seconds)."""
        if self._handle is not None:
            with contextlib.suppress(Exception):
                self._last_latency = self._handle.latency
        return self._last_latency

    def _open(self, name: str | None) -> str:
        """Open `name` (None = default); returns the device name or raises."""
        devices = self._backend.list_devices()
        output = self._on_output is not None
        if name is None:
            dev = default_device(devices, output)
            index, label = (dev.index, dev.name) if dev else (None, "default")
        else:
            dev = resolve(devices, name, output)
            if dev is None:
                raise LookupError(f"no {self.kind} device named {name!r}")
            index, label = dev.index, dev.name
        gen = self._gen + 1  # becomes current only once the stream has started
        input_cb, output_cb, finished_cb = self._callbacks(gen)
        if output:
            handle = self._backend.open_output(
                index, self._rate, self._block, output_cb, finished_cb
            )
        else:
            handle = self._backend.open_input(index, self._rate, self._block, input_cb, finished_cb)
        try:
            handle.start()
        except Exception:
            handle.close()
            raise
        self._lost.clear()
        self._closing = False
        self._first_cb_at = None
        self._opened_at = self._last_cb = time.monotonic()
        self._gen = gen
        self._handle = handle
        _ = self.latency
        return label

    def _close_handle(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            self._closing = True
            self._gen += 1
            try:
                handle.close()
            except Exception:
                log.exception("closing %s stream", self.kind)

    def start(self) -> None:
        """Want the stream open; the first attempt happens now."""
        if self.wanted:
            return
        self.wanted = True
        self._retry_at = 0.0
        self._backoff = self._policy.retry_initial_s
        self._reported_lost = False
        self._try_open(time.monotonic(), initial=True)

    def stop(self) -> None:
        self.wanted = False
        self._close_handle()
        self.device_name, self.fallback = "", False

    def reopen(self) -> None:
        """Apply a new device choice now."""
        if self.wanted:
            self.stop()
            self.start()

    def _try_open(self, now: float, initial: bool = False) -> None:
        errors = []
        for name in [self.chosen, None] if self.chosen is not None else [None]:
            try:
                label = self._open(name)
            except Exception as exc:
                errors.append(f"{name or 'default'}: {exc}")
                log.info("%s: cannot open %s: %s", self.kind, name or "default", exc)
                continue
            self.device_name = label
            self.fallback = name is None and self.chosen is not None
            self._backoff = self._policy.retry_initial_s
            self._probe_at = now + self._policy.probe_chosen_s
            if self.fallback and not self._reported_lost:
                self._post(DeviceLost(self.kind, self.chosen or "", "; ".join(errors)))
                self._reported_lost = True
            if self._reported_lost:
                self._post(DeviceRestored(self.kind, label, self.fallback))
                self._reported_lost = self.fallback
            return
        if initial or not self._reported_lost:
            self._post(DeviceLost(self.kind, self.chosen or "default", "; ".join(errors)))
            self._reported_lost = True
        self._retry_at = now + self._backoff
        self._backoff = min(self._backoff * 2, self._policy.retry_max_s)

    def check(self, now: float) -> None:
        if not self.wanted:
            return
        if self._handle is not None:
            reason = ""
            if self._lost.is_set():
                reason = "stream stopped by the audio system"
            elif (
                self._first_cb_at is not None
                and now - self._last_cb > self._policy.stall_s
                and now - self._opened_at > self._policy.startup_grace_s
            ):
                reason = f"no audio callback for {now - self._last_cb:.1f} s"
            elif (
                self._first_cb_at is None and now - self._opened_at > self._policy.first_callback_s
            ):
                reason = "stream never started"
            if reason:
                lost = self.device_name
                self._close_handle()
                self.losses += 1
                log.warning("%s device %s lost: %s", self.kind, lost, reason)
                self._post(DeviceLost(self.kind, lost, reason))
                self._reported_lost = True
                self._retry_at = now + self._backoff
                self.device_name, self.fallback = "", False
                return
            if self.fallback and now >= self._probe_at:
                self._probe_chosen(now)
            return
        if now >= self._retry_at:
            self._try_open(now)

    def _probe_chosen(self, now: float) -> None:
        """On the fallback: if the chosen device opens again, move back to it."""
        fallback_handle, self._handle = self._handle, None
        try:
            label = self._open(self.chosen)
        except Exception as exc:
            log.debug("%s: chosen device still unavailable: %s", self.kind, exc)
            self._handle = fallback_handle
            self._probe_at = now + self._policy.probe_chosen_s
            return
        if fallback_handle is not None:
            try:  # its callbacks are stale now (generation bumped by _open)
                fallback_handle.close()
            except Exception:
                log.exception("closing %s fallback stream", self.kind)
        self.device_name, self.fallback = label, False
        self._reported_lost = False
        self._post(DeviceRestored(self.kind, label, False))
