"""The QA endpoints (/api/v1/qa) over the app's `CtiClient`; no Qt."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agent_desktop.cti import CtiClient
from agent_desktop.protocol.qa import (
    QaEvaluation,
    QaEvaluationInput,
    QaEvaluationList,
    QaForm,
    QaFormInput,
    QaFormSummary,
    QaSample,
    QaSampleRequest,
)
from agent_desktop.protocol.reports import ReportResult


class QaApi:
    """Every method raises `CtiError` subclasses (the server's error id and message)."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    async def _call(
        self, method: str, path: str, json: Any = None, params: dict[str, Any] | None = None
    ) -> Any:
        return await self.client.request(
            method, "/qa" + path, json=json, params=params, feature=True
        )

    async def forms(self) -> list[QaFormSummary]:
        return [QaFormSummary.model_validate(f) for f in await self._call("GET", "/forms")]

    async def form(self, form_id: int, version: int | None = None) -> QaForm:
        params = {"version": version} if version else None
        return QaForm.model_validate(await self._call("GET", f"/forms/{form_id}", params=params))

    async def save_form(self, form_id: int | None, body: QaFormInput) -> QaForm:
        data = body.model_dump()
        raw = (
            await self._call("POST", "/forms", data)
            if form_id is None
            else await self._call("PUT", f"/forms/{form_id}", data)
        )
        return QaForm.model_validate(raw)

    async def evaluate(self, body: QaEvaluationInput) -> QaEvaluation:
        return QaEvaluation.model_validate(
            await self._call("POST", "/evaluations", body.model_dump())
        )

    async def evaluations(self, **filters: Any) -> QaEvaluationList:
        params = {k: v for k, v in filters.items() if v not in (None, "")}
        return QaEvaluationList.model_validate(
            await self._call("GET", "/evaluations", params=params)
        )

    async def acknowledge(self, evaluation_id: int) -> QaEvaluation:
        return QaEvaluation.model_validate(
            await self._call("POST", f"/evaluations/{evaluation_id}/acknowledge")
        )

    async def dispute(self, evaluation_id: int, reason: str) -> QaEvaluation:
        return QaEvaluation.model_validate(
            await self._call("POST", f"/evaluations/{evaluation_id}/dispute", {"reason": reason})
        )

    async def resolve(
        self, evaluation_id: int, note: str, answers: dict[str, float | str] | None = None
    ) -> QaEvaluation:
        """Uphold the score, or amend it with `answers` (item key -> value)."""
        body: dict[str, Any] = {"outcome": "upheld", "note": note}
        if answers is not None:
            body = {
                "outcome": "amended",
                "note": note,
                "answers": [{"item": k, "value": v} for k, v in answers.items()],
            }
        return QaEvaluation.model_validate(
            await self._call("POST", f"/evaluations/{evaluation_id}/resolve", body)
        )

    async def report(self, start: datetime, end: datetime, group_by: str) -> ReportResult:
        params = {"from": start.isoformat(), "to": end.isoformat(), "group_by": group_by}
        return ReportResult.model_validate(await self._call("GET", "/report", params=params))

    async def sample(self, body: QaSampleRequest) -> QaSample:
        data = body.model_dump(mode="json", by_alias=True, exclude_none=True)
        return QaSample.model_validate(await self._call("POST", "/samples", data))
