"""Screen-pop data built from a `call_offered` event (号码归属地 added from the number)."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent_desktop.numbers.region import caller_region
from agent_desktop.protocol import CallOffered, CallRecord, Customer


@dataclass
class ScreenPop:
    """Everything the pop card shows while the call rings and during the call."""

    call: CallRecord
    queue: str
    queue_display: str
    ring_timeout: float
    wait_seconds: float
    ivr_path: list[str]
    customer: Customer | None
    history: list[CallRecord] = field(default_factory=list)
    region_zh: str = ""
    region_en: str = ""
    # who handed this caller to me and how: "consult" (咨询) or "transfer" (转接), and the
    # first agent's note ("refund case"); empty for an ordinary offer
    handed_by: str = ""
    handed_how: str = ""
    handed_note: str = ""

    @property
    def caller(self) -> str:
        return self.call.ani or ""

    def region(self, language: str) -> str:
        return self.region_zh if language.startswith("zh") else self.region_en

    @classmethod
    def from_offer(cls, offer: CallOffered, queue_names: dict[str, str]) -> ScreenPop:
        call = offer.call
        queue = offer.queue or call.queue or ""
        return cls(
            call=call,
            queue=queue,
            queue_display=queue_names.get(queue, queue),
            ring_timeout=offer.ring_timeout,
            wait_seconds=offer.wait_seconds,
            ivr_path=list(offer.ivr_path),
            customer=offer.customer,
            history=[h for h in offer.history if h.id != call.id],  # the ringing call itself
            region_zh=caller_region(call.ani, "zh"),
            region_en=caller_region(call.ani, "en"),
            handed_by=offer.consult_by or offer.transferred_by or "",
            handed_how="consult"
            if offer.consult_by
            else "transfer"
            if offer.transferred_by
            else "",
            handed_note=offer.note if (offer.consult_by or offer.transferred_by) else "",
        )

    @classmethod
    def for_outbound(cls, call: CallRecord, number: str) -> ScreenPop:
        return cls(
            call=call,
            queue="",
            queue_display="",
            ring_timeout=0,
            wait_seconds=0,
            ivr_path=[],
            customer=None,
            region_zh=caller_region(number, "zh"),
            region_en=caller_region(number, "en"),
        )
