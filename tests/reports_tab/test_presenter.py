"""ReportsPresenter over a fake `ReportsApi` (one layer): what it asks, what it shows,
drill-down filters, errors in plain words, export progress and cancel."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.cti import ApiError, NotAvailable, ServerUnreachable
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol.reports import ReportCatalogue, ReportResult
from agent_desktop.reports.api import Progress, ReportsApi
from agent_desktop.reports.presenter import ReportsPresenter
from tests.desktop.conftest import run, run_until
from tests.reports_tab.conftest import NOW


class FakeApi(ReportsApi):
    """Answers from `results` by report name; records every request's parameters."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, dict[str, str]]] = []
        self.results: dict[str, dict[str, Any]] = {}
        self.error: Exception | None = None
        self.gate = asyncio.Event()
        self.exported: list[Path] = []

    async def catalogue(self) -> ReportCatalogue:
        if self.error is not None:
            raise self.error
        return ReportCatalogue.model_validate(
            {
                "timezone": "Asia/Shanghai",
                "reports": [
                    {
                        "name": "agents",
                        "title": "Agents",
                        "group_by": ["agent", "hour"],
                        "filters": ["agent", "queue"],
                    },
                    {"name": "calls", "title": "Calls"},
                ],
            }
        )

    async def dispositions(self) -> list[Any]:
        return []

    async def report(self, name: str, params: Mapping[str, str]) -> ReportResult:
        self.asked.append((name, dict(params)))
        if self.error is not None:
            raise self.error
        body = self.results.get(name, {"columns": [], "rows": []})
        return ReportResult.model_validate(
            {
                "report": name,
                "title": name,
                "from": params["from"],
                "to": params["to"],
                "timezone": "Asia/Shanghai",
                "group_by": params.get("group_by"),
                **body,
            }
        )

    async def export(
        self,
        name: str,
        params: Mapping[str, str],
        fmt: str,
        target: Path,
        progress: Progress | None = None,
    ) -> int:
        assert progress is not None
        progress(10, 100)
        await self.gate.wait()
        target.write_bytes(b"x" * 100)
        progress(100, 100)
        self.exported.append(target)
        return 100


AGENTS = {
    "columns": [
        {"key": "agent", "label": "Agent", "kind": "text"},
        {"key": "answered", "label": "Answered", "kind": "count"},
        {"key": "talk", "label": "Talk", "kind": "seconds"},
    ],
    "rows": [
        {"agent": "1001", "answered": 3, "talk": 125},
        {"agent": "1002", "answered": 5, "talk": 3725},
    ],
    "totals": {"agent": None, "answered": 8, "talk": 3850},
    "formulas": {"talk": "answer to hang-up"},
}


@pytest.fixture
def fake(loop: Any) -> Any:
    api = FakeApi()
    tasks = TaskRunner()
    presenter = ReportsPresenter(api, tasks, now=lambda: NOW)
    messages: list[tuple[str, bool]] = []
    presenter.message.connect(lambda text, error: messages.append((text, error)))
    yield api, presenter, messages
    presenter.close()
    run(loop, tasks.cancel_all())


def test_today_is_the_centres_day_and_the_result_fills_the_model(loop: Any, fake: Any) -> None:
    api, presenter, _ = fake
    api.results["agents"] = AGENTS
    run(loop, presenter.load(choices=False))
    # 07:30 in Shanghai is 23:30 UTC the day before: the centre's "today" counts
    assert NOW.astimezone(UTC).day == 6
    query = presenter.make_query("agents", "today", group_by="agent")
    run(loop, presenter.run_now(query))
    assert api.asked == [
        (
            "agents",
            {"from": "2026-12-07T00:00:00", "to": "2026-12-08T00:00:00", "group_by": "agent"},
        )
    ]
    model = presenter.model
    assert model.rowCount() == 3  # two agents and the totals
    assert [model.index(2, c).data() for c in range(3)] == ["Total", "8", "1:04:10"]
    assert model.index(1, 2).data() == "1:02:05"
    assert model.headerData(2, model_orientation()) == "Talk"
    assert presenter.chart is not None and presenter.chart.values == [5.0, 3.0]


def model_orientation() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_drill_down_asks_for_the_rows_calls(loop: Any, fake: Any) -> None:
    api, presenter, _ = fake
    api.results["agents"] = AGENTS
    run(loop, presenter.load(choices=False))
    run(
        loop,
        presenter.run_now(
            presenter.make_query(
                "agents", "yesterday", group_by="agent", filters={"queue": "sales"}
            )
        ),
    )
    assert presenter.drill(presenter.model.row_values(1))
    run_until(loop, lambda: len(api.asked) == 2, what="the calls of the row")
    assert api.asked[1] == (
        "calls",
        {
            "from": "2026-12-06T00:00:00",
            "to": "2026-12-07T00:00:00",
            "queue": "sales",
            "agent": "1002",
        },
    )
    assert not presenter.drill(presenter.model.totals or {})  # totals stand for no calls


def test_drill_down_by_hour_narrows_the_period(loop: Any, fake: Any) -> None:
    api, presenter, _ = fake
    api.results["agents"] = {
        "columns": [
            {"key": "hour", "label": "Hour", "kind": "text"},
            {"key": "answered", "label": "A", "kind": "count"},
        ],
        "rows": [{"hour": "2026-12-07 10:00", "answered": 2}],
    }
    run(loop, presenter.load(choices=False))
    run(loop, presenter.run_now(presenter.make_query("agents", "today", group_by="hour")))
    assert presenter.drill(presenter.model.row_values(0))
    run_until(loop, lambda: len(api.asked) == 2, what="the calls of the hour")
    assert api.asked[1][1] == {"from": "2026-12-07T10:00:00", "to": "2026-12-07T11:00:00"}
    assert presenter.drill_query is not None
    assert presenter.drill_query.start == datetime(2026, 12, 7, 10)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (ApiError(422, "invalid_range", "`to` must be after `from`"), "`to` must be after `from`"),
        (ApiError(403, "forbidden", "leads only"), "your role may not see this"),
        (ApiError(500, "internal", "boom"), "the server failed (internal); try again or tell IT"),
        (ServerUnreachable("ConnectError"), "the server cannot be reached"),
        (NotAvailable(404, "", "Not Found"), "this server has no reports yet"),
    ],
)
def test_errors_in_plain_words_and_the_last_result_kept(
    loop: Any, fake: Any, error: Exception, words: str
) -> None:
    api, presenter, messages = fake
    api.results["agents"] = AGENTS
    run(loop, presenter.load(choices=False))
    run(loop, presenter.run_now(presenter.make_query("agents", "today")))
    api.error = error
    run(loop, presenter.run_now(presenter.make_query("agents", "yesterday")))
    text, is_error = messages[-1]
    assert is_error and text.startswith("The report could not be made: ") and words in text
    assert presenter.model.rowCount() == 3  # nothing lost: the table still shows today
    assert presenter.query is not None and presenter.query.start.day == 7


def test_catalogue_error_is_shown(loop: Any, fake: Any) -> None:
    api, presenter, messages = fake
    api.error = ServerUnreachable("ConnectError")
    run(loop, presenter.load(choices=False))
    assert presenter.reports == []
    assert messages[-1][1] and messages[-1][0].startswith("Could not load the reports: ")


def test_export_reports_progress_and_cancel_keeps_nothing(
    loop: Any, fake: Any, tmp_path: Path
) -> None:
    api, presenter, messages = fake
    api.results["agents"] = AGENTS
    run(loop, presenter.load(choices=False))
    run(loop, presenter.run_now(presenter.make_query("agents", "today")))
    progress: list[tuple[int, int]] = []
    finished: list[str] = []
    presenter.export_progress.connect(lambda done, total: progress.append((done, total)))
    presenter.export_finished.connect(finished.append)
    assert presenter.export("xlsx", str(tmp_path / "a.xlsx"))
    run_until(loop, lambda: (10, 100) in progress, what="first progress")
    assert not presenter.export("csv", str(tmp_path / "b.csv"))  # one at a time
    presenter.cancel_export()
    run_until(loop, lambda: finished, what="cancelled")
    assert finished == [""] and not api.exported
    assert messages[-1] == ("Export cancelled: nothing was saved.", False)
    api.gate.set()
    assert presenter.export("csv", str(tmp_path / "b.csv"))
    run_until(loop, lambda: len(finished) == 2, what="exported")
    assert finished[1] == str(tmp_path / "b.csv") and progress[-1] == (100, 100)
