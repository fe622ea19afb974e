"""Screen-pop data built from a `call_offered` event (号码归属地 added from the number)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent_desktop.app.region import caller_region
from agent_desktop.protocol import CallRecord, Customer


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

    @property
    def caller(self) -> str:
        return self.call.ani or ""

    def region(self, language: str) -> str:
        return self.region_zh if language.startswith("zh") else self.region_en

    @classmethod
    def from_offer(cls, data: dict[str, Any], queue_names: dict[str, str]) -> ScreenPop:
        call = CallRecord.model_validate(data["call"])
        customer = data.get("customer")
        queue = str(data.get("queue") or call.queue or "")
        return cls(
            call=call,
            queue=queue,
            queue_display=queue_names.get(queue, queue),
            ring_timeout=float(data.get("ring_timeout") or 0),
            wait_seconds=float(data.get("wait_seconds") or 0),
            ivr_path=[str(p) for p in data.get("ivr_path") or []],
            customer=Customer.model_validate(customer) if customer else None,
            history=[
                h
                for h in (CallRecord.model_validate(r) for r in data.get("history") or [])
                if h.id != call.id
            ],  # the ringing call itself is not history
            region_zh=caller_region(call.ani, "zh"),
            region_en=caller_region(call.ani, "en"),
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
