"""Simulate: drive a flow run with a caller's scripted keys, no call placed. The same
`FlowRun` as a real call; prompts "finish" at once, look-ups are made for real."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from server_stub.domain import flow_engine as fe

Fetch = Callable[[str, float], Awaitable[tuple[Any, str]]]


async def drive(run: fe.FlowRun, inputs: Sequence[str], fetch: Fetch) -> int | None:
    """Walk `run` to its end; returns the survey score given, if any."""
    pending = list(inputs)
    actions: list[fe.Action] = run.start()
    score: int | None = None
    for _ in range(1000):  # a safety net: every pass consumes an input or ends
        if run.done:
            break
        while actions and not run.done:
            action = actions.pop(0)
            if isinstance(action, fe.Play):
                actions += run.prompt_finished(action.prompt)
            elif isinstance(action, fe.Lookup):
                answer, problem = await fetch(action.url, action.seconds)
                actions += run.looked_up(answer, problem)
            elif isinstance(action, fe.Satisfaction):
                score = action.score
        if run.done:
            break
        # Waiting for the caller: the next input, or silence once the script is spent.
        keys = pending.pop(0) if pending else ""
        if keys:
            for key in keys:
                actions += [a for a in run.digit(key) if not isinstance(a, fe.Listen)]
        else:
            actions += run.timed_out()
        actions = [a for a in actions if not isinstance(a, fe.Listen)]
    return score
