"""Helpers for router tests: a small builder and decision filters."""

from __future__ import annotations

import random

from server_stub.domain.routing import (
    AgentRoutingConfig,
    Caller,
    Decision,
    Offer,
    QueueConfig,
    Router,
)


def make_router(*queues: QueueConfig, seed: int = 1) -> Router:
    router = Router(random.Random(seed))
    for cfg in queues:
        router.configure_queue(cfg)
    return router


def ready(router: Router, now: float, *agents: str) -> list[Decision]:
    out: list[Decision] = []
    for agent in agents:
        out += router.agent_ready(agent, now)
    return out


def member(
    router: Router, agent: str, queue: str, level: int = 1, position: int = 1, **cfg: float
) -> None:
    if cfg:
        router.configure_agent(AgentRoutingConfig(agent, **cfg))  # type: ignore[arg-type]
    router.add_member(agent, queue, level, position)


def offers(decisions: list[Decision]) -> list[tuple[str, str]]:
    return [(d.call_id, d.agent_id) for d in decisions if isinstance(d, Offer)]


def join(router: Router, call_id: str, queue: str, now: float, **kw: object) -> list[Decision]:
    return router.enqueue(Caller(call_id, queue, now, **kw), now)  # type: ignore[arg-type]


def serve(router: Router, call_id: str, agent: str, start: float, talk: float) -> None:
    """Answer at `start`, hang up after `talk` seconds (agent then in wrap-up)."""
    router.offer_answered(call_id, agent, start)
    router.call_finished(agent, start + talk, talk)
