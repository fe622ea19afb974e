"""A child process spoken to in JSON lines (commands on stdin, events on stdout)."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


class JsonProcess:
    def __init__(
        self, argv: Sequence[str], cwd: Path, log: Path, env: dict[str, str] | None = None
    ) -> None:
        self.log = log
        self._err = log.open("wb")
        self.proc = subprocess.Popen(
            list(argv),
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
            start_new_session=True,
            env=env,
        )
        self.events: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
        self.seen: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()

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

    def drain(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                self.seen.append(self.events.get_nowait())

    def wait(
        self, event: str, timeout: float, where: Callable[[dict[str, Any]], bool] = lambda e: True
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                item = self.events.get(timeout=0.05)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            self.seen.append(item)
            if item.get("event") == event and where(item):
                return item
        raise TimeoutError(
            f"{self.log.stem}: no {event} in {timeout} s (exit "
            f"{self.proc.poll()}); seen {self.seen[-8:]}; log: "
            f"{self.log.read_text()[-2000:]}"
        )

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send(cmd="quit")
                self.proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self._err.close()
