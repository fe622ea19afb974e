"""Recording search → in-app player (source set, duration read, seek) and "Download WAV…"
against the real coordinator; monitoring requests and the "not available" answer."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QItemSelectionModel

from agent_desktop.cti import CtiClient
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol.events import CallAnswered, CallEnded
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from tests.desktop.conftest import LiveServer
from tests.supervisor.conftest import run, run_until, write_wav

pytestmark = pytest.mark.ui


def seed_recorded_call(server: LiveServer, number: str) -> tuple[str, Path]:
    """An ended call with a WAV in the server's recordings folder."""
    assert server.services is not None
    folder = server.services.config.recordings_dir
    folder.mkdir(parents=True, exist_ok=True)
    call_id, recording_id = uuid.uuid4().hex, uuid.uuid4().hex
    wav = write_wav(folder / f"{call_id}.wav", seconds=3.0)
    now = time.time()

    def write(store: Any) -> None:
        store.insert_call(
            {
                "id": call_id,
                "direction": "inbound",
                "state": "ended",
                "ani": number,
                "dnis": "4008001000",
                "queue": "support",
                "agent_id": "1004",
                "started_at": now - 600,
                "answered_at": now - 590,
                "ended_at": now - 400,
                "talk_seconds": 190.0,
                "disposition": "resolved",
                "recording_id": recording_id,
            }
        )
        store.add_recording(
            {
                "id": recording_id,
                "call_id": call_id,
                "path": str(wav),
                "started_at": now - 590,
                "duration": 3.0,
                "size": wav.stat().st_size,
            }
        )

    server.services.runner.run_sync(write)
    return recording_id, wav


def test_search_finds_the_seeded_call_and_the_player_loads_and_seeks(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer, tmp_path: Path
) -> None:
    _recording_id, wav = seed_recorded_call(live_server, "13700001111")
    tab = SupervisorTab(supervisor)
    qtbot.addWidget(tab)
    tab.show()
    page = tab.recordings
    run_until(loop, lambda: page.disposition_combo.count() > 1, what="dispositions")
    page.number_edit.setText("13700001111")
    page.queue_combo.setCurrentIndex(page.queue_combo.findData("support"))
    page.disposition_combo.setCurrentIndex(page.disposition_combo.findData("resolved"))
    page.min_spin.setValue(100)
    page.search_button.click()
    model = supervisor.recordings.model
    run_until(loop, lambda: model.rowCount() == 1, what="one result")
    assert model.index(0, 1).data() == "13700001111"
    assert model.index(0, 5).data() == "3:10"
    assert model.index(0, 6).data() == "Resolved"
    assert page.status_label.text() == "Calls found: 1"

    page.max_spin.setValue(100)  # talk ≤ 100 s: the 190 s call drops out
    page.search_button.click()
    run_until(loop, lambda: model.rowCount() == 0, what="no result")
    page.max_spin.setValue(0)
    page.search_button.click()
    run_until(loop, lambda: model.rowCount() == 1, what="the result again")

    page.table.selectionModel().select(
        page.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    player = page.player
    run_until(loop, lambda: player.player.source().isLocalFile(), what="source set")
    local = Path(player.player.source().toLocalFile())
    assert local.read_bytes() == wav.read_bytes()  # fetched with the bearer token
    run_until(loop, lambda: player.duration > 0, what="duration read")
    assert abs(player.duration - 3000) <= 50
    assert player.slider.maximum() == player.duration
    player.seek(1500)
    run_until(loop, lambda: abs(player.player.position() - 1500) <= 100, what="seek")
    assert player.time_label.text() == "0:01 / 0:03"

    target = tmp_path / "saved.wav"
    page.download_button.click()
    dialog = page.save_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    dialog.accept()
    run_until(loop, lambda: target.exists(), what="WAV saved")
    assert target.read_bytes() == wav.read_bytes()
    supervisor.recordings.close()
    assert not local.exists()  # the temporary copy goes with the tab


def monitor_client(answer: int, seen: list[tuple[str, str, Any]]) -> CtiClient:
    """A CtiClient whose server answers monitor requests with `answer`."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        seen.append((request.method, request.url.path, body))
        if answer == 404:
            return httpx.Response(404, json={"error_id": "not_found", "message": "Not Found"})
        return httpx.Response(answer)

    return CtiClient("http://supervisor.test", transport=httpx.MockTransport(handler))


@pytest.mark.parametrize("answer", [204, 404])
def test_monitoring_requests_and_the_not_available_answer(
    qtbot: Any, loop: Any, answer: int
) -> None:
    seen: list[tuple[str, str, Any]] = []
    tasks = TaskRunner()
    presenter = SupervisorPresenter(monitor_client(answer, seen), None, tasks)
    tab = SupervisorTab(presenter)
    qtbot.addWidget(tab)
    changes: list[tuple[str, str]] = []
    presenter.monitoring_changed.connect(lambda c, m: changes.append((c, m)))
    presenter.monitor("c1", "whisper")
    run_until(loop, lambda: not tasks.busy, what="monitor request")
    assert seen == [("POST", "/api/v1/calls/c1/monitor", {"mode": "whisper"})]
    if answer == 404:
        assert tab.message_label.text() == "Monitoring is not available on this server yet."
        assert presenter.monitoring is None and changes == []
        run(loop, presenter.api.client.close())
        return
    assert changes == [("c1", "whisper")]
    assert tab.live.stop_button.isEnabled()
    assert tab.live.monitor_label.text().startswith("Whispering on a call — audio on your")
    tab.live.stop_button.click()
    run_until(loop, lambda: not tasks.busy, what="stop request")
    assert seen[-1] == ("DELETE", "/api/v1/calls/c1/monitor", None)
    assert changes[-1] == ("", "") and not tab.live.stop_button.isEnabled()
    run(loop, presenter.api.client.close())


def test_a_stale_end_does_not_drop_the_monitoring_just_confirmed(qtbot: Any, loop: Any) -> None:
    """An end of the call received before Listen was clicked (a replayed or stale event,
    still in the 200 ms buffer) must not undo the server's later "yes, monitoring": the
    lead's next click (Whisper) has to reach the server (the flake of
    tests/desktop/test_real_monitoring.py: "waiting for whisper", no second POST)."""
    seen: list[tuple[str, str, Any]] = []
    tasks = TaskRunner()
    presenter = SupervisorPresenter(monitor_client(204, seen), None, tasks)
    tab = SupervisorTab(presenter)
    qtbot.addWidget(tab)
    now = time.time()
    record = {"id": "c1", "direction": "inbound", "state": "active", "ani": "13800138000"}
    record |= {"agent_id": "1002", "queue": "sales", "started_at": now - 30}
    presenter.on_call_event(CallAnswered.model_validate({**record, "answered_at": now - 20}))
    presenter.flush()
    stale = {**record, "state": "ended", "ended_at": now - 25, "end_cause": "caller_hangup"}
    presenter.on_call_event(CallEnded.model_validate(stale))  # buffered, not yet flushed
    presenter._flush_timer.stop()  # a busy loop: the flush comes after the server's answer
    presenter.monitor("c1", "listen")
    run_until(loop, lambda: not tasks.busy, what="monitor request")
    presenter.flush()
    assert presenter.monitoring == ("c1", "listen")
    assert presenter.calls.get("c1") is not None  # the server says it is live
    presenter.monitor(presenter.monitoring[0], "whisper")  # what the Calls panel's click does
    run_until(loop, lambda: not tasks.busy, what="whisper request")
    assert [s[2] for s in seen] == [{"mode": "listen"}, {"mode": "whisper"}]
    assert presenter.monitoring == ("c1", "whisper")
    # A real end, after the confirmation, still ends the monitoring.
    presenter.on_call_event(CallEnded.model_validate({**stale, "ended_at": time.time()}))
    presenter.flush()
    assert presenter.monitoring is None and presenter.calls.get("c1") is None
    run(loop, presenter.api.client.close())
