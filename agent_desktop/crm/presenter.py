"""CrmPresenter: customer search with paging, the open customer's card and follow-ups,
claiming and releasing, and appointment reminders that fall due. Signals out, no widgets."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.crm.api import CrmApi
from agent_desktop.crm.models import CustomerModel, FollowUpModel
from agent_desktop.cti import CtiError
from agent_desktop.cti.errors import ApiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import Customer, CustomerInput
from agent_desktop.protocol.crm import (
    CustomField,
    FollowUp,
    FollowUpInput,
    FollowUpStatus,
    PhonebookEntry,
)

log = logging.getLogger(__name__)
PAGE = 50
APPOINTMENT_REFRESH_S = 60.0  # how often the upcoming appointments are fetched again
LOOKAHEAD_S = 24 * 3600.0


def describe(exc: CtiError) -> str:
    """The server's own words for a refusal (422 names the field and the reason)."""
    if isinstance(exc, ApiError):
        for detail in exc.details:
            if "field" in detail and "reason" in detail:
                return f"{detail['field']}: {detail['reason']}"
        return exc.message
    return str(exc)


class CrmPresenter(QObject):
    fields_changed = Signal()
    page_changed = Signal()  # results, offset and total changed
    customer_changed = Signal(object)  # Customer | None: the card
    message = Signal(str, bool)  # text, is_error
    reminder_due = Signal(object)  # FollowUp with an appointment that fell due
    phonebook_changed = Signal()

    def __init__(
        self,
        api: CrmApi,
        tasks: TaskRunner,
        agent_id: str,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._api, self._tasks, self._clock = api, tasks, clock
        self.agent_id = agent_id
        self.fields: list[CustomField] = []
        self.results = CustomerModel(self)
        self.follow_ups = FollowUpModel(self)
        self.query = ""
        self.offset = 0
        self.total = 0
        self.total_capped = False
        self.customer: Customer | None = None
        self.phonebook: list[PhonebookEntry] = []
        self.call_id: str | None = None  # the call the open customer was popped for
        self._upcoming: dict[int, FollowUp] = {}
        self._reminded: set[int] = set()
        self._last_fetch = 0.0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

    def start(self) -> None:
        """Fields, the first page and the reminders' clock (at sign-in)."""
        self._spawn(self._load_fields(), "crm-fields")
        self.search("")
        self._spawn(self._fetch_appointments(), "crm-appointments")
        self._spawn(self._load_phonebook(), "crm-phonebook")
        self._tick.start()

    def close(self) -> None:
        self._tick.stop()

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self.message.emit("", False)  # the last answer's words go with a new request
        self._tasks.spawn(self._guard(coro), name)

    async def _guard(self, coro: Coroutine[Any, Any, Any]) -> None:
        try:
            await coro
        except CtiError as exc:
            log.warning("crm: %s", exc)
            self.message.emit(describe(exc), True)

    async def _load_phonebook(self) -> None:
        self.phonebook = await self._api.phonebook()
        self.phonebook_changed.emit()

    async def _load_fields(self) -> None:
        self.fields = await self._api.fields()
        self.fields_changed.emit()

    # -- search and paging -----------------------------------------------------------------
    def search(self, text: str, offset: int = 0) -> None:
        self.query = text.strip()
        self._spawn(self._search(self.query, max(0, offset)), "crm-search")

    def next_page(self) -> None:
        if self.offset + PAGE < self.total:
            self.search(self.query, self.offset + PAGE)

    def previous_page(self) -> None:
        if self.offset > 0:
            self.search(self.query, self.offset - PAGE)

    async def _search(self, text: str, offset: int) -> None:
        found = await self._api.search(text, offset, PAGE)
        if text != self.query:
            return  # a newer search is on its way
        self.offset, self.total, self.total_capped = offset, found.total, found.total_capped
        self.results.set_customers(found.customers)
        self.page_changed.emit()

    # -- the card ------------------------------------------------------------------------
    def open(self, customer_id: int, call_id: str | None = None) -> None:
        self.call_id = call_id
        self._spawn(self._open(customer_id), "crm-open")

    def show_popped(self, customer: Customer | None, call_id: str | None) -> None:
        """The screen-pop's customer becomes the card (so wrap-up can add a follow-up)."""
        if customer is not None:
            self.call_id = call_id
            self._show(customer)
            self._spawn(self._load_follow_ups(customer.id), "crm-follow-ups")

    async def _open(self, customer_id: int) -> None:
        self._show(await self._api.customer(customer_id))
        await self._load_follow_ups(customer_id)

    def _show(self, customer: Customer) -> None:
        self.customer = customer
        self.customer_changed.emit(customer)

    async def _load_follow_ups(self, customer_id: int) -> None:
        rows = await self._api.follow_ups(customer_id)
        if self.customer is not None and self.customer.id == customer_id:
            self.follow_ups.set_rows(rows)

    def save_custom(self, values: dict[str, Any]) -> None:
        customer = self.customer
        if customer is not None:
            self._spawn(self._save_custom(customer, values), "crm-save")

    async def _save_custom(self, customer: Customer, values: dict[str, Any]) -> None:
        data = CustomerInput(
            name=customer.name,
            company=customer.company,
            phones=customer.phones,
            tags=customer.tags,
            notes=customer.notes,
            custom=values,
        )
        self._show(await self._api.save(customer.id, data))
        self.message.emit(self.tr("Saved."), False)

    def add_follow_up(
        self,
        status: FollowUpStatus,
        body: str,
        next_at: float | None,
        appointment_at: float | None,
    ) -> None:
        customer = self.customer
        if customer is None:
            return
        data = FollowUpInput(
            status=status,
            body=body,
            next_at=next_at,
            appointment_at=appointment_at,
            call_id=self.call_id,
        )
        self._spawn(self._add_follow_up(customer.id, data), "crm-follow-up")

    async def _add_follow_up(self, customer_id: int, data: FollowUpInput) -> None:
        saved = await self._api.add_follow_up(customer_id, data)
        if saved.appointment_at is not None:
            self._upcoming[saved.id] = saved
        await self._load_follow_ups(customer_id)
        self.message.emit(self.tr("Follow-up saved."), False)

    def claim(self) -> None:
        if self.customer is not None:
            self._spawn(self._owner(self._api.claim(self.customer.id)), "crm-claim")

    def release(self) -> None:
        if self.customer is not None:
            self._spawn(self._owner(self._api.release(self.customer.id)), "crm-release")

    async def _owner(self, change: Coroutine[Any, Any, Customer]) -> None:
        self._show(await change)
        await self._search(self.query, self.offset)

    # -- appointment reminders -----------------------------------------------------------
    async def _fetch_appointments(self) -> None:
        self._last_fetch = self._clock()
        due = await self._api.appointments(self._clock() + LOOKAHEAD_S)
        self._upcoming = {a.id: a for a in due}

    def _on_tick(self) -> None:
        now = self._clock()
        if now - self._last_fetch >= APPOINTMENT_REFRESH_S:
            self._last_fetch = now
            self._spawn(self._fetch_appointments(), "crm-appointments")
        for appointment in sorted(self._upcoming.values(), key=lambda a: a.appointment_at or 0):
            at = appointment.appointment_at
            if at is not None and at <= now and appointment.id not in self._reminded:
                self._reminded.add(appointment.id)
                log.info(
                    "appointment %d with customer %d is due",
                    appointment.id,
                    appointment.customer_id,
                )
                self.reminder_due.emit(appointment)

    def finish_appointment(self, follow_up_id: int) -> None:
        self._upcoming.pop(follow_up_id, None)
        self._spawn(self._api.finish_appointment(follow_up_id), "crm-appointment-done")
