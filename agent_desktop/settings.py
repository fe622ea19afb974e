"""Non-secret desktop settings (server, agent ID, language, remember-me) in a JSON file.

Passwords never go here: see `agent_desktop.platform.credentials` (OS keyring)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)
APP_NAME = "callcenter-agent"


def default_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    server_url: str = "http://127.0.0.1:8080"
    agent_id: str = ""
    remember: bool = False
    language: str = ""  # "" = follow the system, else "en" / "zh_CN"
    # A random ID of this desktop, sent at sign-in: the server lets the right password from
    # a desktop that signed the agent in before through a lock-out strangers caused.
    device_id: str = ""


class SettingsStore:
    """Loads and saves `Settings` as `settings.json` in the config directory."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or default_config_dir()) / "settings.json"

    def load(self) -> Settings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError) as exc:
            log.warning("settings unreadable (%s); using defaults", exc)
            return Settings()
        known = {f.name for f in fields(Settings)}
        return Settings(**{k: v for k, v in raw.items() if k in known})

    def save(self, settings: Settings) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
        tmp.replace(self.path)
