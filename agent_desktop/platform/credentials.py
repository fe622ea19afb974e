"""The agent's password in the OS keyring ("remember me"); nothing secret touches a file."""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)
SERVICE = "callcenter-agent-desktop"


class CredentialStore:
    """Per server and agent ID; keyring failures are logged and reported, never raised."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    @staticmethod
    def _user(server_url: str, agent_id: str) -> str:
        return f"{agent_id}@{server_url}"

    def load(self, server_url: str, agent_id: str) -> str | None:
        try:
            return keyring.get_password(self._service, self._user(server_url, agent_id))
        except KeyringError as exc:
            log.warning("keyring unavailable: %s", exc)
            return None

    def save(self, server_url: str, agent_id: str, password: str) -> bool:
        try:
            keyring.set_password(self._service, self._user(server_url, agent_id), password)
            return True
        except KeyringError as exc:
            log.warning("could not store the password in the keyring: %s", exc)
            return False

    def forget(self, server_url: str, agent_id: str) -> None:
        with contextlib.suppress(KeyringError):
            keyring.delete_password(self._service, self._user(server_url, agent_id))
