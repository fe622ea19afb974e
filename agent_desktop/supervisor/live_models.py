"""Table models of the wallboard: queues, agents and calls in progress (QtCore only)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from agent_desktop.protocol import AgentStateView, AgentSummary, CallRecord, QueueStats
from agent_desktop.protocol.quality import GOOD_MOS, is_poor
from agent_desktop.supervisor.formatting import format_duration, format_percent, mask_number
from agent_desktop.supervisor.table_base import SORT_ROLE, STATE_ROLE, KeyedTableModel
from agent_desktop.views.style import STATE_COLOURS

DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STATE_ORDER = ("ready", "reserved", "on_call", "wrap_up", "not_ready", "logged_out")
LIVE_CALL_STATES = ("reserved", "on_call")
HIDDEN_REASONS = ("login",)  # the pseudo-reason of a fresh sign-in, as the state bar does


class StateNames(QObject):
    """Translated names of agent states (one tr context for every table)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def name(self, state: str) -> str:
        if not self._names:
            self._names = {
                "ready": self.tr("Ready"),
                "not_ready": self.tr("Not ready"),
                "reserved": self.tr("Ringing"),
                "on_call": self.tr("On call"),
                "wrap_up": self.tr("Wrap-up"),
                "logged_out": self.tr("Signed out"),
            }
        return self._names.get(state, state)

    def retranslate(self) -> None:
        self._names = {}


@dataclass
class QueueRow:
    stats: QueueStats
    received_at: float
    display_name: str = ""


@dataclass
class AgentRow:
    agent_id: str
    name: str
    state: AgentStateView
    calls_today: int = 0
    team: str | None = None
    queues: list[str] = field(default_factory=list)

    @classmethod
    def from_summary(cls, s: AgentSummary) -> AgentRow:
        return cls(s.agent_id, s.name, s.state, s.calls_today, s.team, list(s.queues))


@dataclass
class CallRow:
    record: CallRecord
    on_hold: bool = False


class QueueModel(KeyedTableModel[QueueRow]):
    """Per queue: waiting, longest wait (ticking), counts, SL, ASA, AHT, agents by state."""

    column_count = 10
    ticking_columns = (2,)

    def __init__(
        self, clock: Callable[[], float] = time.time, parent: QObject | None = None
    ) -> None:
        super().__init__(lambda r: r.stats.queue, clock, parent)
        self.states = StateNames(self)

    def headers(self) -> list[str]:
        return [
            self.tr("Queue"),
            self.tr("Waiting"),
            self.tr("Longest wait"),
            self.tr("Offered"),
            self.tr("Answered"),
            self.tr("Abandoned"),
            self.tr("Service level"),
            self.tr("ASA"),
            self.tr("AHT"),
            self.tr("Agents"),
        ]

    def header_tooltip(self, column: int) -> str:
        if column == 6:
            thresholds = ", ".join(
                f"{r.display_name or r.stats.queue} {r.stats.service_level_threshold:g} s"
                for r in self.rows
            )
            return self.tr(
                "Service level (Cisco, negative impact): calls answered within the queue's "
                "threshold ÷ (answered + abandoned + overflowed − short abandons). Short "
                "abandons (callers who hang up within the short-abandon time, 5 s by "
                "default) are removed; other abandons count against the service level.\n"
                "Thresholds: %1"
            ).replace("%1", thresholds or "—")
        tips = {
            2: self.tr("Longest time a caller now waiting has waited"),
            5: self.tr("Abandoned calls (short abandons in brackets)"),
            7: self.tr("Average speed of answer: wait from joining the queue to answer"),
            8: self.tr("Average handle time: talk + hold + wrap-up per handled call"),
        }
        return tips.get(column, "")

    def retranslate(self) -> None:
        self.states.retranslate()
        super().retranslate()

    def longest_wait(self, row: QueueRow, now: float) -> float:
        if row.stats.waiting <= 0:
            return 0.0
        return row.stats.longest_wait + max(0.0, now - row.received_at)

    def cell(self, row: QueueRow, column: int, role: int, now: float) -> Any:
        s = row.stats
        if role == SORT_ROLE:
            values: list[Any] = [
                row.display_name or s.queue,
                s.waiting,
                self.longest_wait(row, now),
                s.offered,
                s.answered,
                s.abandoned,
                s.service_level if s.service_level is not None else -1.0,
                s.asa or 0.0,
                s.aht or 0.0,
                s.agents_by_state.get("ready", 0),
            ]
            return values[column]
        if role == DISPLAY:
            if column == 0:
                return row.display_name or s.queue
            if column == 5 and s.short_abandoned:
                return f"{s.abandoned} ({s.short_abandoned})"
            if column == 6:
                return format_percent(s.service_level)
            if column == 9:
                return " · ".join(
                    f"{self.states.name(k)} {s.agents_by_state[k]}"
                    for k in STATE_ORDER[:-1]
                    if s.agents_by_state.get(k)
                )
            return [
                None,
                str(s.waiting),
                format_duration(self.longest_wait(row, now)),
                str(s.offered),
                str(s.answered),
                str(s.abandoned),
                None,
                format_duration(s.asa),
                format_duration(s.aht),
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= 8:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return self.tr("Threshold %1 s").replace("%1", f"{s.service_level_threshold:g}")
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 2) and s.waiting:
            return QColor("#cf222e")
        return None


class AgentModel(KeyedTableModel[AgentRow]):
    """Agent, name, state (coloured), reason, time in state, current call, queue, calls."""

    column_count = 8
    ticking_columns = (4,)
    number_columns = (5,)

    def __init__(
        self,
        call_lookup: Callable[[str], CallRow | None] = lambda _id: None,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(lambda r: r.agent_id, clock, parent)
        self.states = StateNames(self)
        self.call_lookup = call_lookup
        self.reason_labels: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Agent"),
            self.tr("Name"),
            self.tr("State"),
            self.tr("Reason"),
            self.tr("Time in state"),
            self.tr("Current call"),
            self.tr("Queue"),
            self.tr("Calls today"),
        ]

    def retranslate(self) -> None:
        self.states.retranslate()
        super().retranslate()

    def set_reason_labels(self, labels: dict[str, str]) -> None:
        self.reason_labels = dict(labels)
        self.retranslate()

    def current_call(self, row: AgentRow) -> CallRow | None:
        return self.call_lookup(row.state.call_id) if row.state.call_id else None

    def cell(self, row: AgentRow, column: int, role: int, now: float) -> Any:
        state = row.state.state.value
        if role == STATE_ROLE:
            return state
        call = self.current_call(row) if column in (5, 6) else None
        if role == SORT_ROLE:
            if column == 2:
                return STATE_ORDER.index(state) if state in STATE_ORDER else 99
            if column == 4:
                return now - row.state.since
            if column == 7:
                return row.calls_today
        if role in (DISPLAY, SORT_ROLE):
            if column == 5:
                number = call.record.ani if call else None
                if number is None and row.state.call_id and state in LIVE_CALL_STATES:
                    return "…"  # the call record is on its way
                return mask_number(number) if self.mask_numbers else (number or "")
            reason = "" if row.state.reason in HIDDEN_REASONS else row.state.reason or ""
            values = [
                row.agent_id,
                row.name,
                self.states.name(state),
                self.reason_labels.get(reason, reason),
                format_duration(now - row.state.since),
                None,
                self.queue_name(call.record.queue) if call else "",
                str(row.calls_today),
            ]
            return values[column]
        if column == 2 and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATE_COLOURS.get(state, "#57606a"))
        if column == 2 and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#ffffff")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 7):
            return ALIGN_RIGHT
        return None


class CallModel(KeyedTableModel[CallRow]):
    """Calls in progress: caller, agent, queue, state, duration (ticking), quality (the
    worker's live MOS estimate of the worse leg; poor calls flagged in red)."""

    column_count = 6
    ticking_columns = (4,)
    number_columns = (0,)

    def __init__(
        self,
        agent_name: Callable[[str], str] = lambda agent_id: agent_id,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(lambda r: r.record.id, clock, parent)
        self.agent_name = agent_name

    def headers(self) -> list[str]:
        return [
            self.tr("Caller"),
            self.tr("Agent"),
            self.tr("Queue"),
            self.tr("State"),
            self.tr("Duration"),
            self.tr("Quality"),
        ]

    def quality_text(self, record: CallRecord) -> str:
        """ "⚠ Poor 2.9", "Fair 3.8", "Good 4.4"; empty before the first measurement."""
        mos = record.mos_now
        if mos is None:
            return ""
        if is_poor(mos):
            return self.tr("⚠ Poor %1").replace("%1", f"{mos:.1f}")
        name = self.tr("Good %1") if mos >= GOOD_MOS else self.tr("Fair %1")
        return name.replace("%1", f"{mos:.1f}")

    def quality_tooltip(self, record: CallRecord) -> str:
        lines = []
        for who, prefix in (
            (self.tr("Customer's line"), "customer"),
            (self.tr("Agent's line"), "agent"),
        ):
            mos = getattr(record, f"{prefix}_mos")
            if mos is None:
                continue
            lines.append(
                self.tr("%1: MOS %2 (worst %3), %4 % lost, jitter %5 ms, round trip %6 ms")
                .replace("%1", who)
                .replace("%2", f"{mos:.1f}")
                .replace("%3", f"{getattr(record, f'{prefix}_worst_mos'):.1f}")
                .replace("%4", f"{getattr(record, f'{prefix}_loss_pct'):.1f}")
                .replace("%5", f"{getattr(record, f'{prefix}_jitter_ms'):.0f}")
                .replace("%6", f"{getattr(record, f'{prefix}_rtt_ms'):.0f}")
            )
        return "\n".join(lines)

    def state_text(self, row: CallRow) -> str:
        if row.on_hold:
            return self.tr("On hold")
        names = {
            "ivr": self.tr("IVR"),
            "queued": self.tr("Queued"),
            "ringing": self.tr("Ringing"),
            "dialing": self.tr("Dialling"),
            "active": self.tr("Talking"),
            "ended": self.tr("Ended"),
        }
        return names.get(row.record.state, row.record.state)

    def cell(self, row: CallRow, column: int, role: int, now: float) -> Any:
        r = row.record
        start = r.answered_at or r.started_at
        if role == SORT_ROLE and column == 4:
            return now - start
        if column == 5:
            return self._quality_cell(r, role)
        if role in (DISPLAY, SORT_ROLE):
            if column == 0:
                number = r.ani or (r.dnis if r.direction == "outbound" else None) or ""
                return mask_number(number) if self.mask_numbers else number
            if column == 1:
                return f"{r.agent_id} {self.agent_name(r.agent_id)}" if r.agent_id else ""
            return [
                None,
                None,
                self.queue_name(r.queue),
                self.state_text(row),
                format_duration(now - start),
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return ALIGN_RIGHT
        return None

    def _quality_cell(self, r: CallRecord, role: int) -> Any:
        if role == DISPLAY:
            return self.quality_text(r)
        if role == SORT_ROLE:
            return r.mos_now if r.mos_now is not None else 5.0
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.quality_tooltip(r) or None
        if role == Qt.ItemDataRole.ForegroundRole and is_poor(r.mos_now):
            return QColor("#cf222e")
        if role == Qt.ItemDataRole.FontRole and is_poor(r.mos_now):
            font = QFont()
            font.setBold(True)
            return font
        return None
