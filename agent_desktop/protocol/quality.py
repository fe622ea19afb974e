"""Call quality from RTCP figures: the ITU-T G.107 E-model MOS estimate and a per-leg meter.

Both sides use it: the desktop softphone for the agent's live indicator, the media worker
for each leg's figures in the call record. Pure standard library, no clock of its own.

E-model (G.107, simplified as usual for VoIP monitoring; G.711 with packet loss
concealment, the default values for everything that is not measured):

- one-way delay  d = RTT / 2 + 2 × jitter + 20 ms (jitter buffer ≈ twice the jitter,
  one 20 ms packet); delay impairment
  Id = 0.024 d + 0.11 (d − 177.3) H(d − 177.3), H the step function;
- equipment impairment with loss (G.107 eq. 7-29, G.113 Appendix I for G.711 + PLC:
  Ie = 0, Bpl = 25.1, random loss BurstR = 1)  Ie,eff = Ie + (95 − Ie) Ppl / (Ppl/BurstR + Bpl);
- R = 93.2 − Id − Ie,eff (93.2 = Ro − Is with every default), and
- MOS = 1 for R ≤ 0, 4.5 for R ≥ 100, else 1 + 0.035 R + R (R − 60)(100 − R) 7·10⁻⁶.

Ratings: good MOS ≥ 4.0 (R ≳ 80, "satisfied"), fair 3.6 – 4.0, poor below 3.6 (R < 70,
"many users dissatisfied" in G.107 Annex B).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import StrEnum

R_DEFAULT = 93.2
BPL_G711_PLC = 25.1
CODEC_DELAY_MS = 20.0
POOR_MOS = 3.6
GOOD_MOS = 4.0
WINDOW_S = 5.0  # live figures and the worst interval cover this many seconds
SILENT_S = 2.0  # no RTP arriving for this long: the network is down, not just poor


class Rating(StrEnum):
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    NO_AUDIO = "no_audio"  # nothing arrives: link down, VPN reconnecting


def delay_impairment(one_way_ms: float) -> float:
    """G.107 Id for an absolute one-way delay in milliseconds."""
    d = max(0.0, one_way_ms)
    return 0.024 * d + (0.11 * (d - 177.3) if d > 177.3 else 0.0)


def loss_impairment(
    loss_pct: float, ie: float = 0.0, bpl: float = BPL_G711_PLC, burst_r: float = 1.0
) -> float:
    """G.107 Ie,eff for a packet loss percentage (0-100)."""
    ppl = min(100.0, max(0.0, loss_pct))
    return ie + (95.0 - ie) * ppl / (ppl / burst_r + bpl)


def r_factor(loss_pct: float, jitter_ms: float, rtt_ms: float) -> float:
    """The transmission rating R for G.711 + PLC under these network figures."""
    one_way = rtt_ms / 2 + 2 * max(0.0, jitter_ms) + CODEC_DELAY_MS
    return R_DEFAULT - delay_impairment(one_way) - loss_impairment(loss_pct)


def mos_from_r(r: float) -> float:
    """G.107 Annex B: the estimated mean opinion score (1.0 - 4.5) of a rating R."""
    if r <= 0:
        return 1.0
    if r >= 100:
        return 4.5
    return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6


def mos_estimate(loss_pct: float, jitter_ms: float, rtt_ms: float) -> float:
    """MOS estimate (two decimals) of a G.711 call with this loss %, jitter and RTT (ms)."""
    return round(mos_from_r(r_factor(loss_pct, jitter_ms, rtt_ms)), 2)


def rating(mos: float | None, receiving: bool = True) -> Rating | None:
    """Good / fair / poor for a MOS; no audio when nothing arrives; None when unknown."""
    if not receiving:
        return Rating.NO_AUDIO
    if mos is None:
        return None
    if mos >= GOOD_MOS:
        return Rating.GOOD
    return Rating.FAIR if mos >= POOR_MOS else Rating.POOR


def is_poor(mos: float | None) -> bool:
    return mos is not None and mos < POOR_MOS


@dataclass(frozen=True)
class RtcpCounters:
    """One stream's cumulative figures as read from pjmedia's RTCP statistics."""

    rx_packets: int  # RTP packets received
    rx_lost: int  # packets lost on the way to us (sequence gaps)
    rx_jitter_ms: float  # our latest interarrival jitter estimate
    tx_packets: int = 0  # RTP packets we sent
    tx_lost: int = 0  # of those, lost on the way to the peer (its receiver reports)
    tx_jitter_ms: float = 0.0  # the jitter the peer reports
    rtt_ms: float = 0.0  # latest round-trip time from RTCP (0: not known yet)


@dataclass(frozen=True)
class QualitySample:
    """Figures over the last window (live), both directions combined (the worse of each)."""

    loss_pct: float
    jitter_ms: float
    rtt_ms: float
    mos: float
    receiving: bool  # RTP arrived in the last SILENT_S seconds

    @property
    def rating(self) -> Rating:
        result = rating(self.mos, self.receiving)
        assert result is not None
        return result


@dataclass(frozen=True)
class LegQuality:
    """A leg's whole-call figures: what a call record keeps."""

    loss_pct: float
    jitter_ms: float  # mean of the sampled jitter
    rtt_ms: float  # mean of the known RTTs (0: never known)
    mos: float  # the E-model estimate of the whole-call figures
    worst_mos: float  # the lowest MOS of any window (the worst interval)
    worst_at: float  # seconds from the first sample to the end of that window


def _loss_pct(lost: int, got: int) -> float:
    expected = lost + got
    return 100.0 * lost / expected if expected > 0 and lost > 0 else 0.0


class QualityMeter:
    """Fed a stream's cumulative RTCP counters about once a second (`add`), it gives the
    live window figures and the whole-call `summary()`. Counters that go backwards (a new
    media session after a re-INVITE) restart the reference point."""

    def __init__(self, window_s: float = WINDOW_S) -> None:
        self._window_s = window_s
        self._history: deque[tuple[float, RtcpCounters]] = deque()
        self._first: tuple[float, RtcpCounters] | None = None
        self._base = RtcpCounters(0, 0, 0.0)  # totals carried over from earlier sessions
        self._last_rx_change: float | None = None
        self._jitters: list[float] = []
        self._rtts: list[float] = []
        self._worst: tuple[float, float] | None = None  # (mos, at)
        self.last: QualitySample | None = None

    def add(self, now: float, counters: RtcpCounters) -> QualitySample | None:
        """Note `counters` read at `now` (seconds); the window's sample once one exists."""
        if self._history and counters.rx_packets < self._history[-1][1].rx_packets:
            prev = self._history[-1][1]
            self._base = _plus(self._base, prev)
            self._history.clear()
        if self._first is None:
            self._first = (now, counters)
        if not self._history or counters.rx_packets != self._history[-1][1].rx_packets:
            self._last_rx_change = now
        self._history.append((now, counters))
        while len(self._history) > 2 and now - self._history[1][0] >= self._window_s:
            self._history.popleft()
        (t0, old), (_t1, new) = self._history[0], self._history[-1]
        if now - t0 <= 0:
            return None
        rx_loss = _loss_pct(new.rx_lost - old.rx_lost, new.rx_packets - old.rx_packets)
        sent = new.tx_packets - old.tx_packets
        tx_loss = _loss_pct(new.tx_lost - old.tx_lost, max(0, sent - (new.tx_lost - old.tx_lost)))
        receiving = self._last_rx_change is not None and now - self._last_rx_change < SILENT_S
        if not receiving:
            rx_loss = 100.0  # nothing arrives now (the receiver counts the gap only later)
        loss = max(rx_loss, tx_loss)
        jitter = max(new.rx_jitter_ms, new.tx_jitter_ms)
        self._jitters.append(jitter)
        if new.rtt_ms > 0:
            self._rtts.append(new.rtt_ms)
        mos = mos_estimate(loss, jitter, new.rtt_ms)
        if now - t0 >= self._window_s * 0.8 or not receiving:
            worst = self._worst
            if worst is None or mos < worst[0]:
                self._worst = (mos, now - self._first[0])
        self.last = QualitySample(
            round(loss, 2), round(jitter, 1), round(new.rtt_ms, 1), mos, receiving
        )
        return self.last

    def summary(self) -> LegQuality | None:
        """Whole-call figures; None before two readings."""
        if self._first is None or not self._history or self.last is None:
            return None
        total = _plus(self._base, self._history[-1][1])
        start = self._first[1]
        rx_loss = _loss_pct(total.rx_lost - start.rx_lost, total.rx_packets - start.rx_packets)
        sent = total.tx_packets - start.tx_packets
        lost_tx = total.tx_lost - start.tx_lost
        tx_loss = _loss_pct(lost_tx, max(0, sent - lost_tx))
        loss = max(rx_loss, tx_loss)
        jitter = sum(self._jitters) / len(self._jitters) if self._jitters else 0.0
        rtt = sum(self._rtts) / len(self._rtts) if self._rtts else 0.0
        mos = mos_estimate(loss, jitter, rtt)
        worst_mos, worst_at = self._worst if self._worst else (mos, 0.0)
        return LegQuality(
            round(loss, 2),
            round(jitter, 1),
            round(rtt, 1),
            mos,
            min(worst_mos, mos),
            round(worst_at, 1),
        )


def _plus(a: RtcpCounters, b: RtcpCounters) -> RtcpCounters:
    return RtcpCounters(
        a.rx_packets + b.rx_packets,
        a.rx_lost + b.rx_lost,
        b.rx_jitter_ms,
        a.tx_packets + b.tx_packets,
        a.tx_lost + b.tx_lost,
        b.tx_jitter_ms,
        b.rtt_ms,
    )
