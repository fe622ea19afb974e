"""Workers registering to a real Kamailio edge as agents and being called through it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from server_stub.edge.credentials import issue_sip_credentials
from server_stub.media import wire as c
from tests.edge.conftest import SECRET, needs_kamailio
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ, PoolFactory, record
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.sip_audio, pytest.mark.e2e, needs_kamailio, pytest.mark.timeout(60)]


def _register(edge: Any, account: str, agent_id: str, password: str | None = None) -> c.Register:
    creds = issue_sip_credentials(SECRET, agent_id, ttl_seconds=300, now=time.time())
    return c.Register(
        account=account,
        registrar=f"sip:127.0.0.1:{edge.settings.sip_port}",
        username=creds.username,
        password=creds.password if password is None else password,
        domain="callcenter.local",
        expires=120,
    )


async def _answer_and_talk(
    agent: Any,
    caller: Any,
    log: Any,
    agent_leg: str,
    caller_leg: str,
    tones: dict[str, Path],
    tmp_path: Path,
) -> None:
    """The agent answers; each side plays its tone; each must hear the other's."""
    await agent.command(c.Answer(leg=agent_leg))
    await log.wait(c.LegAnswered, leg=caller_leg)
    await agent.command(c.Play(leg=agent_leg, file=str(tones["agent"]), loop=True))
    await caller.command(c.Play(leg=caller_leg, file=str(tones["customer"]), loop=True))
    await asyncio.sleep(0.3)
    heard_by_agent, heard_by_caller = await asyncio.gather(
        record(agent, [agent_leg], tmp_path / "agent.wav"),
        record(caller, [caller_leg], tmp_path / "caller.wav"),
    )
    wav_has_tone(heard_by_agent, CUSTOMER_HZ, min_share=0.8, threshold=0.15)
    wav_has_tone(heard_by_caller, AGENT_HZ, min_share=0.8, threshold=0.15)


async def test_registered_worker_is_called_through_the_edge_with_audio(
    make_pool: PoolFactory, sip_edge: Any, tones: dict[str, Path], tmp_path: Path
) -> None:
    pool, log = await make_pool(min_workers=2)
    agent, caller = pool.workers.values()
    result = await agent.command(_register(sip_edge, "acc-1001", "1001"))
    assert result == {"account": "acc-1001"}
    reg = await log.wait(c.RegistrationChanged, account="acc-1001")
    assert (reg.status_code, reg.registered) == (200, True)
    assert "1001" in await sip_edge.registered_agents()

    await sip_edge.add_worker(caller.worker_id, caller.sip_uri)  # only workers reach agents
    mark = len(log.items)
    edge_host = f"127.0.0.1:{sip_edge.settings.sip_port}"
    out = await caller.command(c.MakeCall(uri=f"sip:1001@{edge_host}", headers={"X-Call-Id": "C9"}))
    arrived = await log.wait(c.CallArrived, worker=agent.worker_id, since=mark)
    assert (arrived.account, arrived.dnis, arrived.headers["X-Call-Id"]) == (
        "acc-1001",
        "1001",
        "C9",
    )
    await _answer_and_talk(agent, caller, log, arrived.leg, out["leg"], tones, tmp_path)

    await caller.command(c.Hangup(leg=out["leg"]))
    assert (await log.wait(c.LegEnded, leg=arrived.leg)).cause == "remote"
    await agent.command(c.Unregister(account="acc-1001"))
    gone = await log.wait(c.RegistrationChanged, account="acc-1001", registered=False)
    assert gone.status_code == 200
    assert "1001" not in await sip_edge.registered_agents()
    for _ in range(50):  # the account object is removed once unregistered
        if not (await agent.command(c.Status()))["accounts"]:
            break
        await asyncio.sleep(0.05)
    assert (await agent.command(c.Status()))["accounts"] == []
    with pytest.raises(c.CommandError) as info:
        await agent.command(c.Unregister(account="acc-1001"))
    assert info.value.code == c.ErrorCode.UNKNOWN_ACCOUNT


async def test_bad_password_is_refused_and_reported(make_pool: PoolFactory, sip_edge: Any) -> None:
    pool, log = await make_pool(min_workers=1)
    (agent,) = pool.workers.values()
    await agent.command(_register(sip_edge, "bad", "1002", password="d3JvbmcK"))
    refused = await log.wait(c.RegistrationChanged, account="bad")
    assert refused.status_code in (401, 403) and not refused.registered
    assert "1002" not in await sip_edge.registered_agents()
    status = (await agent.command(c.Status()))["accounts"]
    assert [(a["account"], a["registered"]) for a in status] == [("bad", False)]
    await agent.command(c.Unregister(account="bad"))


async def test_call_from_a_caller_number_and_account_capacity(
    make_pool: PoolFactory, sip_edge: Any
) -> None:
    pool, log = await make_pool(min_workers=2)
    a, b = pool.workers.values()
    mark = len(log.items)
    await a.command(c.MakeCall(uri=b.sip_uri, from_user="13800138000"))
    arrived = await log.wait(c.CallArrived, worker=b.worker_id, since=mark)
    assert (arrived.ani, arrived.account) == ("13800138000", None)
    await b.command(c.Hangup(leg=arrived.leg, status_code=486))

    for n in range(7):
        await a.command(_register(sip_edge, f"x{n}", f"20{n:02d}"))
    with pytest.raises(c.CommandError) as info:
        await a.command(_register(sip_edge, "x7", "2007"))
    assert info.value.code == c.ErrorCode.CAPACITY
    for n in range(7):
        await log.wait(c.RegistrationChanged, account=f"x{n}", registered=True)
    assert len(await sip_edge.registered_agents()) == 7


@pytest.mark.parametrize(
    "caller_srtp,agent_srtp,connects",
    [
        ("mandatory", "mandatory", True),  # RTP/SAVP both ways: a remote agent
        ("optional", "optional", True),  # keys offered in RTP/AVP and taken
        ("optional", "disabled", True),  # keys offered and declined: plain RTP still works
        ("", "mandatory", False),  # a plain offer to a phone that requires SRTP
        ("mandatory", "disabled", False),  # SRTP required, the phone has none
    ],
)
async def test_srtp_modes_between_worker_and_agent_phone(
    make_pool: PoolFactory,
    sip_edge: Any,
    tones: dict[str, Path],
    tmp_path: Path,
    caller_srtp: str,
    agent_srtp: str,
    connects: bool,
) -> None:
    pool, log = await make_pool(min_workers=2)
    agent, caller = pool.workers.values()
    register = _register(sip_edge, "acc-1002", "1002")
    await agent.command(c.Register(**{**register.__dict__, "srtp": agent_srtp}))
    await log.wait(c.RegistrationChanged, account="acc-1002", registered=True)
    await sip_edge.add_worker(caller.worker_id, caller.sip_uri)
    mark = len(log.items)
    out = await caller.command(
        c.MakeCall(
            uri=f"sip:1002@127.0.0.1:{sip_edge.settings.sip_port}", srtp=caller_srtp, timeout=10
        )
    )
    if not connects:
        ended = await log.wait(c.LegEnded, leg=out["leg"], timeout=15)
        assert ended.status_code in (488, 606), ended  # Not Acceptable (Here): no common media
        assert not [e for e in log.items[mark:] if isinstance(e[1], c.LegAnswered)]
        return
    arrived = await log.wait(c.CallArrived, worker=agent.worker_id, since=mark)
    await _answer_and_talk(agent, caller, log, arrived.leg, out["leg"], tones, tmp_path)
    await caller.command(c.Hangup(leg=out["leg"]))
