"""What a lead's monitored call is about: who is listened to, the mode (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

MODES = ("listen", "whisper", "barge")


@dataclass(frozen=True)
class MonitoredCall:
    """The call a lead monitors, as the lead's Calls panel shows it."""

    call_id: str
    mode: str  # listen / whisper / barge
    agent_id: str = ""
    agent_name: str = ""
    customer: str = ""  # the customer's number as the lead may see it (masked or not)
    queue: str = ""  # display name

    @property
    def agent(self) -> str:
        return " ".join(p for p in (self.agent_id, self.agent_name) if p)
