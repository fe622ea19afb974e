"""What a desktop does by itself after a fault, done for the simulated agents: reconnect the
event stream, register the softphone again, sign in again, go back to Ready."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import httpx

from server_stub.media import wire as c
from server_stub.sim.agent import SimAgent
from server_stub.sim.api import CoordinatorError

log = logging.getLogger("soak")


def _stream_tasks(agent: SimAgent) -> list[asyncio.Task[object]]:
    return [t for t in agent._tasks if t.get_name().endswith("-ws")]


def stream_up(agent: SimAgent) -> bool:
    return any(not t.done() for t in _stream_tasks(agent))


def drop_stream(agent: SimAgent) -> bool:
    """Close the agent's WebSocket from its side (a desktop losing its network)."""
    dropped = False
    for task in _stream_tasks(agent):
        if not task.done():
            task.cancel()
            dropped = True
    return dropped


def reconnect_stream(agent: SimAgent) -> bool:
    """Open the event stream again if it is closed; True when it did."""
    if stream_up(agent):
        return False
    agent._tasks = [t for t in agent._tasks if not t.done()]
    agent._tasks.append(
        asyncio.create_task(agent._stream(), name=f"agent-{agent.agent_id}-ws")  # type: ignore[arg-type]
    )
    return True


async def sign_in_again(agent: SimAgent) -> None:
    s = agent.settings
    login = await agent.client.login(s.agent_id, s.password)
    agent._take_sip(login["sip"])


async def register_afresh(agent: SimAgent) -> str:
    """Drop the softphone's account and REGISTER a new one with fresh credentials (the
    edge has lost the binding: the server says phone_offline); returns the registrar's
    answer. Not `register` on the live account: pjsua's modify with new credentials sends
    an un-REGISTER of the same Contact alongside the new REGISTER, and when the edge
    handles the un-REGISTER last the binding is gone (docs/performance.md, "Soak")."""
    if agent._current is not None:
        return "on a call: later"
    try:
        agent._take_sip((await agent.client.me())["sip"])
    except CoordinatorError as exc:
        if exc.status != 401:
            raise
        await sign_in_again(agent)
    with contextlib.suppress(c.CommandError):
        await agent.worker.command(c.Unregister(account=agent.account))
    agent.registration = None
    for _ in range(50):  # until the old account is removed (INVALID_STATE meanwhile)
        try:
            await agent.worker.command(agent._register_command())
            break
        except c.CommandError as exc:
            if exc.code != c.ErrorCode.INVALID_STATE:
                raise
            await asyncio.sleep(0.1)
    with contextlib.suppress(TimeoutError):
        await agent.wait_for(
            lambda: agent.registration is not None and agent.registration.registered, 10
        )
    reg = agent.registration
    if reg is None:
        return "no answer in 10 s"
    return f"{reg.status_code} {reg.reason}" + ("" if reg.registered else " (not registered)")


async def back_to_ready(agent: SimAgent) -> str | None:
    """An idle agent that is not ready goes ready (after saving a pending disposition);
    returns the state it was in when it did, else None."""
    if agent._current is not None or agent._busy:
        return None
    try:
        state = await agent.client.state()
    except CoordinatorError as exc:
        if exc.status != 401:
            raise
        await sign_in_again(agent)
        await register_afresh(agent)
        state = await agent.client.state()
    status = state.get("state")
    if status in ("ready", "reserved", "on_call"):
        return None
    if state.get("reason") in ("phone_offline", "unreachable"):
        # the edge lost the phone's binding: register again before going ready (a desktop
        # shows "phone offline" and its softphone re-registers)
        answer = await register_afresh(agent)
        status = f"{status} ({state.get('reason')}; phone registered afresh: {answer})"
    if status == "wrap_up":
        await agent._finish_earlier_wrap_up()
        with contextlib.suppress(CoordinatorError):
            await agent.client.finish_wrap_up()
        state = await agent.client.state()
        if state.get("state") == "ready":
            return "wrap_up"
    try:
        await agent.client.set_state("ready")
    except CoordinatorError as exc:
        log.info("agent %s: ready refused from %s: %s", agent.agent_id, status, exc)
        return None
    return str(status)


async def tend(
    agents: list[SimAgent], counts: dict[str, int], offline: set[str] | None = None
) -> None:
    """One round over every agent: stream (unless its desktop is `offline`), then state.
    Errors are the coordinator being away (a restart): the next round tries again."""
    for agent in agents:
        try:
            if agent.agent_id not in (offline or set()) and reconnect_stream(agent):
                counts["stream reconnects"] = counts.get("stream reconnects", 0) + 1
            was = await back_to_ready(agent)
            if was is not None:
                key = f"back to ready from {was}"
                counts[key] = counts.get(key, 0) + 1
        except (httpx.HTTPError, CoordinatorError, c.CommandError, OSError) as exc:
            log.debug("agent %s: not tended: %r", agent.agent_id, exc)
