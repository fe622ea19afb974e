"""Monitoring (监听, 耳语, 强插): a lead listens to, whispers into or barges into a live
call; every start, switch and stop is audited, and the agent told when the centre says so."""

from __future__ import annotations

from server_stub.calls import story
from server_stub.calls.live import LiveCalls


class Monitoring:
    """Leads' monitoring legs on live calls, through the call control."""

    def __init__(self, book: LiveCalls) -> None:
        self._book = book

    async def monitor(self, call_id: str, lead_id: str, mode: str | None, announce: bool) -> None:
        """Start, switch (mode) or stop (None) a lead's monitoring of a live call; audited."""
        call = self._book.get(call_id)
        if mode is None:
            await self._book.control.unmonitor(call_id, lead_id)
        else:
            await self._book.control.monitor(call_id, lead_id, mode)
        story.monitored(call_id, lead_id, mode, call.agent_id)
        await self._book.runner.run(
            lambda s: s.audit(
                self._book.clock(),
                lead_id,
                f"monitor_{mode or 'stop'}",
                call_id,
                {"agent_id": call.agent_id, "queue": call.queue},
            )
        )
        if announce and call.agent_id:
            self._book.notify.monitored(call_id, call.agent_id, by=lead_id, mode=mode)
