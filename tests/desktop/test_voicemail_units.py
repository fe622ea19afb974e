"""The voicemail presenter alone (a fake API and call presenter): the count of new messages,
live events (a known message is not announced twice, a handled one leaves the count),
errors as notices that lose nothing, call back refused during a call."""

from __future__ import annotations

import asyncio
from typing import Any

from agent_desktop.cti import CtiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import CallRecord, VoicemailChanged
from agent_desktop.protocol.flows import Voicemail
from agent_desktop.voicemail.presenter import VoicemailPresenter
from tests.desktop.conftest import run_until


def _vm(vm_id: str, created: float, status: str = "new", ani: str | None = "139") -> Voicemail:
    return Voicemail(
        id=vm_id, call_id=vm_id, box="support", ani=ani, seconds=3, status=status,
        created_at=created,
    )  # fmt: skip


class FakeApi:
    def __init__(self, messages: list[Voicemail]) -> None:
        self.messages = messages
        self.fail = False
        self.dialled: list[str] = []

    async def voicemails(self) -> list[Voicemail]:
        return list(self.messages)

    async def set_status(self, vm_id: str, status: str) -> Voicemail:
        if self.fail:
            raise CtiError("refused")
        return next(m for m in self.messages if m.id == vm_id).model_copy(update={"status": status})

    async def call_back(self, vm_id: str) -> CallRecord:
        self.dialled.append(vm_id)
        return CallRecord(id="c1", direction="outbound", state="ringing", started_at=0.0)

    async def callbacks(self) -> list[Any]:
        return []


class FakeCalls:
    def __init__(self) -> None:
        self.phase = "idle"
        self.adopted: list[tuple[str, str]] = []

    def adopt_outbound(self, record: CallRecord, number: str) -> None:
        self.adopted.append((record.id, number))


def _settle(loop: asyncio.AbstractEventLoop, tasks: TaskRunner) -> None:
    run_until(loop, lambda: not tasks.busy, what="the presenter's tasks")


def test_counts_events_errors_and_call_back(loop: asyncio.AbstractEventLoop) -> None:
    api, calls, tasks = FakeApi([_vm("b", 2, "handled"), _vm("a", 1)]), FakeCalls(), TaskRunner()
    presenter = VoicemailPresenter(api, calls, tasks, False)  # type: ignore[arg-type]
    arrived: list[int] = []
    notices: list[str] = []
    presenter.arrived.connect(arrived.append)
    presenter.notice.connect(notices.append)
    presenter.refresh(announce=True)
    _settle(loop, tasks)
    assert presenter.new_count == 1 and arrived == [1]
    assert [m.id for m in presenter.messages] == ["b", "a"]

    presenter.on_event(VoicemailChanged(voicemail=_vm("c", 3), change="new"))
    presenter.on_event(VoicemailChanged(voicemail=_vm("c", 3), change="new"))  # again
    assert arrived == [1, 1] and presenter.new_count == 2
    assert [m.id for m in presenter.messages] == ["c", "b", "a"]  # newest first
    presenter.on_event(VoicemailChanged(voicemail=_vm("c", 3, "handled"), change="handled"))
    assert presenter.new_count == 1 and arrived == [1, 1]

    api.fail = True
    presenter.mark("a")
    _settle(loop, tasks)
    assert notices == ["Could not change the voicemail: refused"]
    assert presenter.find("a").status == "new"  # type: ignore[union-attr]
    api.fail = False
    presenter.mark("a")
    _settle(loop, tasks)
    assert presenter.new_count == 0

    calls.phase = "on_call"
    presenter.call_back("a")
    assert api.dialled == [] and notices[-1] == "Finish the current call before dialling."
    calls.phase = "wrap_up"
    presenter.call_back("a")
    _settle(loop, tasks)
    assert api.dialled == ["a"] and calls.adopted == [("c1", "139")]
    presenter.close()
