"""Supervisor test fixtures: the desktop tests' real coordinator and qasync loop, a lead
signed in through the app's own SessionPresenter, and the supervisor presenter on it."""

from __future__ import annotations

import asyncio
import math
import struct
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.cti import CtiClient
from agent_desktop.platform.credentials import CredentialStore
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.settings import SettingsStore
from agent_desktop.softphone.fake import FakeSoftphone
from agent_desktop.supervisor.preferences import SupervisorPreferences
from agent_desktop.supervisor.presenter import SupervisorPresenter
from server_stub import demo
from tests.desktop import conftest as desktop
from tests.desktop.conftest import LiveServer, run, run_until

# the desktop tests' fixtures, shared rather than copied
live_server = desktop.live_server
loop = desktop.loop
qloop = desktop.qloop
memory_keyring = desktop.memory_keyring


def write_wav(path: Path, seconds: float = 3.0, rate: int = 8000) -> Path:
    """A mono 16-bit tone, so the player has something real to load."""
    frames = b"".join(
        struct.pack("<h", int(6000 * math.sin(2 * math.pi * 440 * i / rate)))
        for i in range(int(seconds * rate))
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


@pytest.fixture
def lead_session(
    loop: asyncio.AbstractEventLoop, live_server: LiveServer, tmp_path: Path
) -> Iterator[tuple[SessionPresenter, TaskRunner]]:
    tasks = TaskRunner()
    session = SessionPresenter(
        SettingsStore(tmp_path / "config"), CredentialStore(), FakeSoftphone(), tasks
    )
    assert run(loop, session.sign_in_async(live_server.url, "9001", demo.DEMO_PASSWORD, False))
    run_until(loop, lambda: session.connected, what="lead's event stream")
    yield session, tasks
    run(loop, session.sign_out_async())
    run(loop, tasks.cancel_all())


@pytest.fixture
def supervisor(
    loop: asyncio.AbstractEventLoop, lead_session: Any, tmp_path: Path
) -> Iterator[SupervisorPresenter]:
    session, tasks = lead_session
    presenter = SupervisorPresenter(
        session.client,
        session,
        tasks,
        reason_codes=session.login.reason_codes,
        preferences=SupervisorPreferences(tmp_path / "config", "9001"),
    )
    loaded: list[bool] = []
    presenter.loaded.connect(lambda: loaded.append(True))
    presenter.start()
    run_until(loop, lambda: loaded, what="supervisor snapshot")
    yield presenter
    presenter.close()


@pytest.fixture
def agent_client(loop: asyncio.AbstractEventLoop, live_server: LiveServer) -> Iterator[CtiClient]:
    """Agent 1002 signed in over REST (the other side of the lead's grid)."""
    client = CtiClient(live_server.url)
    run(loop, client.login("1002", demo.DEMO_PASSWORD))
    yield client
    run(loop, client.close())
