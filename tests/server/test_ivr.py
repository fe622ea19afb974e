"""IVR flows as pure state machines: menus, wrong digits, silence."""

from __future__ import annotations

from server_stub.telephony import ivr


def test_menu_digit_joins_the_chosen_queue() -> None:
    s = ivr.session_for({"number": "4008001000", "ivr": "main_menu", "queue": None})
    assert s is not None
    assert s.start() == [ivr.Play("welcome_menu")]
    assert s.prompt_finished("welcome_menu") == [ivr.StartTimer(6.0)]
    assert s.digit("1") == [ivr.JoinQueue("sales", ("1",))]
    assert s.digit("2") == []  # done: later digits do nothing


def test_wrong_digit_replays_and_path_keeps_every_digit() -> None:
    s = ivr.session_for({"ivr": "main_menu"})
    assert s is not None
    s.start()
    assert s.digit("9") == [ivr.Play("invalid_choice")]
    assert s.prompt_finished("invalid_choice") == [ivr.Play("welcome_menu")]
    assert s.digit("2") == [ivr.JoinQueue("support", ("9", "2"))]


def test_silence_replays_once_then_takes_the_default() -> None:
    s = ivr.session_for({"ivr": "main_menu"})
    assert s is not None
    s.start()
    assert s.timed_out() == [ivr.Play("welcome_menu")]
    assert s.timed_out() == [ivr.JoinQueue("support", ())]


def test_direct_number_greets_then_queues_and_unknown_numbers_are_refused() -> None:
    s = ivr.session_for({"number": "4008002000", "ivr": None, "queue": "support"})
    assert s is not None
    assert s.start() == [ivr.Play("welcome_support")]
    assert s.prompt_finished("welcome_support") == [ivr.JoinQueue("support", ())]
    assert ivr.session_for(None) is None
    assert ivr.session_for({"ivr": "no_such_flow", "queue": None}) is None


def test_direct_flow_queues_at_once_without_a_greeting() -> None:
    s = ivr.session_for({"number": "4009000000", "ivr": "direct", "queue": "bench"})
    assert s is not None
    assert s.start() == [ivr.JoinQueue("bench", ())]
