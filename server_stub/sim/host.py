"""Media workers for simulated parties: slots per worker and event routing to parties."""

from __future__ import annotations

import asyncio
import itertools
import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerHandle, WorkerPool

log = logging.getLogger(__name__)


class SimError(RuntimeError):
    """A simulated party could not do what it was asked (sign-in, registration, ...)."""


class Party(Protocol):
    """Something living on a worker that receives its events (agent or customer)."""

    def deliver(self, event: c.Event) -> None: ...


@dataclass
class _Slots:
    handle: WorkerHandle
    parties: set[int] = field(default_factory=set)  # id(party)


class WorkerHost:
    """A WorkerPool whose workers each hold up to `parties_per_worker` parties.

    Agents keep a worker account registered and take one call at a time; customers place
    one call. Events are routed by leg, by account (call_arrived, registration_changed)
    and, for a lost worker, to every party on it."""

    def __init__(self, pool_config: PoolConfig | None = None, parties_per_worker: int = 4) -> None:
        self.config = pool_config or PoolConfig(
            min_workers=0, max_workers=32, min_spare=0, max_spare=0, idle_grace_s=5.0
        )
        self.per_worker = parties_per_worker
        self.pool = WorkerPool(self.config, on_event=self._on_event)
        self._slots: dict[str, _Slots] = {}
        self._where: dict[int, str] = {}  # id(party) -> worker id
        self._legs: dict[str, Party] = {}
        self._accounts: dict[str, Party] = {}
        self._recordings: dict[str, Party] = {}  # recording id -> who waits for the WAV
        self._ids = itertools.count(1)
        self._tasks: set[asyncio.Future[Any]] = set()
        self._placing = asyncio.Lock()

    async def start(self) -> None:
        await self.pool.start()

    async def stop(self) -> None:
        await self.pool.stop()

    def new_leg_id(self) -> str:
        """A leg id unique in this host (chosen before dialling, so no event is missed)."""
        return f"sim-L{next(self._ids)}"

    async def place(self, party: Party) -> WorkerHandle:
        """Reserve a slot for `party` on a worker with room, spawning one if needed."""
        async with self._placing:  # one spawn at a time, so concurrent parties share it
            return await self._place(party)

    async def _place(self, party: Party) -> WorkerHandle:
        for slots in self._slots.values():
            if slots.handle.alive and len(slots.parties) < min(
                self.per_worker, slots.handle.capacity
            ):
                slots.parties.add(id(party))
                self._where[id(party)] = slots.handle.worker_id
                return slots.handle
        handle = await self.pool.acquire()
        self._slots[handle.worker_id] = _Slots(handle, {id(party)})
        self._where[id(party)] = handle.worker_id
        return handle

    def free(self, party: Party) -> None:
        """Give `party`'s slot back; an emptied worker is released to the pool."""
        wid = self._where.pop(id(party), None)
        slots = self._slots.get(wid or "")
        if slots is None:
            return
        slots.parties.discard(id(party))
        if not slots.parties:
            del self._slots[slots.handle.worker_id]
            if slots.handle.alive:
                self.pool.release(slots.handle)

    def watch_leg(self, leg: str, party: Party) -> None:
        self._legs[leg] = party

    def unwatch_leg(self, leg: str) -> None:
        self._legs.pop(leg, None)

    def watch_recording(self, recording: str, party: Party) -> None:
        """Deliver `recording_finished` (the WAV is complete) for `recording` to `party`."""
        self._recordings[recording] = party

    def watch_account(self, account: str, party: Party) -> None:
        self._accounts[account] = party

    def unwatch_account(self, account: str) -> None:
        self._accounts.pop(account, None)

    @property
    def workers_in_use(self) -> int:
        return len(self._slots)

    def _on_event(self, handle: WorkerHandle, event: c.Event) -> None:
        party: Party | None = None
        if isinstance(event, c.CallArrived):
            party = self._accounts.get(event.account or "")
            if party is None:
                log.info("call for no simulated party on %s: rejected", handle.worker_id)
                task = asyncio.ensure_future(
                    handle.command(c.Hangup(leg=event.leg, status_code=404))
                )
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
                return
            self._legs[event.leg] = party  # before the party runs: a CANCEL may follow at once
        elif isinstance(event, c.RegistrationChanged):
            party = self._accounts.get(event.account)
        elif isinstance(event, c.WorkerLost):
            wid = event.worker_id
            self._slots.pop(wid, None)
            hit = {id(p): p for leg, p in self._legs.items() if leg in event.legs}
            hit.update({id(p): p for p in self._accounts.values() if self._where.get(id(p)) == wid})
            for owner in hit.values():
                owner.deliver(event)
            return
        elif isinstance(event, c.RecordingFinished):
            party = self._recordings.pop(event.recording, None)
        else:
            leg = getattr(event, "leg", None)
            party = self._legs.get(leg) if isinstance(leg, str) else None
        if party is not None:
            party.deliver(event)
