"""Queues, numbers, codes, prompts and agent imports: checked, written with their audit
rows, then applied live (the router's next decision, the telephony side's next call)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from agent_desktop.protocol.admin import (
    AdminDid,
    AdminDisposition,
    AdminQueue,
    AdminReasonCode,
    ImportResult,
    ImportRowError,
    Prompt,
)
from server_stub.admin import imports, org, routing
from server_stub.admin.errors import InUse, Missing
from server_stub.admin.prompts import normalise, prompt_path
from server_stub.admin.service import AdminService
from server_stub.auth.policy import generate_password
from server_stub.auth.service import Principal
from server_stub.domain.flows import prompts_used
from server_stub.errors import InvalidInput
from server_stub.store import flows as flow_store
from server_stub.store.base import Row, Store

log = logging.getLogger(__name__)


class ImportInvalid(InvalidInput):
    """Some rows are bad and `skip_bad` was not given: nothing was written."""

    error_id = "import_invalid"

    def __init__(self, errors: list[ImportRowError]) -> None:
        super().__init__(f"{len({e.line for e in errors})} rows have errors; nothing was written")
        self.errors = errors


class CentreAdmin:
    def __init__(self, admin: AdminService) -> None:
        self.admin = admin

    # --- queues --------------------------------------------------------------------------

    async def queues(self) -> list[AdminQueue]:
        queues, members, dids = await self.admin.runner.run(
            lambda s: (s.list_queues(), s.list_members(), s.list_dids())
        )
        return [routing.queue_view(q, members, dids) for q in queues]

    async def queue(self, name: str) -> AdminQueue:
        found = [q for q in await self.queues() if q.name == name]
        if not found:
            raise Missing(f"no queue {name}", field="name", value=name)
        return found[0]

    async def save_queue(
        self, actor: Principal, name: str, changes: dict[str, Any], create: bool
    ) -> AdminQueue:
        now = self.admin.clock()
        row = await self.admin.runner.run(
            lambda s: routing.save_queue(s, name, changes, now, actor.agent_id, create)
        )
        self.admin.acd.configure_queue(row)
        await self.admin.notify()
        self.admin.changed("queue", name, everyone=True, queue=name)
        log.info(
            "admin %s %s queue %s (strategy %s)",
            actor.agent_id,
            "created" if create else "changed",
            name,
            row["strategy"],
        )
        return await self.queue(name)

    async def delete_queue(self, actor: Principal, name: str) -> None:
        now = self.admin.clock()

        def check(s: Store) -> None:  # refuse before the live queue is touched
            if not any(q["name"] == name for q in s.list_queues()):
                raise Missing(f"no queue {name}", field="name", value=name)
            numbers = [d["number"] for d in s.list_dids() if d["queue"] == name]
            if numbers:
                raise InUse(
                    f"queue {name} takes calls from {', '.join(numbers)}: point those "
                    "numbers elsewhere first",
                    field="name",
                    dids=numbers,
                )

        await self.admin.runner.run(check)
        self.admin.acd.remove_queue(name)
        try:
            await self.admin.runner.run(
                lambda s: routing.delete_queue(s, name, now, actor.agent_id)
            )
        except Exception:
            rows = await self.admin.runner.run(lambda s: s.list_queues())
            for row in rows:  # put the live queue back as it was
                if row["name"] == name:
                    self.admin.acd.configure_queue(row)
            raise
        await self.admin.notify()
        self.admin.changed("queue", name, everyone=True, queue=name)
        log.info("admin %s deleted queue %s", actor.agent_id, name)

    # --- numbers -------------------------------------------------------------------------

    async def dids(self) -> list[AdminDid]:
        return [routing.did_view(d) for d in await self.admin.runner.run(lambda s: s.list_dids())]

    async def save_did(
        self, actor: Principal, number: str, changes: dict[str, Any], create: bool
    ) -> AdminDid:
        now = self.admin.clock()
        row = await self.admin.runner.run(
            lambda s: routing.save_did(s, number, changes, now, actor.agent_id, create)
        )
        await self.admin.notify()
        self.admin.changed("did", number, everyone=True)
        log.info(
            "admin %s routed number %s to %s", actor.agent_id, number, row["queue"] or row["ivr"]
        )
        return routing.did_view(row)

    async def delete_did(self, actor: Principal, number: str) -> None:
        now = self.admin.clock()
        await self.admin.runner.run(lambda s: routing.delete_did(s, number, now, actor.agent_id))
        await self.admin.notify()
        self.admin.changed("did", number, everyone=True)

    # --- codes ---------------------------------------------------------------------------

    async def codes(self, kind: str) -> list[Any]:
        if kind == "reason_code":
            rows = await self.admin.runner.run(lambda s: s.list_reason_codes())
            return [AdminReasonCode(**dict(r, paid=bool(r["paid"]))) for r in rows]
        rows = await self.admin.runner.run(lambda s: s.list_dispositions())
        return [AdminDisposition(**r) for r in rows]

    async def save_code(
        self, actor: Principal, kind: str, code: str, changes: dict[str, Any], create: bool
    ) -> Any:
        now = self.admin.clock()
        row = await self.admin.runner.run(
            lambda s: routing.save_code(s, kind, code, changes, now, actor.agent_id, create)
        )
        self.admin.changed(kind, code, everyone=True)
        if kind == "reason_code":
            return AdminReasonCode(**dict(row, paid=bool(row["paid"])))
        return AdminDisposition(**row)

    async def delete_code(self, actor: Principal, kind: str, code: str) -> None:
        now = self.admin.clock()
        await self.admin.runner.run(
            lambda s: routing.delete_code(s, kind, code, now, actor.agent_id)
        )
        self.admin.changed(kind, code, everyone=True)

    # --- prompts -------------------------------------------------------------------------

    async def prompts(self) -> list[Prompt]:
        rows, queues = await self.admin.runner.run(lambda s: (s.list_prompts(), s.list_queues()))
        return [self._prompt_view(r, queues) for r in rows]

    @staticmethod
    def _prompt_view(row: Row, queues: list[Row]) -> Prompt:
        used = [
            f"queue:{q['name']}:{f}"
            for q in queues
            for f in ("music_on_hold", "greeting")
            if q.get(f) == row["name"]
        ]
        return Prompt(
            name=row["name"],
            duration_seconds=round(row["duration"], 2),
            size=row["size"],
            created_at=row["created_at"],
            used_by=used,
        )

    async def upload_prompt(
        self, actor: Principal, name: str, data: bytes, filename: str
    ) -> Prompt:
        target = prompt_path(self.admin.prompts_dir, name)
        staged = target.with_suffix(".upload.wav")
        seconds = await normalise(data, filename, staged)
        now = self.admin.clock()

        def write(s: Store) -> Row:
            with s.transaction():
                before = next((p for p in s.list_prompts() if p["name"] == name), None)
                staged.replace(target)  # inside the transaction: a failed write rolls back
                row = {
                    "name": name,
                    "path": str(target),
                    "duration": seconds,
                    "size": target.stat().st_size,
                    "created_at": now,
                }
                s.save_prompt(row)
                s.audit(
                    now,
                    actor.agent_id,
                    "prompt_uploaded",
                    name,
                    {"before": before, "after": dict(row), "source": filename},
                )
            return row

        try:
            row = await self.admin.runner.run(write)
        finally:
            staged.unlink(missing_ok=True)
        await self.admin.notify()
        log.info("admin %s uploaded prompt %s (%.1f s)", actor.agent_id, name, seconds)
        self.admin.changed("prompt", name)
        queues = await self.admin.runner.run(lambda s: s.list_queues())
        return self._prompt_view(row, queues)

    async def prompt_file(self, name: str) -> Any:
        rows = await self.admin.runner.run(lambda s: s.list_prompts())
        if not any(r["name"] == name for r in rows):
            raise Missing(f"no prompt {name}", field="name", value=name)
        path = prompt_path(self.admin.prompts_dir, name)
        if not path.is_file():
            raise Missing(f"prompt {name} has no audio file", field="name", value=name)
        return path

    async def delete_prompt(self, actor: Principal, name: str) -> None:
        now = self.admin.clock()

        def write(s: Store) -> None:
            with s.transaction():
                before = next((p for p in s.list_prompts() if p["name"] == name), None)
                if before is None:
                    raise Missing(f"no prompt {name}", field="name", value=name)
                used = [
                    q["name"]
                    for q in s.list_queues()
                    if name in (q.get("music_on_hold"), q.get("greeting"))
                ]
                if used:
                    raise InUse(
                        f"prompt {name} is used by queue {', '.join(used)}",
                        field="name",
                        queues=used,
                    )
                flows = sorted(
                    {
                        f["id"]
                        for f in flow_store.published_flows(s).values()
                        if name in prompts_used(f["document"])
                    }
                )
                if flows:
                    raise InUse(
                        f"prompt {name} is used by the published flow {', '.join(flows)}",
                        field="name",
                        flows=flows,
                    )
                s.delete_prompt(name)
                s.audit(now, actor.agent_id, "prompt_deleted", name, {"before": before})

        await self.admin.runner.run(write)
        prompt_path(self.admin.prompts_dir, name).unlink(missing_ok=True)

    # --- import and export ---------------------------------------------------------------

    async def import_agents(
        self, actor: Principal, data: bytes, filename: str, skip_bad: bool
    ) -> ImportResult:
        table = imports.read_table(data, filename)
        result, rows = await self.admin.runner.run(lambda s: plan_import(s, table))
        if result.errors and not skip_bad:
            raise ImportInvalid(result.errors)
        for row in rows:
            self.admin.auth.access.check_team(actor, row.team)
            self.admin.check_role_grant(actor, row.role)
        existing = {a["agent_id"] for a in self.admin.agents.profiles()}
        hashes = {}
        for row in rows:
            if row.password is None and row.agent_id in existing:
                continue  # an existing agent keeps its password
            password = row.password or result.passwords.setdefault(
                row.agent_id, generate_password()
            )
            hashes[row.agent_id] = await asyncio.to_thread(self.admin.passwords.hash, password)
        now = self.admin.clock()
        written = await self.admin.runner.run(
            lambda s: write_import(s, rows, hashes, now, actor.agent_id)
        )
        for agent_row in written:
            await self.admin._apply_agent(agent_row)
        log.info(
            "admin %s imported agents: %d created, %d updated, %d bad rows skipped",
            actor.agent_id,
            result.created,
            result.updated,
            result.skipped,
        )
        return result

    async def export_agents(self, fmt: str) -> bytes:
        agents, members = await self.admin.runner.run(lambda s: (s.list_agents(), s.list_members()))
        table = imports.export_table(agents, members)
        return imports.to_xlsx(table) if fmt == "xlsx" else imports.to_csv(table)


def plan_import(
    s: Store, table: list[tuple[int, dict[str, str]]]
) -> tuple[ImportResult, list[imports.ImportRow]]:
    """Check every row against the centre; the good rows and the counts they will give."""
    roles = org.BUILTIN_ROLES | {r["name"] for r in s.list_roles()}
    rows = imports.check_rows(
        table, [q["name"] for q in s.list_queues()], [t["name"] for t in s.list_teams()], roles
    )
    existing = {a["agent_id"] for a in s.list_agents()}
    good = [r for r in rows if not r.errors]
    result = ImportResult(
        created=sum(1 for r in good if r.agent_id not in existing),
        updated=sum(1 for r in good if r.agent_id in existing),
        skipped=len(rows) - len(good),
        errors=[e for r in rows for e in r.errors],
    )
    return result, good


def write_import(
    s: Store, rows: list[imports.ImportRow], hashes: dict[str, str], now: float, actor: str | None
) -> list[Row]:
    """All good rows in one transaction: new agents created, existing ones updated."""
    written = []
    with s.transaction():
        for r in rows:
            body = {
                "agent_id": r.agent_id,
                "name": r.name,
                "role": r.role,
                "team": r.team,
                "skills": r.skills,
                "outbound_caller_id": r.outbound_caller_id,
            }
            if s.get_agent(r.agent_id) is None:
                written.append(org.create_agent(s, body, hashes[r.agent_id], now, actor))
            else:
                written.append(org.update_agent(s, r.agent_id, body, now, actor))
                if r.agent_id in hashes:
                    s.set_password(r.agent_id, hashes[r.agent_id], must_change=False)
        s.audit(now, actor, "agents_imported", None, {"agents": [r.agent_id for r in rows]})
    return written
