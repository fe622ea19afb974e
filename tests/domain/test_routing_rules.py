"""Router rules: priority, tiers, no-answer handling, abandons, overflow, empty-queue rules."""

from __future__ import annotations

import pytest

from server_stub.domain.routing import (
    AgentMaxNoAnswer,
    AgentRoutingConfig,
    Caller,
    EmptyFactor,
    Offer,
    OfferOutcome,
    OfferTimedOut,
    Overflow,
    QueueConfig,
    QueueJoinRejected,
    RoutingError,
    StaleOffer,
)

from .routing_helpers import join, make_router, member, offers, ready, serve

# --- caller order -------------------------------------------------------------------


def test_priority_then_fifo() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "a", "q")
    join(r, "low1", "q", 1.0)
    join(r, "low2", "q", 2.0)
    join(r, "vip", "q", 3.0, priority=5)
    join(r, "low3", "q", 4.0)
    assert [c.call_id for c in r.waiting("q")] == ["vip", "low1", "low2", "low3"]
    assert r.position("low2") == 3 and r.position("nobody") is None
    assert offers(ready(r, 5.0, "a")) == [("vip", "a")]
    assert r.position("vip") == 1  # still in the queue while ringing
    serve(r, "vip", "a", 6.0, 1.0)
    assert r.position("low1") == 1
    ready(r, 8.0, "a")
    assert r.offered_agent("low1") == "a"


def test_base_score_moves_a_caller_ahead_like_time_already_waited() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "a", "q")
    join(r, "early", "q", 10.0)
    join(r, "transferred", "q", 20.0, base_score=15.0)  # score as if joined at 5
    assert [c.call_id for c in r.waiting("q")] == ["transferred", "early"]


# --- tiers ---------------------------------------------------------------------------


def tiered(**kw: object) -> QueueConfig:
    return QueueConfig("q", tier_rules_apply=True, tier_rule_wait_second=10.0, **kw)  # type: ignore[arg-type]


def test_tiers_open_at_level_times_wait_second_by_timer() -> None:
    r = make_router(tiered())
    member(r, "l1", "q", level=1)
    member(r, "l2", "q", level=2)
    ready(r, 0.0, "l2")
    r.agent_unavailable("l1", 0.0)
    assert join(r, "c", "q", 100.0) == []
    # level 1 opens at 110 (1 x 10 s) but has nobody ready; level 2 at 120.
    assert r.next_deadline() == 110.0
    assert r.advance(110.0) == []
    assert r.next_deadline() == 120.0
    assert offers(r.advance(119.9)) == []
    assert offers(r.advance(120.0)) == [("c", "l2")]


def test_tier_one_agent_becoming_ready_after_its_tier_opened() -> None:
    r = make_router(tiered())
    member(r, "l1", "q", level=1)
    member(r, "l3", "q", level=3)
    ready(r, 0.0, "l3")
    join(r, "c", "q", 0.0)
    r.advance(15.0)
    assert offers(ready(r, 15.0, "l1")) == [("c", "l1")]


def test_level_two_agent_cannot_take_a_caller_whose_tier_is_closed() -> None:
    r = make_router(tiered())
    member(r, "l1", "q", level=1)
    member(r, "l2", "q", level=2)
    join(r, "c", "q", 0.0)
    r.advance(10.0)
    assert ready(r, 12.0, "l2") == []  # tier 2 opens at 20
    assert offers(r.advance(20.0)) == [("c", "l2")]


def test_without_multiply_all_tiers_open_after_wait_second() -> None:
    r = make_router(tiered(tier_rule_wait_multiply_level=False))
    member(r, "l3", "q", level=3)
    ready(r, 0.0, "l3")
    join(r, "c", "q", 0.0)
    assert r.next_deadline() == 10.0
    assert offers(r.advance(10.0)) == [("c", "l3")]


def test_no_agent_no_wait_skips_tiers_nobody_is_logged_into() -> None:
    r = make_router(tiered(tier_rule_no_agent_no_wait=True))
    member(r, "l1", "q", level=1)
    member(r, "l2", "q", level=2)
    ready(r, 0.0, "l2")  # l1 is away: tier 1 has nobody, so tier 2 is the first tier
    assert offers(join(r, "c", "q", 0.0)) == [("c", "l2")]


def test_no_agent_no_wait_reacts_when_the_lower_tier_logs_out() -> None:
    r = make_router(tiered(tier_rule_no_agent_no_wait=True))
    member(r, "l1", "q", level=1)
    member(r, "l2", "q", level=2)
    ready(r, 0.0, "l1", "l2")
    join(r, "c1", "q", 1.0)  # → l1
    serve(r, "c1", "l1", 1.0, 1.0)  # l1 in wrap-up, still logged in
    assert join(r, "c2", "q", 3.0) == []  # tier 2 not open yet (opens at 23)
    r.agent_unavailable("l1", 4.0)  # l1 logs out: tier 1 is empty now
    assert offers(r.advance(4.0)) == [("c2", "l2")]


def test_without_tier_rules_every_level_is_open_at_once() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "l5", "q", level=5)
    ready(r, 0.0, "l5")
    assert offers(join(r, "c", "q", 0.0)) == [("c", "l5")]


# --- no answer, delays, max-no-answer -------------------------------------------------


def test_ring_timeout_moves_the_call_to_the_next_agent_and_counts_no_answer() -> None:
    r = make_router(QueueConfig("q", ring_timeout=15.0))
    member(r, "a", "q", max_no_answer=2)
    member(r, "b", "q")
    ready(r, 0.0, "a")
    ready(r, 1.0, "b")
    (offer,) = join(r, "c", "q", 2.0)
    assert isinstance(offer, Offer) and offer.agent_id == "a" and offer.deadline == 17.0
    assert r.next_deadline() == 17.0
    out = r.advance(17.0)
    assert out == [OfferTimedOut("c", "a"), Offer("c", "b", "q", 15.0, 32.0)]
    # a (no delay, 1 of 2 no-answers) is available again: gets the next caller.
    assert offers(join(r, "d", "q", 18.0)) == [("d", "a")]


def test_max_no_answer_reached_pauses_the_agent_and_answer_resets_the_count() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "a", "q", max_no_answer=2)
    ready(r, 0.0, "a")
    join(r, "c1", "q", 1.0)
    out = r.offer_failed("c1", "a", OfferOutcome.NO_ANSWER, 5.0)
    assert offers(out) == [("c1", "a")]  # no delay, count 1 < 2: rung again
    r.offer_answered("c1", "a", 6.0)  # resets the count
    r.call_finished("a", 10.0, 4.0)
    ready(r, 11.0, "a")
    join(r, "c2", "q", 12.0)
    assert offers(r.offer_failed("c2", "a", OfferOutcome.NO_ANSWER, 13.0)) == [("c2", "a")]
    out = r.offer_failed("c2", "a", OfferOutcome.NO_ANSWER, 14.0)
    assert AgentMaxNoAnswer("a", 2) in out and offers(out) == []
    assert r.queue_snapshot("q").away == 1
    assert offers(ready(r, 20.0, "a")) == [("c2", "a")]


def test_delays_per_outcome_keep_the_agent_out_until_the_timer() -> None:
    r = make_router(QueueConfig("q"))
    member(
        r,
        "a",
        "q",
        max_no_answer=0,
        no_answer_delay_time=30.0,
        busy_delay_time=60.0,
        reject_delay_time=90.0,
    )
    ready(r, 0.0, "a")
    for outcome, delay in (
        (OfferOutcome.NO_ANSWER, 30.0),
        (OfferOutcome.BUSY, 60.0),
        (OfferOutcome.REJECTED, 90.0),
    ):
        start = r.next_deadline() or 0.0
        if not r.waiting("q"):
            join(r, "c", "q", start)
        else:
            assert offers(r.advance(start)) == [("c", "a")]
        assert r.offer_failed("c", "a", outcome, start + 1.0) == []
        snap = r.queue_snapshot("q")
        assert (snap.available, snap.delayed, snap.waiting) == (0, 1, 1)
        assert ready(r, start + 2.0, "a") == []  # agent_ready does not cut the delay short
        assert r.next_deadline() == start + 1.0 + delay
    assert offers(r.advance(r.next_deadline() or 0.0)) == [("c", "a")]


def test_stale_answers_are_rejected() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "a", "q")
    ready(r, 0.0, "a")
    join(r, "c", "q", 1.0)
    with pytest.raises(StaleOffer):
        r.offer_answered("c", "b", 2.0)
    r.advance(16.0)  # timed out
    with pytest.raises(StaleOffer):
        r.offer_answered("c", "a", 16.5)
    with pytest.raises(ValueError):
        r.offer_failed("c", "a", OfferOutcome.ANSWERED, 17.0)


# --- abandon -----------------------------------------------------------------------


def test_abandon_while_waiting() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "a", "q")
    join(r, "c1", "q", 1.0)
    join(r, "c2", "q", 2.0)
    r.abandon("c1", 3.0)
    r.abandon("unknown", 3.0)
    assert [c.call_id for c in r.waiting("q")] == ["c2"]
    assert offers(ready(r, 4.0, "a")) == [("c2", "a")]


def test_abandon_while_offered_frees_the_agent_for_the_next_caller() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "a", "q")
    ready(r, 0.0, "a")
    join(r, "c1", "q", 1.0)
    join(r, "c2", "q", 2.0)
    r.abandon("c1", 3.0)
    assert r.next_deadline() == 3.0  # dispatch scheduled at once; ring timer is gone
    assert offers(r.advance(3.0)) == [("c2", "a")]
    assert r.advance(100.0) == [OfferTimedOut("c2", "a"), AgentMaxNoAnswer("a", 1)]


# --- overflow ----------------------------------------------------------------------


def test_max_wait_time_overflows_to_the_target() -> None:
    r = make_router(QueueConfig("q", max_wait_time=60.0, overflow_target="voicemail"))
    member(r, "a", "q")
    r.agent_ready("a", 0.0)
    r.agent_unavailable("a", 0.0)
    join(r, "c", "q", 10.0)
    assert r.next_deadline() == 70.0
    assert r.advance(70.0) == [Overflow("c", "q", "voicemail", "timeout")]
    assert r.waiting("q") == [] and r.next_deadline() is None


def test_max_wait_reached_while_ringing_overflows_when_the_offer_fails() -> None:
    r = make_router(QueueConfig("q", max_wait_time=20.0, ring_timeout=15.0))
    member(r, "a", "q", max_no_answer=0)
    member(r, "b", "q")
    ready(r, 0.0, "a")
    join(r, "c", "q", 10.0)  # rings a until 25; max wait at 30
    r.agent_unavailable("b", 0.0)
    assert r.advance(25.0)[0] == OfferTimedOut("c", "a")
    assert offers(r.advance(25.0)) == []
    r2 = make_router(QueueConfig("q", max_wait_time=5.0, ring_timeout=15.0))
    member(r2, "a", "q", max_no_answer=0)
    ready(r2, 0.0, "a")
    join(r2, "c", "q", 1.0)  # ringing; max wait fires at 6 while ringing
    assert r2.advance(6.0) == []
    out = r2.offer_failed("c", "a", OfferOutcome.BUSY, 7.0)
    assert out == [Overflow("c", "q", None, "timeout")]


def test_max_wait_time_with_no_agent_with_join_grace() -> None:
    cfg = QueueConfig(
        "q", max_wait_time_with_no_agent=30.0, max_wait_time_with_no_agent_time_reached=5.0
    )
    r = make_router(cfg)
    member(r, "a", "q")
    ready(r, 0.0, "a")
    r.agent_unavailable("a", 100.0)  # nobody logged in from t=100
    join(r, "early", "q", 101.0)  # due max(130, 101+35=136) = 136
    join(r, "late", "q", 129.0)  # due max(130, 164) = 164
    assert r.next_deadline() == 136.0
    assert r.advance(136.0) == [Overflow("early", "q", None, "no_agent_timeout")]
    assert r.next_deadline() == 164.0
    assert r.advance(164.0) == [Overflow("late", "q", None, "no_agent_timeout")]


def test_no_agent_timer_is_cancelled_when_an_agent_logs_in() -> None:
    r = make_router(
        QueueConfig(
            "q", max_wait_time_with_no_agent=30.0, max_wait_time_with_no_agent_time_reached=0.0
        )
    )
    member(r, "a", "q")
    member(r, "b", "q")
    join(r, "c", "q", 0.0)
    assert r.next_deadline() == 30.0
    ready(r, 10.0, "a")  # offered at once
    r.offer_failed("c", "a", OfferOutcome.BUSY, 11.0)
    assert r.offered_agent("c") == "a"  # no busy delay: rung again at once
    r.agent_unavailable("a", 11.0)  # caller back in line, dispatch scheduled
    assert r.advance(11.0) == []
    assert r.next_deadline() == 41.0  # no agent again since 11
    r.agent_ready("b", 20.0)  # takes the caller
    assert r.offered_agent("c") == "b"


# --- join / leave when empty ----------------------------------------------------------


def test_join_empty_false_rejects_when_no_member_is_logged_in() -> None:
    r = make_router(QueueConfig("q", join_empty=False))
    with pytest.raises(QueueJoinRejected) as info:
        join(r, "c", "q", 0.0)
    assert info.value.reason == "empty"
    member(r, "a", "q")
    with pytest.raises(QueueJoinRejected):
        join(r, "c", "q", 0.0)  # member is away (paused)
    ready(r, 1.0, "a")
    join(r, "c1", "q", 2.0)  # ringing a: not empty under the default factors
    r.offer_answered("c1", "a", 3.0)
    assert join(r, "c2", "q", 4.0) == []  # in use is not "empty" by default


def test_empty_factors_follow_asterisk_lists() -> None:
    cfg = QueueConfig(
        "q", join_empty=False, empty_factors=frozenset({EmptyFactor.PAUSED, EmptyFactor.INUSE})
    )
    r = make_router(cfg)
    member(r, "a", "q")
    ready(r, 0.0, "a")
    join(r, "c1", "q", 1.0)
    r.offer_answered("c1", "a", 2.0)
    with pytest.raises(QueueJoinRejected):
        join(r, "c2", "q", 3.0)


def test_unknown_queue_full_queue_and_duplicates() -> None:
    r = make_router(QueueConfig("q", max_len=1))
    with pytest.raises(QueueJoinRejected) as info:
        r.enqueue(Caller("c", "nope", 0.0), 0.0)
    assert info.value.reason == "unknown_queue"
    join(r, "c", "q", 0.0)
    with pytest.raises(RoutingError):
        join(r, "c", "q", 0.0)
    with pytest.raises(QueueJoinRejected) as info:
        join(r, "d", "q", 0.0)
    assert info.value.reason == "full"


def test_leave_when_empty_overflows_waiting_callers() -> None:
    r = make_router(QueueConfig("q", leave_when_empty=True, overflow_target="ivr"))
    member(r, "a", "q")
    member(r, "b", "q")
    ready(r, 0.0, "a", "b")
    r.agent_unavailable("b", 0.0)
    join(r, "c1", "q", 1.0)  # rings a
    join(r, "c2", "q", 2.0)  # waits
    r.offer_answered("c1", "a", 3.0)
    assert r.advance(3.0) == []  # a in use: not empty
    r.agent_unavailable("a", 4.0)
    assert r.advance(4.0) == [Overflow("c2", "q", "ivr", "leave_empty")]
    assert join(r, "c3", "q", 5.0) == [Overflow("c3", "q", "ivr", "leave_empty")]


# --- agents in several queues -----------------------------------------------------------


def test_freed_agent_takes_the_best_caller_across_its_queues() -> None:
    r = make_router(QueueConfig("sales"), QueueConfig("support"), QueueConfig("vip", weight=0))
    for q in ("sales", "support", "vip"):
        member(r, "a", q)
    join(r, "s1", "sales", 10.0)
    join(r, "t1", "support", 5.0)
    join(r, "v1", "vip", 20.0, priority=3)
    assert offers(ready(r, 30.0, "a")) == [("v1", "a")]
    serve(r, "v1", "a", 31.0, 1.0)
    assert offers(ready(r, 40.0, "a")) == [("t1", "a")]  # longest waiting next
    serve(r, "t1", "a", 41.0, 1.0)
    assert offers(ready(r, 50.0, "a")) == [("s1", "a")]


def test_queue_weight_wins_over_wait_time() -> None:
    r = make_router(QueueConfig("normal"), QueueConfig("urgent", weight=10))
    member(r, "a", "normal")
    member(r, "a", "urgent")
    join(r, "n1", "normal", 0.0)
    join(r, "u1", "urgent", 50.0)
    assert offers(ready(r, 60.0, "a")) == [("u1", "a")]


def test_agent_is_offered_one_call_at_a_time_across_queues() -> None:
    r = make_router(QueueConfig("q1"), QueueConfig("q2"))
    member(r, "a", "q1")
    member(r, "a", "q2")
    ready(r, 0.0, "a")
    assert offers(join(r, "c1", "q1", 1.0)) == [("c1", "a")]
    assert join(r, "c2", "q2", 1.0) == []
    assert r.queue_snapshot("q2").ringing == 1


def test_membership_changes_and_removal() -> None:
    r = make_router(QueueConfig("q"))
    join(r, "c", "q", 0.0)
    r.agent_ready("a", 1.0)  # not a member yet
    r.add_member("a", "q", now=2.0)
    assert offers(r.advance(2.0)) == [("c", "a")]
    with pytest.raises(RoutingError):
        r.remove_queue("q")
    r.offer_answered("c", "a", 3.0)
    r.remove_queue("q")
    with pytest.raises(RoutingError):
        r.waiting("q")


def test_agent_going_unavailable_while_ringing_returns_the_caller_without_penalty() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "a", "q", max_no_answer=1)
    member(r, "b", "q")
    ready(r, 0.0, "a", "b")
    r.agent_unavailable("b", 0.0)
    join(r, "c", "q", 1.0)
    r.agent_unavailable("a", 2.0)
    ready(r, 3.0, "b")
    assert r.offered_agent("c") == "b"
    assert offers(r.advance(3.0)) == []


def test_snapshot_counts() -> None:
    r = make_router(QueueConfig("q"))
    r.configure_agent(AgentRoutingConfig("d", max_no_answer=0, busy_delay_time=10.0))
    for agent in ("a", "b", "c", "d"):
        member(r, agent, "q")
    ready(r, 0.0, "a", "b", "d")
    join(r, "x", "q", 1.0)  # → a
    r.offer_answered("x", "a", 2.0)
    join(r, "y", "q", 3.0)  # → b
    join(r, "z", "q", 4.0)  # → d
    r.offer_failed("z", "d", OfferOutcome.BUSY, 5.0)
    snap = r.queue_snapshot("q")
    assert (snap.waiting, snap.offering, snap.members) == (1, 1, 4)
    assert (snap.available, snap.delayed, snap.ringing, snap.in_use, snap.away) == (0, 1, 1, 1, 1)
    assert snap.oldest_joined_at == 3.0


# --- transferred callers --------------------------------------------------------------

# (who is ready, in order, after "a" transferred caller "t" into "q"; offers expected)
# "a" and "b" are members of q; "solo" is the only member of q_solo; "x" is not in q.
TRANSFER_CASES = [
    pytest.param("q", ["a"], [], id="freed transferrer is not offered its own transfer"),
    pytest.param("q", ["a", "b"], [("t", "b")], id="another member takes it"),
    pytest.param("q", ["b", "a"], [("t", "b")], id="transferrer idle longest is skipped"),
    pytest.param("q_solo", ["solo"], [("t", "solo")], id="only member: offered back"),
]


@pytest.mark.parametrize("queue,readies,expected", TRANSFER_CASES)
def test_a_transferred_caller_is_not_offered_back_to_its_transferrer(
    queue: str, readies: list[str], expected: list[tuple[str, str]]
) -> None:
    r = make_router(QueueConfig("q"), QueueConfig("q_solo"))
    member(r, "a", "q")
    member(r, "b", "q")
    member(r, "solo", "q_solo")
    transferrer = "solo" if queue == "q_solo" else "a"
    assert join(r, "t", queue, 0.0, transferred_by=transferrer) == []  # nobody ready yet
    out = []
    for i, agent in enumerate(readies):
        out += offers(ready(r, 1.0 + i, agent))
    assert out == expected


def test_transferrer_still_takes_other_callers_and_ready_agents_skip_only_it() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "a", "q")
    member(r, "b", "q")
    join(r, "t", "q", 0.0, transferred_by="a")  # waited longest
    join(r, "c", "q", 5.0)
    assert offers(ready(r, 10.0, "a")) == [("c", "a")]  # the next caller, not its own
    assert offers(ready(r, 11.0, "b")) == [("t", "b")]
    # an idle transferrer is passed over by a joining transferred caller
    r2 = make_router(QueueConfig("q"))
    member(r2, "a", "q")
    member(r2, "b", "q")
    ready(r2, 0.0, "a", "b")  # a idle longest: first choice for ordinary callers
    assert offers(join(r2, "t", "q", 1.0, transferred_by="a")) == [("t", "b")]


def test_transferrer_becomes_eligible_when_it_is_left_as_the_only_member() -> None:
    r = make_router(QueueConfig("q"))
    member(r, "a", "q")
    member(r, "b", "q")
    join(r, "t", "q", 0.0, transferred_by="a")
    assert ready(r, 1.0, "a") == []
    r.remove_member("b", "q", now=2.0)
    assert offers(r.advance(2.0)) == [("t", "a")]
