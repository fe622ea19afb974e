"""Call quality in the call record: a leg's figures (from the worker's leg_quality
reports) as the record's `<role>_<figure>` fields, and the live MOS that flags poor calls."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from agent_desktop.protocol.quality import is_poor

ROLES = ("customer", "agent")
FIGURES = ("loss_pct", "jitter_ms", "rtt_ms", "mos", "worst_mos", "worst_at")


@dataclass
class CallQuality:
    """What the ACD keeps about a live call's quality: stored fields and live MOS per leg."""

    fields: dict[str, float] = field(default_factory=dict)  # calls columns, e.g. agent_mos
    now: dict[str, float] = field(default_factory=dict)  # role -> last window's MOS

    def update(self, role: str, mos_now: float, totals: Mapping[str, float]) -> bool:
        """Take `role`'s live MOS and whole-call `totals` (keys: FIGURES); True when the
        call's poor flag changed."""
        if role not in ROLES:
            raise ValueError(f"unknown leg role {role!r}")
        was_poor = is_poor(self.mos_now)
        self.fields.update({f"{role}_{name}": float(totals[name]) for name in FIGURES})
        self.now[role] = mos_now
        return was_poor != is_poor(self.mos_now)

    @property
    def mos_now(self) -> float | None:
        """The lower of the legs' live MOS (None before the first report)."""
        return min(self.now.values()) if self.now else None
