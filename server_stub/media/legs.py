"""Call legs as the engine tracks them: state, no-answer deadline, RTP watch (no pjsua2).

A `Leg` holds its pjsua2 Call and AudioMedia as opaque references that only the engine
sets and drops (dropping the Call hangs it up and frees it). Everything else about a leg
is decided from flags, counters and the monotonic clock, so it lives here and can be
tested without a SIP stack.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from agent_desktop.protocol.quality import QualityMeter
from server_stub.media import wire as c


@dataclass
class Leg:
    id: str
    call: Any  # the engine's pj.Call subclass; the last reference
    direction: str  # "in" | "out"
    answered: bool = False
    answered_at: float | None = None  # wall clock (time.time) of the answer, for re-attach
    ringing_sent: bool = False
    ended: bool = False
    end_cause: str | None = None
    media: Any = None  # pj.AudioMedia while the call has active audio
    media_index: int = -1
    remote_hold: bool = False
    rx_packets: int = -1  # RTP packets received at the last check
    rx_since: float = 0.0  # monotonic time of the last change of rx_packets
    deadline: float | None = None  # no-answer timeout (monotonic) for outgoing legs
    account: str | None = None  # registered account the call arrived for
    quality: QualityMeter = field(default_factory=QualityMeter)  # RTCP figures, each second
    quality_due: float = 0.0  # monotonic time of the next leg_quality report
    call_id: str = ""  # the coordinator's call (X-Call-Id of a dialled leg), for re-attach

    def quality_event(self) -> c.LegQuality | None:
        """The leg's quality report, once it has two readings of its RTCP counters."""
        sample, total = self.quality.last, self.quality.summary()
        if sample is None or total is None:
            return None
        return c.LegQuality(
            leg=self.id,
            mos=sample.mos,
            loss_pct=sample.loss_pct,
            receiving=sample.receiving,
            total_loss_pct=total.loss_pct,
            total_jitter_ms=total.jitter_ms,
            total_rtt_ms=total.rtt_ms,
            total_mos=total.mos,
            worst_mos=total.worst_mos,
            worst_at=total.worst_at,
        )

    @property
    def rtp_expected(self) -> bool:
        """Answered with audio that is not on hold (a held peer may send nothing)."""
        return self.answered and not self.ended and self.media is not None and not self.remote_hold

    def restart_rtp_watch(self, now: float) -> None:
        self.rx_packets, self.rx_since = -1, now

    def rtp_silence(self, packets: int, now: float) -> float:
        """Note the received-packet count; seconds since it last changed (0 if it did)."""
        if packets != self.rx_packets:
            self.rx_packets, self.rx_since = packets, now
            return 0.0
        return now - self.rx_since

    def status(self) -> dict[str, Any]:
        return {
            "leg": self.id,
            "direction": self.direction,
            "answered": self.answered,
            "answered_at": self.answered_at,
            "ended": self.ended,
            "media": self.media is not None,
            "call_id": self.call_id,
        }


def find(legs: dict[str, Leg], leg_id: str, live: bool = True) -> Leg:
    """The leg `leg_id` (still up, if `live`), or the `CommandError` to reply."""
    leg = legs.get(leg_id)
    if leg is None:
        raise c.CommandError(c.ErrorCode.UNKNOWN_LEG, f"no leg {leg_id!r}")
    if live and leg.ended:
        raise c.CommandError(c.ErrorCode.INVALID_STATE, f"leg {leg_id} has ended")
    return leg


def check_new(legs: dict[str, Leg], leg_id: str, capacity: int) -> None:
    """Raise the `CommandError` to reply if `leg_id` is taken or no call slot is free."""
    if leg_id in legs:
        raise c.CommandError(c.ErrorCode.INVALID_STATE, f"leg {leg_id} exists")
    if len(legs) >= capacity:
        raise c.CommandError(c.ErrorCode.CAPACITY, "no free call slot in this worker")


def wait_ms(legs: Iterable[Leg], wait: int, now: float) -> int:
    """`wait`, shortened to wake just after the nearest no-answer deadline."""
    deadlines = [lg.deadline for lg in legs if lg.deadline]
    if not deadlines:
        return wait
    until = int((min(deadlines) - now) * 1000) + 1
    return max(0, min(wait, until))


def unanswered(legs: dict[str, Leg], now: float) -> Iterator[Leg]:
    """Outgoing legs whose no-answer deadline passed, each marked `no_answer` just before
    it is yielded (for the engine to hang up)."""
    for leg in list(legs.values()):
        if leg.deadline and now >= leg.deadline and not leg.answered and not leg.ended:
            leg.deadline = None
            leg.end_cause = "no_answer"
            yield leg
