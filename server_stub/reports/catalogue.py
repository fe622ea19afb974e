"""What each report is: its title, groupings, filters, who may run it, and the formulas of
its columns (the same words as docs/routing.md and docs/reports.md)."""

from __future__ import annotations

from dataclasses import dataclass

from agent_desktop.protocol.reports import ReportColumn

TIME = ("hour", "day", "week", "month")


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str
    group_by: tuple[str, ...]  # first = default; () = a list, not grouped
    filters: tuple[str, ...]
    agents_may_run: bool  # an agent runs it on their own figures ("My day")


SPECS: dict[str, ReportSpec] = {
    s.name: s
    for s in (
        ReportSpec("agents", "Agent work", ("agent", "team"), ("agent", "team", "queue"), True),
        ReportSpec("queues", "Queues", ("queue", *TIME), ("queue", "did", "agent", "team"), False),
        ReportSpec("dids", "Inbound numbers", ("did", *TIME), ("did", "queue"), False),
        ReportSpec(
            "dispositions",
            "Dispositions",
            ("disposition", "agent", "team", "queue", *TIME),
            ("agent", "team", "queue", "did"),
            True,
        ),
        ReportSpec("outbound", "Outbound calls", ("agent", "team", *TIME), ("agent", "team"), True),
        ReportSpec("agent-states", "Agent state changes", (), ("agent", "team"), True),
        ReportSpec("ranking", "Answer ranking", ("agent", "team"), ("team", "queue"), False),
        ReportSpec("satisfaction", "Satisfaction", (), ("agent", "team", "queue", "did"), True),
        ReportSpec("abandoned", "Abandoned calls", (), ("queue", "did", "agent", "team"), False),
        ReportSpec("traffic", "Traffic", TIME, ("queue", "did", "agent", "team"), False),
        ReportSpec(
            "calls", "Call detail", (), ("agent", "team", "queue", "did", "direction"), True
        ),
    )
}


def col(key: str, label: str, kind: str = "text") -> ReportColumn:
    return ReportColumn(key=key, label=label, kind=kind)  # type: ignore[arg-type]


GROUP_COLUMNS = {
    "agent": [col("agent", "Agent"), col("name", "Name"), col("team", "Team")],
    "team": [col("team", "Team")],
    "queue": [col("queue", "Queue")],
    "did": [col("did", "Number"), col("description", "Description")],
    "disposition": [],
    **{unit: [col("period", "Period", "time")] for unit in TIME},
}

FORMULAS: dict[str, str] = {
    "offered": "calls that joined the queue (inbound, queued_at set), short abandons included; "
    "a call transferred between queues is offered in each, once per queue",
    "answered": "inbound calls an agent answered",
    "missed": "offers the agent let ring out or refused (queue_log RINGNOANSWER)",
    "agent_offered": "answered + missed",
    "abandoned": "inbound calls whose caller hung up while queued or ringing",
    "short_abandoned": "abandons with wait < the queue's short_abandon_threshold (default 5 s)",
    "overflowed": "calls that left the queue by an overflow rule (end cause overflow_*)",
    "service_level": "answered within the queue's service_level_threshold ÷ SLoffered, "
    "SLoffered = answered + abandoned + overflowed − short abandons "
    "(Cisco negative impact; metrics.service_level)",
    "asa": "Σ wait of answered calls (join → answer, ring time included) ÷ answered "
    "(metrics.average_speed_of_answer)",
    "aht": "(Σ talk + Σ hold + Σ wrap-up) ÷ handled, handled = answered calls whose wrap-up "
    "completed (metrics.average_handle_time)",
    "abandon_rate": "(abandoned − short) ÷ (offered − short) (metrics.abandon_rate)",
    "longest_wait": "the longest wait of a queued call (answered or not)",
    "talk": "Σ talk time (answer → hang-up, hold excluded) of answered calls",
    "hold": "Σ hold time of answered calls",
    "wrap_up": "time in the wrap-up state (agent state log)",
    "ready": "time in the ready state",
    "not_ready": "time in the not-ready state (all reasons; each reason in its own column)",
    "logged_in": "time signed in (every state but logged out)",
    "occupancy": "handling ÷ (handling + ready), handling = reserved + on call + wrap-up; "
    "not-ready excluded (metrics.occupancy)",
    "transfers": "blind transfers the agent made (queue_log BLINDTRANSFER)",
    "outbound": "outbound calls the agent placed",
    "connected": "outbound calls the far end answered",
    "connect_rate": "connected ÷ attempts",
    "avg_talk": "Σ talk ÷ connected (or answered) calls",
    "share": "calls with this disposition ÷ calls with a disposition in the group",
    "satisfaction": "the caller's survey score (1..5); average over surveyed calls",
    "duration": "seconds until the agent's next state change (clipped to the period)",
    "lost_at": "ivr: before joining a queue; queue: waiting; ringing: while an agent's "
    "phone rang; overflow: sent away by an overflow rule",
    "calls": "calls that started in the period (by started_at, centre time zone)",
    "peak": "the period with the most calls (totals: peak_period, peak_calls)",
}


def formulas(columns: list[ReportColumn], *extra: str) -> dict[str, str]:
    """The formulas of the columns shown (by key), plus `extra` keys."""
    keys = [c.key for c in columns] + list(extra)
    out: dict[str, str] = {}
    for key in keys:
        base = "not_ready" if key.startswith("not_ready:") else key
        if base in FORMULAS:
            out[key] = FORMULAS[base]
    return out
