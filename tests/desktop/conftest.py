"""Desktop test fixtures: a real coordinator in a thread (restartable on the same port and
data directory), an in-memory keyring, a qasync loop, and the desktop built with the
FakeSoftphone. Tests never create a QApplication: pytest-qt's `qapp` is the one."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
import uvicorn
from keyring.backend import KeyringBackend

from server_stub import demo
from server_stub.app import Services, build_services, create_app
from server_stub.config import ServerConfig
from tests.e2e.conftest import (  # noqa: F401 - the real product, for test_real_call
    product,
    store_engine,
)
from tests.server.conftest import fast_passwords
from tests.support.net import free_port

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in a dict for the test run (never the real OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class FakeControl:
    """Stands in for the media layer: records rings (the test plays the worker)."""

    def __init__(self) -> None:
        self.rings: list[tuple[str, str, dict[str, str]]] = []
        self.dials: list[tuple[str, str, str]] = []  # (call id, agent id, number)
        self.holds: list[tuple[str, bool]] = []
        self.plays: list[tuple[str, str]] = []  # (call id, snippet file played into it)
        self.consults: list[tuple[str, str, str]] = []  # (call id, kind, target)
        self.consult_steps: list[tuple[str, str]] = []  # (call id, complete/cancel/...)

    async def ring_agent(
        self, call_id: str, agent_id: str, timeout: float, headers: dict[str, str]
    ) -> None:
        self.rings.append((call_id, agent_id, headers))

    async def cancel_ring(self, call_id: str, agent_id: str) -> None:
        return None

    async def overflow(self, call_id: str, target: str) -> None:
        return None

    async def hangup(self, call_id: str, cause: str) -> None:
        return None

    async def hold(self, call_id: str, on_hold: bool) -> None:
        self.holds.append((call_id, on_hold))

    async def dial(self, call_id: str, agent_id: str, number: str, caller_id: str) -> None:
        self.dials.append((call_id, agent_id, number))

    async def transfer_out(self, call_id: str, agent_id: str) -> None:
        return None

    async def play(self, call_id: str, path: str) -> None:
        self.plays.append((call_id, path))

    async def transfer_to_number(self, call_id: str, number: str) -> None:
        return None

    async def monitor(self, call_id: str, supervisor_id: str, mode: str) -> None:
        return None

    async def unmonitor(self, call_id: str, supervisor_id: str) -> None:
        return None

    async def consult(
        self,
        call_id: str,
        kind: str,
        target: str,
        headers: dict[str, str],
        timeout: float,
        caller_id: str | None,
    ) -> None:
        self.consults.append((call_id, kind, target))

    async def consult_swap(self, call_id: str, to_customer: bool) -> None:
        self.consult_steps.append((call_id, "swap"))

    async def consult_cancel(self, call_id: str) -> None:
        self.consult_steps.append((call_id, "cancel"))

    async def consult_complete(self, call_id: str) -> None:
        self.consult_steps.append((call_id, "complete"))

    async def conference(self, call_id: str) -> None:
        self.consult_steps.append((call_id, "conference"))

    async def conference_drop(self, call_id: str, party: str) -> None:
        self.consult_steps.append((call_id, f"drop {party}"))

    async def conference_leave(self, call_id: str) -> str:
        self.consult_steps.append((call_id, "leave"))
        return self.consults[0][2]

    async def takeover(self, call_id: str, supervisor_id: str) -> None:
        return None

    async def dial_internal(self, call_id: str, agent_id: str, target: str) -> None:
        self.dials.append((call_id, agent_id, target))


class LiveServer:
    """The coordinator over real HTTP/WebSocket on 127.0.0.1; `stop()`/`start()` restart it
    on the same port with the same data directory (a server restart)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.control = FakeControl()
        self.services: Services | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        passwords = fast_passwords()
        config = ServerConfig(data_dir=self.data_dir, http_port=self.port, sip_port=5999)
        services = build_services(config, control=self.control, passwords=passwords)
        services.runner.run_sync(lambda s: demo.seed(s, passwords, time.time()))
        services.runner.run_sync(
            lambda s: s.conn.execute("UPDATE queues SET wrap_up_seconds = 600, ring_timeout = 120")
        )
        self.services = services
        self._server = uvicorn.Server(
            uvicorn.Config(
                create_app(services),
                host="127.0.0.1",
                port=self.port,
                log_level="warning",
                ws_ping_interval=20,
            )
        )
        self.loop = asyncio.SelectorEventLoop()  # not the policy's loop (qasync sets one)
        self._thread = threading.Thread(
            target=self.loop.run_until_complete, args=(self._server.serve(),), daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:  # start-up wait in a fixture, not an assertion
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(20)
            self._server = self._thread = None

    def call(self, coro: Coroutine[Any, Any, Any]) -> Any:
        """Run a coroutine on the server's loop (where its services live)."""
        assert self.loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(10)

    def get(self, path: str, agent_id: str = "9001") -> Any:
        with httpx.Client(base_url=self.url + "/api/v1") as client:
            token = client.post(
                "/auth/login", json={"agent_id": agent_id, "password": demo.DEMO_PASSWORD}
            )
            token.raise_for_status()
            r = client.get(path, headers={"Authorization": f"Bearer {token.json()['token']}"})
            r.raise_for_status()
            return r.json()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path / "server")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    from agent_desktop.platform.collector import MainThreadCollector
    from agent_desktop.platform.qloop import QEventLoop  # no task steps after a run (qloop.py)

    MainThreadCollector(parent=qapp).start()  # collects as the loop runs (tests/conftest.py)
    loop = QEventLoop(qapp)
    yield loop
    loop.close()  # while Qt still lives; left to the garbage collector it fails noisily


@pytest.fixture
def loop(qloop: asyncio.AbstractEventLoop) -> Iterator[asyncio.AbstractEventLoop]:
    asyncio.set_event_loop(qloop)
    yield qloop
    asyncio.set_event_loop(None)


def run_until(
    loop: asyncio.AbstractEventLoop,
    predicate: Callable[[], object],
    timeout: float = 15.0,
    what: str = "condition",
) -> None:
    """Run the qasync loop (and so Qt) until `predicate()` is true; fail after `timeout`."""

    async def wait() -> None:
        while not predicate():
            await asyncio.sleep(0.02)

    try:
        loop.run_until_complete(asyncio.wait_for(wait(), timeout))
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None


def run(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any]) -> Any:
    return loop.run_until_complete(coro)


@pytest.fixture
def desktop(qapp: Any, loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Any]:
    from agent_desktop.app.wiring import build_desktop
    from agent_desktop.softphone.fake import FakeSoftphone

    built = build_desktop(
        FakeSoftphone(),
        tmp_path / "config",
        tmp_path / "data",
        language="en",
        retry_initial=0.2,
        retry_max=0.5,
    )
    built.window.show()
    yield built
    run(loop, built.close())
    built.translations.set_language("en")
    built.window.close()
    built.window.deleteLater()


def sign_in(
    loop: asyncio.AbstractEventLoop,
    desktop: Any,
    server: LiveServer,
    agent_id: str = "1002",
    remember: bool = False,
) -> None:
    ui = desktop.window.sign_in.ui
    ui.serverEdit.setText(server.url)
    ui.agentEdit.setText(agent_id)
    ui.passwordEdit.setText(demo.DEMO_PASSWORD)
    ui.rememberCheck.setChecked(remember)
    ui.signInButton.click()
    run_until(loop, lambda: desktop.session.connected, what="signed in and stream connected")


AGENT_MIC_HZ = 500.0  # what the agent says into the virtual headset


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Any]:
    """One PulseAudio daemon: vmic (fed with 500 Hz), vspk, vring; PortAudio re-read.
    Skipped only where PulseAudio cannot run (.ci/setup installs it)."""
    from tests.softphone import pulse

    reason = pulse.available()
    if reason:
        pytest.skip(reason)
    rig = pulse.PulseRig(tmp_path / "pulse")
    keys = (
        "XDG_RUNTIME_DIR",
        "PULSE_RUNTIME_PATH",
        "PULSE_SERVER",
        "PULSE_STATE_PATH",
        "PULSE_COOKIE",
        "ALSA_CONFIG_PATH",
    )
    saved = {k: os.environ.get(k) for k in keys}
    try:
        rig.start()
        os.environ.update({k: rig.env[k] for k in keys})
        import sounddevice

        sounddevice._terminate()  # PortAudio read ALSA's config at import: read it again
        sounddevice._initialize()
        rig.feed_tone("vmicfeed", AGENT_MIC_HZ)  # what the agent says into the headset
        yield rig
    finally:
        rig.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
