"""Leg bookkeeping without pjsua2: lookups, capacity, no-answer deadlines, RTP silence."""

from __future__ import annotations

import pytest

from server_stub.media import legs as lg
from server_stub.media import wire as c


def _legs(*legs: lg.Leg) -> dict[str, lg.Leg]:
    return {leg.id: leg for leg in legs}


def test_find_and_check_new_raise_the_errors_to_reply() -> None:
    legs = _legs(lg.Leg("L1", None, "in"), lg.Leg("L2", None, "out", ended=True))
    assert lg.find(legs, "L1").id == "L1"
    assert lg.find(legs, "L2", live=False).id == "L2"
    with pytest.raises(c.CommandError) as unknown:
        lg.find(legs, "L9")
    with pytest.raises(c.CommandError) as ended:
        lg.find(legs, "L2")
    assert (unknown.value.code, ended.value.code) == ("unknown_leg", "invalid_state")
    lg.check_new(legs, "L3", capacity=3)
    with pytest.raises(c.CommandError) as taken:
        lg.check_new(legs, "L1", capacity=3)
    with pytest.raises(c.CommandError) as full:
        lg.check_new(legs, "L3", capacity=2)
    assert (taken.value.code, full.value.code) == ("invalid_state", "capacity")


def test_wait_is_shortened_to_just_after_the_nearest_deadline() -> None:
    a = lg.Leg("L1", None, "out", deadline=10.5)
    b = lg.Leg("L2", None, "out", deadline=10.25)
    assert lg.wait_ms([], 1000, 10.0) == 1000
    assert lg.wait_ms([a, b], 1000, 10.0) == 251
    assert lg.wait_ms([a, b], 20, 10.0) == 20
    assert lg.wait_ms([a, b], 20, 11.0) == 0  # overdue: do not block


def test_unanswered_marks_overdue_outgoing_legs_one_at_a_time() -> None:
    due = lg.Leg("L1", None, "out", deadline=5.0)
    later = lg.Leg("L2", None, "out", deadline=9.0)
    answered = lg.Leg("L3", None, "out", answered=True, deadline=5.0)
    ended = lg.Leg("L4", None, "out", ended=True, deadline=5.0)
    legs = _legs(due, later, answered, ended)
    found = lg.unanswered(legs, 6.0)
    assert due.end_cause is None  # nothing happens before the engine asks for the next
    assert next(found) is due and (due.deadline, due.end_cause) == (None, "no_answer")
    assert list(found) == [] and later.deadline == 9.0 and answered.end_cause is None
    assert list(lg.unanswered(legs, 6.0)) == []  # hung up once only


def test_rtp_silence_counts_from_the_last_change_of_the_packet_count() -> None:
    leg = lg.Leg("L1", None, "in", answered=True, media=object())
    assert leg.rtp_expected
    leg.restart_rtp_watch(100.0)
    assert leg.rtp_silence(0, 101.0) == 0.0  # first reading differs from -1
    assert leg.rtp_silence(0, 131.0) == 30.0
    assert leg.rtp_silence(5, 132.0) == 0.0 and leg.rtp_silence(5, 140.0) == 8.0
    leg.remote_hold = True
    assert not leg.rtp_expected  # a held peer may send nothing
    assert not lg.Leg("L2", None, "in", answered=True).rtp_expected  # no audio yet


def test_status_names_the_leg_without_pjsua2_objects() -> None:
    leg = lg.Leg("L1", object(), "out", answered=True, answered_at=1.5e9, media=object())
    assert leg.status() == {
        "leg": "L1",
        "direction": "out",
        "answered": True,
        "answered_at": 1.5e9,
        "ended": False,
        "media": True,
        "call_id": "",
    }
