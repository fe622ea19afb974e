"""QA service (质检): versioned scoring forms and evaluations of recorded calls, with the
agent's acknowledgement or dispute and a reviewer's resolution. Scores come from
`domain.qa_scoring`; SQL from `store.qa`; who may see what from `auth.access`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from agent_desktop.protocol.admin import Permission
from agent_desktop.protocol.qa import (
    QaAnswer,
    QaDisputeRequest,
    QaEvaluation,
    QaEvaluationInput,
    QaEvaluationList,
    QaForm,
    QaFormInput,
    QaFormSummary,
    QaResolveRequest,
    QaSectionScore,
)
from server_stub.auth.access import Access
from server_stub.auth.service import Principal
from server_stub.domain.qa_scoring import ScoringError, score
from server_stub.errors import Conflict, Forbidden, InvalidInput, NotFound
from server_stub.qa.notifier import QaNotifier
from server_stub.store import StoreRunner
from server_stub.store import qa as qa_store
from server_stub.store.base import Row

log = logging.getLogger(__name__)


class NotRecorded(Conflict):
    error_id = "not_recorded"


class AlreadyEvaluated(Conflict):
    error_id = "already_evaluated"


class WrongStatus(Conflict):
    error_id = "evaluation_status"


class OwnCall(Forbidden):
    error_id = "own_call"


class FormInactive(Conflict):
    error_id = "form_inactive"


def form_model(row: Row) -> QaForm:
    return QaForm(
        id=row["id"],
        version=row["version"],
        name=row["name"],
        description=row["description"],
        sections=row["sections"],
        active=bool(row["active"]),
        created_at=row["created_at"],
        created_by=row["created_by"],
        evaluations=row["evaluations"],
    )


def evaluation_model(row: Row) -> QaEvaluation:
    fields = {k: row[k] for k in QaEvaluation.model_fields if k in row}
    fields["critical_failed"] = bool(row["critical_failed"])
    fields["sections"] = [QaSectionScore(title=t, score=s) for t, s in row["sections"]]
    return QaEvaluation(**fields)


def _answer_map(answers: list[QaAnswer]) -> dict[str, float | str]:
    out: dict[str, float | str] = {}
    for a in answers:
        if a.item in out:
            raise InvalidInput(f"item {a.item} is answered twice", field="answers", item=a.item)
        out[a.item] = a.value
    return out


def _scored(sections: list[Any], answers: list[QaAnswer]) -> tuple[Any, Row]:
    try:
        result = score(sections, _answer_map(answers))
    except ScoringError as exc:
        error = InvalidInput(str(exc), field="answers", item=exc.item)
        error.error_id = exc.error_id
        raise error from None
    return result, {
        "score": result.score,
        "critical_failed": int(result.critical_failed),
        "sections": result.sections,
        "answers": [a.model_dump() for a in answers],
    }


class QaService:
    def __init__(
        self,
        runner: StoreRunner,
        access: Access,
        clock: Callable[[], float],
        notifier: QaNotifier | None = None,
    ) -> None:
        self._runner = runner
        self._access = access
        self._clock = clock
        self._notifier = notifier

    def _tell(self, evaluation: QaEvaluation) -> QaEvaluation:
        """`qa_evaluation_changed` to the evaluated agent and the evaluator."""
        if self._notifier is not None:
            self._notifier.evaluation_changed(evaluation)
        return evaluation

    # --- forms -------------------------------------------------------------------------

    async def forms(self) -> list[QaFormSummary]:
        rows = await self._runner.run(qa_store.list_forms)
        return [
            QaFormSummary(
                id=r["id"],
                version=r["version"],
                name=r["name"],
                active=bool(r["active"]),
                updated_at=r["updated_at"],
            )
            for r in rows
        ]

    async def form(self, form_id: int, version: int | None = None) -> QaForm:
        row = await self._runner.run(lambda s: qa_store.get_form(s, form_id, version))
        if row is None:
            raise NotFound(f"no QA form {form_id}" + (f" version {version}" if version else ""))
        return form_model(row)

    async def create_form(self, body: QaFormInput, actor: str) -> QaForm:
        data = body.model_dump()
        form_id = await self._runner.run(
            lambda s: qa_store.create_form(s, data, actor, self._clock())
        )
        log.info(
            "QA form %d %r created by %s (%d sections)",
            form_id,
            body.name,
            actor,
            len(body.sections),
        )
        return await self.form(form_id)

    async def update_form(self, form_id: int, body: QaFormInput, actor: str) -> QaForm:
        data = body.model_dump()
        version = await self._runner.run(
            lambda s: qa_store.update_form(s, form_id, data, actor, self._clock())
        )
        if version is None:
            raise NotFound(f"no QA form {form_id}")
        log.info(
            "QA form %d %r edited by %s: version %d now current", form_id, body.name, actor, version
        )
        return await self.form(form_id)

    # --- evaluations -------------------------------------------------------------------

    def visible_agents(self, me: Principal) -> list[str] | None:
        """Whose evaluations `me` sees: reviewers their scope (None: all), others their own."""
        if not me.can(Permission.EVALUATE_QA):
            return [me.agent_id]
        scope = self._access.scope(me.agent_id, me.role)
        return None if scope is None else sorted(scope)

    async def evaluate(self, body: QaEvaluationInput, me: Principal) -> QaEvaluation:
        call = await self._runner.run(lambda s: qa_store.recorded_call(s, body.call_id))
        if call is None:
            raise NotFound(f"no call {body.call_id}", field="call_id")
        if not call.get("agent_id") or call.get("answered_at") is None:
            raise NotRecorded(f"call {body.call_id} was not answered by an agent", field="call_id")
        if not call.get("usable_recording"):
            raise NotRecorded(f"call {body.call_id} has no recording to evaluate", field="call_id")
        if call["agent_id"] == me.agent_id:
            raise OwnCall("you cannot evaluate your own call", field="call_id")
        self._access.check_agent(me, call["agent_id"])
        form = await self.form(body.form_id)
        if not form.active:
            raise FormInactive(f"QA form {form.id} is not active", field="form_id")
        result, scored = _scored([s.model_dump() for s in form.sections], body.answers)
        row = {
            "call_id": call["id"],
            "recording_id": call["usable_recording"],
            "agent_id": call["agent_id"],
            "evaluator": me.agent_id,
            "form_id": form.id,
            "form_version": form.version,
            **scored,
            "comments": [c.model_dump() for c in sorted(body.comments, key=lambda c: c.at_seconds)],
            "summary": body.summary,
            "status": "submitted",
            "created_at": self._clock(),
            "call_started_at": call["started_at"],
        }
        evaluation_id = await self._runner.run(lambda s: qa_store.insert_evaluation(s, row))
        if evaluation_id is None:
            raise AlreadyEvaluated(f"call {call['id']} is already evaluated", field="call_id")
        log.info(
            "QA evaluation %d: %s scored call %s of agent %s with form %d v%d: %.2f%s",
            evaluation_id,
            me.agent_id,
            call["id"],
            call["agent_id"],
            form.id,
            form.version,
            result.score,
            " (critical item failed: " + ", ".join(result.failed_critical_items) + ")"
            if result.critical_failed
            else "",
        )
        return self._tell(await self._get(evaluation_id))

    async def _get(self, evaluation_id: int) -> QaEvaluation:
        row = await self._runner.run(lambda s: qa_store.get_evaluation(s, evaluation_id))
        if row is None:
            raise NotFound(f"no QA evaluation {evaluation_id}")
        return evaluation_model(row)

    async def evaluation(self, evaluation_id: int, me: Principal) -> QaEvaluation:
        found = await self._get(evaluation_id)
        visible = self.visible_agents(me)
        if visible is not None and found.agent_id not in visible:
            # Not even its existence is told to someone who may not see it.
            raise NotFound(f"no QA evaluation {evaluation_id}")
        return found

    async def evaluations(
        self, me: Principal, filters: Row, limit: int, offset: int
    ) -> QaEvaluationList:
        visible = self.visible_agents(me)
        rows, total = await self._runner.run(
            lambda s: qa_store.list_evaluations(s, visible, filters, limit, offset)
        )
        return QaEvaluationList(evaluations=[evaluation_model(r) for r in rows], total=total)

    async def _change(self, evaluation: QaEvaluation, expected: str, fields: Row) -> None:
        if evaluation.status != expected:
            raise WrongStatus(
                f"evaluation {evaluation.id} is {evaluation.status}, not {expected}",
                status=evaluation.status,
            )
        ok = await self._runner.run(
            lambda s: qa_store.update_evaluation(s, evaluation.id, fields, expected)
        )
        if not ok:
            raise WrongStatus(f"evaluation {evaluation.id} changed meanwhile; reload it")

    async def _own(self, evaluation_id: int, me: Principal) -> QaEvaluation:
        found = await self._get(evaluation_id)
        if found.agent_id != me.agent_id:
            visible = self.visible_agents(me)
            if visible is None or found.agent_id in visible:
                raise Forbidden(
                    "only the evaluated agent may acknowledge or dispute", agent_id=found.agent_id
                )
            raise NotFound(f"no QA evaluation {evaluation_id}")
        return found

    async def acknowledge(self, evaluation_id: int, me: Principal) -> QaEvaluation:
        found = await self._own(evaluation_id, me)
        await self._change(
            found, "submitted", {"status": "acknowledged", "acknowledged_at": self._clock()}
        )
        log.info("QA evaluation %d acknowledged by agent %s", evaluation_id, me.agent_id)
        return self._tell(await self._get(evaluation_id))

    async def dispute(
        self, evaluation_id: int, body: QaDisputeRequest, me: Principal
    ) -> QaEvaluation:
        found = await self._own(evaluation_id, me)
        await self._change(
            found,
            "submitted",
            {"status": "disputed", "dispute_reason": body.reason, "disputed_at": self._clock()},
        )
        log.info("QA evaluation %d disputed by agent %s", evaluation_id, me.agent_id)
        return self._tell(await self._get(evaluation_id))

    async def resolve(
        self, evaluation_id: int, body: QaResolveRequest, me: Principal
    ) -> QaEvaluation:
        found = await self.evaluation(evaluation_id, me)
        if found.agent_id == me.agent_id:
            raise OwnCall("you cannot resolve a dispute about your own call")
        fields: Row = {
            "status": "resolved",
            "resolution": body.note,
            "resolved_by": me.agent_id,
            "resolved_at": self._clock(),
        }
        if body.outcome == "amended" and body.answers is not None:
            form = await self.form(found.form_id, found.form_version)
            _, scored = _scored([s.model_dump() for s in form.sections], body.answers)
            fields.update(scored, original_score=found.score)
        await self._change(found, "disputed", fields)
        log.info(
            "QA evaluation %d: dispute resolved by %s (%s)",
            evaluation_id,
            me.agent_id,
            body.outcome,
        )
        return self._tell(await self._get(evaluation_id))
