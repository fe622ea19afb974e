"""The `recordings` check of /health: can recordings be written, and did the last one
fail? Loud by design (issue 21): a call is never held up by a recording problem, so this
check, the log and the supervisors' alarm are where the problem shows."""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from server_stub.periodic import Periodic

log = logging.getLogger(__name__)

MIN_FREE_BYTES = 64 * 1024  # below this the recordings folder counts as full (~2 s of call)


class RecordingsHealth:
    """Folder state plus the outcome of the last recording.

    The folder is probed (a file created, free space read) in a worker thread, never on
    the asyncio loop: a hung or slow file system (a stalled network share) must not stall
    calls and the API. `refresh()` probes; `check()` only reads the last probe's result,
    kept fresh by `start()`'s periodic refresh and by the telephony around each recording.
    """

    def __init__(
        self,
        folder: Path,
        min_free_bytes: int = MIN_FREE_BYTES,
        recording_now: Callable[[], list[str]] | None = None,
        interval: float = 2.0,
    ) -> None:
        self.folder = folder
        self.min_free_bytes = min_free_bytes
        self.last_failure: str | None = None  # cleared by the next complete recording
        self._recording_now = recording_now or (lambda: [])
        self._problem: str | None = None  # the last probe's finding
        self._last_problem: str | None = None  # its kind, to log each new problem once
        self._loop = Periodic("recordings-health", interval, self.refresh)

    def start(self) -> None:
        """Probe the folder every `interval` seconds (in a thread) until stopped."""
        self._loop.start()

    async def stop(self) -> None:
        await self._loop.stop()

    def folder_problem(self) -> str | None:
        """Why nothing can be recorded now (unwritable folder, full disk), or None.

        Blocking file I/O: call it from a thread (`refresh()` does)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.folder):
                pass
        except OSError as exc:
            return f"unwritable: {self.folder}: {exc.strerror or exc}"
        free = shutil.disk_usage(self.folder).free
        if free < self.min_free_bytes:
            return f"disk full: {free // 1024} KiB free in {self.folder}"
        return None

    async def refresh(self) -> str | None:
        """Probe the folder in a worker thread; log a new problem once (ERROR, naming the
        calls being recorded now); return the problem or None."""
        problem = await asyncio.to_thread(self.folder_problem)
        self._problem = problem
        kind = problem.split(":")[0] if problem else None
        if kind != self._last_problem:  # a new problem: name the calls it hits now
            self._last_problem = kind
            if problem is not None:
                log.error(
                    "recordings: %s; calls being recorded now: %s",
                    problem,
                    ", ".join(self._recording_now()) or "none",
                )
        return problem

    def check(self) -> str:
        """/health's value from the last probe and the last recording (no I/O)."""
        if self._problem is not None:
            return self._problem
        return f"failed: {self.last_failure}" if self.last_failure else "ok"

    def recording_failed(self, call_id: str, what: str) -> None:
        """A recording of `call_id` failed or is partial: ERROR line, check degraded."""
        self.last_failure = f"call {call_id}: {what}"
        log.error("call %s: recording %s (recordings folder %s)", call_id, what, self.folder)

    def recording_complete(self) -> None:
        self.last_failure = None
