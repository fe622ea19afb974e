"""Phone presence (issue 21): which agents leave routing when the phone is unreachable,
and who comes back when it registers."""

from __future__ import annotations

import pytest

from server_stub.domain.agent_state import AgentState, AgentStatus, SetNotReady, SetReady
from server_stub.domain.phone_presence import (
    PHONE_OFFLINE_REASON,
    offer_unreachable,
    presence_event,
)

S = AgentStatus


def _state(status: AgentStatus, reason: str | None = None) -> AgentState:
    call = "c1" if status in (S.RESERVED, S.ON_CALL, S.WRAP_UP) else None
    return AgentState("a1", status, 100.0, reason=reason, call_id=call)


@pytest.mark.parametrize(("state", "registered", "expected"), [
    (_state(S.READY), False, SetNotReady(PHONE_OFFLINE_REASON)),
    (_state(S.READY), True, None),
    (_state(S.NOT_READY, PHONE_OFFLINE_REASON), True, SetReady()),
    (_state(S.NOT_READY, PHONE_OFFLINE_REASON), False, None),
    (_state(S.NOT_READY, "lunch"), True, None),  # a pause the agent chose stays
    (_state(S.NOT_READY, "lunch"), False, None),
    (_state(S.NOT_READY, "login"), True, None),  # signing in does not make anyone ready
    (_state(S.LOGGED_OUT), False, None),
    (_state(S.RESERVED), False, None),  # the failing offer itself pauses the agent
    (_state(S.ON_CALL), False, None),
    (_state(S.WRAP_UP), False, None),  # checked again once the agent is ready
])  # fmt: skip
def test_presence_event(state: AgentState, registered: bool, expected: object) -> None:
    assert presence_event(state, registered) == expected


@pytest.mark.parametrize(("status_code", "cause", "unreachable"), [
    (404, "remote", True),  # the edge: not registered
    (408, "remote", True),  # the registered contact never answered the INVITE
    (503, "remote", True),  # transport failure
    (408, "no_answer", False),  # our own ring timer: the phone rang
    (487, "no_answer", False),
    (486, "remote", False),  # busy: the phone is there
    (603, "remote", False),
    (480, "remote", False),
])  # fmt: skip
def test_offer_unreachable(status_code: int, cause: str, unreachable: bool) -> None:
    assert offer_unreachable(status_code, cause) is unreachable
