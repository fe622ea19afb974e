"""Queue metrics with hand-computed numbers."""

from __future__ import annotations

import pytest

from server_stub.domain import metrics as m
from server_stub.domain.agent_state import AgentStatus

SETTINGS = m.MetricSettings(service_level_threshold=20.0, short_abandon_threshold=5.0)


def interval() -> m.QueueCounters:
    """10 callers: 6 answered (waits 5..40), 3 abandoned (waits 2, 12, 50), 1 overflowed."""
    c = m.QueueCounters()
    for _ in range(10):
        c = m.record_offered(c)
    for wait in (5.0, 10.0, 15.0, 25.0, 30.0, 40.0):
        c = m.record_answered(c, wait, SETTINGS)
    for wait in (2.0, 12.0, 50.0):
        c = m.record_abandoned(c, wait, SETTINGS)
    c = m.record_overflowed(c)
    for talk, hold, wrap in ((100, 0, 20), (200, 30, 10), (60, 0, 0)):
        c = m.record_handled(c, talk, hold, wrap)
    return c


def test_counters() -> None:
    c = interval()
    assert (c.offered, c.answered, c.answered_within_sl) == (10, 6, 3)
    assert (c.abandoned, c.short_abandoned, c.abandoned_within_sl, c.overflowed) == (3, 1, 1, 1)
    assert c.total_answer_wait == 125.0
    assert (c.handled, c.total_talk, c.total_hold, c.total_wrap_up) == (3, 360, 30, 30)


def test_service_level_types() -> None:
    c = interval()
    # SLoffered = 6 answered + 3 abandoned + 1 overflowed - 1 short = 9
    assert m.service_level_offered(c) == 9
    assert m.service_level(c, SETTINGS) == pytest.approx(3 / 9)
    ignore = m.MetricSettings(20.0, 5.0, m.ServiceLevelType.IGNORE_ABANDONED)
    assert m.service_level(c, ignore) == pytest.approx(3 / 8)
    positive = m.MetricSettings(20.0, 5.0, m.ServiceLevelType.POSITIVE_IMPACT)
    assert m.service_level(c, positive) == pytest.approx(4 / 9)


def test_threshold_boundaries() -> None:
    c = m.record_answered(m.QueueCounters(), 20.0, SETTINGS)
    assert c.answered_within_sl == 1  # <= threshold is inside
    c = m.record_abandoned(c, 5.0, SETTINGS)
    assert (c.short_abandoned, c.abandoned_within_sl) == (0, 1)  # 5 s is not short
    c = m.record_abandoned(c, 4.99, SETTINGS)
    assert c.short_abandoned == 1


def test_asa_aht_abandon_rate() -> None:
    c = interval()
    assert m.average_speed_of_answer(c) == pytest.approx(125 / 6)
    assert m.average_handle_time(c) == pytest.approx(420 / 3)
    assert m.abandon_rate(c) == pytest.approx(2 / 9)


def test_zero_denominators_give_none() -> None:
    empty = m.QueueCounters()
    assert m.service_level(empty, SETTINGS) is None
    assert m.average_speed_of_answer(empty) is None
    assert m.average_handle_time(empty) is None
    assert m.abandon_rate(empty) is None
    only_short = m.record_abandoned(m.record_offered(empty), 1.0, SETTINGS)
    assert m.abandon_rate(only_short) is None
    assert m.service_level(only_short, SETTINGS) is None
    assert m.occupancy(m.AgentTimeCounters()) is None


def test_occupancy_excludes_not_ready_time() -> None:
    a = m.AgentTimeCounters()
    for status, seconds in (
        (AgentStatus.READY, 600.0),
        (AgentStatus.RESERVED, 30.0),
        (AgentStatus.ON_CALL, 1500.0),
        (AgentStatus.WRAP_UP, 270.0),
        (AgentStatus.NOT_READY, 900.0),
        (AgentStatus.LOGGED_OUT, 5000.0),
    ):
        a = m.record_status_time(a, status, seconds)
    assert (a.handling, a.available, a.not_ready) == (1800.0, 600.0, 900.0)
    assert m.occupancy(a) == pytest.approx(0.75)
