"""QA score arithmetic (质检评分): weights, "not applicable" and critical items. Pure.

For each answered item, ratio r = points / max_points (yes = 1, no = 0). A section's score
is 100 × Σ(w·r) / Σ(w) over its applicable items (None when all are "na"). The form's
score is Σ(W·S) / Σ(W) over sections with a score (W: section weight). A critical item
failed (no, or 0 points) makes the form's score 0. Rounded half up to 2 decimals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any


class ScoringError(ValueError):
    """An answer sheet that does not fit its form; `error_id` and `item` say why."""

    def __init__(self, error_id: str, message: str, item: str | None = None) -> None:
        super().__init__(message)
        self.error_id = error_id
        self.item = item


def round2(value: float) -> float:
    """Half up to 2 decimals, as people round by hand (70.625 → 70.63)."""
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Scored:
    score: float  # 0..100
    critical_failed: bool
    sections: list[tuple[str, float | None]]  # (title, 0..100 or None)
    failed_critical_items: list[str]


def _ratio(item: Mapping[str, Any], value: float | str) -> float | None:
    """The item's ratio 0..1, or None for "na"."""
    key = item["key"]
    if value == "na":
        if not item.get("na_allowed", True):
            raise ScoringError(
                "not_applicable_refused", f"item {key} cannot be not applicable", key
            )
        return None
    if item.get("kind", "points") == "yes_no":
        if value not in ("yes", "no"):
            raise ScoringError("invalid_answer", f"item {key} takes yes, no or na", key)
        return 1.0 if value == "yes" else 0.0
    if isinstance(value, str):
        raise ScoringError("invalid_answer", f"item {key} takes points or na", key)
    top = float(item.get("max_points", 5))
    if not 0 <= value <= top:
        raise ScoringError(
            "score_out_of_range", f"item {key} takes 0 to {top:g} points, not {value:g}", key
        )
    return float(value) / top


def score(sections: Sequence[Mapping[str, Any]], answers: Mapping[str, float | str]) -> Scored:
    """Score `answers` (item key -> points, "yes", "no" or "na") against a form's sections.
    Every item must be answered and no unknown item named."""
    known = {i["key"] for s in sections for i in s["items"]}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise ScoringError("unknown_item", f"the form has no item {unknown[0]}", unknown[0])
    missing = [i["key"] for s in sections for i in s["items"] if i["key"] not in answers]
    if missing:
        raise ScoringError("answer_missing", f"item {missing[0]} is not answered", missing[0])
    section_scores: list[tuple[str, float | None]] = []
    failed: list[str] = []
    total = weights = 0.0
    for section in sections:
        num = den = 0.0
        for item in section["items"]:
            ratio = _ratio(item, answers[item["key"]])
            if ratio is None:
                continue
            if item.get("critical") and ratio == 0.0:
                failed.append(item["key"])
            w = float(item.get("weight", 1.0))
            num, den = num + w * ratio, den + w
        value = 100.0 * num / den if den else None
        section_scores.append((section["title"], None if value is None else round2(value)))
        if value is not None:
            w = float(section.get("weight", 1.0))
            total, weights = total + w * value, weights + w
    final = 0.0 if failed or not weights else total / weights
    return Scored(round2(final), bool(failed), section_scores, failed)
