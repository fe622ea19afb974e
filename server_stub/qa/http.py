"""Endpoints of quality assurance (质检) under /api/v1/qa: forms (admins edit, everyone
reads), evaluations (reviewers score; agents see, acknowledge or dispute their own),
samples and the QA report (reviewers)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from agent_desktop.protocol.qa import (
    QaDisputeRequest,
    QaEvaluation,
    QaEvaluationInput,
    QaEvaluationList,
    QaForm,
    QaFormInput,
    QaFormSummary,
    QaResolveRequest,
    QaSample,
    QaSampleRequest,
)
from agent_desktop.protocol.reports import ReportResult
from server_stub.api.deps import AnyUser, QaFormEditor, QaReviewer, ServicesDep
from server_stub.api.params import ItemId, Offset, OptionalId, OptionalSeconds
from server_stub.api.params import limit as limit_of

router = APIRouter(prefix="/qa", tags=["quality assurance"])
AgentParam = Annotated[str | None, Query(min_length=1, max_length=32)]


@router.get("/forms", response_model=list[QaFormSummary])
async def forms(_: AnyUser, svc: ServicesDep) -> list[QaFormSummary]:
    return await svc.qa.forms()


@router.post("/forms", response_model=QaForm, status_code=201)
async def create_form(body: QaFormInput, who: QaFormEditor, svc: ServicesDep) -> QaForm:
    return await svc.qa.create_form(body, who.agent_id)


@router.get("/forms/{form_id}", response_model=QaForm)
async def form(
    form_id: ItemId,
    _: AnyUser,
    svc: ServicesDep,
    version: Annotated[int | None, Query(ge=1, le=100_000)] = None,
) -> QaForm:
    return await svc.qa.form(form_id, version)


@router.put("/forms/{form_id}", response_model=QaForm)
async def update_form(
    form_id: ItemId, body: QaFormInput, who: QaFormEditor, svc: ServicesDep
) -> QaForm:
    return await svc.qa.update_form(form_id, body, who.agent_id)


@router.post("/evaluations", response_model=QaEvaluation, status_code=201)
async def evaluate(body: QaEvaluationInput, who: QaReviewer, svc: ServicesDep) -> QaEvaluation:
    return await svc.qa.evaluate(body, who)


@router.get("/evaluations", response_model=QaEvaluationList)
async def evaluations(
    me: AnyUser,
    svc: ServicesDep,
    agent_id: AgentParam = None,
    status: Literal["submitted", "acknowledged", "disputed", "resolved"] | None = None,
    form_id: OptionalId = None,
    since: OptionalSeconds = None,
    until: OptionalSeconds = None,
    limit: Annotated[int, limit_of(500)] = 100,
    offset: Offset = 0,
) -> QaEvaluationList:
    """Reviewers see the evaluations of the agents in their scope; anyone else their own."""
    filters = {
        "agent_id": agent_id,
        "status": status,
        "form_id": form_id,
        "since": since,
        "until": until,
    }
    return await svc.qa.evaluations(me, filters, limit, offset)


@router.get("/evaluations/{evaluation_id}", response_model=QaEvaluation)
async def evaluation(evaluation_id: ItemId, me: AnyUser, svc: ServicesDep) -> QaEvaluation:
    return await svc.qa.evaluation(evaluation_id, me)


@router.post("/evaluations/{evaluation_id}/acknowledge", response_model=QaEvaluation)
async def acknowledge(evaluation_id: ItemId, me: AnyUser, svc: ServicesDep) -> QaEvaluation:
    return await svc.qa.acknowledge(evaluation_id, me)


@router.post("/evaluations/{evaluation_id}/dispute", response_model=QaEvaluation)
async def dispute(
    evaluation_id: ItemId, body: QaDisputeRequest, me: AnyUser, svc: ServicesDep
) -> QaEvaluation:
    return await svc.qa.dispute(evaluation_id, body, me)


@router.post("/evaluations/{evaluation_id}/resolve", response_model=QaEvaluation)
async def resolve(
    evaluation_id: ItemId, body: QaResolveRequest, who: QaReviewer, svc: ServicesDep
) -> QaEvaluation:
    return await svc.qa.resolve(evaluation_id, body, who)


@router.post("/samples", response_model=QaSample)
async def samples(body: QaSampleRequest, who: QaReviewer, svc: ServicesDep) -> QaSample:
    return await svc.qa_reports.sample(body, who)


@router.get("/report", response_model=ReportResult, response_model_by_alias=True)
async def report(
    who: QaReviewer,
    svc: ServicesDep,
    from_: Annotated[datetime, Query(alias="from")],
    to: datetime,
    group_by: str = "agent",
    agent_id: AgentParam = None,
    team: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    form_id: OptionalId = None,
) -> ReportResult:
    """Evaluations, average score, critical fails and disputes by agent, team or form."""
    return await svc.qa_reports.report(who, from_, to, group_by, agent_id, team, form_id)
