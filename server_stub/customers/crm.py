"""Crm: customers as each role sees them, custom fields, follow-ups, appointments, owners.

Who sees what (checked here, on the server): admins every customer; a team lead the
customers of the agents it leads (everyone's, if it leads no team) and the shared pool
(公共池); an agent its own customers and the pool. Anyone may also open a customer whose
call they served (the screen-pop's card), and add follow-ups to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from agent_desktop.protocol import Customer, CustomerInput, CustomerList, Role
from agent_desktop.protocol.crm import (
    CustomField,
    CustomFieldInput,
    FollowUp,
    FollowUpInput,
    OwnershipChange,
    TransferRequest,
)
from server_stub.auth.access import Access
from server_stub.auth.service import Principal
from server_stub.customers import files
from server_stub.customers.fields import check_values
from server_stub.customers.service import customer_model, normalize_phone
from server_stub.errors import Conflict, Forbidden, InvalidInput, NotFound
from server_stub.kb.text import parse_query
from server_stub.store import StoreRunner
from server_stub.store import customers as sql
from server_stub.store.base import Store

log = logging.getLogger(__name__)
EXPORT_LIMIT = 1_000_000


class Crm:
    def __init__(self, runner: StoreRunner, clock: Callable[[], float], access: Access) -> None:
        self._runner = runner
        self._clock = clock
        self._access = access

    # --- who sees what ---------------------------------------------------------------------

    def owners(self, me: Principal) -> list[str] | None:
        """The owners whose customers `me` may see besides the pool (None: all)."""
        if me.role is Role.AGENT:
            return [me.agent_id]
        scope = self._access.scope(me.agent_id, me.role)
        return None if scope is None else sorted(scope)

    async def _visible(self, me: Principal, customer_id: int) -> None:
        owners = self.owners(me)

        def read(s: Store) -> tuple[bool, bool]:
            exists = sql.get(s, customer_id) is not None
            return exists, exists and sql.visible(s, customer_id, owners, me.agent_id)

        exists, ok = await self._runner.run(read)
        if not exists:
            raise NotFound(f"no customer {customer_id}", customer_id=customer_id)
        if not ok:
            raise Forbidden(
                f"customer {customer_id} belongs to another agent", customer_id=customer_id
            )

    # --- customers -------------------------------------------------------------------------

    async def search(
        self, me: Principal, text: str, owner: str | None, limit: int, offset: int
    ) -> CustomerList:
        query = parse_query(text)
        owners = self.owners(me)
        rows, total, capped = await self._runner.run(
            lambda s: sql.search(s, query, owners, owner, limit, offset)
        )
        return CustomerList(
            customers=[customer_model(r) for r in rows], total=total, total_capped=capped
        )

    async def get(self, me: Principal, customer_id: int) -> Customer:
        await self._visible(me, customer_id)
        row = await self._runner.run(lambda s: sql.get(s, customer_id))
        if row is None:
            raise NotFound(f"no customer {customer_id}", customer_id=customer_id)
        return customer_model(row)

    async def create(self, me: Principal, data: CustomerInput) -> Customer:
        phones = [normalize_phone(p) for p in data.phones]
        custom = check_values(data.custom, await self.fields())
        now = self._clock()
        row = {
            "name": data.name,
            "company": data.company,
            "tags": data.tags,
            "notes": data.notes,
            "custom": custom,
            # an agent's new customer is its own; a lead's or admin's goes to the pool
            "owner_id": me.agent_id if me.role is Role.AGENT else None,
            "created_at": now,
            "updated_at": now,
        }
        customer_id = await self._runner.run(lambda s: s.create_customer(row, phones))
        log.info("customer %d created by %s", customer_id, me.agent_id)
        return await self.get(me, customer_id)

    async def update(self, me: Principal, customer_id: int, data: CustomerInput) -> Customer:
        await self._visible(me, customer_id)
        phones = [normalize_phone(p) for p in data.phones]
        custom = check_values(data.custom, await self.fields())
        row = {
            "name": data.name,
            "company": data.company,
            "tags": data.tags,
            "notes": data.notes,
            "custom": custom,
            "updated_at": self._clock(),
        }
        if not await self._runner.run(lambda s: s.update_customer(customer_id, row, phones)):
            raise NotFound(f"no customer {customer_id}", customer_id=customer_id)
        return await self.get(me, customer_id)

    # --- custom fields ---------------------------------------------------------------------

    async def fields(self) -> list[CustomField]:
        rows = await self._runner.run(sql.list_fields)
        return [CustomField(**r) for r in rows]

    async def save_field(self, me: Principal, key: str, body: CustomFieldInput) -> CustomField:
        row = dict(body.model_dump(mode="json"), key=key, updated_at=self._clock())
        await self._runner.run(lambda s: sql.save_field(s, row))
        await self._runner.run(
            lambda s: s.audit(self._clock(), me.agent_id, "customer_field_saved", key)
        )
        log.info("custom field %s (%s) saved by %s", key, body.kind.value, me.agent_id)
        return CustomField(**row)

    async def delete_field(self, me: Principal, key: str) -> None:
        if not await self._runner.run(lambda s: sql.delete_field(s, key)):
            raise NotFound(f"no custom field {key!r}", key=key)
        await self._runner.run(
            lambda s: s.audit(self._clock(), me.agent_id, "customer_field_deleted", key)
        )

    # --- follow-ups and appointments ------------------------------------------------------

    async def follow_ups(self, me: Principal, customer_id: int, limit: int) -> list[FollowUp]:
        await self._visible(me, customer_id)
        rows = await self._runner.run(lambda s: sql.follow_ups(s, customer_id, limit))
        return [FollowUp(**r) for r in rows]

    async def add_follow_up(self, me: Principal, customer_id: int, body: FollowUpInput) -> FollowUp:
        await self._visible(me, customer_id)
        now = self._clock()
        if body.appointment_at is not None and body.appointment_at < now - 60:
            raise InvalidInput(
                "an appointment must be in the future", field="appointment_at", reason="past"
            )
        row = dict(
            body.model_dump(mode="json"),
            customer_id=customer_id,
            agent_id=me.agent_id,
            created_at=now,
        )
        follow_up_id = await self._runner.run(lambda s: sql.add_follow_up(s, row))
        log.info(
            "follow-up %d on customer %d by %s: %s%s",
            follow_up_id,
            customer_id,
            me.agent_id,
            body.status.value,
            "" if body.appointment_at is None else f", appointment at {body.appointment_at:.0f}",
        )
        saved = await self._runner.run(lambda s: sql.get_follow_up(s, follow_up_id))
        assert saved is not None
        return FollowUp(**saved)

    async def appointments(self, me: Principal, until: float, limit: int) -> list[FollowUp]:
        rows = await self._runner.run(lambda s: sql.appointments(s, me.agent_id, until, limit))
        return [FollowUp(**r) for r in rows]

    async def finish_appointment(self, me: Principal, follow_up_id: int) -> FollowUp:
        row = await self._runner.run(lambda s: sql.get_follow_up(s, follow_up_id))
        if row is None or row["appointment_at"] is None:
            raise NotFound(f"no appointment {follow_up_id}", follow_up_id=follow_up_id)
        if row["agent_id"] != me.agent_id:
            raise Forbidden("that is another agent's appointment", follow_up_id=follow_up_id)
        await self._runner.run(lambda s: sql.finish_appointment(s, follow_up_id))
        return FollowUp(**dict(row, appointment_done=True))

    # --- owners: the pool, claiming, transfer (资料转移) ----------------------------------

    async def claim(self, me: Principal, customer_id: int) -> Customer:
        await self._visible(me, customer_id)
        now = self._clock()
        if not await self._runner.run(lambda s: sql.claim(s, customer_id, me.agent_id, now)):
            raise Conflict(
                f"customer {customer_id} is not in the shared pool", customer_id=customer_id
            )
        log.info("customer %d claimed from the pool by %s", customer_id, me.agent_id)
        return await self.get(me, customer_id)

    async def release(self, me: Principal, customer_id: int) -> Customer:
        """Back to the pool: by its owner, or by a lead/admin who sees the owner."""
        current = await self.get(me, customer_id)
        owners = self.owners(me)
        mine = current.owner_id == me.agent_id
        if not mine and (me.role is Role.AGENT or current.owner_id is None):
            raise Forbidden("only the owner or a lead may release this customer")
        if not mine and owners is not None and current.owner_id not in owners:
            raise Forbidden("that customer belongs to an agent outside your teams")
        await self._runner.run(lambda s: sql.set_owner(s, [customer_id], None, self._clock()))
        log.info("customer %d released to the pool by %s", customer_id, me.agent_id)
        return await self.get(me, customer_id)

    async def transfer(self, me: Principal, body: TransferRequest) -> OwnershipChange:
        owners = self.owners(me)
        ids = list(dict.fromkeys(body.customer_ids))
        to = body.to_agent
        if to is not None:
            agent = await self._runner.run(lambda s: s.get_agent(to))
            if agent is None:
                raise InvalidInput(f"no agent {to!r}", field="to_agent", reason="unknown agent")
            if owners is not None and to not in owners:
                raise Forbidden(f"agent {to} is outside your teams", to_agent=to)
        current = await self._runner.run(lambda s: sql.owners_of(s, ids))
        missing = [i for i in ids if i not in current]
        if missing:
            raise NotFound(f"no customer {missing[0]}", customer_ids=missing[:20])
        if owners is not None:
            foreign = [i for i, o in current.items() if o is not None and o not in owners]
            if foreign:
                raise Forbidden(
                    "some customers belong to agents outside your teams", customer_ids=foreign[:20]
                )
        changed = await self._runner.run(lambda s: sql.set_owner(s, ids, to, self._clock()))
        await self._runner.run(
            lambda s: s.audit(
                self._clock(),
                me.agent_id,
                "customers_transferred",
                to or "pool",
                {"customer_ids": ids[:1000], "count": len(ids)},
            )
        )
        log.info("%d customers transferred to %s by %s", changed, to or "the pool", me.agent_id)
        return OwnershipChange(changed=changed, to_agent=to)

    # --- merge, import, export -----------------------------------------------------------

    async def merge(self, me: Principal, keep: int, duplicate: int) -> Customer:
        """Fold a duplicate into `keep`: its calls, notes, follow-ups, phones and tags."""
        if keep == duplicate:
            raise InvalidInput("a customer cannot be merged into itself", field="duplicate_id")
        await self._visible(me, keep)
        await self._visible(me, duplicate)
        now = self._clock()
        try:
            moved = await self._runner.run(lambda s: sql.merge(s, keep, duplicate, now))
        except KeyError:
            raise NotFound("the customer is gone", customer_id=duplicate) from None
        await self._runner.run(
            lambda s: s.audit(
                self._clock(), me.agent_id, "customers_merged", str(keep), {"merged": duplicate}
            )
        )
        log.info("customer %d merged into %d by %s (%s)", duplicate, keep, me.agent_id, moved)
        return await self.get(me, keep)

    async def import_file(
        self, me: Principal, data: bytes, filename: str, mapping: dict[str, str] | None
    ) -> int:
        """Customers from a CSV/XLSX: all or none (ImportRejected lists every bad row)."""
        table = files.read_rows(data, filename)
        known = {a["agent_id"] for a in await self._runner.run(lambda s: s.list_agents())}
        owners = self.owners(me)
        allowed = known if owners is None else known & set(owners)
        rows = files.check_import(table, mapping, await self.fields(), allowed)
        now = self._clock()
        batch = [(dict(r.row, created_at=now, updated_at=now), r.phones) for r in rows]
        ids = await self._runner.run(lambda s: sql.import_customers(s, batch))
        await self._runner.run(
            lambda s: s.audit(
                self._clock(), me.agent_id, "customers_imported", filename, {"count": len(ids)}
            )
        )
        log.info("%d customers imported from %r by %s", len(ids), filename, me.agent_id)
        return len(ids)

    async def export_table(self, me: Principal) -> list[list[str]]:
        owners = self.owners(me)
        rows = await self._runner.run(lambda s: sql.export_rows(s, owners, EXPORT_LIMIT))
        log.info("%d customers exported by %s", len(rows), me.agent_id)
        return files.export_table(rows, await self.fields())
