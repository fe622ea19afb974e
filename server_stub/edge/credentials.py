"""Ephemeral SIP credentials for agent softphones (Kamailio auth_ephemeral scheme)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SipCredentials:
    """Digest username/password a softphone presents to the SIP edge."""

    username: str
    password: str
    expires_at: int


def issue_sip_credentials(
    secret: bytes, agent_id: str, ttl_seconds: int, now: float
) -> SipCredentials:
    """Return credentials for ``agent_id`` valid until ``now + ttl_seconds``.

    Matches auth_ephemeral with ``username_format=1`` and ``sha_algorithm=0``:
    username ``<expiry>:<agent_id>`` (expiry as absolute Unix seconds) and password
    base64(HMAC-SHA1(secret, username)).
    """
    if not agent_id or ":" in agent_id or "@" in agent_id:
        raise ValueError(f"agent id must be non-empty without ':' or '@': {agent_id!r}")
    if ttl_seconds <= 0:
        raise ValueError("ttl_seconds must be positive")
    expires_at = math.floor(now) + ttl_seconds
    username = f"{expires_at}:{agent_id}"
    digest = hmac.new(secret, username.encode("utf-8"), hashlib.sha1).digest()
    password = base64.b64encode(digest).decode("ascii")
    return SipCredentials(username=username, password=password, expires_at=expires_at)
