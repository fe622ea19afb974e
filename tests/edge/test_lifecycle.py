"""Config rendering, ``kamailio -c``, start/stop without orphans, restart after a crash."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
from collections.abc import Callable

import pytest

from server_stub.edge.config import WorkerSpec, render_template
from server_stub.edge.rpc import EdgeRpcError
from server_stub.edge.supervisor import EdgeNotInstalledError, EdgeStartError, KamailioEdge
from tests.edge.conftest import needs_kamailio

pytestmark = [pytest.mark.e2e, needs_kamailio]


def _kamailio_pids(edge: KamailioEdge) -> set[int]:
    """Live (non-zombie) kamailio processes running this edge's config."""
    out = subprocess.run(["ps", "-ww", "-C", "kamailio", "-o", "pid=,stat=,args="],
                         capture_output=True, text=True)  # fmt: skip
    pids = set()
    for line in out.stdout.splitlines():
        pid, stat, args = line.split(None, 2)
        if "Z" not in stat and str(edge.settings.config_path) in args:
            pids.add(int(pid))
    return pids


def test_template_tokens_must_all_have_values() -> None:
    with pytest.raises(KeyError):
        render_template("listen={{HOST}}", {})


async def test_rendered_config_passes_syntax_check(make_edge: Callable[..., KamailioEdge]) -> None:
    edge = make_edge(workers=(WorkerSpec("w1", "sip:127.0.0.1:5999"),), tcp=False)
    await edge.check_config()
    text = edge.settings.config_path.read_text()
    assert "{{" not in text
    assert f"udp:127.0.0.1:{edge.settings.sip_port}" in text
    assert "disable_tcp=yes" in text.split("#!else")[1]
    assert "duid=w1;maxload=1" in edge.settings.dispatcher_list_path.read_text()
    assert oct(edge.settings.config_path.stat().st_mode & 0o777) == "0o600"


async def test_start_stop_leaves_no_process(make_edge: Callable[..., KamailioEdge]) -> None:
    edge = make_edge()
    await edge.start()
    try:
        pid = edge.pid
        assert pid is not None
        children = _kamailio_pids(edge)
        assert pid in children and len(children) > 2  # main + receivers + timers
        assert "kamailio" in (await edge.rpc("core.version")).lower()
    finally:
        await edge.stop()
    assert not _kamailio_pids(edge)
    assert not edge.running


async def test_restarts_after_crash_and_keeps_pool(make_edge: Callable[..., KamailioEdge]) -> None:
    edge = make_edge()
    await edge.start()
    try:
        await edge.add_worker("w9", "sip:127.0.0.1:5998", max_load=2)
        old = edge.pid
        assert old is not None
        os.kill(old, signal.SIGKILL)
        for _ in range(100):
            await asyncio.sleep(0.05)
            if edge.restarts == 1 and edge.running:
                break
        assert edge.restarts == 1 and edge.pid != old
        workers = await edge.list_workers()
        assert [(w.worker_id, w.max_load) for w in workers] == [("w9", 2)]
    finally:
        await edge.stop()
    assert not _kamailio_pids(edge)


async def test_start_failure_is_reported(make_edge: Callable[..., KamailioEdge]) -> None:
    # a second edge on the same port passes -c but cannot bind at start-up
    first = make_edge()
    await first.start()
    try:
        second = make_edge(sip_port=first.settings.sip_port)
        with pytest.raises(EdgeStartError):
            await second.start()
        assert not second.running
    finally:
        await first.stop()


async def test_reload_is_refused(make_edge: Callable[..., KamailioEdge]) -> None:
    edge = make_edge()
    with pytest.raises(EdgeRpcError):
        await edge.rpc("dispatcher.reload")


def test_missing_kamailio_says_how_to_install(make_edge: Callable[..., KamailioEdge]) -> None:
    edge = KamailioEdge(make_edge().settings, binary="kamailio-not-installed")
    with pytest.raises(EdgeNotInstalledError, match="apt-get install kamailio kamailio-autheph"):
        edge.check_installed()


async def _orphan(edge: KamailioEdge) -> int:
    """What kill -9 of the coordinator leaves: a Kamailio nobody supervises."""
    pid = edge.pid
    assert pid is not None and edge._watch_task is not None
    edge._stopping = True
    edge._watch_task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await edge._watch_task
    edge._proc = None
    return pid


async def test_a_new_supervisor_adopts_the_running_kamailio_or_reclaims_a_hung_one(
    make_edge: Callable[..., KamailioEdge],
) -> None:
    """Issue 19: after a coordinator restart the edge keeps running (its pid file);
    one that does not answer its control socket is killed and a new one started."""
    first = make_edge()
    await first.start()
    await first.add_worker("w2", "sip:127.0.0.1:5997")
    pid = await _orphan(first)
    second = KamailioEdge(first.settings)
    assert second.adoptable() == pid
    await second.start()
    try:
        assert (second.adopted, second.pid, second.ready) == (pid, pid, True)
        assert [w.worker_id for w in second.configured_workers()] == ["w2"]
        await second.add_worker("w2", "sip:127.0.0.1:5997")  # re-attached: nothing to do
        await second.forget_workers(set())  # it did not come back
        assert await second.list_workers() == []
        await _orphan(second)
        os.killpg(pid, signal.SIGSTOP)  # hung: alive, deaf
        third = KamailioEdge(first.settings, start_timeout=10)
        await third.start()
    except BaseException:
        os.killpg(pid, signal.SIGKILL)
        raise
    try:
        assert third.adopted is None and third.pid not in (None, pid)
        assert pid not in _kamailio_pids(third)
        assert "kamailio" in (await third.rpc("core.version")).lower()
    finally:
        await third.stop()
    assert not _kamailio_pids(third) and not third.pid_file.exists()
    # a pid file naming some other process is not adopted
    third.pid_file.write_text(f"{os.getpid()}\n")
    assert third.adoptable() is None
