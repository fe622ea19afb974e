"""The reports server's formulas (docs/reports.md) and value words, marked for translation
(contexts "ReportFormulas", "ReportValues"): shown in the current language when the server
sends these exact English texts, as sent otherwise."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FORMULAS = (
    QT_TRANSLATE_NOOP(
        "ReportFormulas",
        "calls that joined the queue (inbound, queued_at set), short abandons included",
    ),
    QT_TRANSLATE_NOOP("ReportFormulas", "inbound calls an agent answered"),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "offers the agent let ring out or refused (queue_log RINGNOANSWER)"
    ),
    QT_TRANSLATE_NOOP("ReportFormulas", "answered + missed"),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "inbound calls whose caller hung up while queued or ringing"
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "abandons with wait < the queue's short_abandon_threshold (default 5 s)"
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "calls that left the queue by an overflow rule (end cause overflow_*)"
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas",
        "answered within the queue's service_level_threshold "
        "÷ SLoffered, SLoffered = answered + abandoned + overflowed − short "
        "abandons (Cisco negative impact; metrics.service_level)",
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas",
        "Σ wait of answered calls (join → answer, ring time "
        "included) ÷ answered (metrics.average_speed_of_answer)",
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas",
        "(Σ talk + Σ hold + Σ wrap-up) ÷ handled, handled = "
        "answered calls whose wrap-up completed (metrics.average_handle_time)",
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "(abandoned − short) ÷ (offered − short) (metrics.abandon_rate)"
    ),
    QT_TRANSLATE_NOOP("ReportFormulas", "the longest wait of a queued call (answered or not)"),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "Σ talk time (answer → hang-up, hold excluded) of answered calls"
    ),
    QT_TRANSLATE_NOOP("ReportFormulas", "Σ hold time of answered calls"),
    QT_TRANSLATE_NOOP("ReportFormulas", "time in the wrap-up state (agent state log)"),
    QT_TRANSLATE_NOOP("ReportFormulas", "time in the ready state"),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "time in the not-ready state (all reasons; each reason in its own column)"
    ),
    QT_TRANSLATE_NOOP("ReportFormulas", "time signed in (every state but logged out)"),
    QT_TRANSLATE_NOOP(
        "ReportFormulas",
        "handling ÷ (handling + ready), handling = reserved + "
        "on call + wrap-up; not-ready excluded (metrics.occupancy)",
    ),
    QT_TRANSLATE_NOOP("ReportFormulas", "blind transfers the agent made (queue_log BLINDTRANSFER)"),
    QT_TRANSLATE_NOOP("ReportFormulas", "outbound calls the agent placed"),
    QT_TRANSLATE_NOOP("ReportFormulas", "outbound calls the far end answered"),
    QT_TRANSLATE_NOOP("ReportFormulas", "connected ÷ attempts"),
    QT_TRANSLATE_NOOP("ReportFormulas", "Σ talk ÷ connected (or answered) calls"),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "calls with this disposition ÷ calls with a disposition in the group"
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "the caller's survey score (1..5); average over surveyed calls"
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "seconds until the agent's next state change (clipped to the period)"
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas",
        "ivr: before joining a queue; queue: waiting; ringing: "
        "while an agent's phone rang; overflow: sent away by an overflow rule",
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "calls that started in the period (by started_at, centre time zone)"
    ),
    QT_TRANSLATE_NOOP(
        "ReportFormulas", "the period with the most calls (totals: peak_period, peak_calls)"
    ),
)
# words in text columns the desktop shows in the user's language
VALUES = {
    "inbound": QT_TRANSLATE_NOOP("ReportValues", "inbound"),
    "outbound": QT_TRANSLATE_NOOP("ReportValues", "outbound"),
    "internal": QT_TRANSLATE_NOOP("ReportValues", "internal"),
    "logged_out": QT_TRANSLATE_NOOP("ReportValues", "signed out"),
    "not_ready": QT_TRANSLATE_NOOP("ReportValues", "not ready"),
    "ready": QT_TRANSLATE_NOOP("ReportValues", "ready"),
    "reserved": QT_TRANSLATE_NOOP("ReportValues", "ringing"),
    "on_call": QT_TRANSLATE_NOOP("ReportValues", "on call"),
    "wrap_up": QT_TRANSLATE_NOOP("ReportValues", "wrap-up"),
    "ivr": QT_TRANSLATE_NOOP("ReportValues", "in the IVR"),
    "queue": QT_TRANSLATE_NOOP("ReportValues", "waiting in queue"),
    "ringing": QT_TRANSLATE_NOOP("ReportValues", "while ringing"),
    "overflow": QT_TRANSLATE_NOOP("ReportValues", "overflowed"),
    # not-ready reasons only the server sets (the others come with the login)
    "login": QT_TRANSLATE_NOOP("ReportValues", "just signed in"),
    "no_answer": QT_TRANSLATE_NOOP("ReportValues", "missed a call"),
    "server_restart": QT_TRANSLATE_NOOP("ReportValues", "server restarted"),
    "phone_offline": QT_TRANSLATE_NOOP("ReportValues", "phone offline"),
    "unreachable": QT_TRANSLATE_NOOP("ReportValues", "unreachable (desktop gone)"),
    "forced": QT_TRANSLATE_NOOP("ReportValues", "set by a team lead"),
}
VALUE_COLUMNS = ("direction", "state", "from_state", "lost_at", "reason")


def formula_text(text: str) -> str:
    return QCoreApplication.translate("ReportFormulas", text)


def value_text(key: str, value: object) -> str | None:
    """The shown word for an enumerated value, or None to show it as it is."""
    if key not in VALUE_COLUMNS or not isinstance(value, str) or value not in VALUES:
        return None
    return QCoreApplication.translate("ReportValues", str(VALUES[value]))
