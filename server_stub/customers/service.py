"""CustomerService: create, edit, search customers; match a caller number; contact history."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent_desktop.protocol import CallRecord, Customer, CustomerInput, CustomerList
from server_stub.errors import InvalidInput, NotFound
from server_stub.records.calls import call_record
from server_stub.store import StoreRunner
from server_stub.store.base import Row, Store

_PHONE = re.compile(r"^\+?[0-9]{3,20}$")


def normalize_phone(raw: str) -> str:
    """Digits with an optional leading +; spaces, dashes, dots and brackets are dropped."""
    phone = re.sub(r"[\s\-().]", "", raw)
    if phone.startswith("+86"):
        phone = phone[3:]
    if not _PHONE.match(phone):
        raise InvalidInput(f"not a phone number: {raw!r}", phone=raw)
    return phone


def customer_model(row: Row) -> Customer:
    return Customer(**{k: row[k] for k in Customer.model_fields if k in row})


class CustomerService:
    def __init__(self, runner: StoreRunner, clock: Callable[[], float]) -> None:
        self._runner = runner
        self._clock = clock

    async def create(self, data: CustomerInput) -> Customer:
        phones = [normalize_phone(p) for p in data.phones]
        now = self._clock()
        row = {
            "name": data.name,
            "company": data.company,
            "tags": data.tags,
            "notes": data.notes,
            "created_at": now,
            "updated_at": now,
        }
        customer_id = await self._runner.run(lambda s: s.create_customer(row, phones))
        return await self.get(customer_id)

    async def update(self, customer_id: int, data: CustomerInput) -> Customer:
        phones = [normalize_phone(p) for p in data.phones]
        row = {
            "name": data.name,
            "company": data.company,
            "tags": data.tags,
            "notes": data.notes,
            "updated_at": self._clock(),
        }
        if not await self._runner.run(lambda s: s.update_customer(customer_id, row, phones)):
            raise NotFound(f"no customer {customer_id}", customer_id=customer_id)
        return await self.get(customer_id)

    async def get(self, customer_id: int) -> Customer:
        row = await self._runner.run(lambda s: s.get_customer(customer_id))
        if row is None:
            raise NotFound(f"no customer {customer_id}", customer_id=customer_id)
        return customer_model(row)

    async def search(self, text: str, limit: int, offset: int) -> CustomerList:
        rows, total = await self._runner.run(lambda s: s.search_customers(text, limit, offset))
        return CustomerList(customers=[customer_model(r) for r in rows], total=total)

    async def match(self, number: str | None) -> Customer | None:
        """The customer a caller number belongs to (most recently updated if several)."""
        phone = lookup_phone(number)
        if phone is None:
            return None
        rows = await self._runner.run(lambda s: s.find_customers_by_phone(phone))
        return customer_model(rows[0]) if rows else None

    async def screen_pop(
        self, number: str | None, limit: int = 10
    ) -> tuple[Customer | None, list[CallRecord]]:
        """`match` and the customer's `history` in one store round-trip (the ringing path)."""
        phone = lookup_phone(number)
        if phone is None:
            return None, []

        def read(s: Store) -> tuple[list[Row], list[Row]]:
            rows = s.find_customers_by_phone(phone)
            return rows, s.customer_history(rows[0]["id"], limit) if rows else []

        rows, calls = await self._runner.run(read)
        if not rows:
            return None, []
        return customer_model(rows[0]), [call_record(r) for r in calls]

    async def history(self, customer_id: int, limit: int = 20) -> list[CallRecord]:
        rows = await self._runner.run(lambda s: s.customer_history(customer_id, limit))
        return [call_record(r) for r in rows]


def lookup_phone(number: str | None) -> str | None:
    """A caller number in stored form, or None when there is nothing to look up."""
    if not number:
        return None
    try:
        return normalize_phone(number)
    except InvalidInput:
        return None
