"""ReportsPresenter: the catalogue and filter choices, running a report into a table
model, the chart's data, drill-down to the calls of a row, playing a call's recording and
exporting to CSV/XLSX with progress and cancel. Signals and models out, no widgets."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import tempfile
from collections.abc import Callable, Coroutine
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import CtiClient, CtiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import Disposition
from agent_desktop.protocol.reports import ReportCatalogue, ReportInfo, ReportResult
from agent_desktop.reports.api import ReportsApi
from agent_desktop.reports.chartspec import TIME_GROUPS, ChartSpec, chart_for
from agent_desktop.reports.errors import describe
from agent_desktop.reports.model import ReportModel
from agent_desktop.reports.periods import (
    FILTERS,
    Period,
    ReportQuery,
    bucket_range,
    centre_zone,
)

log = logging.getLogger(__name__)
ROW_FILTER_KEYS = {
    "agent": ("agent_id", "agent"),
    "team": ("team",),
    "queue": ("queue",),
    "did": ("did", "dnis"),
}
CALL_ID_KEYS = ("call_id", "id")


def drill_filters(
    result: ReportResult, row: dict[str, Any]
) -> tuple[dict[str, str], tuple[datetime, datetime] | None]:
    """The `calls` filters (and time slice) a result row stands for: its group's value
    (agent, team, queue, did) or, grouped by time, its hour/day/week/month."""
    group = result.group_by or ""
    if group in TIME_GROUPS:
        label = next((str(row[k]) for k in (group, "period", "bucket", "time") if row.get(k)), "")
        return {}, bucket_range(group, label)
    filters: dict[str, str] = {}
    names = [group] if group in ROW_FILTER_KEYS else list(ROW_FILTER_KEYS)
    for name in names:
        for key in ROW_FILTER_KEYS[name]:
            if row.get(key) not in (None, ""):
                filters[name] = str(row[key])
                break
    return filters, None


class ReportsPresenter(QObject):
    """`start()` once embedded; `run(query)`, `drill(row)`, `play(row)`, `export(…)`."""

    message = Signal(str, bool)  # text, is_error
    catalogue_changed = Signal()
    choices_changed = Signal()
    busy_changed = Signal(bool)
    result_changed = Signal()  # `model` holds the new result
    drill_changed = Signal()  # `calls` holds the drill-down's calls
    export_progress = Signal(int, int)  # bytes written, bytes expected (-1: unknown)
    export_finished = Signal(str)  # the written path ("" when cancelled or failed)
    audio_ready = Signal(str, str)  # call id, local WAV path

    def __init__(
        self,
        client: CtiClient | ReportsApi,
        tasks: TaskRunner,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.api = client if isinstance(client, ReportsApi) else ReportsApi(client)
        self._tasks = tasks
        self._now = now
        self.catalogue: ReportCatalogue | None = None
        self.choices: dict[str, list[tuple[str, str]]] = {name: [] for name in FILTERS}
        self.model = ReportModel(self)
        self.calls = ReportModel(self)
        self.query: ReportQuery | None = None
        self.drill_query: ReportQuery | None = None
        self.chart: ChartSpec | None = None
        self._run_task: asyncio.Task[Any] | None = None
        self._export_task: asyncio.Task[Any] | None = None
        self._temp: Path | None = None
        self.dispositions: list[Disposition] = []
        self._zh = False

    # -- catalogue and choices ---------------------------------------------------------------
    @property
    def reports(self) -> list[ReportInfo]:
        return list(self.catalogue.reports) if self.catalogue else []

    @property
    def can_export(self) -> bool:
        """The caller holds "Export reports" (CSV/XLSX); the server checks it too."""
        return bool(self.catalogue and self.catalogue.export)

    def info(self, name: str) -> ReportInfo | None:
        return next((r for r in self.reports if r.name == name), None)

    def today(self) -> date:
        zone = centre_zone(self.catalogue.timezone if self.catalogue else "")
        return self._now().astimezone(zone).date()

    def start(self, choices: bool = True) -> None:
        self._spawn(self.load(choices), "reports-load")

    async def load(self, choices: bool = True) -> None:
        try:
            self.catalogue = await self.api.catalogue()
        except CtiError as exc:
            self.message.emit(
                self.tr("Could not load the reports: %1").replace("%1", describe(exc)), True
            )
            return
        log.info(
            "reports: %d in the catalogue (time zone %s)",
            len(self.reports),
            self.catalogue.timezone,
        )
        self.catalogue_changed.emit()
        try:
            self.dispositions = await self.api.dispositions()
        except CtiError as exc:
            log.info("reports: dispositions not loaded (%s)", exc)
        self._apply_names()
        if choices:
            await self._load_choices()

    async def _load_choices(self) -> None:
        """Agents, teams, queues, numbers for the filters; what the role may not list stays
        empty (the filter then takes typed text)."""
        loaders: dict[str, Callable[[], Coroutine[Any, Any, list[tuple[str, str]]]]] = {
            "agent": self._agent_choices,
            "team": self._team_choices,
            "queue": self._queue_choices,
            "did": self._did_choices,
        }
        for name, loader in loaders.items():
            try:
                self.choices[name] = await loader()
            except CtiError as exc:
                log.info("reports: no %s choices (%s)", name, exc)
        self._apply_names()
        self.choices_changed.emit()

    async def _agent_choices(self) -> list[tuple[str, str]]:
        return [(a.agent_id, f"{a.agent_id} {a.name}") for a in await self.api.agents()]

    async def _team_choices(self) -> list[tuple[str, str]]:
        return [(t.name, t.display_name or t.name) for t in await self.api.teams()]

    async def _queue_choices(self) -> list[tuple[str, str]]:
        return [(q.name, q.display_name or q.name) for q in await self.api.queues()]

    async def _did_choices(self) -> list[tuple[str, str]]:
        return [(d.number, f"{d.number} {d.name}".strip()) for d in await self.api.dids()]

    def set_reason_names(self, names: dict[str, str]) -> None:
        """Not-ready reasons by code in the user's language (the login's reason codes)."""
        for model in (self.model, self.calls):
            model.reason_names = dict(names)
            model.retranslate()

    def set_language(self, code: str) -> None:
        """Dispositions by their label in this language (loaded with the catalogue)."""
        self._zh = code.startswith("zh")
        self._apply_names()

    def _apply_names(self) -> None:
        names = {key: dict(self.choices[key]) for key in ("team", "queue")}
        names["disposition"] = {
            d.code: d.label_zh if self._zh else d.label_en for d in self.dispositions
        }
        for model in (self.model, self.calls):
            model.value_names = names  # display names instead of ids and codes
            model.retranslate()

    # -- running ------------------------------------------------------------------------------
    def make_query(
        self,
        report: str,
        period: Period,
        first: date | None = None,
        last: date | None = None,
        group_by: str = "",
        filters: dict[str, str] | None = None,
    ) -> ReportQuery:
        return ReportQuery.for_period(report, period, self.today(), first, last, group_by, filters)

    def run(self, query: ReportQuery) -> None:
        if self._run_task is not None and not self._run_task.done():
            self._run_task.cancel()
        self._run_task = self._tasks.spawn(self._run(query), "report-run")

    async def _run(self, query: ReportQuery) -> None:
        self.busy_changed.emit(True)
        try:
            result = await self.api.report(query.report, query.params())
        except CtiError as exc:
            log.info("report %s %s refused: %s", query.report, query.params(), exc)
            self.message.emit(
                self.tr("The report could not be made: %1").replace("%1", describe(exc)), True
            )
            return
        finally:
            self.busy_changed.emit(False)
        log.info(
            "report %s %s: %d rows%s",
            query.report,
            query.params(),
            len(result.rows),
            " (truncated)" if result.truncated else "",
        )
        self.query = query
        self.chart = chart_for(result)
        self.model.set_result(result)
        self.calls.set_result(None)
        self.drill_query = None
        self.drill_changed.emit()
        self.result_changed.emit()
        if result.truncated:
            self.message.emit(
                self.tr("Only the first %1 rows are shown; the export has them all.").replace(
                    "%1", str(len(result.rows))
                ),
                False,
            )
        elif not result.rows:
            self.message.emit(self.tr("No data in this period."), False)
        else:
            self.message.emit("", False)

    async def run_now(self, query: ReportQuery) -> None:
        """`run` awaited (tests, My day)."""
        await self._run(query)

    # -- drill-down ---------------------------------------------------------------------------
    def drill(self, row: dict[str, Any]) -> bool:
        """Show the calls behind a row; False when the row stands for no calls (totals)."""
        result, query = self.model.result, self.query
        if result is None or query is None or result.report == "calls":
            return False
        filters, window = drill_filters(result, row)
        if not filters and window is None:
            return False
        start, end = window if window else (None, None)
        return self.list_calls(filters, start, end)

    def list_calls(
        self,
        filters: dict[str, str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> bool:
        """The `calls` report over the current period (or a slice), these filters added."""
        if self.query is None:
            return False
        self.drill_query = self.query.drill("calls", filters or {}, start, end)
        self._spawn(self._drill(self.drill_query), "report-calls")
        return True

    async def _drill(self, query: ReportQuery) -> None:
        try:
            result = await self.api.report("calls", query.params())
        except CtiError as exc:
            self.message.emit(
                self.tr("The calls could not be listed: %1").replace("%1", describe(exc)), True
            )
            return
        if query is self.drill_query:
            self.calls.set_result(result)
            self.drill_changed.emit()

    # -- playback -----------------------------------------------------------------------------
    def play(self, row: dict[str, Any]) -> bool:
        """Fetch the recording of a call row for the player (`audio_ready`)."""
        call_id = next((str(row[k]) for k in CALL_ID_KEYS if row.get(k)), "")
        if not call_id:
            return False
        self._spawn(self._play(call_id, str(row.get("recording_id") or "")), "report-play")
        return True

    async def _play(self, call_id: str, recording_id: str) -> None:
        try:
            if not recording_id:
                recording_id = (await self.api.call(call_id)).recording_id or ""
            if not recording_id:
                self.message.emit(self.tr("This call has no recording."), True)
                return
            target = self.temp_dir() / f"{recording_id}.wav"
            if not target.exists():
                await self.api.download_recording(recording_id, target)
        except CtiError as exc:
            self.message.emit(
                self.tr("Could not load the recording: %1").replace("%1", describe(exc)), True
            )
            return
        self.audio_ready.emit(call_id, str(target))

    def temp_dir(self) -> Path:
        if self._temp is None:
            self._temp = Path(tempfile.mkdtemp(prefix="reports-recordings-"))
        return self._temp

    # -- export -------------------------------------------------------------------------------
    @property
    def exporting(self) -> bool:
        return self._export_task is not None and not self._export_task.done()

    def export(self, fmt: str, path: str, query: ReportQuery | None = None) -> bool:
        """Stream the current report (or `query`) to `path`; False if one is running."""
        query = query or self.query
        if query is None or self.exporting:
            return False
        self._export_task = self._tasks.spawn(self._export(query, fmt, Path(path)), "report-export")
        return True

    async def _export(self, query: ReportQuery, fmt: str, path: Path) -> None:
        def progress(done: int, expected: int | None) -> None:
            self.export_progress.emit(done, -1 if expected is None else expected)

        self.export_progress.emit(0, -1)
        try:
            size = await self.api.export(query.report, query.params(), fmt, path, progress)
        except asyncio.CancelledError:
            self.message.emit(self.tr("Export cancelled: nothing was saved."), False)
            self.export_finished.emit("")
            raise
        except (CtiError, OSError) as exc:
            text = describe(exc) if isinstance(exc, CtiError) else str(exc)
            self.message.emit(self.tr("Not exported: %1").replace("%1", text), True)
            self.export_finished.emit("")
            return
        self.message.emit(
            self.tr("Exported %1 (%2 KB)")
            .replace("%1", str(path))
            .replace("%2", f"{max(1, round(size / 1024)):,}"),
            False,
        )
        self.export_finished.emit(str(path))

    def cancel_export(self) -> None:
        if self._export_task is not None and not self._export_task.done():
            self._export_task.cancel()

    # -- plumbing -----------------------------------------------------------------------------
    def close(self) -> None:
        for task in (self._run_task, self._export_task):
            if task is not None and not task.done():
                task.cancel()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        self._tasks.spawn(coro, name)
