"""The number-area table (号码归属地) admins import for area routing (区域路由): CSV import
(all rows or none), listing, look-up and clearing. Telephony and `simulate` read the table
with the rest of a flow's context (`flows.context.load_context`); after a change the
listeners re-read it, so the next call routes by it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from agent_desktop.protocol.number_areas import (
    NumberArea,
    NumberAreaImport,
    NumberAreaImportResult,
    NumberAreaLookup,
    NumberAreas,
)
from server_stub.auth.service import Principal
from server_stub.domain import number_areas as rules
from server_stub.errors import InvalidInput
from server_stub.store import StoreRunner
from server_stub.store import number_areas as area_store
from server_stub.store.base import Store

log = logging.getLogger(__name__)

MAX_IMPORT_LINES = 1_000_000


def _model(area: rules.Area) -> NumberArea:
    return NumberArea.model_validate(area.as_dict())


class NumberAreaService:
    def __init__(
        self,
        runner: StoreRunner,
        clock: Callable[[], float],
        listeners: list[Callable[[], Awaitable[None]]],
    ) -> None:
        self._runner = runner
        self._clock = clock
        self._listeners = listeners  # telephony re-reads flows and their context

    async def table(self) -> rules.AreaTable:
        return rules.AreaTable(await self._runner.run(area_store.list_areas))

    async def areas(self) -> NumberAreas:
        table = await self.table()
        return NumberAreas(
            imported=[_model(a) for a in table.imported],
            builtin=[_model(a) for a in table.builtin],
        )

    async def lookup(self, number: str) -> NumberAreaLookup:
        digits = rules.digits_of(number)
        if not 3 <= len(digits) <= 20:
            raise InvalidInput(f"not a phone number: {number!r}", field="number")
        area = (await self.table()).lookup(number)
        return NumberAreaLookup(number=digits, area=_model(area) if area else None)

    async def import_csv(self, actor: Principal, body: NumberAreaImport) -> NumberAreaImportResult:
        """All rows or none: a bad line is a 422 listing every bad line (up to 50)."""
        lines = body.csv.splitlines()
        if len(lines) > MAX_IMPORT_LINES:
            raise InvalidInput(f"at most {MAX_IMPORT_LINES} lines, got {len(lines)}", field="csv")
        rows: dict[str, rules.Area] = {}
        problems: list[dict[str, object]] = []
        for n, line in enumerate(lines, start=1):
            text = line.strip().lstrip("\ufeff")
            if not text or text.startswith("#"):
                continue
            if n == 1 and text.lower().startswith("prefix"):
                continue  # a header line
            try:
                area = rules.parse_csv_line(text)
            except rules.BadArea as exc:
                problems.append({"line": n, "text": text[:100], "message": str(exc)})
                continue
            other = rows.get(area.prefix)
            if other is not None and other != area:
                problems.append(
                    {
                        "line": n,
                        "text": text[:100],
                        "message": f"prefix {area.prefix} is given twice, differently",
                    }
                )
            rows[area.prefix] = area
        if problems:
            first = problems[0]
            raise InvalidInput(
                f"{len(problems)} bad line(s), nothing imported; "
                f"first: line {first['line']}: {first['message']}",
                field="csv",
                lines=problems[:50],
            )
        if not rows:
            raise InvalidInput("no rows to import (prefix,province,city a line)", field="csv")
        now = self._clock()

        def write(s: Store) -> tuple[int, int]:
            with s.transaction():
                if body.replace:
                    area_store.delete_all(s)
                added = area_store.put_many(s, rows.values(), actor.agent_id, now)
                s.audit(
                    now,
                    actor.agent_id,
                    "number_areas_imported",
                    None,
                    {"lines": len(rows), "added": added, "replace": body.replace},
                )
                return added, len(area_store.list_areas(s))

        added, total = await self._runner.run(write)
        log.info(
            "admin %s imported %d number-area row(s), %d new prefix(es), %d in all%s",
            actor.agent_id,
            len(rows),
            added,
            total,
            " (table replaced)" if body.replace else "",
        )
        await self._changed()
        return NumberAreaImportResult(
            added=added, lines=len(rows), replaced=body.replace, total=total
        )

    async def clear(self, actor: Principal) -> int:
        now = self._clock()

        def write(s: Store) -> int:
            with s.transaction():
                removed = area_store.delete_all(s)
                s.audit(now, actor.agent_id, "number_areas_cleared", None, {"removed": removed})
                return removed

        removed = await self._runner.run(write)
        log.info("admin %s removed the %d imported number-area row(s)", actor.agent_id, removed)
        await self._changed()
        return removed

    async def _changed(self) -> None:
        for listener in self._listeners:
            await listener()
