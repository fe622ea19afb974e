"""The `recordings` check of /health: can recordings be written, and did the last one
fail? Loud by design (issue 21): a call is never held up by a recording problem, so this
check, the log and the supervisors' alarm are where the problem shows."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

MIN_FREE_BYTES = 64 * 1024  # below this the recordings folder counts as full (~2 s of call)


class RecordingsHealth:
    """Folder state (checked when asked) plus the outcome of the last recording."""

    def __init__(
        self,
        folder: Path,
        min_free_bytes: int = MIN_FREE_BYTES,
        recording_now: Callable[[], list[str]] | None = None,
    ) -> None:
        self.folder = folder
        self.min_free_bytes = min_free_bytes
        self.last_failure: str | None = None  # cleared by the next complete recording
        self._recording_now = recording_now or (lambda: [])
        self._last_problem: str | None = None

    def folder_problem(self) -> str | None:
        """Why nothing can be recorded now (unwritable folder, full disk), or None."""
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

    def check(self) -> str:
        problem = self.folder_problem()
        kind = problem.split(":")[0] if problem else None
        if kind != self._last_problem:  # a new problem: name the calls it hits now
            self._last_problem = kind
            if problem is not None:
                log.error(
                    "recordings: %s; calls being recorded now: %s",
                    problem,
                    ", ".join(self._recording_now()) or "none",
                )
        if problem is not None:
            return problem
        return f"failed: {self.last_failure}" if self.last_failure else "ok"

    def recording_failed(self, call_id: str, what: str) -> None:
        """A recording of `call_id` failed or is partial: ERROR line, check degraded."""
        self.last_failure = f"call {call_id}: {what}"
        log.error("call %s: recording %s (recordings folder %s)", call_id, what, self.folder)

    def recording_complete(self) -> None:
        self.last_failure = None
