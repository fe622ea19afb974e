"""Campaign events, built once here: `campaign_updated` (state and live figures) to the
leads and admins, for the campaign monitor."""

from __future__ import annotations

from typing import Any

from agent_desktop.protocol import CampaignUpdated, Role
from server_stub.events import EventBus


class CampaignNotifier:
    def __init__(self, bus: EventBus) -> None:
        self._bus = bus

    def updated(
        self, row: dict[str, Any], dialling: bool, reason: str | None, figures: Any
    ) -> None:
        self._bus.publish(
            CampaignUpdated(
                id=row["id"],
                name=row["name"],
                mode=row["mode"],
                state=row["state"],
                dialling=dialling,
                reason=reason,
                figures=figures,
            ),
            roles=[Role.LEAD, Role.ADMIN],
        )
