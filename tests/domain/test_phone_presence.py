"""Phone presence (issue 21): which agents leave routing when the phone is unreachable,
and who comes back when it registers."""

from __future__ import annotations

import pytest

from server_stub.domain.agent_state import AgentState, AgentStatus, SetNotReady, SetReady
from server_stub.domain.phone_presence import (
    PHONE_OFFLINE_REASON,
    UNREACHABLE_REASON,
    PhonePresence,
    offer_unreachable,
)

S = AgentStatus


def _state(status: AgentStatus, reason: str | None = None) -> AgentState:
    call = "c1" if status in (S.RESERVED, S.ON_CALL, S.WRAP_UP) else None
    return AgentState("a1", status, 100.0, reason=reason, call_id=call)


@pytest.mark.parametrize(("state", "registration", "expected"), [
    (_state(S.READY), None, SetNotReady(PHONE_OFFLINE_REASON)),
    (_state(S.READY), "r1", None),
    (_state(S.NOT_READY, "lunch"), "r1", None),  # a pause the agent chose stays
    (_state(S.NOT_READY, "lunch"), None, None),
    (_state(S.NOT_READY, "login"), "r1", None),  # signing in does not make anyone ready
    (_state(S.LOGGED_OUT), None, None),
    (_state(S.RESERVED), None, None),  # the failing offer itself pauses the agent
    (_state(S.ON_CALL), None, None),
    (_state(S.WRAP_UP), None, None),  # checked again once the agent is ready
])  # fmt: skip
def test_first_round(state: AgentState, registration: str | None, expected: object) -> None:
    regs = {} if registration is None else {"a1": registration}
    moves = PhonePresence().events([state], regs)
    assert moves == ([] if expected is None else [("a1", expected)])


def test_unregistered_ready_agent_returns_when_the_phone_registers() -> None:
    presence = PhonePresence()
    assert presence.events([_state(S.READY)], {}) == [("a1", SetNotReady(PHONE_OFFLINE_REASON))]
    offline = _state(S.NOT_READY, PHONE_OFFLINE_REASON)
    assert presence.events([offline], {}) == []  # still not registered
    assert presence.events([offline], {"a1": "contact call-1 cseq-1"}) == [("a1", SetReady())]
    assert presence.offline_with == {}


def test_dead_phone_found_by_a_failed_offer_needs_a_new_registration() -> None:
    """The edge still lists the dead phone's contact: that alone must not bring the
    agent back (or every caller would be offered to it again)."""
    presence = PhonePresence()
    offline = _state(S.NOT_READY, PHONE_OFFLINE_REASON)  # set by the failed offer
    stale = {"a1": "contact call-1 cseq-1"}
    assert presence.events([offline], stale) == []  # first sight: note what is registered
    assert presence.events([offline], stale) == []  # unchanged: stays offline
    assert presence.events([offline], {"a1": "contact call-1 cseq-2"}) == [("a1", SetReady())]


def test_leaving_phone_offline_otherwise_forgets_the_agent() -> None:
    presence = PhonePresence()
    presence.events([_state(S.NOT_READY, PHONE_OFFLINE_REASON)], {})
    assert presence.offline_with == {"a1": None}
    presence.events([_state(S.NOT_READY, "lunch")], {})  # the agent chose another pause
    assert presence.offline_with == {}


def test_desktop_gone_and_phone_unregistered_is_unreachable() -> None:
    """Issue 19: no event stream and no registration: the desktop vanished."""
    presence = PhonePresence()
    assert presence.events([_state(S.READY)], {}, desktops=set()) == [
        ("a1", SetNotReady(UNREACHABLE_REASON))
    ]
    gone = _state(S.NOT_READY, UNREACHABLE_REASON)
    assert presence.events([gone], {}, desktops=set()) == []  # still gone
    # the desktop is back, the phone not yet: only the phone is offline now
    assert presence.events([gone], {}, desktops={"a1"}) == [
        ("a1", SetNotReady(PHONE_OFFLINE_REASON))
    ]
    offline = _state(S.NOT_READY, PHONE_OFFLINE_REASON)
    assert presence.events([offline], {"a1": "r2"}, desktops={"a1"}) == [("a1", SetReady())]


def test_a_phone_offline_agent_whose_desktop_goes_becomes_unreachable() -> None:
    presence = PhonePresence()
    assert presence.events([_state(S.READY)], {}, desktops={"a1"}) == [
        ("a1", SetNotReady(PHONE_OFFLINE_REASON))
    ]
    offline = _state(S.NOT_READY, PHONE_OFFLINE_REASON)
    assert presence.events([offline], {}, desktops=set()) == [
        ("a1", SetNotReady(UNREACHABLE_REASON))
    ]


def test_paused_by_a_failed_offer_with_the_desktop_gone_is_marked_at_first_sight() -> None:
    presence = PhonePresence()
    offline = _state(S.NOT_READY, PHONE_OFFLINE_REASON)  # a failed offer; stale contact
    stale = {"a1": "contact call-1 cseq-1"}
    assert presence.events([offline], stale, desktops=set()) == [
        ("a1", SetNotReady(UNREACHABLE_REASON))
    ]
    gone = _state(S.NOT_READY, UNREACHABLE_REASON)
    assert presence.events([gone], stale, desktops={"a1"}) == [
        ("a1", SetNotReady(PHONE_OFFLINE_REASON))
    ]  # the stale contact alone brings nobody back
    fresh = {"a1": "contact call-2 cseq-1"}
    assert presence.events([gone], fresh, desktops={"a1"}) == [("a1", SetReady())]


@pytest.mark.parametrize(("state", "registration"), [
    (_state(S.READY), "r1"),  # the phone is there: a stream drop alone is a reconnect
    (_state(S.NOT_READY, "lunch"), None),  # a pause the agent chose stays
    (_state(S.ON_CALL), None),
    (_state(S.WRAP_UP), None),
    (_state(S.LOGGED_OUT), None),
])  # fmt: skip
def test_a_desktop_gone_alone_changes_nothing(state: AgentState, registration: str | None) -> None:
    regs = {} if registration is None else {"a1": registration}
    assert PhonePresence().events([state], regs, desktops=set()) == []


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
