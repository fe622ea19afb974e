"""Table models and proxies without a server: sorting by raw values, text and state
filters, number masking, ticking clocks, the monitor-leg helper."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_desktop.protocol import AgentStateView, CallRecord, QueueStats
from agent_desktop.softphone.api import CallDirection, CallInfo, CallState
from agent_desktop.supervisor import is_monitor_call
from agent_desktop.supervisor.formatting import format_duration, mask_number
from agent_desktop.supervisor.live_models import (
    AgentModel,
    AgentRow,
    CallModel,
    CallRow,
    QueueModel,
    QueueRow,
)
from agent_desktop.supervisor.preferences import SupervisorPreferences
from agent_desktop.supervisor.proxies import AgentFilterProxy, SortProxy

NOW = 1_700_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def agent(
    agent_id: str,
    name: str,
    state: str,
    since: float,
    reason: str | None = None,
    call_id: str | None = None,
    calls: int = 0,
) -> AgentRow:
    view = AgentStateView(
        agent_id=agent_id,
        state=state,
        reason=reason,
        since=since,  # type: ignore[arg-type]
        call_id=call_id,
    )
    return AgentRow(agent_id, name, view, calls)


def column(proxy: Any, col: int) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


@pytest.fixture
def agents(qapp: Any) -> tuple[AgentModel, AgentFilterProxy, Clock]:
    clock = Clock()
    calls = CallModel(clock=clock)
    calls.reset(
        [
            CallRow(
                CallRecord(
                    id="c1",
                    direction="inbound",
                    state="active",
                    ani="13800138000",
                    queue="sales",
                    agent_id="1003",
                    started_at=NOW - 100,
                    answered_at=NOW - 90,
                )
            )
        ]
    )
    model = AgentModel(calls.get, clock)
    model.reset(
        [
            agent("1001", "李娜 Li Na", "ready", NOW - 5, calls=12),
            agent("1002", "王强 Wang Qiang", "not_ready", NOW - 700, "lunch", calls=3),
            agent("1003", "Emily Chen", "on_call", NOW - 90, call_id="c1", calls=30),
            agent("1010", "Zhao Min", "not_ready", NOW - 65, "break"),
        ]
    )
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy, clock


def test_agents_sort_by_time_in_state_and_calls_as_numbers(agents: Any) -> None:
    _model, proxy, _clock = agents
    proxy.sort(4, Qt.SortOrder.DescendingOrder)
    assert column(proxy, 0) == ["1002", "1003", "1010", "1001"]
    assert column(proxy, 4) == ["11:40", "1:30", "1:05", "0:05"]
    proxy.sort(7, Qt.SortOrder.AscendingOrder)  # 3 < 12 < 30, not "12" < "3"
    assert column(proxy, 7) == ["0", "3", "12", "30"]


def test_text_and_state_filters_combine(agents: Any) -> None:
    _model, proxy, _clock = agents
    proxy.set_state("not_ready")
    assert sorted(column(proxy, 0)) == ["1002", "1010"]
    proxy.set_text("lunch")
    assert column(proxy, 0) == ["1002"]
    proxy.set_state("")
    proxy.set_text("王强")
    assert column(proxy, 0) == ["1002"]
    proxy.set_text("8000")  # the current call's number
    assert column(proxy, 0) == ["1003"]


def test_masking_hides_the_middle_of_numbers(agents: Any) -> None:
    model, _proxy, _clock = agents
    row = model.keys().index("1003")
    assert model.index(row, 5).data() == "13800138000"
    assert model.index(row, 6).data() == "sales"
    changed: list[Any] = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.column(), b.column())))
    model.set_mask_numbers(True)
    assert model.index(row, 5).data() == "138****8000"
    assert changed == [(5, 5)]
    assert mask_number("+12125550100") == "+12****0100"
    assert mask_number("1001") == "1001"


def test_one_tick_refreshes_only_the_clock_column(agents: Any) -> None:
    model, _proxy, clock = agents
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, _roles: changed.append((a.row(), a.column(), b.row(), b.column()))
    )
    clock.now += 60
    model.tick()
    assert changed == [(0, 4, 3, 4)]
    assert model.index(0, 4).data() == "1:05"


def test_state_cell_is_coloured_and_reason_labelled(agents: Any) -> None:
    model, _proxy, _clock = agents
    model.set_reason_labels({"lunch": "Lunch"})
    assert model.index(1, 3).data() == "Lunch"
    assert model.index(1, 2).data() == "Not ready"
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole).name() == "#bf3989"


def test_queue_longest_wait_ticks_from_the_event_and_sl_sorts(qapp: Any) -> None:
    clock = Clock()
    model = QueueModel(clock)

    def stats(queue: str, waiting: int, longest: float, sl: float | None) -> QueueStats:
        return QueueStats(
            queue=queue,
            waiting=waiting,
            longest_wait=longest,
            offered=10,
            answered=8,
            abandoned=2,
            short_abandoned=1,
            service_level=sl,
            service_level_threshold=20,
            asa=12.4,
            aht=190,
            agents_by_state={"ready": 2, "on_call": 1},
        )

    model.reset(
        [
            QueueRow(stats("sales", 2, 30, 0.8), NOW, "销售 Sales"),
            QueueRow(stats("support", 0, 0, None), NOW),
            QueueRow(stats("vip", 1, 5, 0.95), NOW),
        ]
    )
    clock.now += 12
    assert model.index(0, 2).data() == "0:42"
    assert model.index(1, 2).data() == "0:00"  # nobody waiting: no clock
    assert model.index(0, 5).data() == "2 (1)"
    assert model.index(0, 6).data() == "80.0 %"
    assert model.index(1, 6).data() == "—"
    assert model.index(0, 9).data() == "Ready 2 · On call 1"
    assert "negative impact" in model.headerData(
        6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(6, Qt.SortOrder.DescendingOrder)
    assert column(proxy, 0) == ["vip", "销售 Sales", "support"]


def test_upsert_changes_known_rows_and_appends_new_ones(qapp: Any) -> None:
    model = CallModel(clock=Clock())
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append(last - first + 1))
    record = CallRecord(id="a", direction="inbound", state="active", started_at=NOW)
    model.upsert([CallRow(record), CallRow(record.model_copy(update={"id": "b"}))])
    model.upsert([CallRow(record, on_hold=True)])
    assert inserted == [2]
    assert model.rowCount() == 2 and model.index(0, 3).data() == "On hold"
    model.remove(["a"])
    assert model.keys() == ["b"]


def test_preferences_are_per_lead_and_survive_a_restart(tmp_path: Any) -> None:
    SupervisorPreferences(tmp_path, "9001").mask_numbers = True
    assert SupervisorPreferences(tmp_path, "9001").mask_numbers
    assert not SupervisorPreferences(tmp_path, "9002").mask_numbers


def test_monitor_leg_is_recognised_by_its_header() -> None:
    def info(headers: dict[str, str]) -> CallInfo:
        return CallInfo("1", CallDirection.INBOUND, "sip:x@y", CallState.INCOMING, headers)

    assert is_monitor_call(info({"X-Monitor": "c1"}))
    assert is_monitor_call(info({"x-monitor": "c1"}))
    assert not is_monitor_call(info({"X-Call-Id": "c1"}))
    assert not is_monitor_call(info({"X-Monitor": " "}))
    assert format_duration(3725) == "1:02:05"


def test_recording_column_says_what_became_of_the_recording(qapp: Any) -> None:
    """Issue 21: a recording that failed or is partial says so in the search results."""
    from agent_desktop.protocol import CallRecord
    from agent_desktop.supervisor.recordings import RecordingModel

    model = RecordingModel(lambda: 1000.0)
    rows = [
        CallRecord(
            id=i, direction="inbound", started_at=900.0, recording_id=rec, recording_status=status
        )  # type: ignore[arg-type]
        for i, rec, status in (
            ("ok", "r1", "complete"),
            ("cut", "r2", "partial"),
            ("lost", None, "failed"),
            ("none", None, None),
        )
    ]
    model.reset(rows)
    column = model.headers().index("Recording")  # after Disposition (issue 11), not 6
    assert [model.index(r, column).data() for r in range(4)] == ["yes", "partial", "failed", "—"]
