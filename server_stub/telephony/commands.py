"""The one rule for commanding media workers: a failed command never aborts a transition.

Every command the telephony layer sends to a media worker (answer, play, ring an agent,
cancel a ring, hold, bridge, record, transfer, monitor, hang up) goes through `send`.
Whatever becomes of it, the caller gets an `Outcome`, never an exception:

- the reply's result when the worker carried it out;
- `error` set when the worker refused it (unknown leg, media error), or gave no reply in
  time; logged at INFO with the command and worker;
- `error` set and `worker_lost` true when the worker is gone, whether
  `WorkerHandle.send` raised `WorkerLostError` at once or the reply was cut off.

A lost worker is handled once, by its `WorkerLost` event (the pool always reports one):
`Telephony._worker_lost` releases its calls through the SIP edge and closes them in the
ACD (record `worker_lost`, queue_log line, agent freed). So whoever meets a dead worker
half-way through a state transition carries on to its end and leaves the rest to that
handler; where a request must answer now (ringing for a click-to-dial, a lead's
monitoring), it says the call path is unavailable after putting its own state back.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

from server_stub.media import wire as c
from server_stub.media.pool import WorkerLostError

log = logging.getLogger(__name__)


class Commandable(Protocol):
    """What `send` needs of a worker (`media.pool.WorkerHandle`; fakes in unit tests)."""

    worker_id: str

    def send(
        self, cmd: c.Command, timeout: float | None = None
    ) -> asyncio.Task[dict[str, Any]]: ...


@dataclass(frozen=True)
class Outcome:
    """What became of one command."""

    result: dict[str, Any] = field(default_factory=dict)
    error: c.CommandError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def worker_lost(self) -> bool:
        return self.error is not None and self.error.code == c.ErrorCode.WORKER_LOST


def send(handle: Commandable, command: c.Command) -> asyncio.Task[Outcome]:
    """Write `command` now (the worker runs commands in the order written) and return a
    task for its `Outcome`; see the module docstring for the rule."""
    loop = asyncio.get_running_loop()
    try:
        reply: asyncio.Task[dict[str, Any]] | None = handle.send(command)
        refused: c.CommandError | None = None
    except c.CommandError as exc:  # WorkerLostError: the worker was gone before we wrote
        reply, refused = None, exc

    async def outcome() -> Outcome:
        error = refused
        if reply is not None:
            try:
                return Outcome(await reply)
            except c.CommandError as exc:
                error = exc
            except TimeoutError:
                error = c.CommandError(c.ErrorCode.INTERNAL, "no reply in time")
        assert error is not None
        if isinstance(error, WorkerLostError) or error.code == c.ErrorCode.WORKER_LOST:
            log.info(
                "%s not carried out: media worker %s is gone (its calls are closed as worker_lost)",
                command.name,
                handle.worker_id,
            )
        else:
            log.info("%s on %s failed: %s", command.name, handle.worker_id, error)
        return Outcome({}, error)

    return loop.create_task(outcome())
