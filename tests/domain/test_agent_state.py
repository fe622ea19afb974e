"""Agent state machine: the full (status x event) table plus the rules around it."""

from __future__ import annotations

import pytest

from server_stub.domain import agent_state as st
from server_stub.domain.agent_state import AgentState, AgentStatus, IllegalTransition, transition

S = AgentStatus
T0 = 1000.0
NOW = 1010.0


def state_in(status: AgentStatus) -> AgentState:
    """A representative state for each status (call c1 where a call exists)."""
    base = AgentState(agent_id="a1", status=status, since=T0)
    if status is S.NOT_READY:
        return AgentState("a1", status, T0, reason="lunch")
    if status in (S.RESERVED, S.ON_CALL):
        return AgentState("a1", status, T0, call_id="c1")
    if status is S.WRAP_UP:
        return AgentState("a1", status, T0, call_id="c1", wrap_up_ends_at=NOW - 1)
    return base


def sample_event(kind: type[st.AgentEvent]) -> st.AgentEvent:
    samples: dict[type[st.AgentEvent], st.AgentEvent] = {
        st.Login: st.Login(),
        st.Logout: st.Logout(),
        st.SetReady: st.SetReady(),
        st.SetNotReady: st.SetNotReady("break"),
        st.SetNotReadyAfterCall: st.SetNotReadyAfterCall("training"),
        st.Offer: st.Offer("c2"),
        st.OfferAnswered: st.OfferAnswered("c1"),
        st.OfferFailed: st.OfferFailed("c1", None),
        st.OfferCancelled: st.OfferCancelled("c1"),
        st.DialOut: st.DialOut("c9"),
        st.Hold: st.Hold(),
        st.Unhold: st.Unhold(),
        st.CallEnded: st.CallEnded("c1", 30.0),
        st.ExtendWrapUp: st.ExtendWrapUp(60.0),
        st.FinishWrapUp: st.FinishWrapUp(),
        st.WrapUpExpired: st.WrapUpExpired(),
        st.ForceNotReady: st.ForceNotReady("supervisor"),
        st.ForceLogout: st.ForceLogout(),
    }
    return samples[kind]


# Expected result status of every allowed pair with the sample events above; absent = illegal.
EXPECTED: dict[tuple[AgentStatus, type[st.AgentEvent]], AgentStatus] = {
    (S.LOGGED_OUT, st.Login): S.NOT_READY,
    (S.LOGGED_OUT, st.ForceLogout): S.LOGGED_OUT,
    (S.NOT_READY, st.Logout): S.LOGGED_OUT,
    (S.NOT_READY, st.SetReady): S.READY,
    (S.NOT_READY, st.SetNotReady): S.NOT_READY,
    (S.NOT_READY, st.DialOut): S.ON_CALL,
    (S.NOT_READY, st.ForceNotReady): S.NOT_READY,
    (S.NOT_READY, st.ForceLogout): S.LOGGED_OUT,
    (S.READY, st.Logout): S.LOGGED_OUT,
    (S.READY, st.SetNotReady): S.NOT_READY,
    (S.READY, st.Offer): S.RESERVED,
    (S.READY, st.DialOut): S.ON_CALL,
    (S.READY, st.ForceNotReady): S.NOT_READY,
    (S.READY, st.ForceLogout): S.LOGGED_OUT,
    (S.RESERVED, st.SetNotReadyAfterCall): S.RESERVED,
    (S.RESERVED, st.OfferAnswered): S.ON_CALL,
    (S.RESERVED, st.OfferFailed): S.READY,
    (S.RESERVED, st.OfferCancelled): S.READY,
    (S.RESERVED, st.ForceNotReady): S.RESERVED,
    (S.RESERVED, st.ForceLogout): S.LOGGED_OUT,
    (S.ON_CALL, st.SetNotReadyAfterCall): S.ON_CALL,
    (S.ON_CALL, st.Hold): S.ON_CALL,
    (S.ON_CALL, st.CallEnded): S.WRAP_UP,
    (S.ON_CALL, st.ForceNotReady): S.ON_CALL,
    (S.ON_CALL, st.ForceLogout): S.LOGGED_OUT,
    (S.WRAP_UP, st.Logout): S.LOGGED_OUT,
    (S.WRAP_UP, st.SetReady): S.READY,
    (S.WRAP_UP, st.SetNotReady): S.NOT_READY,
    (S.WRAP_UP, st.SetNotReadyAfterCall): S.WRAP_UP,
    (S.WRAP_UP, st.ExtendWrapUp): S.WRAP_UP,
    (S.WRAP_UP, st.FinishWrapUp): S.READY,
    (S.WRAP_UP, st.WrapUpExpired): S.READY,
    (S.WRAP_UP, st.ForceNotReady): S.NOT_READY,
    (S.WRAP_UP, st.ForceLogout): S.LOGGED_OUT,
}
# Unhold needs an ON_CALL state that is on hold; checked separately below.
ALLOWED_ELSEWHERE = {(S.ON_CALL, st.Unhold)}

ALL_PAIRS = [(status, kind) for status in AgentStatus for kind in st.EVENT_TYPES]


@pytest.mark.parametrize(("status", "kind"), ALL_PAIRS, ids=lambda v: getattr(v, "__name__", v))
def test_every_status_event_pair(status: AgentStatus, kind: type[st.AgentEvent]) -> None:
    state = state_in(status)
    event = sample_event(kind)
    key = (status, kind)
    if key in EXPECTED:
        result = transition(state, event, NOW)
        assert result.status is EXPECTED[key]
        assert result.status in st.TRANSITIONS[key]
        assert result.agent_id == "a1"
        assert result.since == (NOW if result.status is not status else T0)
    elif key in ALLOWED_ELSEWHERE:
        assert key in st.TRANSITIONS
    else:
        assert key not in st.TRANSITIONS
        with pytest.raises(IllegalTransition) as info:
            transition(state, event, NOW)
        assert info.value.error_id == "illegal_state_transition"
        assert info.value.status is status
        assert info.value.event_name == kind.__name__


def test_table_matches_expectations_exactly() -> None:
    assert set(st.TRANSITIONS) == set(EXPECTED) | ALLOWED_ELSEWHERE


def test_status_values_match_wire_protocol() -> None:
    from agent_desktop.protocol.models import AgentStatus as WireStatus

    assert {s.name: s.value for s in AgentStatus} == {s.name: s.value for s in WireStatus}


def test_logged_out_helper() -> None:
    state = AgentState.logged_out("a7", 5.0)
    assert state == AgentState("a7", S.LOGGED_OUT, 5.0)


def run(state: AgentState, *steps: tuple[st.AgentEvent, float]) -> AgentState:
    for event, now in steps:
        state = transition(state, event, now)
    return state


def test_full_inbound_call_cycle() -> None:
    s = run(
        AgentState.logged_out("a1", 0.0),
        (st.Login(), 1.0),
        (st.SetReady(), 2.0),
        (st.Offer("c1"), 3.0),
        (st.OfferAnswered("c1"), 5.0),
    )
    assert (s.status, s.call_id, s.since) == (S.ON_CALL, "c1", 5.0)
    s = transition(s, st.Hold(), 6.0)
    assert s.on_hold and s.since == 5.0
    s = transition(s, st.Unhold(), 7.0)
    assert not s.on_hold and s.since == 5.0
    s = transition(s, st.CallEnded("c1", 20.0), 8.0)
    assert (s.status, s.wrap_up_ends_at, s.call_id) == (S.WRAP_UP, 28.0, "c1")
    s = transition(s, st.WrapUpExpired(), 28.0)
    assert (s.status, s.call_id, s.wrap_up_ends_at, s.since) == (S.READY, None, None, 28.0)


def test_hold_twice_and_unhold_when_not_held_are_illegal() -> None:
    s = AgentState("a1", S.ON_CALL, 0.0, call_id="c1")
    with pytest.raises(IllegalTransition):
        transition(s, st.Unhold(), 1.0)
    held = transition(s, st.Hold(), 1.0)
    with pytest.raises(IllegalTransition):
        transition(held, st.Hold(), 2.0)


def test_call_ended_while_on_hold_clears_hold() -> None:
    s = AgentState("a1", S.ON_CALL, 0.0, call_id="c1", on_hold=True)
    s = transition(s, st.CallEnded("c1", 10.0), 4.0)
    assert s.status is S.WRAP_UP and not s.on_hold


def test_call_id_mismatch_is_illegal() -> None:
    reserved = AgentState("a1", S.RESERVED, 0.0, call_id="c1")
    for event in (st.OfferAnswered("c2"), st.OfferFailed("c2"), st.OfferCancelled("c2")):
        with pytest.raises(IllegalTransition):
            transition(reserved, event, 1.0)
    on_call = AgentState("a1", S.ON_CALL, 0.0, call_id="c1")
    with pytest.raises(IllegalTransition):
        transition(on_call, st.CallEnded("c2", 5.0), 1.0)


def test_offer_is_compare_and_set_from_ready_only() -> None:
    for status in AgentStatus:
        if status is S.READY:
            continue
        with pytest.raises(IllegalTransition):
            transition(state_in(status), st.Offer("c5"), 1.0)


def test_offer_failed_with_reason_goes_not_ready() -> None:
    s = AgentState("a1", S.RESERVED, 0.0, call_id="c1")
    s = transition(s, st.OfferFailed("c1", st.DEFAULT_NO_ANSWER_REASON), 15.0)
    assert (s.status, s.reason, s.call_id, s.since) == (S.NOT_READY, "no_answer", None, 15.0)


def test_zero_wrap_up_goes_straight_to_ready_or_pending_not_ready() -> None:
    s = AgentState("a1", S.ON_CALL, 0.0, call_id="c1")
    assert transition(s, st.CallEnded("c1", 0.0), 9.0).status is S.READY
    pending = transition(s, st.SetNotReadyAfterCall("meeting"), 5.0)
    assert pending.not_ready_after_call and pending.since == 0.0
    done = transition(pending, st.CallEnded("c1", 0.0), 9.0)
    assert (done.status, done.reason, done.not_ready_after_call) == (S.NOT_READY, "meeting", False)


def test_pending_not_ready_applies_when_wrap_up_ends_and_can_be_cancelled() -> None:
    s = AgentState("a1", S.ON_CALL, 0.0, call_id="c1")
    s = transition(s, st.SetNotReadyAfterCall("lunch"), 1.0)
    s = transition(s, st.CallEnded("c1", 30.0), 2.0)
    assert s.status is S.WRAP_UP and s.not_ready_after_call
    after = transition(s, st.FinishWrapUp(), 10.0)
    assert (after.status, after.reason) == (S.NOT_READY, "lunch")
    expired = transition(s, st.WrapUpExpired(), 32.0)
    assert (expired.status, expired.reason) == (S.NOT_READY, "lunch")
    cancelled = transition(s, st.SetNotReadyAfterCall(None), 3.0)
    assert not cancelled.not_ready_after_call and cancelled.not_ready_after_call_reason is None
    assert transition(cancelled, st.FinishWrapUp(), 10.0).status is S.READY


def test_pending_not_ready_applies_when_offer_fails_or_is_cancelled() -> None:
    s = AgentState("a1", S.RESERVED, 0.0, call_id="c1")
    s = transition(s, st.SetNotReadyAfterCall("coaching"), 1.0)
    assert transition(s, st.OfferFailed("c1"), 2.0).reason == "coaching"
    assert transition(s, st.OfferCancelled("c1"), 2.0).status is S.NOT_READY


def test_set_ready_during_wrap_up_drops_pending_not_ready() -> None:
    s = AgentState(
        "a1",
        S.WRAP_UP,
        0.0,
        call_id="c1",
        wrap_up_ends_at=30.0,
        not_ready_after_call=True,
        not_ready_after_call_reason="lunch",
    )
    s = transition(s, st.SetReady(), 5.0)
    assert (s.status, s.not_ready_after_call, s.call_id) == (S.READY, False, None)


def test_extend_wrap_up_makes_the_old_timer_stale() -> None:
    s = AgentState("a1", S.WRAP_UP, 0.0, call_id="c1", wrap_up_ends_at=30.0)
    s = transition(s, st.ExtendWrapUp(60.0), 20.0)
    assert s.wrap_up_ends_at == 90.0 and s.since == 0.0
    with pytest.raises(IllegalTransition):
        transition(s, st.WrapUpExpired(), 30.0)
    assert transition(s, st.WrapUpExpired(), 90.0).status is S.READY
    with pytest.raises(IllegalTransition):
        transition(s, st.ExtendWrapUp(0.0), 20.0)


def test_negative_wrap_up_is_rejected() -> None:
    with pytest.raises(IllegalTransition):
        transition(AgentState("a1", S.ON_CALL, 0.0, call_id="c1"), st.CallEnded("c1", -1), 1.0)


def test_dial_out_from_not_ready_returns_to_the_same_pause() -> None:
    s = AgentState("a1", S.NOT_READY, 0.0, reason="callbacks")
    s = transition(s, st.DialOut("o1"), 1.0)
    assert (s.status, s.call_id, s.not_ready_after_call_reason) == (S.ON_CALL, "o1", "callbacks")
    s = transition(s, st.CallEnded("o1", 0.0), 2.0)
    assert (s.status, s.reason) == (S.NOT_READY, "callbacks")
    r = transition(AgentState("a1", S.READY, 0.0), st.DialOut("o2"), 1.0)
    assert transition(r, st.CallEnded("o2", 0.0), 2.0).status is S.READY


def test_force_not_ready_on_call_is_applied_after_the_call() -> None:
    s = AgentState("a1", S.ON_CALL, 0.0, call_id="c1")
    s = transition(s, st.ForceNotReady("supervisor"), 1.0)
    assert s.status is S.ON_CALL and s.not_ready_after_call_reason == "supervisor"
    s = transition(s, st.CallEnded("c1", 0.0), 2.0)
    assert (s.status, s.reason) == (S.NOT_READY, "supervisor")


def test_force_logout_clears_everything() -> None:
    s = AgentState(
        "a1",
        S.ON_CALL,
        0.0,
        call_id="c1",
        on_hold=True,
        not_ready_after_call=True,
        not_ready_after_call_reason="x",
    )
    out = transition(s, st.ForceLogout(), 3.0)
    assert out == AgentState("a1", S.LOGGED_OUT, 3.0)


def test_set_not_ready_reason_change_keeps_since() -> None:
    s = AgentState("a1", S.NOT_READY, 0.0, reason="lunch")
    s = transition(s, st.SetNotReady("meeting"), 4.0)
    assert (s.reason, s.since) == ("meeting", 0.0)
