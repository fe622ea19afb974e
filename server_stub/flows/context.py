"""What a flow run needs from the centre at one moment: time groups, overrides, agents,
queues and the time zone. Telephony keeps one (refreshed when an admin changes something)
and `simulate` builds one, so both start runs the same way."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from server_stub.domain import time_groups
from server_stub.domain.flow_engine import FlowRun
from server_stub.domain.number_areas import AreaTable
from server_stub.store import flows as flow_store
from server_stub.store import number_areas as area_store
from server_stub.store.base import Store


@dataclass(frozen=True)
class FlowContext:
    groups: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    overrides: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    agents: frozenset[str] = frozenset()
    queues: frozenset[str] = frozenset()
    timezone: str = "UTC"
    areas: AreaTable = field(default_factory=AreaTable)  # 号码归属地 (built-in + imported)

    def run(self, doc: Mapping[str, Any], ani: str, dnis: str, at: float) -> FlowRun:
        """A run of `doc` for a call at `at` (epoch seconds)."""
        local = datetime.fromtimestamp(at, ZoneInfo(self.timezone))

        def check(group: str) -> tuple[str, str]:
            definition = self.groups.get(group)
            if definition is None:  # deleted since the flow was published: closed
                return time_groups.CLOSED, "missing"
            return time_groups.state_of(definition, local, at, self.overrides.get(group))

        return FlowRun(
            doc,
            check,
            ani=ani,
            dnis=dnis,
            agents=self.agents,
            queues=self.queues,
            areas=self.areas,
        )


def load_context(s: Store, timezone: str) -> FlowContext:
    """Read on the store thread."""
    return FlowContext(
        groups=flow_store.time_groups(s),
        overrides=flow_store.overrides(s),
        agents=frozenset(a["agent_id"] for a in s.list_agents()),
        queues=frozenset(q["name"] for q in s.list_queues()),
        timezone=timezone,
        areas=AreaTable(area_store.list_areas(s)),
    )
