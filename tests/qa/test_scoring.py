"""QA score arithmetic against hand-computed cases: weights, "na", critical items."""

from __future__ import annotations

import pytest

from server_stub.domain.qa_scoring import ScoringError, score

SECTIONS = [
    {
        "title": "Opening",
        "weight": 1.0,
        "items": [
            {"key": "greeting", "kind": "yes_no", "weight": 1.0},
            {"key": "verify", "kind": "yes_no", "weight": 1.0, "critical": True},
        ],
    },
    {
        "title": "Handling",
        "weight": 3.0,
        "items": [
            {"key": "empathy", "kind": "points", "max_points": 5, "weight": 2.0},
            {"key": "accuracy", "kind": "points", "max_points": 10, "weight": 1.0},
            {"key": "upsell", "kind": "yes_no", "weight": 1.0, "na_allowed": True},
        ],
    },
]


def test_weights_by_hand() -> None:
    # Opening: greeting no (0), verify yes (1), equal weights → (0 + 1) / 2 = 50 %.
    # Handling: empathy 4/5 = 0.8 (w 2), accuracy 5/10 = 0.5 (w 1), upsell yes (w 1)
    #   → (1.6 + 0.5 + 1) / 4 = 77.5 %.
    # Form: (1 · 50 + 3 · 77.5) / 4 = 70.625 → 70.63.
    result = score(
        SECTIONS, {"greeting": "no", "verify": "yes", "empathy": 4, "accuracy": 5, "upsell": "yes"}
    )
    assert result.sections == [("Opening", 50.0), ("Handling", 77.5)]
    assert result.score == 70.63 and not result.critical_failed


def test_not_applicable_is_left_out_of_the_weights() -> None:
    # Handling without upsell: (1.6 + 0.5) / 3 = 70 %; form (50 + 3 · 70) / 4 = 65.
    result = score(
        SECTIONS, {"greeting": "no", "verify": "yes", "empathy": 4, "accuracy": 5, "upsell": "na"}
    )
    assert result.sections[1] == ("Handling", 70.0)
    assert result.score == 65.0


def test_a_section_all_not_applicable_drops_out() -> None:
    sections = [
        SECTIONS[0],
        {"title": "Extra", "weight": 5.0, "items": [{"key": "x", "kind": "yes_no"}]},
    ]
    result = score(sections, {"greeting": "yes", "verify": "yes", "x": "na"})
    assert result.sections == [("Opening", 100.0), ("Extra", None)]
    assert result.score == 100.0


def test_a_failed_critical_item_zeroes_the_score() -> None:
    result = score(
        SECTIONS, {"greeting": "yes", "verify": "no", "empathy": 5, "accuracy": 10, "upsell": "yes"}
    )
    assert result.critical_failed and result.failed_critical_items == ["verify"]
    assert result.score == 0.0
    assert result.sections[1] == ("Handling", 100.0)  # the sections still show their part


def test_critical_points_item_fails_at_zero_points_only() -> None:
    sections = [
        {
            "title": "S",
            "weight": 1.0,
            "items": [{"key": "law", "kind": "points", "max_points": 4, "critical": True}],
        }
    ]
    assert score(sections, {"law": 1}).score == 25.0
    assert score(sections, {"law": 0}).critical_failed


@pytest.mark.parametrize(
    ("answers", "error_id"),
    [
        (
            {"greeting": "yes", "verify": "yes", "empathy": 6, "accuracy": 5, "upsell": "yes"},
            "score_out_of_range",
        ),
        (
            {"greeting": "yes", "verify": "yes", "empathy": -1, "accuracy": 5, "upsell": "yes"},
            "score_out_of_range",
        ),
        (
            {"greeting": 1, "verify": "yes", "empathy": 1, "accuracy": 5, "upsell": "yes"},
            "invalid_answer",
        ),
        (
            {"greeting": "yes", "verify": "yes", "empathy": "yes", "accuracy": 5, "upsell": "yes"},
            "invalid_answer",
        ),
        (
            {
                "greeting": "yes",
                "verify": "yes",
                "empathy": 1,
                "accuracy": 5,
                "upsell": "yes",
                "ghost": 1,
            },
            "unknown_item",
        ),
        ({"greeting": "yes", "verify": "yes", "empathy": 1, "accuracy": 5}, "answer_missing"),
    ],
)
def test_answers_that_do_not_fit_the_form(answers: dict[str, float | str], error_id: str) -> None:
    with pytest.raises(ScoringError) as caught:
        score(SECTIONS, answers)
    assert caught.value.error_id == error_id


def test_na_refused_where_not_allowed() -> None:
    sections = [{"title": "S", "items": [{"key": "a", "kind": "yes_no", "na_allowed": False}]}]
    with pytest.raises(ScoringError) as caught:
        score(sections, {"a": "na"})
    assert caught.value.error_id == "not_applicable_refused"
