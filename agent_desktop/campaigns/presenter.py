"""Campaign presenters (QtCore only).

`AgentCampaigns`: the running campaigns an agent may join, joining and leaving, and in a
preview campaign the next contact's card (dial or skip with a reason); after a campaign
call, the result (the campaign's disposition and an optional "call back at").

`LeadCampaigns`: the leads' list with state and figures, creating one (the wizard), the
contact import (dry run first: the rows the server refuses, nothing imported), start /
pause / resume / stop, results export, and the monitor's time series fed by
`campaign.updated` events."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal

from agent_desktop.campaigns.api import CampaignsApi
from agent_desktop.campaigns.models import (
    Campaign,
    CampaignInput,
    Contact,
    DncEntry,
    Figures,
    ImportReport,
    Preview,
    RowError,
)
from agent_desktop.cti import CtiError
from agent_desktop.cti.errors import ApiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import CampaignUpdated

log = logging.getLogger(__name__)


def _message(exc: CtiError) -> str:
    return exc.message if isinstance(exc, ApiError) and exc.message else str(exc)


class _Base(QObject):
    failed = Signal(str)  # a refusal or an unreachable server, as the user reads it

    def __init__(self, api: CampaignsApi, tasks: TaskRunner, parent: QObject | None) -> None:
        super().__init__(parent)
        self.api = api
        self._tasks = tasks

    def _spawn(
        self,
        coro: Coroutine[Any, Any, None],
        what: str,
        on_error: Callable[[CtiError], bool] | None = None,
    ) -> None:
        async def guarded() -> None:
            try:
                await coro
            except CtiError as exc:
                log.info("campaigns: %s failed: %s", what, exc)
                if on_error is None or not on_error(exc):
                    self.failed.emit(_message(exc))
            except ValidationError as exc:  # a server whose answer this desktop cannot read
                log.warning("campaigns: %s: unexpected answer: %s", what, exc)
                self.failed.emit(self.tr("The server's answer was not understood."))

        self._tasks.spawn(guarded(), f"campaigns-{what}")


@dataclass
class PendingResult:
    """A campaign call whose result the agent still owes."""

    campaign_id: int
    contact: Contact
    dispositions: list[str]
    call_id: str = ""  # the call it is the result of (its wrap-up disposition too)


class AgentCampaigns(_Base):
    changed = Signal()  # the list, the joined campaign, the preview or the pending result
    notice = Signal(str)  # a transient message for the status bar
    dialled = Signal(str, str)  # the server's call id, the number: my phone rings first
    # a call whose campaign result is owed: the result is its wrap-up too (asked once)
    result_owed = Signal(str)

    def __init__(self, api: CampaignsApi, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(api, tasks, parent)
        self.campaigns: list[Campaign] = []
        self.joined: Campaign | None = None
        self.preview: Preview | None = None
        self.history: list[dict[str, Any]] = []
        self.pending: PendingResult | None = None
        self.dialling = False
        self.no_contact = False  # a preview campaign with no contact for me right now

    @property
    def joinable(self) -> list[Campaign]:
        return [c for c in self.campaigns if c.state == "running"]

    def load(self) -> None:
        self._spawn(self._load(), "load")

    async def _load(self) -> None:
        self.campaigns = await self.api.all()
        if self.joined is not None:
            fresh = next((c for c in self.campaigns if c.id == self.joined.id), None)
            if fresh is not None:
                self.joined = fresh
        self.changed.emit()

    def join(self, campaign_id: int) -> None:
        self._spawn(self._join(campaign_id), "join")

    async def _join(self, campaign_id: int) -> None:
        if self.joined is not None and self.joined.id != campaign_id:
            await self.api.leave(self.joined.id)
            self.joined = None
        await self.api.join(campaign_id)
        self.joined = await self.api.get(campaign_id)
        self.preview, self.no_contact = None, False
        self.changed.emit()
        self.notice.emit(self.tr("Joined campaign %1.").replace("%1", self.joined.name))
        if self.joined.mode == "preview":
            await self._next()

    def leave(self) -> None:
        self._spawn(self._leave(), "leave")

    async def _leave(self) -> None:
        joined = self.joined
        if joined is None:
            return
        await self.api.leave(joined.id)
        self.joined, self.preview, self.no_contact = None, None, False
        self.changed.emit()
        self.notice.emit(self.tr("Left campaign %1.").replace("%1", joined.name))

    def next_contact(self) -> None:
        self._spawn(self._next(), "next")

    async def _next(self) -> None:
        if self.joined is None:
            return
        self.preview = await self.api.next_preview(self.joined.id)
        self.no_contact = self.preview is None
        self.changed.emit()

    def dial(self) -> None:
        joined, preview = self.joined, self.preview
        if joined is None or preview is None or self.dialling:
            return
        self.dialling = True
        self.changed.emit()

        def undo(_exc: CtiError) -> bool:
            # Refused (e.g. the contact now waits for its retry time) or failed (then the
            # server scheduled its retry): this card is stale; the next one is asked for.
            self.dialling = False
            self.preview = None
            self.changed.emit()
            self.next_contact()
            return False

        self._spawn(self._dial(joined, preview.contact), "dial", undo)

    async def _dial(self, joined: Campaign, contact: Contact) -> None:
        answer = await self.api.dial(joined.id, contact.id)
        self.dialling = False
        call_id = answer.get("call_id") if isinstance(answer, dict) else None
        if call_id:
            self.dialled.emit(str(call_id), contact.number)
        self.pending = PendingResult(joined.id, contact, list(joined.dispositions), call_id or "")
        self.preview = None
        self.changed.emit()
        if call_id:
            self.result_owed.emit(str(call_id))
        self.notice.emit(
            self.tr("Dialling %1: your phone rings first.").replace(
                "%1", contact.name or contact.number
            )
        )

    def skip(self, reason: str) -> None:
        joined, preview = self.joined, self.preview
        if joined is None or preview is None:
            return
        self._spawn(self._skip(joined.id, preview.contact.id, reason), "skip")

    async def _skip(self, campaign_id: int, contact_id: int, reason: str) -> None:
        await self.api.skip(campaign_id, contact_id, reason)
        self.preview = None
        await self._next()

    def on_call_offered(self) -> None:
        """A call was offered to me: in a progressive or predictive campaign it may be the
        campaign's; the server names the contact being called for me (`/campaigns/mine`)."""
        joined = self.joined
        if joined is None or joined.mode == "preview":
            return
        self._spawn(self._find_current(joined.id), "mine")

    async def _find_current(self, campaign_id: int) -> None:
        for mine in await self.api.mine():
            contact = mine.current_contact()
            if mine.id != campaign_id or contact is None:
                continue
            call_id = str((mine.current or {}).get("call_id") or "")
            if self.pending is None or self.pending.contact.id != contact.id:
                self.pending = PendingResult(campaign_id, contact, list(mine.dispositions), call_id)
                self.changed.emit()
            if call_id:
                self.result_owed.emit(call_id)

    def save_result(self, disposition: str, callback_at: float | None) -> None:
        pending = self.pending
        if pending is None:
            return
        if not disposition:
            self.failed.emit(self.tr("Choose a result first."))
            return
        if callback_at is not None and callback_at <= time.time():
            self.failed.emit(self.tr("The call-back time must be in the future."))
            return
        self._spawn(self._save_result(pending, disposition, callback_at), "result")

    async def _save_result(
        self, pending: PendingResult, disposition: str, callback_at: float | None
    ) -> None:
        await self.api.result(pending.campaign_id, pending.contact.id, disposition, callback_at)
        self.pending = None
        self.changed.emit()
        self.notice.emit(self.tr("Campaign result saved."))
        if self.joined is not None and self.joined.mode == "preview":
            await self._next()


@dataclass
class Sample:
    """One point of the live monitor: when, and the figures as shares (0..1)."""

    at: float
    progress: float
    answer_rate: float
    drop_rate: float


class LeadCampaigns(_Base):
    changed = Signal()  # the list (states, figures)
    created = Signal(object)  # Campaign: the wizard's campaign exists (draft)
    checked = Signal(object, list)  # ImportReport | None, [RowError]: a dry run's outcome
    imported = Signal(object, list)  # ImportReport | None, [RowError]: the real import's
    samples_changed = Signal(int)  # a campaign's monitor series grew
    notice = Signal(str)
    dnc_changed = Signal()  # the do-not-call list

    MAX_SAMPLES = 720

    def __init__(
        self,
        api: CampaignsApi,
        tasks: TaskRunner,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(api, tasks, parent)
        self.campaigns: list[Campaign] = []
        self.samples: dict[int, list[Sample]] = {}
        self._clock = clock
        self.dnc: list[DncEntry] = []
        self.queues: list[str] = []  # the centre's queues, for the wizard
        self._events = 0  # campaign.updated events seen
        self._touched: dict[int, int] = {}  # campaign → the number of its last event

    def campaign(self, campaign_id: int) -> Campaign | None:
        return next((c for c in self.campaigns if c.id == campaign_id), None)

    def load(self) -> None:
        self._spawn(self._load(), "load")

    async def _load(self) -> None:
        started = self._events
        fresh = await self.api.all()
        if not self.queues:  # a lead need not be in any queue: the wizard offers them all
            self.queues = await self.api.queues()
        # An event that came while the list was on its way is newer than the list's copy.
        newer = {c.id: c for c in self.campaigns if self._touched.get(c.id, -1) >= started}
        self.campaigns = [newer.get(c.id, c) for c in fresh]
        for c in self.campaigns:
            if c.id not in newer:
                self._sample(c.id, c.figures)
        self.changed.emit()

    def _sample(self, campaign_id: int, figures: Figures) -> None:
        series = self.samples.setdefault(campaign_id, [])
        series.append(
            Sample(self._clock(), figures.progress, figures.answer_rate, figures.drop_rate)
        )
        del series[: -self.MAX_SAMPLES]
        self.samples_changed.emit(campaign_id)

    def on_updated(self, event: CampaignUpdated) -> None:
        figures = Figures.model_validate(event.figures)
        self._touched[event.id] = self._events
        self._events += 1
        known = self.campaign(event.id)
        if known is None:
            self.load()  # a campaign created elsewhere: fetch it whole
            return
        self.campaigns = [
            c.model_copy(
                update={
                    "state": event.state,
                    "figures": figures,
                    "dialling": event.dialling,
                    "reason": event.reason,
                }
            )
            if c.id == event.id
            else c
            for c in self.campaigns
        ]
        self._sample(event.id, figures)
        self.changed.emit()

    def create(self, body: CampaignInput) -> None:
        self._spawn(self._create(body), "create")

    async def _create(self, body: CampaignInput) -> None:
        campaign = await self.api.create(body)
        self.created.emit(campaign)
        await self._load()

    def import_contacts(
        self, campaign_id: int, path: Path, mapping: dict[str, str], dry_run: bool
    ) -> None:
        signal = self.checked if dry_run else self.imported

        def refused(exc: CtiError) -> bool:
            if isinstance(exc, ApiError) and exc.status == 422:
                rows = [RowError.model_validate(d) for d in exc.details]
                if not rows:
                    rows = [RowError(row=0, error=exc.message)]
                signal.emit(None, rows)
                return True
            return False

        self._spawn(self._import(campaign_id, path, mapping, dry_run), "import", refused)

    async def _import(
        self, campaign_id: int, path: Path, mapping: dict[str, str], dry_run: bool
    ) -> None:
        try:
            report: ImportReport = await self.api.import_contacts(
                campaign_id, path, mapping, dry_run
            )
        except OSError as exc:
            self.failed.emit(
                self.tr("Cannot read %1: %2")
                .replace("%1", path.name)
                .replace("%2", exc.strerror or str(exc))
            )
            return
        (self.checked if dry_run else self.imported).emit(report, list(report.errors))
        if not dry_run:
            await self._load()

    def command(self, campaign_id: int, action: str) -> None:
        self._spawn(self._command(campaign_id, action), action)

    async def _command(self, campaign_id: int, action: str) -> None:
        answer = await self.api.command(campaign_id, action)
        if action == "start" and not answer.dialling and answer.reason:
            self.notice.emit(
                self.tr("Started, but nothing is dialled yet: %1").replace("%1", answer.reason)
            )
        await self._load()

    def export(self, campaign_id: int, target: Path) -> None:
        self._spawn(self._export(campaign_id, target), "export")

    async def _export(self, campaign_id: int, target: Path) -> None:
        await self.api.export(campaign_id, target)
        self.notice.emit(self.tr("Results saved to %1.").replace("%1", str(target)))

    # -- do not call ------------------------------------------------------------------
    def load_dnc(self) -> None:
        self._spawn(self._load_dnc(), "dnc")

    async def _load_dnc(self) -> None:
        self.dnc = await self.api.dnc()
        self.dnc_changed.emit()

    def add_dnc(self, text: str, note: str) -> None:
        """`text`: numbers separated by commas or lines; spaces inside a number are kept
        ("139 0013 9000"). The server normalises them and refuses the whole lot, naming
        the bad ones, if any is not a number."""
        numbers = [n.strip() for n in re.split(r"[,，;；\n]", text) if n.strip()]
        if not numbers:
            self.failed.emit(self.tr("Type the numbers first."))
            return
        self._spawn(self._add_dnc(numbers, note), "dnc-add")

    async def _add_dnc(self, numbers: list[str], note: str) -> None:
        await self.api.dnc_add(numbers, note)
        self.notice.emit(self.tr("%n number(s) will never be dialled.", "", len(numbers)))
        await self._load_dnc()

    def remove_dnc(self, numbers: list[str]) -> None:
        if numbers:
            self._spawn(self._remove_dnc(numbers), "dnc-remove")

    async def _remove_dnc(self, numbers: list[str]) -> None:
        await self.api.dnc_remove(numbers)
        await self._load_dnc()
