"""The flow interpreter, document validation and time groups, by table (pure, no I/O)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from server_stub.domain import flow_engine as fe
from server_stub.domain import time_groups as tg
from server_stub.domain.flows import Known, validate
from server_stub.flows.demo import MAIN_MENU, SERVICE_LINE, TIME_GROUPS
from server_stub.telephony.prompts import PROMPTS

KNOWN = Known(
    prompts=set(PROMPTS),
    queues={"sales", "support"},
    agents={"1001", "1002"},
    time_groups={"office"},
)


def run_of(doc: dict[str, Any], state: str = "open") -> fe.FlowRun:
    return fe.FlowRun(
        doc,
        lambda group: (state, "hours"),
        ani="13800138000",
        agents=frozenset({"1001"}),
        queues=frozenset({"sales", "support"}),
    )


def test_demo_flows_are_valid() -> None:
    assert validate(MAIN_MENU, KNOWN) == []
    assert validate(SERVICE_LINE, KNOWN) == []


def test_two_level_menu_reaches_the_queue_of_the_keys() -> None:
    run = run_of(MAIN_MENU)
    assert run.start() == [fe.Play("welcome_menu")]
    assert run.prompt_finished("welcome_menu") == [fe.Listen(6.0)]
    assert run.digit("2") == [fe.Play("support_menu")]
    assert run.digit("1") == [fe.Finish(fe.Outcome("queue", "support"))]
    assert run.path == ["2", "1"]
    assert [s["node"] for s in run.steps] == ["welcome", "support_menu", "support"]


def test_star_goes_back_and_a_wrong_key_is_retried_then_the_default() -> None:
    run = run_of(MAIN_MENU)
    run.start()
    run.digit("2")
    assert run.digit("*") == [fe.Play("welcome_menu")]
    assert run.digit("7") == [fe.Play("invalid_choice")]
    assert run.prompt_finished("invalid_choice") == [fe.Play("welcome_menu")]
    assert run.prompt_finished("welcome_menu") == [fe.Listen(6.0)]
    # retries 1: a second miss (a timeout) takes the default branch
    assert run.timed_out() == [fe.Finish(fe.Outcome("queue", "support"))]
    assert run.steps[-2]["gave_up"] == "no_input"


def test_stale_prompt_end_does_not_move_the_caller() -> None:
    run = run_of(MAIN_MENU)
    run.start()
    run.digit("2")  # support_menu is playing now
    assert run.prompt_finished("welcome_menu") == []
    assert run.prompt_finished("support_menu") == [fe.Listen(6.0)]


def test_time_states_choose_branches_and_collect_then_dial() -> None:
    closed = run_of(SERVICE_LINE, "holiday")
    assert closed.start() == [fe.Play("after_hours")]
    assert closed.prompt_finished("after_hours") == [fe.Play("voicemail_greeting")]
    [finish] = closed.prompt_finished("voicemail_greeting")
    assert finish == fe.Finish(fe.Outcome("voicemail", "support", max_seconds=120))
    assert closed.steps[0] == {"node": "hours", "type": "time", "state": "holiday", "why": "hours"}

    run = run_of(SERVICE_LINE, "open")
    run.start()
    assert run.digit("9") == [fe.Play("enter_extension")]
    for key in "100":
        assert run.digit(key) == []  # still in the prompt: keys are kept
    assert run.digit("1") == [fe.Finish(fe.Outcome("agent", "1001"))]  # 4 keys: complete
    assert run.variables == {"extension": "1001"}


def test_collect_rejects_short_input_then_unknown_number_falls_back() -> None:
    run = run_of(SERVICE_LINE, "open")
    run.start()
    run.digit("9")
    run.prompt_finished("enter_extension")
    assert run.digit("1") == [fe.Listen(6.0)]
    assert run.digit("#") == [fe.Play("invalid_choice")]  # 1 key, min 4
    run.prompt_finished("invalid_choice")
    run.prompt_finished("enter_extension")
    for key in "777":
        run.digit(key)
    assert run.digit("7") == [fe.Finish(fe.Outcome("queue", "support"))]  # 7777: nobody
    assert run.steps[-2]["problem"] == "no such agent or queue"


SURVEY = {
    "start": "survey",
    "nodes": {
        "survey": {
            "type": "survey",
            "prompt": "survey_question",
            "thanks_prompt": "survey_thanks",
            "retries": 1,
        }
    },
}


def test_survey_keeps_a_score_from_1_to_5_only() -> None:
    run = run_of(SURVEY)
    run.start()
    assert run.digit("9") == [fe.Play("survey_question")]  # out of range: asked again
    assert run.digit("4") == [fe.Satisfaction(4), fe.Play("survey_thanks")]
    assert run.prompt_finished("survey_thanks") == [
        fe.Finish(fe.Outcome("hangup", reason="survey"))
    ]


LOOKUP = {
    "start": "crm",
    "nodes": {
        "crm": {
            "type": "lookup",
            "url": "http://crm.example/vip?ani={ani}&x={digits}",
            "field": "customer.vip",
            "branches": {"true": "sales"},
            "default": "support",
        },
        "sales": {"type": "queue", "queue": "sales"},
        "support": {"type": "queue", "queue": "support"},
    },
}


@pytest.mark.parametrize(
    ("answer", "problem", "queue"),
    [
        ({"customer": {"vip": True}}, "", "sales"),
        ({"customer": {"vip": False}}, "", "support"),
        ("garbage", "", "support"),
        (None, "no answer within 3 s", "support"),
    ],
)
def test_lookup_branches_on_the_answer_else_the_default(
    answer: Any, problem: str, queue: str
) -> None:
    run = run_of(LOOKUP)
    assert run.start() == [fe.Lookup("http://crm.example/vip?ani=13800138000&x=", 3.0)]
    assert run.looked_up(answer, problem) == [fe.Finish(fe.Outcome("queue", queue))]


def _problems(doc: Any) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in validate(doc, KNOWN)]


def test_validation_names_the_node_and_field_at_fault() -> None:
    doc = {
        "start": "menu",
        "nodes": {
            "menu": {
                "type": "menu",
                "prompt": "no_such_prompt",
                "choices": {"1": "q", "12": "q", "2": "nowhere"},
            },
            "q": {"type": "queue", "queue": "billing"},
            "lost": {"type": "hangup"},
            "odd": {"type": "teleport"},
        },
    }
    found = _problems(doc)
    assert ("nodes.menu.prompt", "unknown prompt 'no_such_prompt'") in found
    assert ("nodes.menu.choices.12", "a choice is one key: 0-9, *, #") in found
    assert ("nodes.menu.choices.2", "names no node ('nowhere')") in found
    assert ("nodes.q.queue", "unknown queue 'billing'") in found
    assert ("nodes.odd.type", "unknown node type 'teleport'") in found


def test_unreachable_nodes_and_loops_without_input() -> None:
    unreachable = {
        "start": "a",
        "nodes": {"a": {"type": "hangup"}, "b": {"type": "hangup"}},
    }
    assert _problems(unreachable) == [("nodes.b", "unreachable: no path from the start")]
    loop = {
        "start": "a",
        "nodes": {
            "a": {"type": "play", "prompt": "goodbye", "next": "b"},
            "b": {"type": "time", "group": "office", "open": "a", "closed": "c"},
            "c": {"type": "hangup"},
        },
    }
    [(path, message)] = _problems(loop)
    assert path.startswith("nodes.") and message.startswith("loop without input")
    # A loop through a menu is fine: the caller's key decides.
    menu_loop = {
        "start": "m",
        "nodes": {
            "m": {"type": "menu", "prompt": "welcome_menu", "choices": {"1": "p"}},
            "p": {"type": "play", "prompt": "goodbye", "next": "m"},
        },
    }
    assert _problems(menu_loop) == []


@pytest.mark.parametrize(
    "doc",
    [None, [], "x", {"nodes": {}}, {"start": "a", "nodes": {"a": "x"}}, {"start": 5, "nodes": 3}],
)
def test_malformed_documents_are_problems_not_crashes(doc: Any) -> None:
    assert validate(doc, KNOWN)


def test_field_limits() -> None:
    doc = {
        "start": "m",
        "nodes": {
            "m": {
                "type": "menu",
                "prompt": "welcome_menu",
                "choices": {"1": "f"},
                "timeout": 0,
                "retries": 9,
            },
            "f": {"type": "forward", "number": "call me"},
        },
    }
    paths = {p for p, _ in _problems(doc)}
    assert paths == {"nodes.m.timeout", "nodes.m.retries", "nodes.f.number"}


def test_time_group_hours_holidays_workdays_and_override() -> None:
    office = TIME_GROUPS[0]
    assert tg.validate_group(office, "[0]") == []
    monday_10 = datetime(2026, 12, 7, 10, 0)
    assert tg.state_of(office, monday_10, 0) == ("open", "hours")
    assert tg.state_of(office, datetime(2026, 12, 7, 18, 0), 0) == ("closed", "hours")
    assert tg.state_of(office, datetime(2026, 12, 6, 10, 0), 0) == ("closed", "hours")  # Sunday
    assert tg.state_of(office, datetime(2026, 10, 3, 10, 0), 0) == ("holiday", "holiday")
    assert tg.state_of(office, datetime(2026, 10, 10, 10, 0), 0) == ("open", "workday")  # Sat
    forced = {"state": "closed", "until": 100.0}
    assert tg.state_of(office, monday_10, 50, forced) == ("closed", "override")
    assert tg.state_of(office, monday_10, 150, forced) == ("open", "hours")  # expired


def test_time_group_problems() -> None:
    bad = {
        "name": "x y",
        "weekly": [{"days": [7], "from": "18:00", "to": "09:00"}],
        "holidays": [{"date": "2026-13-01"}],
    }
    problems = tg.validate_group(bad, "[0]")
    assert [p.split(":")[0] for p in problems] == [
        "[0].name",
        "[0].weekly.0.days",
        "[0].weekly.0.to",
        "[0].holidays.0.date",
    ]


def test_queue_with_a_survey_asks_it_after_the_agent_left() -> None:
    doc = {
        "start": "q",
        "nodes": {
            "q": {"type": "queue", "queue": "support", "survey": "rate"},
            "rate": {"type": "survey", "prompt": "survey_question"},
        },
    }
    assert validate(doc, KNOWN) == []
    run = run_of(doc)
    assert run.start() == [fe.Finish(fe.Outcome("queue", "support"))]
    assert run.agent_left() == [fe.Play("survey_question")]
    assert run.digit("5") == [fe.Satisfaction(5), fe.Finish(fe.Outcome("hangup", reason="survey"))]
    assert run.agent_left() == []  # once
    plain = run_of(MAIN_MENU)
    plain.start()
    plain.digit("1")
    assert plain.agent_left() == []


@pytest.mark.parametrize(
    "node",
    [
        {"type": ["menu"]},
        {"type": "dial", "agent": ["1001"]},
        {"type": "dial", "agent": {"a": 1}},
        {"type": "menu", "prompt": ["welcome_menu"], "choices": {"1": ["a"]}},
        {"type": "collect", "prompt": "goodbye", "variable": 5, "next": "x", "pattern": "("},
        {"type": "voicemail", "box": ["support"]},
    ],
)
def test_values_of_the_wrong_type_are_problems_not_crashes(node: dict[str, Any]) -> None:
    assert validate({"start": "x", "nodes": {"x": node}}, KNOWN)


@pytest.mark.parametrize("key", ["weekly", "holidays", "workdays"])
@pytest.mark.parametrize("value", [5, True, "x", {"a": 1}])
def test_time_group_lists_of_the_wrong_type(key: str, value: Any) -> None:
    assert tg.validate_group({"name": "g", key: value}, "[0]")
