"""Voicemail for the signed-in agent or lead (QtCore only): the messages of the boxes the
server lets me see, how many are new (the tab's badge, the notice at sign-in and when one
arrives), Play (the audio fetched into a private temporary folder), Mark handled, Call back
(my outbound call, shown as my own click-to-dial); for leads the callbacks of their queues."""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import CtiError, NotAvailable
from agent_desktop.presenters.call import IDLE, WRAP_UP, CallPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import VoicemailChanged
from agent_desktop.protocol.flows import CallbackRequest, Voicemail
from agent_desktop.voicemail.api import VoicemailApi

log = logging.getLogger(__name__)


def _text(exc: CtiError) -> str:
    return getattr(exc, "message", "") or str(exc)


class VoicemailPresenter(QObject):
    """`messages` (newest first) and `callbacks` as last loaded; `changed` after each load or
    change; `arrived(count)` when new messages arrive (at sign-in: all the new ones; live:
    one); `notice(text)` for the status line; `audio_ready(id, path)` for the player."""

    changed = Signal()
    callbacks_changed = Signal()
    arrived = Signal(int)
    notice = Signal(str)
    audio_ready = Signal(str, str)

    def __init__(
        self,
        api: VoicemailApi,
        calls: CallPresenter,
        tasks: TaskRunner,
        is_lead: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.api, self._calls, self._tasks = api, calls, tasks
        self.is_lead = is_lead
        self.messages: list[Voicemail] = []
        self.callbacks: list[CallbackRequest] = []
        self.error = ""
        self.available = True
        self._temp: Path | None = None
        self._loading: asyncio.Task[None] | None = None
        self._closed = False

    @property
    def new_count(self) -> int:
        return sum(1 for m in self.messages if m.status == "new")

    def find(self, voicemail_id: str) -> Voicemail | None:
        return next((m for m in self.messages if m.id == voicemail_id), None)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self, announce: bool = False) -> None:
        """Load the list (and a lead's callbacks); `announce`: tell how many are new."""
        if not self._closed and (self._loading is None or self._loading.done()):
            self._loading = self._spawn(self._load(announce), "voicemail-load")

    async def _load(self, announce: bool) -> None:
        try:
            messages = await self.api.voicemails()
        except NotAvailable:
            self.available, self.error = (
                False,
                self.tr("Voicemail is not available on this server."),
            )
        except CtiError as exc:
            log.info("voicemail not loaded: %s", exc)
            self.error = self.tr("Voicemail could not be loaded: %1").replace("%1", _text(exc))
        else:
            self.messages, self.error = messages, ""
        if self._closed:
            return
        self.changed.emit()
        if announce and self.new_count:
            self.arrived.emit(self.new_count)
        if self.is_lead:
            await self._load_callbacks()

    async def _load_callbacks(self) -> None:
        try:
            callbacks = await self.api.callbacks()
        except CtiError as exc:
            log.info("callbacks not loaded: %s", exc)
            return
        if not self._closed:
            self.callbacks = callbacks
            self.callbacks_changed.emit()

    def refresh_callbacks(self) -> None:
        if self.is_lead and not self._closed:
            self._spawn(self._load_callbacks(), "callbacks-load")

    # --- live ------------------------------------------------------------------------------

    def on_event(self, event: VoicemailChanged) -> None:
        """A message arrived or changed in a box I see: keep the list as the server has it."""
        if self._closed:
            return
        message = event.voicemail
        known = self.find(message.id)
        self.messages = [message, *(m for m in self.messages if m.id != message.id)]
        self.messages.sort(key=lambda m: m.created_at, reverse=True)
        self.changed.emit()
        if event.change == "new" and known is None:
            self.arrived.emit(1)

    # --- acting ----------------------------------------------------------------------------

    def mark(self, voicemail_id: str, handled: bool = True) -> None:
        self._spawn(self._mark(voicemail_id, "handled" if handled else "new"), "voicemail-mark")

    async def _mark(self, voicemail_id: str, status: str) -> None:
        try:
            message = await self.api.set_status(voicemail_id, status)
        except CtiError as exc:
            self.notice.emit(
                self.tr("Could not change the voicemail: %1").replace("%1", _text(exc))
            )
            return
        if not self._closed:
            self.messages = [message if m.id == message.id else m for m in self.messages]
            self.changed.emit()

    def call_back(self, voicemail_id: str) -> None:
        message = self.find(voicemail_id)
        if message is None or not message.ani:
            self.notice.emit(self.tr("This voicemail has no number to call back."))
            return
        if self._calls.phase not in (IDLE, WRAP_UP):
            self.notice.emit(self.tr("Finish the current call before dialling."))
            return
        self._spawn(self._call_back(message), "voicemail-call-back")

    async def _call_back(self, message: Voicemail) -> None:
        try:
            record = await self.api.call_back(message.id)
        except CtiError as exc:
            self.notice.emit(
                self.tr("Calling %1 back failed: %2")
                .replace("%1", message.ani or "")
                .replace("%2", _text(exc))
            )
            return
        self._calls.adopt_outbound(record, message.ani or "")

    def play(self, voicemail_id: str) -> None:
        """Fetch the message's audio (once) and emit `audio_ready`."""
        self._spawn(self._fetch(voicemail_id), "voicemail-audio")

    async def _fetch(self, voicemail_id: str) -> None:
        if self._temp is None:
            self._temp = Path(tempfile.mkdtemp(prefix="voicemail-"))
        target = self._temp / f"{voicemail_id}.wav"
        if not target.exists():
            try:
                await self.api.download(voicemail_id, target)
            except CtiError as exc:
                self.notice.emit(
                    self.tr("Could not load the voicemail: %1").replace("%1", _text(exc))
                )
                return
        if not self._closed:
            self.audio_ready.emit(voicemail_id, str(target))

    def close(self) -> None:
        """Signed out: work in flight ends without touching this presenter."""
        self._closed = True
        if self._loading is not None:
            self._loading.cancel()
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        return self._tasks.spawn(coro, name)
