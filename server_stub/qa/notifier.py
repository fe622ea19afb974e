"""QA events on the stream: `qa_evaluation_changed`, built once here."""

from __future__ import annotations

from agent_desktop.protocol import QaEvaluationChanged
from agent_desktop.protocol.qa import QaEvaluation
from server_stub.events import EventBus


class QaNotifier:
    """Tells the evaluated agent and the evaluator that an evaluation changed."""

    def __init__(self, bus: EventBus) -> None:
        self._bus = bus

    def evaluation_changed(self, evaluation: QaEvaluation) -> None:
        event = QaEvaluationChanged(
            id=evaluation.id,
            call_id=evaluation.call_id,
            agent_id=evaluation.agent_id,
            status=evaluation.status,
            score=evaluation.score,
        )
        self._bus.publish(event, agents=[evaluation.agent_id, evaluation.evaluator])
