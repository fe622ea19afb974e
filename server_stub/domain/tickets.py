"""The ticket's life (工单流转), pure: which status may follow which, due times from an SLA,
and the overdue rule. Time comes in as `now`."""

from __future__ import annotations

from collections.abc import Mapping

OPEN_STATUSES = ("new", "assigned", "in_progress")

# Status changes asked for through `/status`: assigning has its own step (`assign`), and
# a resolved or closed ticket comes back only through `reopen`.
_NEXT: dict[str, frozenset[str]] = {
    "new": frozenset({"in_progress", "resolved", "closed"}),
    "assigned": frozenset({"in_progress", "resolved", "closed"}),
    "in_progress": frozenset({"resolved", "closed"}),
    "resolved": frozenset({"closed"}),
    "closed": frozenset(),
}


class TransitionError(ValueError):
    """A change the ticket's status does not allow; the message says what would."""


def check_status_change(current: str, target: str) -> None:
    if target in _NEXT.get(current, frozenset()):
        return
    if current == target:
        raise TransitionError(f"the ticket is already {current}")
    if current in ("resolved", "closed"):
        hint = " (reopen it first)" if target != "closed" else ""
        raise TransitionError(f"a {current} ticket cannot become {target}{hint}")
    raise TransitionError(f"a ticket that is {current} cannot become {target}")


def check_assignable(current: str) -> None:
    if current not in OPEN_STATUSES:
        raise TransitionError(f"a {current} ticket cannot be assigned (reopen it first)")


def check_reopenable(current: str) -> None:
    if current not in ("resolved", "closed"):
        raise TransitionError(f"only a resolved or closed ticket can be reopened, not {current}")


def status_after_assign(current: str) -> str:
    """Assigning a new ticket makes it assigned; one in progress goes back to assigned
    (the new owner has not started); an assigned one stays assigned."""
    check_assignable(current)
    return "assigned"


def status_after_reopen(assignee: str | None, team: str | None) -> str:
    return "assigned" if assignee or team else "new"


def due_at(created_at: float, sla_minutes: Mapping[str, int] | None, priority: str) -> float | None:
    """When the ticket must be resolved: created + the SLA of its type and priority (None
    when that SLA is 0 or not set)."""
    minutes = (sla_minutes or {}).get(priority, 0)
    return created_at + minutes * 60.0 if minutes > 0 else None


def is_overdue(status: str, due: float | None, now: float) -> bool:
    return due is not None and status in OPEN_STATUSES and now > due
