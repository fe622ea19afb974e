"""At start: close the call records an earlier run left open (it crashed or was killed).

Only the answered calls a start takes back survive their coordinator (`keep`, see
`telephony.takeback`); every other record still open at start belongs to a call that is
over (its media worker ended it, or the start hung it up). Each is closed with cause
`server_lost`, ended at the last event known of it (answer, queueing, its last queue_log
line, else its start), with wait or talk time up to then, and queue_log gets the line
that ends it (ABANDON, or COMPLETECALLER once answered) so reporting tools stop showing
it as live. A recording the media worker finalised as it went down (it does when its
coordinator vanishes) is indexed for the call when it is a readable, non-empty WAV. So is
the recording of a call that ended normally just before its coordinator died, before the
worker's "recording finished" reached it (found by bench/soak.py: the file on disk, the
record without it). Runs on the store thread before the ACD takes calls.

Before that, the calls a start takes back that its agent had answered but the dead run
had not yet recorded as answered (`takeback.Adopted.answer_unrecorded`) get their answer
written as the ACD would have (`record_answers`): state active, the worker's answer time,
wait, and the queue_log CONNECT line.
"""

from __future__ import annotations

import json
import logging
import time
import wave
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from server_stub.records.calls import recording_row
from server_stub.records.queue_log import QueueLogFile, format_line, to_row
from server_stub.store.base import Row, Store

SERVER_LOST = "server_lost"
_PAGE = 1000
# Calls that ended this long before a start may have lost their recording's news with the
# run before (a worker finalises the file as the call ends, then tells the coordinator).
RECENTLY_ENDED_SECONDS = 600.0
_LONGEST_CALL_SECONDS = 86400.0  # how far back a recently ended call may have started
log = logging.getLogger(__name__)


def open_calls(store: Store) -> list[Row]:
    rows: list[Row] = []
    while True:
        page, total = store.list_calls({}, True, _PAGE, len(rows))
        rows += page
        if not page or len(rows) >= total:
            return rows


def offered_agents(store: Store) -> dict[str, tuple[str, float]]:
    """Agent id -> (call id, since) of the agents whose saved state is `reserved` on a
    call (offered it, ringing) when the previous run stopped."""
    found: dict[str, tuple[str, float]] = {}
    for row in store.list_agents():
        try:
            data = json.loads(row.get("last_state") or "null")
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("status") == "reserved" and data.get("call_id"):
            found[str(row["agent_id"])] = (str(data["call_id"]), float(data.get("since") or 0))
    return found


def record_answers(
    store: Store,
    queue_log_file: QueueLogFile | None,
    answered: Iterable[Row],
    rang_since: Mapping[str, float] | None = None,
) -> list[str]:
    """Write the answer of calls answered on their media worker that the previous run died
    before recording (`answered`: their rows as taken back, state active, `answered_at`
    the worker's): the record, and queue_log's CONNECT (wait, call id, ring time from
    `rang_since`, call id -> when its agent's phone began to ring, else 0). The call ids."""
    lines: list[tuple[Any, ...]] = []
    done: list[str] = []
    with store.transaction():
        for row in answered:
            at = float(row["answered_at"])
            wait = float(row.get("wait_seconds") or 0.0)
            ring = max(0.0, at - (rang_since or {}).get(str(row["id"]), at))
            store.update_call(
                row["id"],
                {
                    "state": "active",
                    "answered_at": at,
                    "wait_seconds": wait,
                    "agent_id": row["agent_id"],
                },
            )
            if row.get("queue"):
                args = (at, row["id"], row["queue"], row["agent_id"], "CONNECT")
                lines.append((*args, [int(wait), row["id"], int(ring)]))
                store.append_queue_log(to_row(*lines[-1]))
            log.info(
                "call %s: answered by agent %s at %.3f on its media worker, not yet recorded "
                "when the previous run stopped: recorded now (wait %.0f s)",
                row["id"],
                row["agent_id"],
                at,
                wait,
            )
            done.append(str(row["id"]))
    if queue_log_file is not None:  # after the commit, as the ACD does
        for args in lines:
            queue_log_file.append(format_line(*args))
    return done


def _int(value: Any) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 0


def _recording_of(recordings_dir: Path, call: Row, ended: float) -> Row | None:
    """The last segment the worker wrote for the call (`YYYY/MM/DD/<id>[-n].wav`, see
    Telephony._connect), as a recordings row, if it is a WAV with audio in it."""
    days = {
        time.strftime("%Y/%m/%d", time.localtime(t)) for t in (float(call["started_at"]), ended)
    }
    found = [p for day in days for p in (recordings_dir / day).glob(f"{call['id']}*.wav")]
    for path in sorted(found, key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            with wave.open(str(path)) as wav:
                seconds = wav.getnframes() / float(wav.getframerate())
        except (OSError, EOFError, wave.Error, ZeroDivisionError):
            continue
        if seconds > 0:
            return recording_row(
                call["id"], path, path.stat().st_mtime - seconds, seconds, path.stat().st_size
            )
    return None


def index_recordings_left_behind(store: Store, recordings_dir: Path, now: float) -> list[str]:
    """Answered calls that ended in the last RECENTLY_ENDED_SECONDS with no recording and
    no recording outcome, whose WAV is on disk: indexed. The call ids."""
    found: list[str] = []
    since = now - RECENTLY_ENDED_SECONDS
    offset = 0
    while True:
        page, total = store.list_calls(
            {"since": now - _LONGEST_CALL_SECONDS, "ended_since": since}, False, _PAGE, offset
        )
        offset += len(page)
        for call in page:
            if (
                call.get("answered_at") is None
                or call.get("recording_id")
                or call.get("recording_status")
            ):
                continue
            recording = _recording_of(recordings_dir, call, float(call["ended_at"]))
            if recording is None:
                continue
            with store.transaction():
                store.add_recording(recording)
                store.update_call(call["id"], {"recording_id": recording["id"]})
            log.info(
                "call %s: its recording %s was finished as the previous run stopped; indexed",
                call["id"],
                recording["path"],
            )
            found.append(str(call["id"]))
        if not page or offset >= total:
            return found


def close_orphaned_calls(
    store: Store,
    queue_log_file: QueueLogFile | None,
    cause: str = SERVER_LOST,
    recordings_dir: Path | None = None,
    keep: frozenset[str] | set[str] = frozenset(),
    cut: frozenset[str] | set[str] = frozenset(),
    now: float | None = None,
    ended: dict[str, tuple[float, str]] | None = None,
) -> list[Row]:
    """Close every open record but those of `keep` (calls taken back); the calls of
    `cut` were still up until this start (`now`) ended them; those of `ended` ended while
    no coordinator ran, at a known time with a known cause (a media worker's hold-over
    saw the caller or agent hang up). Returns the closed rows (as they were)."""
    ended = ended or {}
    if recordings_dir is not None and now is not None:
        index_recordings_left_behind(store, recordings_dir, now)
    calls = [c for c in open_calls(store) if c["id"] not in keep]
    if not calls:
        return []
    since = min(float(c["started_at"]) for c in calls)
    last_line: dict[str, float] = {}
    entered: dict[str, int] = {}  # position on ENTERQUEUE, for the closing line
    for row in store.queue_log(since):
        last_line[row["callid"]] = max(last_line.get(row["callid"], 0.0), float(row["time"]))
        if row["event"] == "ENTERQUEUE":
            entered[row["callid"]] = _int(row.get("data3"))
    closing: list[tuple[Any, ...]] = []  # queue_log lines, written in time order
    with store.transaction():
        for call in calls:
            known = [call.get(k) for k in ("started_at", "queued_at", "answered_at")]
            if call["id"] in cut and now is not None:
                known.append(now)
            ended_at = max(
                [float(t) for t in known if t is not None] + [last_line.get(call["id"], 0.0)]
            )
            end_cause = cause
            if call["id"] in ended:  # its end as its media worker saw it (issue 19)
                ended_at, end_cause = ended[call["id"]]
            fields: Row = {"state": "ended", "ended_at": ended_at, "end_cause": end_cause}
            queued = call.get("queued_at") or call["started_at"]
            event: tuple[str, list[Any]] | None = None
            position = entered.get(call["id"], 0)
            if call.get("answered_at") is not None:
                talk = ended_at - float(call["answered_at"]) - float(call.get("hold_seconds") or 0)
                wait = float(call["answered_at"]) - float(queued)
                fields["talk_seconds"] = max(0.0, talk)
                complete = "COMPLETEAGENT" if end_cause == "agent_hangup" else "COMPLETECALLER"
                event = (complete, [int(wait), int(max(0.0, talk)), position])
            elif call.get("queue"):
                wait = ended_at - float(queued)
                fields["wait_seconds"] = wait
                event = ("ABANDON", [position, position, int(wait)])
            if (
                recordings_dir is not None
                and call.get("answered_at") is not None
                and not call.get("recording_id")
            ):
                recording = _recording_of(recordings_dir, call, ended_at)
                if recording is not None:
                    store.add_recording(recording)
                    fields["recording_id"] = recording["id"]
            store.update_call(call["id"], fields)
            if event is not None and call.get("queue"):
                closing.append(
                    (ended_at, call["id"], call["queue"], call.get("agent_id") or "NONE", *event)
                )
        closing.sort(key=lambda args: args[0])
        for args in closing:
            store.append_queue_log(to_row(*args))
    if queue_log_file is not None:  # after the commit, as the ACD does
        for args in closing:
            queue_log_file.append(format_line(*args))
    return calls
