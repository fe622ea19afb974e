"""SMS presenter (QtCore only): templates, sending to the customer on the pop, and that
customer's message log. A gateway error comes back as the server's message."""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import CtiError
from agent_desktop.cti.errors import ApiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol.sms import SmsMessage, SmsSendRequest, SmsTemplate
from agent_desktop.sms.api import SmsApi

log = logging.getLogger(__name__)


class SmsPresenter(QObject):
    templates_loaded = Signal()
    sent = Signal(object)  # SmsMessage
    log_loaded = Signal(object)  # list[SmsMessage] of the customer on the pop
    failed = Signal(str)

    def __init__(
        self, api: SmsApi, tasks: TaskRunner, agent_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._tasks = tasks
        self.agent_id = agent_id
        self.templates: list[SmsTemplate] = []
        self.customer_id: int | None = None

    def _spawn(self, coro: Coroutine[Any, Any, None], what: str) -> None:
        async def guarded() -> None:
            try:
                await coro
            except CtiError as exc:
                log.info("sms: %s failed: %s", what, exc)
                self.failed.emit(exc.message if isinstance(exc, ApiError) else str(exc))
                if what == "send" and self.customer_id is not None:
                    await self._log(self.customer_id)  # the failed one is in the log too

        self._tasks.spawn(guarded(), f"sms-{what}")

    def load_templates(self) -> None:
        self._spawn(self._templates(), "templates")

    async def _templates(self) -> None:
        self.templates = await self.api.templates()
        self.templates_loaded.emit()

    def fill(self, template: SmsTemplate, customer_name: str) -> str:
        """The template with `{customer}` and `{agent}` filled in (the agent edits the rest)."""
        return template.text.replace("{customer}", customer_name).replace("{agent}", self.agent_id)

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        if customer_id is None:
            self.log_loaded.emit([])
        else:
            self._spawn(self._log(customer_id), "log")

    async def _log(self, customer_id: int) -> None:
        result = await self.api.log(customer_id)
        if customer_id == self.customer_id:
            self.log_loaded.emit(result.messages)

    def send(self, customer_id: int, phone: str, text: str) -> None:
        body = SmsSendRequest(customer_id=customer_id, phone=phone, text=text)
        self._spawn(self._send(body), "send")

    async def _send(self, body: SmsSendRequest) -> None:
        message: SmsMessage = await self.api.send(body)
        self.sent.emit(message)
        await self._log(body.customer_id)
