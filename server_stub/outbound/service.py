"""Running outbound campaigns: settings, contact import, state (draft → running ⇄ paused
→ stopped/done), agents joining, preview dialling, the pacing loop that dials for free
agents (progressive, predictive), results, retries, the do-not-call list, figures for
the leads' monitor (`campaign_updated`). Calls go through the click-to-dial path: the
agent's phone rings first, then the customer through the trunk (docs/outbound.md)."""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import math
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from server_stub.agents.service import AgentService
from server_stub.calls.outbound import Outbound
from server_stub.calls.service import AcdService
from server_stub.domain.agent_state import AgentStatus
from server_stub.errors import Conflict, Forbidden, InvalidInput, NotFound, ServiceError
from server_stub.outbound import engine
from server_stub.outbound.contacts import (
    ImportFailed,
    normalise_number,
    parse_contacts,
    read_table,
)
from server_stub.outbound.notifier import CampaignNotifier
from server_stub.outbound.permissions import DialPermissions
from server_stub.outbound.schemas import CampaignInput
from server_stub.periodic import Periodic
from server_stub.store import StoreRunner
from server_stub.store import campaigns as sql
from server_stub.store.base import Row
from server_stub.telephony import prompts

log = logging.getLogger(__name__)

# From a state, the actions allowed and where they lead.
TRANSITIONS: dict[str, dict[str, str]] = {
    "draft": {"start": "running", "stop": "stopped"},
    "running": {"pause": "paused", "stop": "stopped"},
    "paused": {"start": "running", "stop": "stopped"},
    "stopped": {},
    "done": {},
}
OUTSIDE_HOURS = "outside calling hours"


class RowErrors(InvalidInput):
    """Some rows of an import are bad: every one is listed and nothing was imported."""

    error_id = "invalid_rows"

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} row(s) are not valid: nothing was imported")
        self.errors = errors


@dataclass
class _Attempt:
    """A customer-first call in progress (ringing, or answered and hearing a message)."""

    campaign_id: int
    contact_id: int
    attempt_id: int
    answered: bool = False
    result: str | None = None  # known before it ends: dropped, transferred, answered
    keys: str = ""


def speak(text: str, path: Path) -> None:
    """`text` as a 16 kHz mono WAV (espeak-ng: Mandarin when it has Chinese, else English)."""
    espeak, sox = shutil.which("espeak-ng"), shutil.which("sox")
    if espeak is None or sox is None:
        raise OSError("espeak-ng and sox are needed to speak a campaign's message")
    path.parent.mkdir(parents=True, exist_ok=True)
    voice = "cmn" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en-us"
    raw = path.with_suffix(".raw.wav")
    subprocess.run([espeak, "-v", voice, "-s", "165", "-w", str(raw), text], check=True)
    subprocess.run([sox, str(raw), "-r", "16000", "-c", "1", "-b", "16", str(path)], check=True)
    raw.unlink(missing_ok=True)


class CampaignService:
    def __init__(
        self,
        runner: StoreRunner,
        notify: CampaignNotifier,
        agents: AgentService,
        acd: AcdService,
        outbound: Outbound,
        permissions: DialPermissions,
        call_path: Any = None,
        data_dir: Path = Path("."),
        clock: Callable[[], float] = time.time,
        timezone: str = "UTC",
        wrap_up_seconds: float = 30.0,
        blocked: Callable[[str, str], object] | None = None,
        tick_seconds: float = 1.0,
    ) -> None:
        self._runner = runner
        self._notify = notify
        self._agents = agents
        self._acd = acd
        self._outbound = outbound
        self._permissions = permissions
        self._call_path = call_path  # the SIP side (its telephony dials customer first)
        # the centre's black list (黑白名单, shared with inbound): the blocking entry or None
        self._blocked = blocked or (lambda _number, _direction: None)
        self._data_dir = data_dir
        self._clock = clock
        self._timezone = timezone
        self._wrap_up = wrap_up_seconds
        self._calls: dict[str, tuple[int, int, int]] = {}  # call → campaign, contact, attempt
        self._attempts: dict[str, _Attempt] = {}  # customer-first calls not yet queued
        # their calls once queued: call → campaign, contact, attempt, the agent who took it
        self._queued: dict[str, tuple[int, int, int, str | None]] = {}
        self._pacers: dict[int, engine.Pacer] = {}
        self._loop = Periodic("campaign dialler", tick_seconds, self.tick)

    async def start(self) -> None:
        # Attempts left open by a previous run ended with it: a failed attempt, retried.
        for attempt in await self._runner.run(sql.open_attempts):
            await self._settle(attempt["campaign_id"], attempt["contact_id"], attempt["id"], None)
        self._loop.start()

    async def stop(self) -> None:
        await self._loop.stop()

    # --- settings ----------------------------------------------------------------------

    async def create(self, body: CampaignInput, by: str) -> dict[str, Any]:
        config = self._check(body)
        name = body.name.strip()
        if await self._runner.run(lambda s: sql.campaign_named(s, name)):
            raise Conflict(f"a campaign named {name!r} exists already", field="name")
        now = self._clock()
        row = {
            "name": name,
            "mode": body.mode,
            "queue": body.queue,
            "caller_id": body.caller_id,
            "config": config,
            "created_by": by,
            "now": now,
        }
        campaign_id = await self._runner.run(lambda s: sql.insert_campaign(s, row))
        log.info("campaign %d %r (%s) created by %s", campaign_id, name, body.mode, by)
        return await self.get(campaign_id)

    def _check(self, body: CampaignInput) -> dict[str, Any]:
        if body.mode not in engine.MODES:
            raise InvalidInput(
                f"mode must be one of {', '.join(engine.MODES)}, not {body.mode!r}", field="mode"
            )
        for name, field_name in ((body.queue, "queue"), (body.transfer_queue, "transfer_queue")):
            if name is None:
                continue
            try:
                self._acd.queue_row(name)
            except (NotFound, KeyError):
                raise InvalidInput(f"unknown queue {name!r}", field=field_name) from None
        timezone = body.timezone or self._timezone
        try:
            engine.CallingHours.parse(body.hours, timezone)
            engine.parse_retry(body.retry)
        except engine.EngineError as exc:
            raise InvalidInput(str(exc), field="hours" if "hour" in str(exc) else "retry") from None
        if not body.hours:
            raise InvalidInput(
                'hours: give the calling hours per weekday, e.g. {"mon": [["09:00", "18:00"]]}',
                field="hours",
            )
        if body.permission is not None and body.permission not in engine.SCOPES:
            raise InvalidInput(
                f"permission must be one of {', '.join(engine.SCOPES)}, not {body.permission!r}",
                field="permission",
            )
        if body.mode == "broadcast" and not body.message.strip():
            raise InvalidInput("a broadcast campaign needs its message", field="message")
        dispositions = [d.strip() for d in body.dispositions if d.strip()]
        if len(set(dispositions)) != len(dispositions):
            raise InvalidInput("dispositions: each may appear once", field="dispositions")
        if not body.caller_id.strip().lstrip("+").isdigit():
            raise InvalidInput(f"caller_id {body.caller_id!r} is not a number", field="caller_id")
        return {
            "hours": body.hours,
            "timezone": timezone,
            "retry": {
                k: {"max": r.max_attempts, "spacing_s": r.spacing_s}
                for k, r in engine.parse_retry(body.retry).items()
            },
            "dispositions": dispositions,
            "script": body.script,
            "message": body.message,
            "drop_ceiling": body.drop_ceiling,
            "transfer_queue": body.transfer_queue,
            "lines": body.lines,
            "permission": body.permission,
            "amd": body.amd,
            "machine_message": body.machine_message,
        }

    async def _row(self, campaign_id: int) -> Row:
        row = await self._runner.run(lambda s: sql.get_campaign(s, campaign_id))
        if row is None:
            raise NotFound(f"no campaign {campaign_id}", campaign_id=campaign_id)
        return row

    async def get(self, campaign_id: int) -> dict[str, Any]:
        return await self._view(await self._row(campaign_id))

    async def all(self) -> list[dict[str, Any]]:
        return [await self._view(r) for r in await self._runner.run(sql.list_campaigns)]

    async def _view(self, row: Row) -> dict[str, Any]:
        config = row["config"]
        figures = await self.figures(row["id"])
        dialling, reason = self._dialling(row)
        return {
            "id": row["id"],
            "name": row["name"],
            "mode": row["mode"],
            "state": row["state"],
            "queue": row["queue"],
            "caller_id": row["caller_id"],
            **config,
            "dial_level": row["dial_level"],
            "dialling": dialling,
            "reason": reason,
            "figures": figures,
            "created_by": row["created_by"],
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        }

    def _dialling(self, row: Row) -> tuple[bool, str | None]:
        if row["state"] != "running":
            return False, f"campaign is {row['state']}"
        config = row["config"]
        hours = engine.CallingHours.parse(config["hours"], config["timezone"])
        if not hours.is_open(self._clock()):
            return False, OUTSIDE_HOURS
        return True, None

    async def figures(self, campaign_id: int) -> dict[str, Any]:
        c = await self._runner.run(lambda s: sql.counts(s, campaign_id))
        members = await self._runner.run(sql.campaign_agents)
        figures = engine.Figures(
            contacts_total=c["total"],
            contacts_left=c["left"],
            dialled=c["dialled"],
            answered=c["answered"],
            dropped=c["dropped"],
            completed=c["completed"],
            agents=sum(1 for m in members if m["campaign_id"] == campaign_id),
        )
        if c["first"] is not None and c["last"] is not None and c["dialled"] > 1:
            minutes = max((c["last"] - c["first"]) / 60.0, 1 / 60)
            figures.dial_rate_per_min = c["dialled"] / minutes
        return figures.as_dict()

    # --- contacts ----------------------------------------------------------------------

    async def import_contacts(
        self,
        campaign_id: int,
        data: bytes,
        filename: str,
        mapping: dict[str, str] | None,
        dry_run: bool,
        skip_invalid: bool,
        by: str,
    ) -> dict[str, Any]:
        row = await self._row(campaign_id)
        if row["state"] in ("stopped", "done"):
            raise Conflict(f"campaign {campaign_id} is {row['state']}: no more contacts")
        known = await self._runner.run(lambda s: sql.contact_numbers(s, campaign_id))
        try:
            parsed = parse_contacts(read_table(data, filename), mapping, known=known)
        except ImportFailed as exc:
            raise InvalidInput(str(exc), field="file") from None
        if not parsed.rows and not parsed.errors:
            raise InvalidInput(
                "no new contacts: every number is already in the campaign", field="file"
            )
        summary = {
            "imported": 0,
            "duplicates": parsed.duplicates,
            "invalid": len(parsed.errors),
            "errors": parsed.errors,
            "dry_run": dry_run,
        }
        if parsed.errors and not skip_invalid and not dry_run:
            raise RowErrors(parsed.errors)
        if not parsed.rows and not dry_run:
            raise RowErrors(parsed.errors)
        if dry_run:
            summary["imported"] = len(parsed.rows)
            return summary
        now = self._clock()
        await self._runner.run(lambda s: sql.insert_contacts(s, campaign_id, parsed.rows, now))
        summary["imported"] = len(parsed.rows)
        log.info(
            "campaign %d: %s imported %d contact(s) (%d duplicate, %d invalid)",
            campaign_id,
            by,
            len(parsed.rows),
            parsed.duplicates,
            len(parsed.errors),
        )
        await self._announce(campaign_id)
        return summary

    # --- state -------------------------------------------------------------------------

    async def act(self, campaign_id: int, action: str, by: str) -> dict[str, Any]:
        row = await self._row(campaign_id)
        target = TRANSITIONS[row["state"]].get(action)
        if target is None:
            raise Conflict(
                f"campaign {campaign_id} is {row['state']}: it cannot {action}",
                state=row["state"],
            )
        if action == "start":
            left = (await self._runner.run(lambda s: sql.counts(s, campaign_id)))["left"]
            if not left:
                raise Conflict(
                    f"campaign {campaign_id} has no contacts left to call: import a list"
                )
        now = self._clock()
        await self._runner.run(lambda s: sql.set_campaign_state(s, campaign_id, target, now))
        if target != "running":
            await self._runner.run(lambda s: sql.release_reservations(s, campaign_id))
        row = await self._row(campaign_id)
        dialling, reason = self._dialling(row)
        log.info(
            "campaign %d %s by %s: now %s%s",
            campaign_id,
            action,
            by,
            target,
            f" (not dialling: {reason})" if reason and target == "running" else "",
        )
        await self._announce(campaign_id)
        return {"id": campaign_id, "state": target, "dialling": dialling, "reason": reason}

    # --- agents ------------------------------------------------------------------------

    async def join(self, campaign_id: int, agent_id: str) -> dict[str, Any]:
        row = await self._row(campaign_id)
        if row["state"] in ("stopped", "done"):
            raise Conflict(f"campaign {campaign_id} is {row['state']}")
        queue = row["queue"]
        if row["mode"] == "predictive" and not any(
            m["queue"] == queue and m["agent_id"] == agent_id for m in self._acd.members()
        ):  # its answered calls reach agents through the queue
            raise Conflict(
                f"agent {agent_id} is not in queue {queue}, through which this predictive "
                "campaign's calls come: ask an admin to add you",
                queue=queue,
            )
        now = self._clock()
        await self._runner.run(lambda s: sql.join(s, campaign_id, agent_id, now))
        log.info("campaign %d: agent %s joined", campaign_id, agent_id)
        await self._announce(campaign_id)
        return await self.get(campaign_id)

    async def leave(self, campaign_id: int, agent_id: str) -> None:
        await self._row(campaign_id)
        left = await self._runner.run(lambda s: sql.leave(s, campaign_id, agent_id))
        await self._runner.run(lambda s: sql.release_reservations(s, campaign_id, agent_id))
        if not left:
            raise Conflict(f"you are not on campaign {campaign_id}")
        log.info("campaign %d: agent %s left", campaign_id, agent_id)
        await self._announce(campaign_id)

    async def _member(self, campaign_id: int, agent_id: str) -> Row:
        row = await self._row(campaign_id)
        members = await self._runner.run(sql.campaign_agents)
        if not any(m["campaign_id"] == campaign_id and m["agent_id"] == agent_id for m in members):
            raise Forbidden(f"join campaign {campaign_id} first (POST .../join)")
        return row

    async def mine(self, agent_id: str) -> list[dict[str, Any]]:
        """The campaigns this agent joined, each with the contact being called for it."""
        members = await self._runner.run(sql.campaign_agents)
        out = []
        for m in members:
            if m["agent_id"] != agent_id:
                continue
            view = await self.get(m["campaign_id"])
            view["current"] = None
            calls = [(k, v[0], v[1]) for k, v in self._calls.items()]
            calls += [(k, v[0], v[1]) for k, v in self._queued.items()]
            for call_id, cid, contact_id in calls:
                if cid != m["campaign_id"]:
                    continue
                try:
                    call = self._acd.live(call_id)
                except NotFound:
                    continue
                if call.agent_id == agent_id:
                    contact = await self._contact(cid, contact_id)
                    view["current"] = {"call_id": call_id, "contact": contact}
            out.append(view)
        return out

    # --- preview -----------------------------------------------------------------------

    async def _contact(self, campaign_id: int, contact_id: int) -> dict[str, Any]:
        row = await self._runner.run(lambda s: sql.get_contact(s, campaign_id, contact_id))
        if row is None:
            raise NotFound(f"no contact {contact_id} in campaign {campaign_id}")
        return _contact_view(row)

    async def preview_next(self, campaign_id: int, agent_id: str) -> dict[str, Any] | None:
        row = await self._member(campaign_id, agent_id)
        if row["mode"] != "preview":
            raise Conflict(f"campaign {campaign_id} is {row['mode']}, not preview")
        if row["state"] != "running":
            raise Conflict(f"campaign {campaign_id} is {row['state']}", state=row["state"])
        dialling, reason = self._dialling(row)
        if not dialling:
            raise Conflict(f"campaign {campaign_id}: {reason}", reason=reason)
        now = self._clock()

        def reserve(s: Any) -> Row | None:
            with s.transaction():
                mine = sql.reserved_for(s, campaign_id, agent_id, now)
                if mine is not None:
                    return mine
                for contact in sql.due_contacts(s, campaign_id, now, 50):
                    refused = self._refused(s, contact["number"])
                    if refused is not None:
                        sql.update_contact(
                            s, contact["id"], {"status": "dnc", "last_result": refused}
                        )
                        continue
                    sql.update_contact(s, contact["id"], {"reserved_by": agent_id})
                    contact["reserved_by"] = agent_id
                    return contact
                return None

        contact = await self._runner.run(reserve)
        if contact is None:
            return None
        history = await self._runner.run(lambda s: sql.attempts_of(s, contact["id"]))
        return {"contact": _contact_view(contact), "history": [_attempt_view(a) for a in history]}

    async def dial(self, campaign_id: int, contact_id: int, agent_id: str) -> dict[str, Any]:
        """Preview: the agent dials the contact reserved for it."""
        row = await self._member(campaign_id, agent_id)
        if row["mode"] != "preview":
            raise Conflict(f"campaign {campaign_id} is {row['mode']}: the dialler places calls")
        dialling, reason = self._dialling(row)
        if not dialling:
            raise Conflict(f"campaign {campaign_id}: {reason}", reason=reason)
        contact = await self._runner.run(lambda s: sql.get_contact(s, campaign_id, contact_id))
        if contact is None:
            raise NotFound(f"no contact {contact_id} in campaign {campaign_id}")
        if contact["status"] != "pending" or contact["reserved_by"] not in (None, agent_id):
            raise Conflict(
                f"contact {contact_id} is not waiting for you (it is {contact['status']})"
            )
        waits = float(contact["next_at"] or 0) - self._clock()
        if waits > 0:  # its retry or call-back time has not come: not to be dialled yet
            raise Conflict(
                f"contact {contact_id} is waiting for its retry: it may be called again in "
                f"{math.ceil(waits / 60)} min",
                next_at=contact["next_at"],
            )
        call = await self._place(row, contact, agent_id)
        if call is None:
            raise Conflict(f"contact {contact_id}'s number is on the do-not-call list")
        return call

    async def skip(self, campaign_id: int, contact_id: int, agent_id: str, reason: str) -> None:
        await self._member(campaign_id, agent_id)
        contact = await self._runner.run(lambda s: sql.get_contact(s, campaign_id, contact_id))
        if contact is None:
            raise NotFound(f"no contact {contact_id} in campaign {campaign_id}")
        if contact["status"] != "pending" or contact["reserved_by"] not in (None, agent_id):
            raise Conflict(
                f"contact {contact_id} is not waiting for you (it is {contact['status']})"
            )
        now = self._clock()
        await self._runner.run(
            lambda s: sql.update_contact(
                s,
                contact_id,
                {
                    "status": "skipped",
                    "skip_reason": reason,
                    "reserved_by": None,
                    "last_result": "skipped",
                    "updated_at": now,
                },
            )
        )
        log.info(
            "campaign %d: %s skipped contact %d (%s)", campaign_id, agent_id, contact_id, reason
        )
        await self._announce(campaign_id)

    async def result(
        self,
        campaign_id: int,
        contact_id: int,
        agent_id: str,
        disposition: str,
        callback_at: float | None,
    ) -> dict[str, Any]:
        row = await self._member(campaign_id, agent_id)
        dispositions = row["config"]["dispositions"]
        if dispositions and disposition not in dispositions:
            raise InvalidInput(
                f"disposition {disposition!r} is not one of {', '.join(dispositions)}",
                field="disposition",
            )
        contact = await self._runner.run(lambda s: sql.get_contact(s, campaign_id, contact_id))
        if contact is None:
            raise NotFound(f"no contact {contact_id} in campaign {campaign_id}")
        history = await self._runner.run(lambda s: sql.attempts_of(s, contact_id))
        if not any(a["agent_id"] == agent_id for a in history):
            raise Conflict(f"contact {contact_id} was not called by you")
        now = self._clock()
        fields: Row = {"disposition": disposition, "updated_at": now, "reserved_by": None}
        if callback_at is not None:
            if callback_at <= now:
                raise InvalidInput("callback_at must be in the future", field="callback_at")
            fields.update({"status": "pending", "next_at": callback_at})
        elif contact["status"] in ("pending", "dialling", "answered"):
            fields["status"] = "done"
        await self._runner.run(lambda s: sql.update_contact(s, contact_id, fields))
        # the result is the call's wrap-up disposition too: the agent is asked once
        call_id = next(
            (a["call_id"] for a in reversed(history) if a["agent_id"] == agent_id and a["call_id"]),
            None,
        )
        if call_id is not None:

            def mark(s: Any) -> bool:
                call = s.get_call(call_id)
                if call is None or call.get("disposition"):
                    return False
                s.update_call(call_id, {"disposition": disposition})
                return True

            if await self._runner.run(mark):
                log.info(
                    "call %s: disposition %r from campaign %d", call_id, disposition, campaign_id
                )
        log.info(
            "campaign %d: %s set contact %d to %r%s",
            campaign_id,
            agent_id,
            contact_id,
            disposition,
            f", call back at {callback_at:.0f}" if callback_at else "",
        )
        await self._announce(campaign_id)
        return await self._contact(campaign_id, contact_id)

    # --- dialling ----------------------------------------------------------------------

    def _refused(self, store: Any, number: str) -> str | None:
        """Why `number` is never dialled: "blocked" (the centre's black list, from memory),
        "dnc" (the do-not-call list); None when it may be (store thread)."""
        if self._blocked(number, "outbound") is not None:
            return "blocked"
        return "dnc" if sql.is_dnc(store, number) else None

    async def _not_to_dial(self, campaign_id: int, contact: Row) -> bool:
        """Mark a contact on the black or do-not-call list as done, and say so."""
        contact_id, number = contact["id"], contact["number"]

        def check(s: Any) -> str | None:
            refused = self._refused(s, number)
            if refused is not None:
                sql.update_contact(
                    s, contact_id, {"status": "dnc", "last_result": refused, "reserved_by": None}
                )
            return refused

        refused = await self._runner.run(check)
        if refused is not None:
            log.info(
                "campaign %d: contact %d is on the %s list, not dialled",
                campaign_id,
                contact_id,
                "black" if refused == "blocked" else "do-not-call",
            )
        return refused is not None

    async def _place(self, row: Row, contact: Row, agent_id: str) -> dict[str, Any] | None:
        """One attempt through the click-to-dial path; None when the number is DNC."""
        campaign_id, contact_id = row["id"], contact["id"]
        if await self._not_to_dial(campaign_id, contact):
            return None
        try:
            await self._permissions.check(agent_id, contact["number"])
        except Forbidden as exc:
            await self._not_permitted(row, contact, exc)
            raise
        now = self._clock()
        await self._runner.run(
            lambda s: sql.update_contact(
                s,
                contact_id,
                {
                    "status": "dialling",
                    "reserved_by": agent_id,
                    "attempts": contact["attempts"] + 1,
                    "updated_at": now,
                },
            )
        )
        attempt = {
            "campaign_id": campaign_id,
            "contact_id": contact_id,
            "call_id": None,
            "agent_id": agent_id,
            "now": now,
        }
        attempt_id = await self._runner.run(lambda s: sql.insert_attempt(s, attempt))
        log.info(
            "campaign %d: dialling contact %d (%s) for agent %s, attempt %d",
            campaign_id,
            contact_id,
            contact["number"],
            agent_id,
            contact["attempts"] + 1,
        )
        try:
            call = await self._outbound.dial_out(
                agent_id, contact["number"], row["caller_id"], self._wrap_up
            )
        except ServiceError as exc:
            log.warning("campaign %d: dialling contact %d failed: %s", campaign_id, contact_id, exc)
            await self._settle(campaign_id, contact_id, attempt_id, None, "dial_failed")
            raise
        self._calls[call.id] = (campaign_id, contact_id, attempt_id)
        await self._runner.run(lambda s: sql.set_attempt_call(s, attempt_id, call.id))
        return {"call_id": call.id, "contact": _contact_view(contact), "attempt_id": attempt_id}

    async def _settle(
        self,
        campaign_id: int,
        contact_id: int,
        attempt_id: int,
        call_id: str | None,
        cause: str | None = None,
        answered: bool = False,
        result: str | None = None,
    ) -> None:
        """An attempt's call ended (or its outcome is known): its result, the contact's
        next try or its end."""
        if call_id is not None:
            call = await self._runner.run(lambda s: s.get_call(call_id))
            if call is not None:
                cause = call.get("end_cause") or cause
                answered = call.get("answered_at") is not None
        result = result or engine.classify(cause or "server_lost", answered)
        now = self._clock()
        row = await self._runner.run(lambda s: sql.get_campaign(s, campaign_id))
        contact = await self._runner.run(lambda s: sql.get_contact(s, campaign_id, contact_id))
        if row is None or contact is None:
            return
        rules = engine.parse_retry(row["config"]["retry"])
        retry_at = engine.next_attempt(result, contact["attempts"], rules, now)
        fields: Row = {"last_result": result, "updated_at": now, "reserved_by": None}
        if result in ("answered", "transferred"):
            fields["status"] = "done" if contact["disposition"] else "answered"
        elif retry_at is not None:
            fields.update({"status": "pending", "next_at": retry_at})
        else:
            fields["status"] = result if result in ("dropped",) else "failed"
        await self._runner.run(
            lambda s: sql.finish_attempt(s, attempt_id, result, cause or "", now)
        )
        await self._runner.run(lambda s: sql.update_contact(s, contact_id, fields))
        log.info(
            "campaign %d: contact %d attempt %d ended %s (%s)%s",
            campaign_id,
            contact_id,
            attempt_id,
            result,
            cause,
            f", retry in {retry_at - now:.0f} s" if retry_at is not None else "",
        )

    async def tick(self) -> None:
        """One round of the dialler: settle ended calls, dial for free agents, announce."""
        for call_id, (campaign_id, contact_id, attempt_id) in list(self._calls.items()):
            try:
                self._acd.live(call_id)
                continue
            except NotFound:
                pass
            del self._calls[call_id]
            await self._settle(campaign_id, contact_id, attempt_id, call_id)
            await self._announce(campaign_id)
        for call_id, (campaign_id, contact_id, attempt_id, taker) in list(self._queued.items()):
            try:
                agent_id = self._acd.live(call_id).agent_id
            except NotFound:
                del self._queued[call_id]
                continue
            if agent_id is not None and agent_id != taker:  # the agent the queue gave it to
                await self._runner.run(
                    partial(sql.set_attempt_agent, attempt_id=attempt_id, agent_id=agent_id)
                )
                self._queued[call_id] = (campaign_id, contact_id, attempt_id, agent_id)
        rows = await self._runner.run(sql.list_campaigns)
        members = await self._runner.run(sql.campaign_agents)
        for row in rows:
            if row["state"] != "running":
                continue
            try:
                await self._round(
                    row, [m["agent_id"] for m in members if m["campaign_id"] == row["id"]]
                )
            except ServiceError as exc:
                log.warning("campaign %d: %s", row["id"], exc)

    async def _round(self, row: Row, agents: list[str]) -> None:
        campaign_id = row["id"]
        now = self._clock()
        in_flight = sum(1 for c in self._calls.values() if c[0] == campaign_id)
        in_flight += sum(1 for a in self._attempts.values() if a.campaign_id == campaign_id)
        counts = await self._runner.run(lambda s: sql.counts(s, campaign_id))
        if counts["left"] == 0 and in_flight == 0:
            pending = counts["total"] > 0
            if pending:
                await self._runner.run(
                    lambda s: sql.set_campaign_state(s, campaign_id, "done", now)
                )
                log.info("campaign %d done: every contact called", campaign_id)
                await self._announce(campaign_id)
            return
        if row["mode"] == "preview" or not self._dialling(row)[0]:
            return  # preview: the agents dial
        free = self._free(agents)
        telephony = self._telephony()
        if row["mode"] == "progressive" or telephony is None:
            # Agent first (the click-to-dial path): one line per free agent. Without the
            # SIP side (tests of the coordinator alone) predictive dials so too.
            if not free:
                return
            due = await self._runner.run(lambda s: sql.due_contacts(s, campaign_id, now, len(free)))
            for agent_id, contact in zip(free, due, strict=False):
                try:
                    await self._place(row, contact, agent_id)
                except ServiceError:
                    continue
            if due:
                await self._announce(campaign_id)  # the monitor's dialled figure
            return
        ringing = sum(
            1 for a in self._attempts.values() if a.campaign_id == campaign_id and not a.answered
        )
        live = sum(1 for a in self._attempts.values() if a.campaign_id == campaign_id)
        if row["mode"] == "broadcast":
            lines = max(0, int(row["config"].get("lines", 10)) - live)
        else:
            pacer = self._pacer(row)
            figures = engine.Figures(
                dialled=counts["dialled"],
                answered=counts["answered"],
                dropped=counts["dropped"],
                completed=counts["completed"],
            )
            level = pacer.level
            if abs(pacer.adapt(figures) - level) > 1e-9:  # kept for the monitor and restarts
                await self._runner.run(
                    partial(sql.set_dial_level, campaign_id=campaign_id, level=pacer.level)
                )
            lines = pacer.to_dial(len(free), len(agents) - len(free), ringing, figures)
        if lines <= 0:
            return
        due = await self._runner.run(lambda s: sql.due_contacts(s, campaign_id, now, lines))
        for contact in due:
            try:
                await self._place_customer(row, contact, telephony)
            except ServiceError:
                continue
        if due:
            await self._announce(campaign_id)

    def _free(self, agents: list[str]) -> list[str]:
        """Of these agents, the ready ones on no call."""
        busy = {c.agent_id for c in self._acd.live_calls() if c.agent_id}
        free = []
        for agent_id in agents:
            try:
                state = self._agents.state(agent_id)
            except NotFound:  # deleted since it joined
                continue
            if state.status is AgentStatus.READY and agent_id not in busy:
                free.append(agent_id)
        return free

    def _pacer(self, row: Row) -> engine.Pacer:
        pacer = self._pacers.get(row["id"])
        if pacer is None:
            pacer = engine.Pacer(
                "predictive", ceiling=float(row["config"]["drop_ceiling"]), level=row["dial_level"]
            )
            self._pacers[row["id"]] = pacer
        return pacer

    def _telephony(self) -> Any:
        return self._call_path.telephony if self._call_path is not None else None

    # --- customer first (predictive, broadcast): the telephony's CampaignListener --------

    async def _not_permitted(self, row: Row, contact: Row, exc: Forbidden) -> None:
        """A contact the campaign (or its agents) may not dial: never dialled, it ends
        `failed` with the result `not_permitted`."""
        now = self._clock()
        await self._runner.run(
            lambda s: sql.update_contact(
                s,
                contact["id"],
                {
                    "status": "failed",
                    "last_result": "not_permitted",
                    "reserved_by": None,
                    "updated_at": now,
                },
            )
        )
        log.info("campaign %d: contact %d not dialled: %s", row["id"], contact["id"], exc)

    async def _place_customer(self, row: Row, contact: Row, telephony: Any) -> None:
        campaign_id, contact_id = row["id"], contact["id"]
        if await self._not_to_dial(campaign_id, contact):
            return
        members = await self._runner.run(sql.campaign_agents)
        try:  # placed for no one agent: the campaign's permission, else its agents'
            await self._permissions.check_campaign(
                campaign_id,
                row["config"].get("permission"),
                [m["agent_id"] for m in members if m["campaign_id"] == campaign_id],
                contact["number"],
            )
        except Forbidden as exc:
            await self._not_permitted(row, contact, exc)
            return
        now = self._clock()
        await self._runner.run(
            lambda s: sql.update_contact(
                s,
                contact_id,
                {"status": "dialling", "attempts": contact["attempts"] + 1, "updated_at": now},
            )
        )
        attempt = {
            "campaign_id": campaign_id,
            "contact_id": contact_id,
            "call_id": None,
            "agent_id": None,
            "now": now,
        }
        attempt_id = await self._runner.run(lambda s: sql.insert_attempt(s, attempt))
        log.info(
            "campaign %d: dialling contact %d (%s) ahead of the agents (%s), attempt %d",
            campaign_id,
            contact_id,
            contact["number"],
            row["mode"],
            contact["attempts"] + 1,
        )
        ref = uuid.uuid4().hex
        self._attempts[ref] = _Attempt(campaign_id, contact_id, attempt_id)
        try:
            await telephony.dial_campaign(
                ref,
                contact["number"],
                row["caller_id"],
                float(row["config"].get("ring_timeout", 30)),
                self,
                amd=bool(row["config"].get("amd", False)),
            )
        except ServiceError as exc:
            log.warning("campaign %d: dialling contact %d failed: %s", campaign_id, contact_id, exc)
            if self._attempts.pop(ref, None) is not None:
                await self._settle(campaign_id, contact_id, attempt_id, None, "dial_failed")
            raise

    async def customer_answered(self, attempt: str) -> None:
        a = self._attempts.get(attempt)
        if a is None:
            return
        a.answered = True
        row = await self._runner.run(lambda s: sql.get_campaign(s, a.campaign_id))
        telephony = self._telephony()
        if row is None or telephony is None:
            return
        config = row["config"]
        if row["mode"] == "broadcast":
            await telephony.campaign_play(
                attempt, await self._message(row), not config.get("transfer_queue")
            )
            log.info(
                "campaign %d: contact %d answered: message played", a.campaign_id, a.contact_id
            )
            return
        members = await self._runner.run(sql.campaign_agents)
        free = self._free([m["agent_id"] for m in members if m["campaign_id"] == a.campaign_id])
        if not free:  # nobody to take it: the message, then hang up (a drop, 呼损)
            a.result = "dropped"
            await telephony.campaign_play(attempt, await self._message(row), True)
            log.info(
                "campaign %d: contact %d answered with no agent free: dropped (message played)",
                a.campaign_id,
                a.contact_id,
            )
            return
        await self._to_queue(a, attempt, row["queue"], row, "answered")

    async def machine_detected(self, attempt: str, cause: str) -> None:
        """An answering machine took the call: it hears the campaign's message (when the
        campaign says so) or is hung up; the attempt ends `machine`, retried by the
        campaign's `machine` rule."""
        a = self._attempts.get(attempt)
        telephony = self._telephony()
        if a is None or telephony is None:
            return
        a.answered, a.result = True, "machine"
        row = await self._runner.run(lambda s: sql.get_campaign(s, a.campaign_id))
        if row is not None and row["config"].get("machine_message"):
            await telephony.campaign_play(attempt, await self._message(row), True)
            what = "message left"
        else:
            await telephony.campaign_hangup(attempt)
            what = "hung up"
        log.info(
            "campaign %d: contact %d answered by a machine (%s): %s",
            a.campaign_id,
            a.contact_id,
            cause,
            what,
        )

    async def _to_queue(self, a: _Attempt, attempt: str, queue: str, row: Row, result: str) -> None:
        telephony = self._telephony()
        a.result = result
        call_id = await telephony.campaign_to_queue(
            attempt, queue, row["caller_id"], ("campaign", str(a.campaign_id))
        )
        self._attempts.pop(attempt, None)
        self._queued[call_id] = (a.campaign_id, a.contact_id, a.attempt_id, None)
        await self._runner.run(lambda s: sql.set_attempt_call(s, a.attempt_id, call_id))
        await self._settle(a.campaign_id, a.contact_id, a.attempt_id, None, "queued", True, result)
        log.info(
            "campaign %d: contact %d answered: call %s to queue %s",
            a.campaign_id,
            a.contact_id,
            call_id,
            queue,
        )
        await self._announce(a.campaign_id)

    async def customer_digit(self, attempt: str, digit: str) -> None:
        a = self._attempts.get(attempt)
        if a is None or a.result is not None:
            return
        row = await self._runner.run(lambda s: sql.get_campaign(s, a.campaign_id))
        if row is None or row["mode"] != "broadcast":
            return
        a.keys += digit
        target = row["config"].get("transfer_queue")
        if digit == "1" and target:
            await self._to_queue(a, attempt, target, row, "transferred")

    async def message_finished(self, attempt: str) -> None:
        a = self._attempts.get(attempt)
        telephony = self._telephony()
        if a is not None and telephony is not None and a.result is None:
            await telephony.campaign_hangup(attempt)  # heard it, pressed nothing

    async def customer_ended(self, attempt: str, cause: str, answered: bool) -> None:
        a = self._attempts.pop(attempt, None)
        if a is None:
            return
        await self._settle(
            a.campaign_id, a.contact_id, a.attempt_id, None, cause, answered, a.result
        )
        await self._announce(a.campaign_id)

    async def _message(self, row: Row) -> Path:
        """The campaign's message as speech (espeak-ng, made once), else the built-in
        goodbye prompt."""
        path = self._data_dir / "campaigns" / f"{row['id']}-message.wav"
        text = str(row["config"].get("message") or "").strip()
        if text and not path.is_file():
            try:
                await asyncio.to_thread(speak, text, path)
            except (OSError, subprocess.CalledProcessError) as exc:
                log.warning(
                    "campaign %d: message not made (%s): the goodbye prompt", row["id"], exc
                )
        return path if path.is_file() else prompts.prompt("goodbye")

    async def _announce(self, campaign_id: int) -> None:
        row = await self._runner.run(lambda s: sql.get_campaign(s, campaign_id))
        if row is None:
            return
        figures = await self.figures(campaign_id)
        dialling, reason = self._dialling(row)
        self._notify.updated(row, dialling, reason, figures)

    # --- results -----------------------------------------------------------------------

    async def results(self, campaign_id: int, fmt: str) -> tuple[bytes, str, str]:
        await self._row(campaign_id)
        contacts = await self._runner.run(lambda s: sql.contacts(s, campaign_id))
        attempts = await self._runner.run(lambda s: sql.attempts(s, campaign_id))
        by_contact: dict[int, list[Row]] = {}
        for a in attempts:
            by_contact.setdefault(a["contact_id"], []).append(a)
        header = [
            "id", "number", "name", "status", "attempts", "last_result", "disposition",
            "skip_reason", "results", "last_agent", "fields",
        ]  # fmt: skip
        lines = []
        for c in contacts:
            tries = by_contact.get(c["id"], [])
            lines.append(
                [
                    c["id"],
                    c["number"],
                    c["name"],
                    c["status"],
                    c["attempts"],
                    c["last_result"] or "",
                    c["disposition"] or "",
                    c["skip_reason"] or "",
                    " ".join(a["result"] or "open" for a in tries),
                    tries[-1]["agent_id"] if tries else "",
                    " ".join(f"{k}={v}" for k, v in c["fields"].items()),
                ]
            )
        name = f"campaign-{campaign_id}-results"
        if fmt == "xlsx":
            import openpyxl

            book = openpyxl.Workbook()
            sheet = book.active
            assert sheet is not None
            sheet.append(header)
            for line in lines:
                sheet.append(line)
            out = io.BytesIO()
            book.save(out)
            return (
                out.getvalue(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                f"{name}.xlsx",
            )
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(header)
        writer.writerows(lines)
        return ("\ufeff" + text.getvalue()).encode(), "text/csv; charset=utf-8", f"{name}.csv"

    # --- do not call -------------------------------------------------------------------

    async def dnc(self) -> list[dict[str, Any]]:
        return await self._runner.run(sql.dnc_list)

    async def dnc_add(self, numbers: list[str], note: str, by: str) -> dict[str, Any]:
        clean = _numbers(numbers)
        now = self._clock()
        added = await self._runner.run(lambda s: sql.dnc_add(s, clean, note, by, now))
        log.info("DNC: %s added %d number(s)", by, added)
        return {"added": added, "numbers": clean}

    async def dnc_remove(self, numbers: list[str], by: str) -> dict[str, Any]:
        clean = _numbers(numbers)
        removed = await self._runner.run(lambda s: sql.dnc_remove(s, clean))
        log.info("DNC: %s removed %d number(s)", by, removed)
        return {"removed": removed, "numbers": clean}


def _numbers(numbers: list[str]) -> list[str]:
    clean, bad = [], []
    for raw in numbers:
        try:
            clean.append(normalise_number(raw))
        except ValueError:
            bad.append(raw)
    if bad:
        raise InvalidInput(
            f"not valid phone numbers: {', '.join(map(repr, bad[:10]))}", field="numbers"
        )
    return clean


def _contact_view(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "number": row["number"],
        "name": row["name"],
        "fields": row["fields"],
        "status": row["status"],
        "attempts": row["attempts"],
        "last_result": row["last_result"],
        "disposition": row["disposition"],
        "next_at": row["next_at"],
    }


def _attempt_view(row: Row) -> dict[str, Any]:
    return {
        "at": row["started_at"],
        "ended_at": row["ended_at"],
        "agent_id": row["agent_id"],
        "result": row["result"],
        "end_cause": row["end_cause"],
        "call_id": row["call_id"],
    }
