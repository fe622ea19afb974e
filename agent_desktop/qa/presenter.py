"""QA presenter (QtCore only): forms, scoring a call, the agent's evaluations, samples.

Widgets call its methods; results come back as signals on the GUI thread. Errors are
shown as the server's message (its error id stays in the log)."""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import CtiError
from agent_desktop.cti.errors import ApiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol.qa import (
    QaAnswer,
    QaComment,
    QaEvaluation,
    QaEvaluationInput,
    QaForm,
    QaFormInput,
    QaFormSummary,
    QaSampleRequest,
)
from agent_desktop.qa.api import QaApi

log = logging.getLogger(__name__)


def error_text(exc: CtiError) -> str:
    return exc.message if isinstance(exc, ApiError) else str(exc)


class QaPresenter(QObject):
    """One per signed-in user; `reviewer`: may score calls, `form_editor`: may edit forms."""

    forms_loaded = Signal()
    form_loaded = Signal(object)  # QaForm
    submitted = Signal(object)  # QaEvaluation
    evaluations_loaded = Signal()
    evaluation_changed = Signal(object)  # QaEvaluation (acknowledged, disputed, resolved)
    sampled = Signal(object)  # QaSample
    form_saved = Signal(object)  # QaForm
    reported = Signal(object)  # protocol.reports.ReportResult
    failed = Signal(str)

    def __init__(
        self,
        api: QaApi,
        tasks: TaskRunner,
        agent_id: str,
        permissions: list[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._tasks = tasks
        self.agent_id = agent_id
        self.reviewer = "qa_evaluate" in permissions
        self.form_editor = "manage_qa_forms" in permissions
        self.forms: list[QaFormSummary] = []
        self.evaluations: list[QaEvaluation] = []
        self.total = 0
        self._form_cache: dict[tuple[int, int], QaForm] = {}

    def spawn(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        """Run a coroutine of a QA widget on the presenter's task runner."""
        self._tasks.spawn(coro, name)

    async def _guard(self, coro: Coroutine[Any, Any, None], what: str) -> None:
        try:
            await coro
        except CtiError as exc:
            log.info("QA %s failed: %s", what, exc)
            self.failed.emit(error_text(exc))

    # -- forms ------------------------------------------------------------------------
    def load_forms(self) -> None:
        self.spawn(self._guard(self._load_forms(), "forms"), "qa-forms")

    async def _load_forms(self) -> None:
        self.forms = await self.api.forms()
        self.forms_loaded.emit()

    def load_form(self, form_id: int, version: int | None = None) -> None:
        self.spawn(self._guard(self._load_form(form_id, version), "form"), "qa-form")

    async def _load_form(self, form_id: int, version: int | None) -> None:
        self.form_loaded.emit(await self.form(form_id, version))

    async def form(self, form_id: int, version: int | None = None) -> QaForm:
        """A form version, cached (versions never change once evaluations use them)."""
        if version is not None and (form_id, version) in self._form_cache:
            return self._form_cache[(form_id, version)]
        form = await self.api.form(form_id, version)
        if form.evaluations:
            self._form_cache[(form.id, form.version)] = form
        return form

    def save_form(self, form_id: int | None, body: QaFormInput) -> None:
        self.spawn(self._guard(self._save_form(form_id, body), "form save"), "qa-form-save")

    async def _save_form(self, form_id: int | None, body: QaFormInput) -> None:
        form = await self.api.save_form(form_id, body)
        self.form_saved.emit(form)
        await self._load_forms()

    # -- scoring ----------------------------------------------------------------------
    def submit(
        self,
        call_id: str,
        form_id: int,
        answers: dict[str, float | str],
        comments: list[tuple[float, str]],
        summary: str,
    ) -> None:
        body = QaEvaluationInput(
            call_id=call_id,
            form_id=form_id,
            answers=[QaAnswer.model_validate({"item": k, "value": v}) for k, v in answers.items()],
            comments=[QaComment(at_seconds=at, text=text) for at, text in comments],
            summary=summary,
        )
        self.spawn(self._guard(self._submit(body), "evaluation"), "qa-submit")

    async def _submit(self, body: QaEvaluationInput) -> None:
        evaluation = await self.api.evaluate(body)
        log.info(
            "QA evaluation %d of call %s submitted: %.2f",
            evaluation.id,
            evaluation.call_id,
            evaluation.score,
        )
        self.submitted.emit(evaluation)

    # -- evaluations ------------------------------------------------------------------
    def load_evaluations(self, **filters: Any) -> None:
        self.spawn(self._guard(self._load_evaluations(filters), "evaluations"), "qa-evaluations")

    async def _load_evaluations(self, filters: dict[str, Any]) -> None:
        found = await self.api.evaluations(limit=200, **filters)
        self.evaluations, self.total = found.evaluations, found.total
        self.evaluations_loaded.emit()

    def acknowledge(self, evaluation_id: int) -> None:
        self.spawn(
            self._guard(self._changed(self.api.acknowledge(evaluation_id)), "acknowledge"),
            "qa-acknowledge",
        )

    def dispute(self, evaluation_id: int, reason: str) -> None:
        self.spawn(
            self._guard(self._changed(self.api.dispute(evaluation_id, reason)), "dispute"),
            "qa-dispute",
        )

    def resolve(
        self, evaluation_id: int, note: str, answers: dict[str, float | str] | None = None
    ) -> None:
        """Uphold the score, or amend it with new `answers` (same form version)."""
        self.spawn(
            self._guard(self._changed(self.api.resolve(evaluation_id, note, answers)), "resolve"),
            "qa-resolve",
        )

    async def _changed(self, request: Coroutine[Any, Any, QaEvaluation]) -> None:
        evaluation = await request
        self.evaluations = [evaluation if e.id == evaluation.id else e for e in self.evaluations]
        self.evaluation_changed.emit(evaluation)

    # -- report -----------------------------------------------------------------------
    def report(self, start: datetime, end: datetime, group_by: str) -> None:
        self.spawn(self._guard(self._report(start, end, group_by), "report"), "qa-report")

    async def _report(self, start: datetime, end: datetime, group_by: str) -> None:
        self.reported.emit(await self.api.report(start, end, group_by))

    # -- samples ----------------------------------------------------------------------
    def sample(self, body: QaSampleRequest) -> None:
        self.spawn(self._guard(self._sample(body), "sample"), "qa-sample")

    async def _sample(self, body: QaSampleRequest) -> None:
        self.sampled.emit(await self.api.sample(body))
