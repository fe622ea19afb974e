"""Per-lead supervisor preferences (mask numbers) in `supervisor.json` beside settings.json."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class SupervisorPreferences:
    """Preferences of one lead, stored per agent id in a JSON file; never raises on I/O."""

    def __init__(self, config_dir: Path | None, agent_id: str) -> None:
        self.path = config_dir / "supervisor.json" if config_dir else None
        self.agent_id = agent_id
        self._all: dict[str, dict[str, Any]] = self._read()

    def _read(self) -> dict[str, dict[str, Any]]:
        if self.path is None:
            return {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("supervisor preferences unreadable (%s); using defaults", exc)
            return {}
        return raw if isinstance(raw, dict) else {}

    @property
    def mask_numbers(self) -> bool:
        return bool(self._all.get(self.agent_id, {}).get("mask_numbers", False))

    @mask_numbers.setter
    def mask_numbers(self, value: bool) -> None:
        self._all.setdefault(self.agent_id, {})["mask_numbers"] = bool(value)
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._all, indent=2), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:
            log.warning("supervisor preferences not saved: %s", exc)
