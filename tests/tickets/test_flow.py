"""The ticket's status flow and SLA, pure (server_stub/domain/tickets.py)."""

from __future__ import annotations

import pytest

from server_stub.domain import tickets as flow


@pytest.mark.parametrize(
    ("current", "target", "allowed"),
    [
        ("new", "in_progress", True),
        ("new", "resolved", True),  # solved on the call itself
        ("assigned", "in_progress", True),
        ("in_progress", "resolved", True),
        ("resolved", "closed", True),
        ("new", "new", False),
        ("in_progress", "assigned", False),  # assigning is its own step
        ("resolved", "in_progress", False),  # reopen first
        ("closed", "resolved", False),
        ("closed", "closed", False),
    ],
)
def test_status_changes(current: str, target: str, allowed: bool) -> None:
    if allowed:
        flow.check_status_change(current, target)
    else:
        with pytest.raises(flow.TransitionError):
            flow.check_status_change(current, target)


def test_assign_and_reopen() -> None:
    assert flow.status_after_assign("in_progress") == "assigned"
    with pytest.raises(flow.TransitionError, match="reopen it first"):
        flow.status_after_assign("closed")
    with pytest.raises(flow.TransitionError):
        flow.check_reopenable("assigned")
    assert flow.status_after_reopen(None, None) == "new"
    assert flow.status_after_reopen(None, "team_a") == "assigned"


def test_due_and_overdue() -> None:
    sla = {"urgent": 60, "low": 0}
    assert flow.due_at(1000.0, sla, "urgent") == 1000.0 + 3600
    assert flow.due_at(1000.0, sla, "low") is None
    assert flow.due_at(1000.0, None, "urgent") is None
    assert flow.is_overdue("in_progress", 10.0, 11.0)
    assert not flow.is_overdue("resolved", 10.0, 11.0)
    assert not flow.is_overdue("new", 10.0, 10.0)
    assert not flow.is_overdue("new", None, 1e9)
