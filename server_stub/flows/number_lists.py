"""Black and white lists of numbers (黑白名单): admins' CRUD and CSV import, and the
in-memory check every call makes.

`NumberListService.is_blocked(number, direction)` answers at once, from memory (no
database read): telephony checks each inbound caller before the flow, click-to-dial checks
each number dialled, and other dialers (campaigns) can call it the same way. A blocked call
gets a call record ended with `end_cause = "blocked"` (`record_blocked`)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable

from agent_desktop.protocol.number_lists import (
    NumberListEntry,
    NumberListImport,
    NumberListImportResult,
    NumberListInput,
)
from server_stub.admin.errors import Duplicate, Missing
from server_stub.auth.service import Principal
from server_stub.calls.story import masked
from server_stub.domain import number_lists as rules
from server_stub.errors import Forbidden, InvalidInput
from server_stub.records.calls import new_call_row
from server_stub.store import StoreRunner
from server_stub.store import number_lists as list_store
from server_stub.store.base import Row, Store

log = logging.getLogger(__name__)
story_log = logging.getLogger("server_stub.calls.story")

BLOCKED = "blocked"  # end_cause of a call a blacklist entry stopped
MAX_IMPORT_LINES = 100_000


class NumberBlocked(Forbidden):
    """A number dialled is on the blacklist for outbound calls."""

    error_id = "number_blocked"


def entries_of(rows: list[Row]) -> list[rules.Entry]:
    return [
        rules.Entry(
            id=int(r["id"]),
            list=str(r["list"]),
            number=str(r["number"]),
            direction=str(r["direction"]),
            note=str(r["note"] or ""),
        )
        for r in rows
    ]


def load_lists(s: Store) -> rules.NumberLists:
    """The lists as they are in the database (on the store thread)."""
    return rules.NumberLists(entries_of(list_store.list_entries(s)))


def blocked_call_row(
    call_id: str,
    direction: str,
    ani: str | None,
    dnis: str | None,
    now: float,
    agent_id: str | None = None,
) -> Row:
    """The record of a call stopped by a blacklist entry: ended as it started."""
    row = new_call_row(call_id, direction, "ended", ani, dnis, now, None, agent_id=agent_id)
    row.update(ended_at=now, end_cause=BLOCKED)
    return row


def tell_blocked(call_id: str, direction: str, number: str | None, entry: rules.Entry) -> None:
    story_log.info(
        "call %s: %s number %s is blocked by blacklist entry %s (%s%s)",
        call_id,
        direction,
        masked(number),
        entry.id,
        entry.number,
        f", {entry.note}" if entry.note else "",
    )


def _model(row: Row) -> NumberListEntry:
    return NumberListEntry.model_validate(row)


class NumberListService:
    def __init__(
        self,
        runner: StoreRunner,
        clock: Callable[[], float],
        listeners: list[Callable[[], Awaitable[None]]],
    ) -> None:
        self._runner = runner
        self._clock = clock
        self._listeners = listeners  # telephony re-reads the lists after a change
        self._lists = rules.NumberLists()

    async def load(self) -> None:
        self._lists = await self._runner.run(load_lists)

    def is_blocked(self, number: str | None, direction: str) -> rules.Entry | None:
        """The blacklist entry that stops a call to/from `number` ("inbound" or
        "outbound"), or None. From memory: cheap enough for every call."""
        return self._lists.is_blocked(number, direction)

    async def record_blocked(
        self,
        direction: str,
        ani: str | None,
        dnis: str | None,
        entry: rules.Entry,
        agent_id: str | None = None,
    ) -> str:
        """Write the record of a blocked call (end cause `blocked`) and tell its story;
        returns its id."""
        call_id = uuid.uuid4().hex
        number = dnis if direction == "outbound" else ani
        tell_blocked(call_id, direction, number, entry)
        row = blocked_call_row(call_id, direction, ani, dnis, self._clock(), agent_id)
        await self._runner.defer(f"blocked call {call_id}", lambda s: s.insert_call(row))
        return call_id

    async def check_outbound(self, number: str, caller_id: str | None, agent_id: str) -> None:
        """Raise NumberBlocked (403), after recording the call, when `number` is blocked."""
        entry = self.is_blocked(number, "outbound")
        if entry is None:
            return
        call_id = await self.record_blocked("outbound", caller_id, number, entry, agent_id)
        raise NumberBlocked(
            f"the number {number} is on the blacklist for outbound calls (entry {entry.number})",
            number=number,
            entry=entry.id,
            call_id=call_id,
        )

    async def _changed(self) -> None:
        await self.load()
        for listener in self._listeners:
            await listener()

    # --- admins ----------------------------------------------------------------------

    async def entries(self) -> list[NumberListEntry]:
        return [_model(r) for r in await self._runner.run(list_store.list_entries)]

    @staticmethod
    def _checked(body: NumberListInput) -> str:
        try:
            return rules.check_entry(body.list, body.number, body.direction)
        except rules.BadEntry as exc:
            raise InvalidInput(str(exc), field="number") from exc

    async def create(self, actor: Principal, body: NumberListInput) -> NumberListEntry:
        number, now = self._checked(body), self._clock()

        def write(s: Store) -> Row:
            with s.transaction():
                if list_store.find_entry(s, body.list, number, body.direction):
                    raise Duplicate(
                        f"{number} ({body.direction}) is already on the {body.list}list",
                        number=number,
                    )
                entry_id = list_store.add_entry(
                    s, body.list, number, body.direction, body.note, actor.agent_id, now
                )
                s.audit(
                    now,
                    actor.agent_id,
                    "number_list_added",
                    str(entry_id),
                    {"list": body.list, "number": number, "direction": body.direction},
                )
                row = list_store.get_entry(s, entry_id)
                assert row is not None
                return row

        row = await self._runner.run(write)
        log.info(
            "admin %s added %s to the %slist (%s)",
            actor.agent_id,
            number,
            body.list,
            body.direction,
        )
        await self._changed()
        return _model(row)

    async def update(
        self, actor: Principal, entry_id: int, body: NumberListInput
    ) -> NumberListEntry:
        number, now = self._checked(body), self._clock()

        def write(s: Store) -> Row:
            with s.transaction():
                if list_store.get_entry(s, entry_id) is None:
                    raise Missing(f"no number list entry {entry_id}")
                other = list_store.find_entry(s, body.list, number, body.direction)
                if other is not None and other["id"] != entry_id:
                    raise Duplicate(
                        f"{number} ({body.direction}) is already on the {body.list}list",
                        number=number,
                    )
                list_store.update_entry(s, entry_id, body.list, number, body.direction, body.note)
                s.audit(
                    now,
                    actor.agent_id,
                    "number_list_changed",
                    str(entry_id),
                    {"list": body.list, "number": number, "direction": body.direction},
                )
                row = list_store.get_entry(s, entry_id)
                assert row is not None
                return row

        row = await self._runner.run(write)
        log.info("admin %s changed number list entry %s to %s", actor.agent_id, entry_id, number)
        await self._changed()
        return _model(row)

    async def delete(self, actor: Principal, entry_id: int) -> None:
        now = self._clock()

        def write(s: Store) -> Row:
            with s.transaction():
                row = list_store.get_entry(s, entry_id)
                if row is None:
                    raise Missing(f"no number list entry {entry_id}")
                list_store.delete_entry(s, entry_id)
                s.audit(now, actor.agent_id, "number_list_removed", str(entry_id), dict(row))
                return row

        row = await self._runner.run(write)
        log.info("admin %s removed %s from the %slist", actor.agent_id, row["number"], row["list"])
        await self._changed()

    async def import_csv(self, actor: Principal, body: NumberListImport) -> NumberListImportResult:
        """All lines or none: a bad line is a 422 listing every bad line (up to 50)."""
        lines = body.csv.splitlines()
        if len(lines) > MAX_IMPORT_LINES:
            raise InvalidInput(f"at most {MAX_IMPORT_LINES} lines, got {len(lines)}", field="csv")
        rows: list[tuple[str, str, str, str]] = []
        problems: list[dict[str, object]] = []
        for n, line in enumerate(lines, start=1):
            text = line.strip().lstrip("\ufeff")
            if not text or text.startswith("#"):
                continue
            if n == 1 and text.lower().startswith("number"):
                continue  # a header line
            try:
                rows.append(rules.parse_csv_line(text))
            except rules.BadEntry as exc:
                problems.append({"line": n, "text": text[:100], "message": str(exc)})
        if problems:
            first = problems[0]
            raise InvalidInput(
                f"{len(problems)} bad line(s), nothing imported; "
                f"first: line {first['line']}: {first['message']}",
                field="csv",
                lines=problems[:50],
            )
        now = self._clock()

        def write(s: Store) -> int:
            with s.transaction():
                if body.replace:
                    list_store.delete_all(s)
                added = list_store.add_many(s, rows, actor.agent_id, now)
                s.audit(
                    now,
                    actor.agent_id,
                    "number_list_imported",
                    None,
                    {"lines": len(rows), "added": added, "replace": body.replace},
                )
                return added

        added = await self._runner.run(write)
        log.info(
            "admin %s imported %d number list line(s), %d new%s",
            actor.agent_id,
            len(rows),
            added,
            " (lists replaced)" if body.replace else "",
        )
        await self._changed()
        return NumberListImportResult(added=added, lines=len(rows), replaced=body.replace)
