"""Quality assurance (质检) under `/api/v1/qa`: scoring forms, evaluations, samples.

Forms: `GET/POST /qa/forms`, `GET/PUT /qa/forms/{id}` (`?version=N` for an older one).
Evaluations: `GET/POST /qa/evaluations`, `GET /qa/evaluations/{id}`, then
`POST …/{id}/acknowledge`, `…/{id}/dispute` (the agent), `…/{id}/resolve` (a reviewer).
`POST /qa/samples` picks recorded, not yet evaluated calls; `GET /qa/report` answers a
`protocol.reports.ReportResult`. The score is computed on the server (docs/qa.md).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, field_validator, model_validator

from agent_desktop.protocol.models import CallRecord, Request, Response

__all__ = [
    "QA_GROUP_BY",
    "QaAnswer",
    "QaComment",
    "QaDisputeRequest",
    "QaEvaluation",
    "QaEvaluationInput",
    "QaEvaluationList",
    "QaForm",
    "QaFormInput",
    "QaFormSummary",
    "QaItem",
    "QaResolveRequest",
    "QaSample",
    "QaSampleRequest",
    "QaSection",
    "QaSectionScore",
]

KEY_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}$"
QA_GROUP_BY = ("agent", "team", "form")
ItemKind = Literal["points", "yes_no"]
Status = Literal["submitted", "acknowledged", "disputed", "resolved"]
AnswerValue = float | Literal["yes", "no", "na"]


class QaItem(Request):
    """One thing scored: `points` (0..max_points) or `yes_no`; `critical` zeroes the whole
    score when failed (no, or 0 points); `na_allowed`: "not applicable" leaves it out."""

    key: str = Field(pattern=KEY_PATTERN)
    label: str = Field(min_length=1, max_length=200)
    kind: ItemKind = "points"
    max_points: int = Field(default=5, ge=1, le=100)
    weight: float = Field(default=1.0, gt=0, le=100, allow_inf_nan=False)
    critical: bool = False
    na_allowed: bool = True


class QaSection(Request):
    title: str = Field(min_length=1, max_length=200)
    weight: float = Field(default=1.0, gt=0, le=100, allow_inf_nan=False)
    items: list[QaItem] = Field(min_length=1, max_length=50)


class QaFormInput(Request):
    """A form as an admin writes it; item keys are unique within the form."""

    name: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=1000)
    sections: list[QaSection] = Field(min_length=1, max_length=20)
    active: bool = True

    @model_validator(mode="after")
    def _unique_keys(self) -> QaFormInput:
        keys = [i.key for s in self.sections for i in s.items]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"item keys must be unique: {', '.join(dupes)}")
        return self


class QaForm(Response):
    """One version of a form. Editing a form that evaluations used makes a new version."""

    id: int
    version: int
    name: str
    description: str = ""
    sections: list[QaSection]
    active: bool = True
    created_at: float
    created_by: str | None = None
    evaluations: int = 0  # evaluations made with this version


class QaFormSummary(Response):
    id: int
    version: int
    name: str
    active: bool
    updated_at: float


class QaAnswer(Request):
    """`value`: points for a points item, "yes"/"no" for a yes/no item, "na" if allowed."""

    item: str = Field(pattern=KEY_PATTERN)
    value: AnswerValue

    @field_validator("value")
    @classmethod
    def _finite(cls, value: AnswerValue) -> AnswerValue:
        if isinstance(value, float) and value != value:  # NaN
            raise ValueError("value must be a number, yes, no or na")
        return value


class QaComment(Request):
    """A remark at a time position of the recording (seconds from its start)."""

    at_seconds: float = Field(ge=0, le=86400, allow_inf_nan=False)
    text: str = Field(min_length=1, max_length=1000)


class QaEvaluationInput(Request):
    call_id: str = Field(min_length=1, max_length=64)
    form_id: int = Field(ge=1, le=2**53 - 1)
    answers: list[QaAnswer] = Field(max_length=1000)
    comments: list[QaComment] = Field(default_factory=list, max_length=200)
    summary: str = Field(default="", max_length=2000)


class QaSectionScore(Response):
    title: str
    score: float | None  # 0..100; None when every item was not applicable


class QaEvaluation(Response):
    id: int
    call_id: str
    recording_id: str | None = None
    agent_id: str
    evaluator: str
    form_id: int
    form_version: int
    form_name: str
    score: float  # 0..100, after critical items
    critical_failed: bool
    sections: list[QaSectionScore]
    answers: list[QaAnswer]
    comments: list[QaComment]
    summary: str = ""
    status: Status
    created_at: float
    call_started_at: float | None = None
    acknowledged_at: float | None = None
    dispute_reason: str | None = None
    disputed_at: float | None = None
    resolution: str | None = None
    resolved_by: str | None = None
    resolved_at: float | None = None
    original_score: float | None = None  # set when a resolution changed the score


class QaEvaluationList(Response):
    evaluations: list[QaEvaluation]
    total: int


class QaDisputeRequest(Request):
    reason: str = Field(min_length=1, max_length=1000)


class QaResolveRequest(Request):
    """`upheld`: the score stands; `amended`: the reviewer re-scores with `answers`."""

    outcome: Literal["upheld", "amended"]
    note: str = Field(min_length=1, max_length=1000)
    answers: list[QaAnswer] | None = Field(default=None, max_length=1000)

    @model_validator(mode="after")
    def _answers_when_amended(self) -> QaResolveRequest:
        if self.outcome == "amended" and not self.answers:
            raise ValueError("an amended evaluation needs its new answers")
        return self


class QaSampleRequest(Request):
    """N random calls of one agent or one team in [from, to), recorded and not evaluated."""

    agent_id: str | None = Field(default=None, min_length=1, max_length=32)
    team: str | None = Field(default=None, min_length=1, max_length=64)
    from_: datetime = Field(alias="from")
    to: datetime
    count: int = Field(ge=1, le=100)
    seed: int | None = Field(default=None, ge=0, le=2**53 - 1)  # repeatable draws

    model_config = Request.model_config | {"populate_by_name": True}

    @model_validator(mode="after")
    def _period(self) -> QaSampleRequest:
        if (self.agent_id is None) == (self.team is None):
            raise ValueError("name exactly one of agent_id or team")
        if self.to.timestamp() <= self.from_.timestamp():
            raise ValueError("`to` must be after `from`")
        return self


class QaSample(Response):
    calls: list[CallRecord]
    requested: int
    available: int  # recorded, not yet evaluated calls in the period
