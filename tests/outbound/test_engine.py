"""The dialler's pure logic: calling hours, retries, results, figures and pacing."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server_stub.outbound import engine
from server_stub.outbound.contacts import ImportFailed, normalise_number, parse_contacts

SH = ZoneInfo("Asia/Shanghai")


def _ts(*args: int) -> float:
    return datetime(*args, tzinfo=SH).timestamp()  # type: ignore[arg-type, misc]


def test_calling_hours_per_weekday_in_the_campaigns_zone() -> None:
    hours = engine.CallingHours.parse(
        {"mon": [["09:00", "12:00"], ["13:30", "18:00"]], "sat": [["10:00", "12:00"]]},
        "Asia/Shanghai",
    )
    monday = (2026, 12, 7)
    assert hours.is_open(_ts(*monday, 9, 0))
    assert not hours.is_open(_ts(*monday, 8, 59))
    assert not hours.is_open(_ts(*monday, 12, 30))  # lunch break
    assert hours.is_open(_ts(*monday, 17, 59))
    assert not hours.is_open(_ts(*monday, 18, 0))  # end is exclusive
    assert not hours.is_open(_ts(2026, 12, 8, 10, 0))  # Tuesday: not listed, no calling
    assert hours.next_open(_ts(*monday, 12, 30)) == _ts(*monday, 13, 30)
    assert hours.next_open(_ts(*monday, 19, 0)) == _ts(2026, 12, 12, 10, 0)  # Saturday
    assert engine.CallingHours.parse({}, "UTC").next_open(0) is None


@pytest.mark.parametrize(
    ("hours", "zone", "message"),
    [
        ({"monday": [["09:00", "18:00"]]}, "UTC", "not a weekday"),
        ({"mon": [["9am", "18:00"]]}, "UTC", "not a time HH:MM"),
        ({"mon": [["18:00", "09:00"]]}, "UTC", "ends before it starts"),
        ({"mon": ["09:00"]}, "UTC", "is not a \\[start, end\\] pair"),
        ({"mon": [["09:00", "18:00"]]}, "Mars/Olympus", "unknown time zone"),
    ],
)
def test_bad_calling_hours_are_named(hours: dict, zone: str, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(engine.EngineError, match=message):
        engine.CallingHours.parse(hours, zone)


def test_retries_follow_the_rule_of_each_result() -> None:
    rules = engine.parse_retry({"busy": {"max": 3, "spacing_s": 600}, "no_answer": {"max": 2}})
    assert engine.next_attempt("busy", 1, rules, 1000) == 1600
    assert engine.next_attempt("busy", 2, rules, 1000) == 1600
    assert engine.next_attempt("busy", 3, rules, 1000) is None  # third attempt was the last
    assert engine.next_attempt("no_answer", 1, rules, 0) == 1800  # default spacing kept
    assert engine.next_attempt("no_answer", 2, rules, 0) is None
    assert engine.next_attempt("answered", 1, rules, 0) is None
    assert engine.next_attempt("dropped", 1, rules, 0) is None
    with pytest.raises(engine.EngineError, match="not one of"):
        engine.parse_retry({"angry": {"max": 1}})
    with pytest.raises(engine.EngineError, match="between 1 and 20"):
        engine.parse_retry({"busy": {"max": 0}})


def test_call_end_causes_map_to_results() -> None:
    assert engine.classify("customer_hangup", answered=True) == "answered"
    assert engine.classify("busy", answered=False) == "busy"
    assert engine.classify("rejected", answered=False) == "busy"
    assert engine.classify("no_answer", answered=False) == "no_answer"
    assert engine.classify("failed_480", answered=False) == "no_answer"
    assert engine.classify("failed_503", answered=False) == "failed"
    assert engine.classify("dial_failed", answered=False) == "failed"
    assert engine.classify(None, answered=False) == "failed"


def test_figures_measure_drops_over_answered_calls() -> None:
    f = engine.Figures(dialled=100, answered=29, dropped=1)
    assert f.drop_rate == pytest.approx(1 / 30)
    assert f.answer_rate == pytest.approx(0.3)
    assert engine.Figures().as_dict()["drop_rate"] == 0


def test_progressive_dials_one_line_per_free_agent_only() -> None:
    pacer = engine.Pacer("progressive")
    figures = engine.Figures(dialled=100, answered=30)
    assert pacer.to_dial(free_agents=5, busy_agents=10, in_flight=2, figures=figures) == 3
    assert pacer.to_dial(free_agents=0, busy_agents=10, in_flight=0, figures=figures) == 0
    assert engine.Pacer("preview").to_dial(5, 0, 0, figures) == 0
    assert engine.Pacer("broadcast", lines=8).to_dial(0, 0, 3, figures) == 5


def test_predictive_dials_ahead_within_the_expected_drop_share() -> None:
    pacer = engine.Pacer("predictive", ceiling=0.03, level=1.0)
    measured = engine.Figures(dialled=400, completed=400, answered=120)  # 30 % answer
    ahead = pacer.to_dial(free_agents=3, busy_agents=10, in_flight=0, figures=measured)
    agents = 3 + 1  # 10 talking, ~15 s ring over 120 s handle: one more agent soon
    assert ahead > agents  # dials ahead of the agents
    assert engine.expected_drop_share(ahead, agents, 0.3 + 0.023) <= 0.03
    assert engine.expected_drop_share(ahead + 1, agents, 0.3 + 0.023) > 0.03
    # more agents: more lines each (pooling), and a lower ceiling: fewer
    assert pacer.to_dial(20, 0, 0, measured) / 20 > ahead / agents
    assert engine.Pacer("predictive", ceiling=0.01).to_dial(3, 10, 0, measured) < ahead
    assert pacer.to_dial(3, 10, in_flight=ahead, figures=measured) == 0


def test_the_level_adapts_to_the_measured_drop_rate_with_a_hard_limit() -> None:
    pacer = engine.Pacer("predictive", ceiling=0.03, level=1.0)
    clean = engine.Figures(dialled=400, completed=400, answered=120)
    for _ in range(10):
        pacer.adapt(clean)  # no drops: the level rises
    assert pacer.level > 1.0
    dropping = engine.Figures(dialled=400, completed=400, answered=116, dropped=4)  # 3.3 %
    level = pacer.level
    pacer.adapt(dropping)
    assert pacer.level < level
    # at the ceiling the hard limit dials one line per free agent, as progressive does
    assert pacer.to_dial(free_agents=3, busy_agents=10, in_flight=0, figures=dropping) == 3
    # too few ended attempts to measure the answer rate: progressive
    young = engine.Figures(dialled=25, completed=20, answered=6)
    assert pacer.to_dial(free_agents=3, busy_agents=0, in_flight=0, figures=young) == 3


def test_expected_drop_share() -> None:
    assert engine.expected_drop_share(5, 5, 0.3) == 0  # a line per agent: never a drop
    assert engine.expected_drop_share(10, 1, 1.0) == pytest.approx(0.9)
    assert 0 < engine.expected_drop_share(20, 5, 0.3) < engine.expected_drop_share(30, 5, 0.3)


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("138 0013 8000", "13800138000"),
        ("+86 138-0013-8000", "13800138000"),
        ("0086 13800138000", "13800138000"),
        ("(010) 8888-6666", "01088886666"),
        ("+44 20 7946 0000", "+442079460000"),
    ],
)
def test_numbers_in_odd_formats_are_normalised(raw: str, number: str) -> None:
    assert normalise_number(raw) == number


@pytest.mark.parametrize("raw", ["", "12345", "call me", "+86 999"])
def test_bad_numbers_are_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        normalise_number(raw)


def test_contact_rows_report_every_bad_row_and_count_duplicates() -> None:
    table = [
        ["电话", "姓名", "城市"],
        ["13800138000", "张三", "北京"],
        ["138-0013-8000", "张三 again", ""],
        ["nonsense", "李四", ""],
        ["13900139000", "王五", "上海"],
        ["", "", ""],
        ["1", "x", ""],
    ]
    parsed = parse_contacts(table, known={"13900139000"})
    assert [r["number"] for r in parsed.rows] == ["13800138000"]
    assert parsed.rows[0]["fields"] == {"城市": "北京"}
    assert parsed.duplicates == 2
    assert [e["row"] for e in parsed.errors] == [4, 6]  # the blank row is not counted
    with pytest.raises(ImportFailed, match="no number column"):
        parse_contacts([["who"], ["x"]])
    with pytest.raises(ImportFailed, match="list is empty"):
        parse_contacts([["phone", "name"]])
    with pytest.raises(ImportFailed, match="not in the file"):
        parse_contacts([["Tel"], ["13800138000"]], {"number": "Phone"})


def test_number_scopes_for_outbound_permissions() -> None:
    assert engine.number_scope("+442079460000") == "international"
    assert engine.number_scope("02188886666", "010") == "national"
    assert engine.number_scope("01088886666", "010") == "local"
    assert engine.number_scope("01088886666") == "national"  # no area code set
    assert engine.number_scope("13800138000", "010") == "local"  # mobiles
    assert engine.number_scope("4008001000") == "local"
    assert engine.may_dial("national", "02188886666", "010")
    assert not engine.may_dial("local", "02188886666", "010")
    assert not engine.may_dial("national", "+442079460000")
    assert engine.may_dial("international", "+442079460000")
