"""Supervisor tab (班长席) for leads: live queues, agent grid, calls, control, monitoring,
recordings. Qt-free at the package root; import `tab.SupervisorTab` and
`presenter.SupervisorPresenter` to embed it (docs/supervisor.md)."""

from agent_desktop.supervisor.monitor import MONITOR_HEADER, is_monitor_call

__all__ = ["MONITOR_HEADER", "is_monitor_call"]
