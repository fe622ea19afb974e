"""Asterisk-compatible queue_log: `epoch|callid|queue|agent|event|data1|data2|...`.

Written both as a table (for our reports) and as a text file with Asterisk's exact line
format, so existing tools (QueueMetrics, Wazo stats, scripts) can read it. Event names
and data fields follow Asterisk app_queue:

- ENTERQUEUE   url|callerid|position
- CONNECT      holdtime|bridged-uniqueid|ringtime
- RINGNOANSWER ringtime-ms
- RINGCANCELED ringtime-ms
- COMPLETECALLER / COMPLETEAGENT  holdtime|calltime|origposition
- ABANDON      position|origposition|waittime
- EXITWITHTIMEOUT / EXITEMPTY  position|origposition|waittime
- ADDMEMBER / REMOVEMEMBER, PAUSE reason / UNPAUSE reason, AGENTLOGIN / AGENTLOGOFF
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def _clean(value: Any) -> str:
    # A '|' or newline inside a field would break every reader of the file.
    return str(value).replace("|", "/").replace("\n", " ").replace("\r", " ")


def format_line(
    time: float, callid: str, queue: str, agent: str, event: str, data: Sequence[Any] = ()
) -> str:
    fields = [str(int(time)), callid or "NONE", queue or "NONE", agent or "NONE", event]
    fields += [_clean(d) for d in data]
    return "|".join(_clean(f) for f in fields[:5]) + ("|" + "|".join(fields[5:]) if data else "")


def to_row(
    time: float, callid: str, queue: str, agent: str, event: str, data: Sequence[Any] = ()
) -> dict[str, Any]:
    padded = [_clean(d) for d in data][:5] + [""] * (5 - min(len(data), 5))
    row: dict[str, Any] = {
        "time": time,
        "callid": callid or "NONE",
        "queuename": queue or "NONE",
        "agent": agent or "NONE",
        "event": event,
    }
    row.update({f"data{i + 1}": v for i, v in enumerate(padded)})
    return row


class QueueLogFile:
    """Appends lines to the queue_log file; safe to call from the store thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()

    def append(self, line: str) -> None:
        with self._lock, self.path.open("a", encoding="utf-8") as f:
            f.write(line + "\n")
