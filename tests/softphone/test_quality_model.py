"""The G.107 E-model MOS estimate and the per-leg quality meter (no SIP, no Qt)."""

from __future__ import annotations

import pytest

from agent_desktop.protocol.quality import (
    QualityMeter,
    Rating,
    RtcpCounters,
    delay_impairment,
    is_poor,
    loss_impairment,
    mos_estimate,
    mos_from_r,
    r_factor,
    rating,
)


@pytest.mark.parametrize(
    ("r", "mos"),
    [
        (93.2, 4.41),  # G.107's default R: the best a narrowband call gets
        (90.0, 4.34),
        (80.0, 4.02),
        (70.0, 3.60),  # G.107 Annex B: "many users dissatisfied" below this
        (60.0, 3.10),
        (50.0, 2.58),
        (0.0, 1.0),
        (-5.0, 1.0),
        (100.0, 4.5),
    ],
)
def test_mos_of_r_matches_g107_annex_b(r: float, mos: float) -> None:
    assert mos_from_r(r) == pytest.approx(mos, abs=0.01)


def test_loss_impairment_of_g711_with_plc() -> None:
    assert loss_impairment(0) == 0
    # the research note's anchor: 5 % random loss, Bpl 25.1 -> Ie,eff ≈ 16, R ≈ 77
    assert loss_impairment(5) == pytest.approx(15.78, abs=0.01)
    assert r_factor(5, 0, 0) + 0.024 * 20 == pytest.approx(77.4, abs=0.1)
    assert loss_impairment(100) == pytest.approx(95 * 100 / 125.1, abs=0.01)
    assert loss_impairment(150) == loss_impairment(100)  # clamped


def test_delay_impairment_has_its_knee_at_177_ms() -> None:
    assert delay_impairment(100) == pytest.approx(2.4)
    assert delay_impairment(177.3) == pytest.approx(0.024 * 177.3)
    assert delay_impairment(300) == pytest.approx(0.024 * 300 + 0.11 * (300 - 177.3))


def test_r_factor_counts_rtt_half_jitter_twice_and_one_packet() -> None:
    # d = 80/2 + 2*10 + 20 = 80 ms
    assert r_factor(0, 10, 80) == pytest.approx(93.2 - 0.024 * 80)


def test_mos_estimates_of_the_research_scenarios() -> None:
    clean = mos_estimate(0, 1, 2)
    assert clean == pytest.approx(4.40, abs=0.02)
    one = mos_estimate(1, 15, 60)
    five = mos_estimate(5, 40, 80)
    ten = mos_estimate(10, 60, 120)
    assert clean > one > five > ten
    assert rating(clean) is Rating.GOOD
    assert rating(five) is Rating.FAIR or rating(five) is Rating.POOR
    assert rating(ten) is Rating.POOR and is_poor(ten)
    assert rating(mos_estimate(100, 0, 0)) is Rating.POOR
    assert rating(None) is None
    assert rating(4.3, receiving=False) is Rating.NO_AUDIO


def _c(
    rx: int, lost: int, jitter: float = 2.0, tx: int = 0, tx_lost: int = 0, rtt: float = 20.0
) -> RtcpCounters:
    return RtcpCounters(rx, lost, jitter, tx, tx_lost, jitter, rtt)


def test_meter_clean_stream_is_good() -> None:
    meter = QualityMeter()
    sample = None
    for second in range(12):
        sample = meter.add(float(second), _c(50 * second, 0, tx=50 * second))
    assert sample is not None and sample.receiving
    assert sample.loss_pct == 0 and sample.rating is Rating.GOOD
    summary = meter.summary()
    assert summary is not None
    assert summary.loss_pct == 0 and summary.mos >= 4.3 and summary.worst_mos >= 4.3


def test_meter_window_sees_loss_and_the_summary_keeps_the_worst_interval() -> None:
    meter = QualityMeter(window_s=5)
    rx = lost = 0
    for second in range(1, 31):
        bad = 10 <= second < 15  # 20 % loss for five seconds
        got, gone = (40, 10) if bad else (50, 0)
        rx, lost = rx + got, lost + gone
        sample = meter.add(float(second), _c(rx, lost, tx=50 * second))
        if second == 14:
            assert sample is not None and sample.loss_pct == pytest.approx(20, abs=0.5)
            assert sample.rating is Rating.POOR
    assert sample is not None and sample.loss_pct == 0  # recovered: the window moved on
    summary = meter.summary()
    assert summary is not None
    assert summary.loss_pct == pytest.approx(100 * 50 / (rx - 40 + 50), abs=0.5)
    assert summary.worst_mos < 3.0 < summary.mos
    assert 12 <= summary.worst_at <= 14


def test_meter_outage_reads_as_no_audio_then_recovers() -> None:
    meter = QualityMeter()
    for second in range(6):
        meter.add(float(second), _c(50 * second, 0))
    frozen = 250
    for second in range(6, 10):  # nothing arrives (the receiver cannot count the loss yet)
        sample = meter.add(float(second), _c(frozen, 0))
    assert sample is not None and not sample.receiving and sample.rating is Rating.NO_AUDIO
    sample = meter.add(10.0, _c(frozen + 50, 200))  # back, the gap counted as lost
    assert sample is not None and sample.receiving
    summary = meter.summary()
    assert summary is not None and summary.worst_mos < 2.0


def test_meter_peer_reported_loss_counts_too() -> None:
    meter = QualityMeter()
    for second in range(1, 8):  # we hear everything; the peer reports 10 % lost
        sample = meter.add(float(second), _c(50 * second, 0, tx=50 * second, tx_lost=5 * second))
    assert sample is not None and sample.loss_pct == pytest.approx(10, abs=0.2)


def test_meter_survives_counters_restarting() -> None:
    meter = QualityMeter()
    for second in range(5):
        meter.add(float(second), _c(100 + 50 * second, 0))
    sample = meter.add(5.0, _c(10, 0))  # a new media session: counters start again
    assert sample is None or sample.loss_pct == 0
    meter.add(6.0, _c(60, 0))
    summary = meter.summary()
    assert summary is not None and summary.loss_pct == 0
