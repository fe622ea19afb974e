"""Translated names: reports, periods, groupings, filters, and the server's English column
labels (context "ReportLabels"; an unknown label is shown as the server sent it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desktop.protocol.reports import ReportColumn

CONTEXT = "ReportLabels"

REPORT_TITLES = {
    "agents": QT_TRANSLATE_NOOP("ReportLabels", "Agent work"),
    "queues": QT_TRANSLATE_NOOP("ReportLabels", "Queues"),
    "dids": QT_TRANSLATE_NOOP("ReportLabels", "Inbound numbers"),
    "dispositions": QT_TRANSLATE_NOOP("ReportLabels", "Dispositions"),
    "outbound": QT_TRANSLATE_NOOP("ReportLabels", "Outbound calls"),
    "agent-states": QT_TRANSLATE_NOOP("ReportLabels", "Agent state changes"),
    "ranking": QT_TRANSLATE_NOOP("ReportLabels", "Answer ranking"),
    "satisfaction": QT_TRANSLATE_NOOP("ReportLabels", "Satisfaction"),
    "abandoned": QT_TRANSLATE_NOOP("ReportLabels", "Abandoned calls"),
    "traffic": QT_TRANSLATE_NOOP("ReportLabels", "Traffic"),
    "calls": QT_TRANSLATE_NOOP("ReportLabels", "Call detail"),
}
PERIOD_NAMES = {
    "today": QT_TRANSLATE_NOOP("ReportLabels", "Today"),
    "yesterday": QT_TRANSLATE_NOOP("ReportLabels", "Yesterday"),
    "this_week": QT_TRANSLATE_NOOP("ReportLabels", "This week"),
    "last_week": QT_TRANSLATE_NOOP("ReportLabels", "Last week"),
    "this_month": QT_TRANSLATE_NOOP("ReportLabels", "This month"),
    "last_month": QT_TRANSLATE_NOOP("ReportLabels", "Last month"),
    "custom": QT_TRANSLATE_NOOP("ReportLabels", "Custom range"),
}
GROUP_NAMES = {
    "agent": QT_TRANSLATE_NOOP("ReportLabels", "Agent"),
    "team": QT_TRANSLATE_NOOP("ReportLabels", "Team"),
    "queue": QT_TRANSLATE_NOOP("ReportLabels", "Queue"),
    "did": QT_TRANSLATE_NOOP("ReportLabels", "Inbound number"),
    "hour": QT_TRANSLATE_NOOP("ReportLabels", "Hour"),
    "day": QT_TRANSLATE_NOOP("ReportLabels", "Day"),
    "week": QT_TRANSLATE_NOOP("ReportLabels", "Week"),
    "month": QT_TRANSLATE_NOOP("ReportLabels", "Month"),
}
# column labels the reports server sends (English); translated when known
COLUMN_LABELS = (
    QT_TRANSLATE_NOOP("ReportLabels", "Agent"),
    QT_TRANSLATE_NOOP("ReportLabels", "Agent ID"),
    QT_TRANSLATE_NOOP("ReportLabels", "Name"),
    QT_TRANSLATE_NOOP("ReportLabels", "Team"),
    QT_TRANSLATE_NOOP("ReportLabels", "Queue"),
    QT_TRANSLATE_NOOP("ReportLabels", "Inbound number"),
    QT_TRANSLATE_NOOP("ReportLabels", "Number"),
    QT_TRANSLATE_NOOP("ReportLabels", "Period"),
    QT_TRANSLATE_NOOP("ReportLabels", "Hour"),
    QT_TRANSLATE_NOOP("ReportLabels", "Day"),
    QT_TRANSLATE_NOOP("ReportLabels", "Week"),
    QT_TRANSLATE_NOOP("ReportLabels", "Month"),
    QT_TRANSLATE_NOOP("ReportLabels", "Offered"),
    QT_TRANSLATE_NOOP("ReportLabels", "Answered"),
    QT_TRANSLATE_NOOP("ReportLabels", "Missed"),
    QT_TRANSLATE_NOOP("ReportLabels", "Abandoned"),
    QT_TRANSLATE_NOOP("ReportLabels", "Short abandons"),
    QT_TRANSLATE_NOOP("ReportLabels", "Overflowed"),
    QT_TRANSLATE_NOOP("ReportLabels", "Calls"),
    QT_TRANSLATE_NOOP("ReportLabels", "Calls answered"),
    QT_TRANSLATE_NOOP("ReportLabels", "Outbound calls"),
    QT_TRANSLATE_NOOP("ReportLabels", "Transfers"),
    QT_TRANSLATE_NOOP("ReportLabels", "Talk"),
    QT_TRANSLATE_NOOP("ReportLabels", "Talk time"),
    QT_TRANSLATE_NOOP("ReportLabels", "Hold"),
    QT_TRANSLATE_NOOP("ReportLabels", "Hold time"),
    QT_TRANSLATE_NOOP("ReportLabels", "Wrap-up"),
    QT_TRANSLATE_NOOP("ReportLabels", "Wrap-up time"),
    QT_TRANSLATE_NOOP("ReportLabels", "Ready"),
    QT_TRANSLATE_NOOP("ReportLabels", "Ready time"),
    QT_TRANSLATE_NOOP("ReportLabels", "Not ready"),
    QT_TRANSLATE_NOOP("ReportLabels", "Not ready time"),
    QT_TRANSLATE_NOOP("ReportLabels", "Logged in"),
    QT_TRANSLATE_NOOP("ReportLabels", "Logged-in time"),
    QT_TRANSLATE_NOOP("ReportLabels", "Occupancy"),
    QT_TRANSLATE_NOOP("ReportLabels", "AHT"),
    QT_TRANSLATE_NOOP("ReportLabels", "ASA"),
    QT_TRANSLATE_NOOP("ReportLabels", "Service level"),
    QT_TRANSLATE_NOOP("ReportLabels", "Abandon rate"),
    QT_TRANSLATE_NOOP("ReportLabels", "Longest wait"),
    QT_TRANSLATE_NOOP("ReportLabels", "Wait"),
    QT_TRANSLATE_NOOP("ReportLabels", "Started"),
    QT_TRANSLATE_NOOP("ReportLabels", "Time"),
    QT_TRANSLATE_NOOP("ReportLabels", "Duration"),
    QT_TRANSLATE_NOOP("ReportLabels", "State"),
    QT_TRANSLATE_NOOP("ReportLabels", "Reason"),
    QT_TRANSLATE_NOOP("ReportLabels", "Direction"),
    QT_TRANSLATE_NOOP("ReportLabels", "Caller"),
    QT_TRANSLATE_NOOP("ReportLabels", "Called"),
    QT_TRANSLATE_NOOP("ReportLabels", "Disposition"),
    QT_TRANSLATE_NOOP("ReportLabels", "Outcome"),
    QT_TRANSLATE_NOOP("ReportLabels", "Recording"),
    QT_TRANSLATE_NOOP("ReportLabels", "Satisfaction"),
    QT_TRANSLATE_NOOP("ReportLabels", "Score"),
    QT_TRANSLATE_NOOP("ReportLabels", "Rank"),
    QT_TRANSLATE_NOOP("ReportLabels", "Where lost"),
    QT_TRANSLATE_NOOP("ReportLabels", "Peak"),
    QT_TRANSLATE_NOOP("ReportLabels", "Connected"),
    QT_TRANSLATE_NOOP("ReportLabels", "Total"),
    QT_TRANSLATE_NOOP("ReportLabels", "Inbound"),
    QT_TRANSLATE_NOOP("ReportLabels", "Outbound"),
    QT_TRANSLATE_NOOP("ReportLabels", "Ended in IVR"),
    QT_TRANSLATE_NOOP("ReportLabels", "Other"),
    QT_TRANSLATE_NOOP("ReportLabels", "Attempts"),
    QT_TRANSLATE_NOOP("ReportLabels", "Connect rate"),
    QT_TRANSLATE_NOOP("ReportLabels", "Average talk"),
    QT_TRANSLATE_NOOP("ReportLabels", "Label"),
    QT_TRANSLATE_NOOP("ReportLabels", "Share"),
    QT_TRANSLATE_NOOP("ReportLabels", "Signed in"),
    QT_TRANSLATE_NOOP("ReportLabels", "Description"),
    QT_TRANSLATE_NOOP("ReportLabels", "End cause"),
    QT_TRANSLATE_NOOP("ReportLabels", "Lost at"),
    QT_TRANSLATE_NOOP("ReportLabels", "Ringing agent"),
    QT_TRANSLATE_NOOP("ReportLabels", "Short abandon"),
    QT_TRANSLATE_NOOP("ReportLabels", "From"),
    QT_TRANSLATE_NOOP("ReportLabels", "Changed by"),
    QT_TRANSLATE_NOOP("ReportLabels", "Call"),
)
NOT_READY_PREFIX = "Not ready: "  # the agents report's column per not-ready reason


def translate(text: object) -> str:
    """A `QT_TRANSLATE_NOOP` text (typed `object` by PySide6) in the current language."""
    return QCoreApplication.translate(CONTEXT, str(text))


def report_title(name: str, fallback: str = "") -> str:
    source = REPORT_TITLES.get(name)
    return translate(source) if source else (fallback or name)


def column_label(column: ReportColumn, reasons: dict[str, str] | None = None) -> str:
    """The label in the current language; "Not ready: Lunch" names the reason by
    `reasons` (code -> name in the user's language) or as the server did."""
    if column.label.startswith(NOT_READY_PREFIX):
        code = column.key.removeprefix("not_ready:")
        reason = (reasons or {}).get(code) or column.label.removeprefix(NOT_READY_PREFIX)
        return translate(QT_TRANSLATE_NOOP("ReportLabels", "Not ready: %1")).replace("%1", reason)
    return translate(column.label)
