"""PhoneWatch (issue 21) with a fake edge: ready agents without a registered phone leave
routing with reason phone_offline and return when the phone registers; nothing happens
while the edge is down."""

from __future__ import annotations

from pathlib import Path

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
