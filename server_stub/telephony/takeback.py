"""Taking calls back after a coordinator restart (issue 19, "Survive faults").

When the coordinator dies (kill -9, crash), its media workers keep their calls for the
hold-over (`run --media-hold-over`, see `media.worker`) and Kamailio keeps running. The
next coordinator on the same data directory adopts the running Kamailio (its pid file,
`KamailioEdge.start`), waits for those workers to reconnect to the control socket
(`WorkerPool.reattach`), and matches their legs with the call records the dead run left
open. An answered inbound call, an agent's leg bridged to the caller's and nothing else
(no consult, conference or monitoring), is adopted: its record stays open, its agent
stays on the call, and it ends later as any call does. So is a call the agent had
answered whose record the dead run had not yet written as answered (found by
bench/soak.py: kill -9 between the answer and its deferred write): still `ringing` to
agent X, X's saved state `reserved` on it, and on its worker the caller's leg bridged to
X's answered leg. Its record gets the worker's answer time (`answered_at` of the agent's
leg in `status`) and the queue_log CONNECT line (`calls.recovery.record_answers`), and X
becomes on_call on it. Every other leg of those workers
is hung up (BYE / CANCEL to the far end) and its record is closed as `server_lost`, as
records of calls nobody kept are (`calls.recovery`).

Pure matching here: `match` from the workers' `status` and the open records;
`match_stored` reads what it needs of the agents' saved states (on the store thread).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from server_stub.calls.recovery import offered_agents
from server_stub.media.pool import WorkerHandle
from server_stub.store.base import Row, Store


@dataclass(frozen=True)
class Adopted:
    """One answered inbound call taken back: its record and where its legs are."""

    row: Row
    worker: WorkerHandle
    customer_leg: str
    agent_leg: str
    recording: str | None = None  # the worker's recording of it, still running
    # answered on the worker but not in the record the dead run left (still ringing):
    # `row` is the record as it is to be written (state active, the worker's answer time)
    answer_unrecorded: bool = False

    @property
    def call_id(self) -> str:
        return str(self.row["id"])

    @property
    def agent_id(self) -> str:
        return str(self.row["agent_id"])


@dataclass
class TakeBack:
    """What a start found of the calls of the run before it."""

    adopted: list[Adopted] = field(default_factory=list)
    # legs still up on re-attached workers that belong to no adopted call: hung up
    stray: list[tuple[WorkerHandle, str]] = field(default_factory=list)
    # calls not taken back that still had a leg up at the restart: they end now, not at
    # their last known event
    cut: set[str] = field(default_factory=set)
    # why a call with legs on a re-attached worker was not adopted (call id -> reason)
    why: dict[str, str] = field(default_factory=dict)
    # answered calls whose caller or agent hung up while no coordinator ran (the worker
    # ended the other side then and kept the time): call id -> (ended at, end cause)
    ended: dict[str, tuple[float, str]] = field(default_factory=dict)
    # agent id -> (call id, since) of agents whose saved state was `reserved` (ringing)
    offered: dict[str, tuple[str, float]] = field(default_factory=dict)

    @property
    def call_ids(self) -> set[str]:
        return {a.call_id for a in self.adopted}

    def on_call(self) -> dict[str, str]:
        """Agent id -> the adopted call it stays on."""
        return {a.agent_id: a.call_id for a in self.adopted}

    @property
    def answers(self) -> list[Row]:
        """Adopted calls answered on their worker, not yet in their record: the rows to
        write (`calls.recovery.record_answers`)."""
        return [a.row for a in self.adopted if a.answer_unrecorded]

    def rang_since(self) -> dict[str, float]:
        """Call id -> when its agent's phone began to ring (its `reserved` since)."""
        return {call_id: since for call_id, since in self.offered.values()}


def _adoptable_row(row: Row) -> bool:
    return (
        row.get("direction") == "inbound"
        and row.get("state") == "active"
        and bool(row.get("agent_id"))
        and row.get("answered_at") is not None
    )


def _ringing_row(row: Row) -> bool:
    """An inbound call offered to an agent, not recorded as answered."""
    return (
        row.get("direction") == "inbound"
        and row.get("state") == "ringing"
        and bool(row.get("agent_id"))
        and row.get("answered_at") is None
    )


def _answered_row(row: Row, answered_at: float) -> Row:
    """`row` (ringing) as it is once answered at `answered_at` (what the ACD writes)."""
    queued = float(row.get("queued_at") or row["started_at"])
    return {
        **row,
        "state": "active",
        "answered_at": answered_at,
        "wait_seconds": answered_at - queued,
    }


def _ended_in_gap(status: dict[str, Any]) -> dict[str, tuple[float, str]]:
    """Call id -> (time, cause) of the first leg of it that ended in the worker's
    hold-over (`ended_in_gap` of its `status`): the caller's leg ending from the far end
    is `caller_hangup`, the agent's `agent_hangup`; a leg the worker ended itself (it hung
    up the other side) does not decide the cause."""
    found: dict[str, tuple[float, str]] = {}
    for entry in sorted(status.get("ended_in_gap", []), key=lambda e: float(e.get("at", 0))):
        call_id = str(entry.get("call_id") or "")
        if not call_id or call_id in found:
            continue
        if entry.get("cause") == "remote":
            cause = "caller_hangup" if entry.get("direction") == "in" else "agent_hangup"
        else:
            cause = str(entry.get("cause") or "server_lost")
            if cause == "local":
                continue  # the other side's end (or ours) decides
        found[call_id] = (float(entry["at"]), cause)
    return found


def match(
    workers: Iterable[WorkerHandle],
    open_rows: Iterable[Row],
    offered: Mapping[str, str] | None = None,
) -> TakeBack:
    """Which calls of the re-attached `workers` (their `resumed_status`) can be adopted.
    `offered`: agent id -> the call its saved state is `reserved` on; a ringing record
    is taken back only when its agent is (None: not checked)."""
    open_rows = list(open_rows)
    rows = {str(r["id"]): r for r in open_rows if _adoptable_row(r)}
    ringing = {str(r["id"]): r for r in open_rows if _ringing_row(r)}
    result = TakeBack()
    for worker in workers:
        status: dict[str, Any] = worker.resumed_status or {}
        for call_id, ended in _ended_in_gap(status).items():
            if call_id in rows:
                result.ended.setdefault(call_id, ended)
        legs = {str(lg["leg"]): lg for lg in status.get("legs", []) if not lg.get("ended")}
        partners: dict[str, set[str]] = {}
        for a, b in status.get("bridges", []):
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
        monitored = set(status.get("monitors", []))
        by_call: dict[str, list[str]] = {}  # legs dialled for a call (agents, consults...)
        for leg_id, leg in legs.items():
            if leg.get("call_id") and leg.get("direction") == "out":
                by_call.setdefault(str(leg["call_id"]), []).append(leg_id)
        taken: set[str] = set()
        for call_id, dialled in by_call.items():
            row = rows.get(call_id) or ringing.get(call_id)
            why = result.why
            if row is None:
                why[call_id] = "no open answered inbound record of it"
                continue
            if len(dialled) != 1:  # consult / monitoring legs: not adopted
                why[call_id] = f"{len(dialled)} dialled legs up ({', '.join(sorted(dialled))})"
                continue
            agent_leg = dialled[0]
            agent = legs[agent_leg]
            others = partners.get(agent_leg, set())
            if not agent.get("answered"):
                why[call_id] = f"agent leg {agent_leg} not answered"
                continue
            if len(others) != 1:
                why[call_id] = f"agent leg {agent_leg} bridged to {sorted(others) or 'nothing'}"
                continue
            customer_leg = next(iter(others))
            customer = legs.get(customer_leg)
            if (
                customer is None
                or customer.get("direction") != "in"
                or customer.get("call_id") not in ("", None, call_id)
                or not customer.get("answered")
            ):
                why[call_id] = f"leg {customer_leg} is not its answered caller: {customer}"
                continue
            if partners.get(customer_leg, set()) != {agent_leg}:
                why[call_id] = (
                    f"caller leg {customer_leg} bridged to {sorted(partners[customer_leg])}"
                )
                continue
            if {agent_leg, customer_leg} & monitored:
                why[call_id] = "monitored"
                continue
            recording = next(
                (
                    rid
                    for rid, rec_legs in sorted(status.get("recorded", {}).items())
                    if customer_leg in rec_legs
                ),
                None,
            )
            unrecorded = call_id not in rows
            if unrecorded:  # answered on the worker, not yet in the record (see above)
                agent_id = str(row["agent_id"])
                if offered is not None and offered.get(agent_id) != call_id:
                    why[call_id] = (
                        f"ringing agent {agent_id}, whose saved state is not reserved on it"
                    )
                    continue
                rang = sorted(a for a, c in (offered or {}).items() if c == call_id)
                if len(rang) > 1:  # ring-all: which of them answered is not known
                    why[call_id] = f"not recorded as answered, ringing {', '.join(rang)}"
                    continue
                if agent.get("answered_at") is None:
                    why[call_id] = f"the worker does not say when leg {agent_leg} was answered"
                    continue
                row = _answered_row(row, float(agent["answered_at"]))
            result.adopted.append(
                Adopted(row, worker, customer_leg, agent_leg, recording, unrecorded)
            )
            taken |= {agent_leg, customer_leg}
        result.stray += [(worker, leg_id) for leg_id in sorted(legs) if leg_id not in taken]
        result.cut |= {
            str(leg["call_id"])
            for leg_id, leg in legs.items()
            if leg_id not in taken and leg.get("call_id")
        }
    result.cut -= result.call_ids | set(result.ended)
    for call_id, (_, cause) in result.ended.items():
        result.why[call_id] = f"ended while the coordinator was down ({cause})"
    for call_id in result.call_ids:
        result.why.pop(call_id, None)
    return result


def match_stored(
    store: Store, workers: Iterable[WorkerHandle], open_rows: Iterable[Row]
) -> TakeBack:
    """`match`, with the agents whose saved state is `reserved` (ringing) read from
    `store`: a ringing record is taken back only when its agent was offered it alone."""
    offered = offered_agents(store)
    taken = match(workers, open_rows, {agent: call for agent, (call, _) in offered.items()})
    taken.offered = offered
    return taken
