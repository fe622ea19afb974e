"""Call events on the stream (`call_offered`, `call_answered`, `call_updated`, `call_ended`,
`call_monitored`, `queue_stats_updated`): built once here as protocol models."""

from __future__ import annotations

from collections.abc import Sequence

from agent_desktop.protocol import (
    CallAnswered,
    CallEnded,
    CallMonitored,
    CallOffered,
    CallRecord,
    CallUpdated,
    ConsultView,
    Customer,
    DispositionSaved,
    QueueStats,
    QueueStatsUpdated,
)
from server_stub.events import SUPERVISOR_ROLES, EventBus


class CallNotifier:
    """A call's events go to its agent (if any) and to leads and admins (the bus narrows a
    team lead's share); the screen-pop only to the agent it rings."""

    def __init__(self, bus: EventBus) -> None:
        self._bus = bus

    def offered(
        self,
        record: CallRecord,
        agent_id: str,
        queue: str,
        ring_timeout: float,
        wait_seconds: float,
        ivr_path: Sequence[str],
        customer: Customer | None,
        history: Sequence[CallRecord],
        url_pop: tuple[str, str] | None = None,
        *,
        consult_by: str | None = None,
        note: str = "",
        transferred_by: str | None = None,
    ) -> None:
        """The screen-pop, to the agent being rung; leads get the ringing call_updated.
        `url_pop`: the CRM URL to open and when ("ring" or "answer"). A consult
        (`consult_by`, the consulting agent's `note`) rings a second agent about a call that
        stays its first agent's: leads learn of it from that agent's update."""
        offer = CallOffered(
            call=record,
            queue=queue,
            ring_timeout=ring_timeout,
            wait_seconds=wait_seconds,
            ivr_path=list(ivr_path),
            customer=customer,
            history=list(history),
            # only on a consult: an ordinary offer's frame keeps its documented keys
            **({"consult_by": consult_by, "note": note} if consult_by else {}),
            # after a blind transfer: who handed the caller on, and its note
            **({"transferred_by": transferred_by, "note": note} if transferred_by else {}),
        )
        if url_pop is not None:  # set only when there is one: the frame stays as it was
            offer.pop_url, offer.pop_on = url_pop
        self._bus.publish(offer, agents=[agent_id])
        if consult_by is not None:
            return
        self._bus.publish(
            CallUpdated.model_validate(record.model_dump()), roles=SUPERVISOR_ROLES
        )  # the agent has call_offered

    def internal_offered(self, record: CallRecord, target: str, caller: str) -> None:
        """An internal call rings a colleague: its screen-pop names the caller."""
        self._bus.publish(
            CallOffered(call=record, ring_timeout=30.0, internal_from=caller), agents=[target]
        )

    def answered(self, record: CallRecord) -> None:
        self._publish(CallAnswered.model_validate(record.model_dump()), record)

    def updated(
        self,
        record: CallRecord,
        *,
        on_hold: bool | None = None,
        transferred_by: str | None = None,
        transferred_to: str | None = None,
        consult: ConsultView | None = None,
        consult_ended: str | None = None,
    ) -> None:
        """Queued, ringing, dialling, held (`on_hold`), transferred away (`transferred_by`,
        to an outside number `transferred_to`), a consult in progress (`consult`) or just
        ended (`consult_ended`: why)."""
        how = {
            k: v
            for k, v in (
                ("on_hold", on_hold),
                ("transferred_by", transferred_by),
                ("transferred_to", transferred_to),
                ("consult", consult),
                ("consult_ended", consult_ended),
            )
            if v is not None
        }
        self._publish(CallUpdated.model_validate({**record.model_dump(), **how}), record)

    def quality(self, record: CallRecord, *, on_hold: bool) -> None:
        """A media worker measured a leg: the record with its quality figures (`mos_now`,
        per-leg loss, jitter, RTT, MOS) and `on_hold` as it is now (leads' tables take each
        call_updated as the whole truth)."""
        self.updated(record, on_hold=on_hold)

    def ended(self, record: CallRecord, end_cause: str) -> None:
        self._publish(
            CallEnded.model_validate({**record.model_dump(), "end_cause": end_cause}), record
        )

    def disposition_saved(self, record: CallRecord, saved_by: str) -> None:
        """The wrap-up result of a call: to leads and admins (webhooks hear it too)."""
        self._bus.publish(
            DispositionSaved.model_validate({**record.model_dump(), "saved_by": saved_by}),
            roles=SUPERVISOR_ROLES,
        )

    def monitored(self, call_id: str, agent_id: str, by: str, mode: str | None) -> None:
        """A lead started, switched or (`mode` None) stopped monitoring: told to the agent
        only where monitoring is announced."""
        self._bus.publish(
            CallMonitored.model_validate({"call_id": call_id, "by": by, "mode": mode}),
            agents=[agent_id],
        )

    def queue_stats(self, stats: QueueStats) -> None:
        """A queue's live figures, to leads and admins."""
        self._bus.publish(
            QueueStatsUpdated.model_validate(stats.model_dump()), roles=SUPERVISOR_ROLES
        )

    def _publish(self, event: CallAnswered | CallUpdated | CallEnded, record: CallRecord) -> None:
        self._bus.publish(
            event, agents=[record.agent_id] if record.agent_id else [], roles=SUPERVISOR_ROLES
        )
