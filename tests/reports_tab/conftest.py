"""Reports tab fixtures: the desktop tests' qasync loop, a contract-speaking reports server
in memory (`fake_server.py`) and a presenter over the real `ReportsApi` on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent_desktop.cti import CtiClient
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.reports.presenter import ReportsPresenter
from tests.desktop import conftest as desktop
from tests.desktop.conftest import run
from tests.reports_tab.fake_server import FakeReportsServer, history

loop = desktop.loop
qloop = desktop.qloop
memory_keyring = desktop.memory_keyring

DAY = datetime(2026, 12, 7)  # a Monday
NOW = datetime(2026, 12, 7, 7, 30, tzinfo=ZoneInfo("Asia/Shanghai"))  # 23:30 UTC on the 6th


@pytest.fixture
def server(tmp_path: Path) -> FakeReportsServer:
    wavs = tmp_path / "wav"
    wavs.mkdir()
    return FakeReportsServer(history(DAY), wav_dir=wavs)


def make_presenter(
    loop: object, server: FakeReportsServer
) -> tuple[ReportsPresenter, CtiClient, TaskRunner]:
    client = CtiClient("http://reports.test", transport=server.transport)
    tasks = TaskRunner()
    return ReportsPresenter(client, tasks, now=lambda: NOW), client, tasks


@pytest.fixture
def presenter(loop: object, server: FakeReportsServer) -> Iterator[ReportsPresenter]:
    presenter, client, tasks = make_presenter(loop, server)
    yield presenter
    presenter.close()
    run(loop, tasks.cancel_all())  # type: ignore[arg-type]
    run(loop, client.close())  # type: ignore[arg-type]
