"""CrmPresenter: customer search with paging, the open customer's card and follow-ups,
claiming and releasing, appointment reminders that fall due, and for leads and admins
transfer, export, import and merge. Signals out, no widgets."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
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
    import_errors_changed = Signal(list)  # the refused import's lines: [(line, field, message)]
    duplicates_changed = Signal()  # the merge candidates found

    def __init__(
        self,
        api: CrmApi,
        tasks: TaskRunner,
        agent_id: str,
        manager: bool = False,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._api, self._tasks, self._clock = api, tasks, clock
        self.agent_id = agent_id
        self.manager = manager  # a lead or admin: transfer, export, import, merge
        self.duplicates: list[Customer] = []  # merge candidates for the open customer
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

    # -- leads and admins ----------------------------------------------------------------
    def agents(self) -> list[PhonebookEntry]:
        """The centre's agents (the phonebook's internal entries): transfer targets."""
        return [e for e in self.phonebook if e.kind == "internal"]

    def transfer(self, customer_ids: list[int], to_agent: str | None) -> None:
        if not customer_ids:
            self.message.emit(self.tr("Select one or more customers first."), True)
            return
        self._spawn(self._transfer(customer_ids, to_agent), "crm-transfer")

    async def _transfer(self, customer_ids: list[int], to_agent: str | None) -> None:
        change = await self._api.transfer(customer_ids, to_agent)
        log.info("crm: %d customer(s) transferred to %s", change.changed, to_agent or "the pool")
        await self._search(self.query, self.offset)
        if self.customer is not None and self.customer.id in customer_ids:
            self._show(await self._api.customer(self.customer.id))
        if to_agent is None:
            text = self.tr("%1 customer(s) moved to the shared pool.")
        else:
            text = self.tr("%1 customer(s) transferred to %2.").replace("%2", to_agent)
        self.message.emit(text.replace("%1", str(change.changed)), False)

    def export(self, target: Path) -> None:
        self._spawn(self._export(target), "crm-export")

    async def _export(self, target: Path) -> None:
        try:
            size = await self._api.export(target)
        except OSError as exc:  # an unwritable folder, a full disk: nothing is left behind
            log.warning("crm: export to %s failed: %s", target, exc)
            text = self.tr("Cannot write %1: %2").replace("%1", str(target))
            self.message.emit(text.replace("%2", exc.strerror or str(exc)), True)
            return
        log.info("crm: exported customers to %s (%d bytes)", target, size)
        self.message.emit(self.tr("Exported to %1.").replace("%1", str(target)), False)

    def import_file(self, path: Path) -> None:
        self.import_errors_changed.emit([])
        self._spawn(self._import(path), "crm-import")

    async def _import(self, path: Path) -> None:
        try:
            count = await self._api.import_file(path)
        except OSError as exc:
            text = self.tr("Cannot read %1: %2").replace("%1", str(path))
            self.message.emit(text.replace("%2", exc.strerror or str(exc)), True)
            return
        except ApiError as exc:
            if exc.error_id != "import_rejected":
                raise
            rows = [
                (int(d.get("line", 0)), str(d.get("field", "")), str(d.get("message", "")))
                for d in exc.details
            ]
            log.info("crm: import of %s refused: %d bad line(s)", path.name, len(rows))
            self.import_errors_changed.emit(rows)
            self.message.emit(
                self.tr("Nothing was imported: %1 line(s) are bad.").replace("%1", str(len(rows))),
                True,
            )
            return
        log.info("crm: imported %d customer(s) from %s", count, path.name)
        await self._search(self.query, 0)
        self.message.emit(self.tr("%1 customer(s) imported.").replace("%1", str(count)), False)

    def find_duplicates(self, text: str) -> None:
        if self.customer is not None and text.strip():
            self._spawn(self._find_duplicates(self.customer.id, text.strip()), "crm-duplicates")

    async def _find_duplicates(self, keep_id: int, text: str) -> None:
        found = await self._api.search(text, 0, PAGE)
        self.duplicates = [c for c in found.customers if c.id != keep_id]
        self.duplicates_changed.emit()

    def merge(self, duplicate_id: int) -> None:
        if self.customer is not None:
            self._spawn(self._merge(self.customer.id, duplicate_id), "crm-merge")

    async def _merge(self, keep_id: int, duplicate_id: int) -> None:
        kept = await self._api.merge(keep_id, duplicate_id)
        log.info("crm: customer %d merged into %d", duplicate_id, keep_id)
        self.duplicates = [c for c in self.duplicates if c.id != duplicate_id]
        self.duplicates_changed.emit()
        self._show(kept)
        await self._load_follow_ups(keep_id)
        await self._search(self.query, self.offset)
        self.message.emit(self.tr("Merged."), False)

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
