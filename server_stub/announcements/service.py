"""Announcement service (公告): leads post to the teams they lead (a lead of no team to
none), admins to any team or the whole centre; agents list what is addressed to them and mark it
read; the poster (and admins) read the receipts. SQL in `store.announcements`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from agent_desktop.protocol import Role
from agent_desktop.protocol.announcements import (
    Announcement,
    AnnouncementInput,
    AnnouncementReceipt,
    AnnouncementReceipts,
)
from server_stub.announcements.notifier import AnnouncementNotifier
from server_stub.auth.access import Access, OutsideTeam
from server_stub.auth.service import Principal
from server_stub.errors import Forbidden, InvalidInput, NotFound
from server_stub.store import StoreRunner
from server_stub.store import announcements as store
from server_stub.store.base import Row

log = logging.getLogger(__name__)


def _model(row: Row) -> Announcement:
    return Announcement(**{k: row[k] for k in Announcement.model_fields if k in row})


class AnnouncementService:
    def __init__(
        self,
        runner: StoreRunner,
        access: Access,
        profiles: Callable[[], Iterable[Row]],
        notifier: AnnouncementNotifier,
        clock: Callable[[], float],
    ) -> None:
        self._runner = runner
        self._access = access
        self._profiles = profiles
        self._notifier = notifier
        self._clock = clock

    def _addressees(self, teams: list[str]) -> list[Row]:
        return [
            r
            for r in self._profiles()
            if r.get("enabled", 1) and (not teams or r.get("team") in teams)
        ]

    def _team_of(self, agent_id: str) -> str | None:
        for r in self._profiles():
            if r["agent_id"] == agent_id:
                return r.get("team") or None
        return None

    async def post(self, body: AnnouncementInput, me: Principal) -> Announcement:
        teams = sorted(set(body.teams))
        known = await self._runner.run(lambda s: {t["name"] for t in s.list_teams()})
        unknown = [t for t in teams if t not in known]
        if unknown:
            raise InvalidInput(f"no team {', '.join(unknown)}", field="teams")
        if me.role is Role.LEAD:  # a lead of no team may post nowhere (issue 13's scope)
            if not teams:
                raise OutsideTeam("you may post only to the teams you lead", field="teams")
            for team in teams:
                self._access.check_team(me, team)
        now = self._clock()
        if body.expires_at is not None and body.expires_at <= now:
            raise InvalidInput("expires_at is in the past", field="expires_at")
        row: Row = {
            "text": body.text,
            "teams": teams,
            "posted_by": me.agent_id,
            "created_at": now,
            "expires_at": body.expires_at,
        }
        announcement_id = await self._runner.run(lambda s: store.insert(s, row))
        announcement = _model({**row, "id": announcement_id})
        addressees = self._addressees(teams)
        self._notifier.posted(announcement, [r["agent_id"] for r in addressees])
        log.info(
            "announcement %d posted by %s to %s (%d agents): %r",
            announcement_id,
            me.agent_id,
            ", ".join(teams) or "everyone",
            len(addressees),
            body.text[:80],
        )
        return announcement

    async def mine(self, me: Principal, limit: int) -> list[Announcement]:
        team = self._team_of(me.agent_id)
        now = self._clock()
        rows = await self._runner.run(lambda s: store.for_agent(s, me.agent_id, team, now, limit))
        return [_model(r) for r in rows]

    async def _visible(self, announcement_id: int, me: Principal) -> Row:
        row = await self._runner.run(lambda s: store.get(s, announcement_id))
        team = self._team_of(me.agent_id)
        if row is None or not (
            not row["teams"]
            or team in row["teams"]
            or row["posted_by"] == me.agent_id
            or me.role is Role.ADMIN
        ):
            raise NotFound(f"no announcement {announcement_id}")
        return row

    async def read(self, announcement_id: int, me: Principal) -> Announcement:
        row = await self._visible(announcement_id, me)
        now = self._clock()
        read_at = await self._runner.run(
            lambda s: store.mark_read(s, announcement_id, me.agent_id, now)
        )
        if read_at == now:
            log.info("announcement %d read by %s", announcement_id, me.agent_id)
        return _model({**row, "read_at": read_at})

    async def receipts(self, announcement_id: int, me: Principal) -> AnnouncementReceipts:
        row = await self._visible(announcement_id, me)
        if row["posted_by"] != me.agent_id and me.role is not Role.ADMIN:
            raise Forbidden("only the poster and admins see who read an announcement")
        reads = await self._runner.run(lambda s: store.reads(s, announcement_id))
        receipts = [
            AnnouncementReceipt(
                agent_id=r["agent_id"], name=r.get("name", ""), read_at=reads.get(r["agent_id"])
            )
            for r in sorted(self._addressees(row["teams"]), key=lambda r: r["agent_id"])
            if r["agent_id"] != row["posted_by"]
        ]
        return AnnouncementReceipts(
            announcement=_model(row),
            receipts=receipts,
            read=sum(1 for r in receipts if r.read_at is not None),
            total=len(receipts),
        )
