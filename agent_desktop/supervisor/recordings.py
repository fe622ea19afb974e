"""Recording search and audio download: a results model and a presenter (QtCore only).

Audio is streamed to a private temporary folder for the in-app player (removed on
`close()`), or to a file the lead chose for "Download WAV…"."""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from agent_desktop.cti import CtiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import CallRecord, Disposition, QueueInfo
from agent_desktop.supervisor.api import SupervisorApi
from agent_desktop.supervisor.formatting import format_clock, format_duration, mask_number
from agent_desktop.supervisor.table_base import SORT_ROLE, KeyedTableModel

log = logging.getLogger(__name__)
PAGE_SIZE = 200


@dataclass
class RecordingQuery:
    """The search form; empty fields are left out of `GET /calls`."""

    since: float | None = None
    until: float | None = None
    agent_id: str = ""
    queue: str = ""
    number: str = ""
    min_talk: float | None = None
    max_talk: float | None = None
    disposition: str = ""

    def params(self) -> dict[str, Any]:
        return {
            "state": "ended",
            "since": self.since,
            "until": self.until,
            "agent_id": self.agent_id,
            "queue": self.queue,
            "number": self.number,
            "min_talk": self.min_talk,
            "max_talk": self.max_talk,
            "disposition": self.disposition,
            "limit": PAGE_SIZE,
        }


class RecordingModel(KeyedTableModel[CallRecord]):
    """Search results: start, caller, called number, agent, queue, talk, disposition,
    recording. Caller and called are the call's own numbers: an outbound call shows the
    hotline's caller ID calling the customer, an inbound one the customer calling the DID."""

    column_count = 8
    number_columns = (1, 2)

    def __init__(
        self, clock: Callable[[], float] = time.time, parent: QObject | None = None
    ) -> None:
        super().__init__(lambda r: r.id, clock, parent)
        self.disposition_labels: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Started"),
            self.tr("Caller"),
            self.tr("Called"),
            self.tr("Agent"),
            self.tr("Queue"),
            self.tr("Talk"),
            self.tr("Disposition"),
            self.tr("Recording"),
        ]

    def _number(self, row: CallRecord, column: int) -> str:
        """Caller (1) or called (2) number; "mask numbers" hides the customer's side only."""
        number = row.ani if column == 1 else row.dnis
        customer = (column == 1) == (row.direction != "outbound")
        return mask_number(number) if self.mask_numbers and customer else (number or "")

    def _recorded(self, row: CallRecord) -> str:
        if row.recording_status == "failed":
            return self.tr("failed")
        if not row.recording_id:
            return "—"
        return self.tr("partial") if row.recording_status == "partial" else self.tr("yes")

    def cell(self, row: CallRecord, column: int, role: int, now: float) -> Any:
        if role == SORT_ROLE and column in (0, 5):
            return row.started_at if column == 0 else (row.talk_seconds or 0.0)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return [
                format_clock(row.started_at),
                self._number(row, 1),
                self._number(row, 2),
                row.agent_id or "",
                self.queue_name(row.queue),
                format_duration(row.talk_seconds),
                self.disposition_labels.get(row.disposition or "", row.disposition or ""),
                self._recorded(row),
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class RecordingsPresenter(QObject):
    """Searches calls, fetches a recording for the player, saves one as a WAV file."""

    searching = Signal(bool)
    searched = Signal(int, int)  # shown, total
    audio_ready = Signal(str, str)  # recording id, local path
    saved = Signal(str)  # path
    failed = Signal(str)
    choices_changed = Signal()

    def __init__(
        self, api: SupervisorApi, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._tasks = tasks
        self.model = RecordingModel(parent=self)
        self.queues: list[QueueInfo] = []
        self.agents: list[tuple[str, str]] = []
        self.dispositions: list[Disposition] = []
        self._temp: Path | None = None
        self._search_task: asyncio.Task[Any] | None = None

    def set_choices(self, queues: list[QueueInfo], agents: list[tuple[str, str]]) -> None:
        self.queues, self.agents = queues, agents
        self._spawn(self._load_dispositions(), "dispositions")

    async def _load_dispositions(self) -> None:
        try:
            self.dispositions = await self.api.dispositions()
        except CtiError as exc:
            log.info("dispositions not loaded: %s", exc)
        self.choices_changed.emit()

    def set_disposition_labels(self, labels: dict[str, str]) -> None:
        self.model.disposition_labels = labels
        self.model.retranslate()

    def search(self, query: RecordingQuery) -> None:
        if self._search_task is not None and not self._search_task.done():
            self._search_task.cancel()
        self._search_task = self._tasks.spawn(self._search(query), "recording-search")

    async def _search(self, query: RecordingQuery) -> None:
        self.searching.emit(True)
        try:
            found = await self.api.calls(**query.params())
        except CtiError as exc:
            self.failed.emit(self.tr("Search failed: %1").replace("%1", str(exc)))
            return
        finally:
            self.searching.emit(False)
        self.model.reset(found.calls)
        self.searched.emit(len(found.calls), found.total)

    def temp_dir(self) -> Path:
        if self._temp is None:
            self._temp = Path(tempfile.mkdtemp(prefix="supervisor-recordings-"))
        return self._temp

    def fetch(self, recording_id: str) -> None:
        """Download into the temporary folder (once) and emit `audio_ready`."""
        self._spawn(self._fetch(recording_id), "recording-fetch")

    async def _fetch(self, recording_id: str) -> None:
        target = self.temp_dir() / f"{recording_id}.wav"
        if not target.exists():
            try:
                await self.api.download_recording(recording_id, target)
            except CtiError as exc:
                self.failed.emit(
                    self.tr("Could not load the recording: %1").replace("%1", str(exc))
                )
                return
        self.audio_ready.emit(recording_id, str(target))

    def save(self, recording_id: str, path: str) -> None:
        self._spawn(self._save(recording_id, Path(path)), "recording-save")

    async def _save(self, recording_id: str, path: Path) -> None:
        try:
            await self.api.download_recording(recording_id, path)
        except (CtiError, OSError) as exc:
            self.failed.emit(self.tr("Could not save the recording: %1").replace("%1", str(exc)))
            return
        self.saved.emit(str(path))

    def close(self) -> None:
        if self._search_task is not None:
            self._search_task.cancel()
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        self._tasks.spawn(coro, name)
