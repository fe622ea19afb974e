"""PhoneWatch (issue 21) with a fake edge: ready agents without a registered phone leave
routing with reason phone_offline and return when the phone registers; nothing happens
while the edge is down."""

from __future__ import annotations

import asyncio
from pathlib import Path

from agent_desktop.protocol import Role
from server_stub import demo
from server_stub.app import build_services
from server_stub.config import ServerConfig
from server_stub.domain import agent_state as sm
from server_stub.domain.agent_state import AgentStatus
from server_stub.telephony.phone_watch import PhoneWatch
from tests.server.conftest import fast_passwords


class FakeEdge:
    """The parts of the edge PhoneWatch reads: up or down, and who is registered."""

    def __init__(self) -> None:
        self.up = True
        self.registered: dict[str, str] = {}
        self.reads = 0

    async def read(self) -> dict[str, str]:
        self.reads += 1
        return dict(self.registered)


async def test_ready_agent_without_phone_goes_offline_and_comes_back(tmp_path: Path) -> None:
    passwords = fast_passwords()
    services = build_services(
        ServerConfig(data_dir=tmp_path, sip_enabled=False), passwords=passwords
    )
    services.runner.run_sync(lambda s: demo.seed(s, passwords, 0.0))
    await services.start()
    try:
        agents = services.agents
        for agent_id in ("1001", "1002"):
            await agents.apply(agent_id, sm.Login())
        await agents.apply("1001", sm.SetReady())
        await agents.apply("1002", sm.SetNotReady("lunch"))
        edge = FakeEdge()
        edge.registered = {"1002": "sip:1002@x c2 1"}
        watch = PhoneWatch(agents, edge.read, lambda: edge.up)

        edge.up = False  # edge down: its table comes back from disk, leave agents alone
        await watch.check()
        assert edge.reads == 0 and agents.state("1001").status is AgentStatus.READY

        edge.up = True
        await watch.check()
        offline = agents.state("1001")
        assert (offline.status, offline.reason) == (AgentStatus.NOT_READY, "phone_offline")
        assert agents.state("1002").reason == "lunch"  # not ready anyway: untouched
        log = services.runner.run_sync(
            lambda s: s.conn.execute(
                "SELECT to_state, reason, actor FROM agent_state_log WHERE agent_id = '1001' "
                "ORDER BY rowid DESC LIMIT 1"
            ).fetchone()
        )
        assert tuple(log) == ("not_ready", "phone_offline", "system")

        await watch.check()  # still offline: no new transition
        assert agents.state("1001") == offline

        edge.registered = {"1001": "sip:1001@x c1 1", "1002": "sip:1002@x c2 1"}
        await watch.check()
        assert agents.state("1001").status is AgentStatus.READY
        assert agents.state("1002").reason == "lunch"  # its own pause stays
    finally:
        await services.stop()


async def test_vanished_desktop_is_unreachable_after_the_grace(
    tmp_path: Path,
) -> None:
    """Issue 19: no event stream (past the grace a reconnect gets) and no registered
    phone: the agent leaves routing marked `unreachable` (and the state log says so)."""
    passwords = fast_passwords()
    services = build_services(
        ServerConfig(data_dir=tmp_path, sip_enabled=False), passwords=passwords
    )
    services.runner.run_sync(lambda s: demo.seed(s, passwords, 0.0))
    await services.start()
    try:
        agents, bus = services.agents, services.bus
        for agent_id in ("1001", "1002", "1003"):
            await agents.apply(agent_id, sm.Login())
            await agents.apply(agent_id, sm.SetReady())
        # 1003 works over the API alone (never an event stream): judged by its phone only
        # both desktops hold their event streams open
        streams = {
            a: bus.open_stream(f"s-{a}", a, Role.AGENT, sign_in=True) for a in ("1001", "1002")
        }
        for stream in streams.values():
            stream.connections.add(asyncio.Queue())
        now = [1000.0]
        edge = FakeEdge()
        watch = PhoneWatch(
            agents,
            edge.read,
            lambda: True,
            interval=3.0,
            desktops=bus.connected_agents,
            desktop_grace=6.0,
            clock=lambda: now[0],
        )

        await watch.check()  # the phones are not registered: offline, desktops there
        assert agents.state("1001").reason == agents.state("1002").reason == "phone_offline"
        streams["1001"].connections.clear()  # 1001's desktop vanishes
        now[0] += 5  # within the grace a reconnect gets
        await watch.check()
        assert agents.state("1001").reason == "phone_offline"
        now[0] += 2  # past it
        await watch.check()
        gone = agents.state("1001")
        assert (gone.status, gone.reason) == (AgentStatus.NOT_READY, "unreachable")
        assert agents.state("1002").reason == "phone_offline"  # its desktop is there
        assert agents.state("1003").reason == "phone_offline"  # no desktop ever: not "gone"
        log = services.runner.run_sync(
            lambda s: s.conn.execute(
                "SELECT to_state, reason, actor FROM agent_state_log WHERE agent_id = '1001' "
                "ORDER BY rowid DESC LIMIT 1"
            ).fetchone()
        )
        assert tuple(log) == ("not_ready", "unreachable", "system")

        # the desktop comes back and its phone registers: ready again
        streams["1001"].connections.add(asyncio.Queue())
        edge.registered = {"1001": "sip:1001@x c9 1"}
        await watch.check()
        assert agents.state("1001").status is AgentStatus.READY
    finally:
        await services.stop()
