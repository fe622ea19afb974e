"""Registered SIP accounts of a media worker: settings and bookkeeping (pure, no pjsua2).

A worker can hold a few accounts that REGISTER to the SIP edge (simulated agents'
phones). Each account's Contact carries a `cc-acc=<token>` URI parameter; the edge's
`lookup("location")` puts that contact into the Request-URI, so an incoming INVITE names
its account even though pjsua matches accounts by host and would pick the worker's own.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

CONTACT_PARAM = "cc-acc"
MAX_ACCOUNTS = 7  # pjsua's PJSUA_MAX_ACC is 8 (an assertion aborts beyond it); 1 is local
UNREGISTER_WAIT_S = 3.0  # remove an account this long after unregister if no answer came
_TOKEN = re.compile(r";" + CONTACT_PARAM + r"=([A-Za-z0-9]+)")


@dataclass(frozen=True)
class AccountSpec:
    """What pjsua needs for one registering account."""

    id_uri: str  # sip:<aor user>@<domain>
    registrar_uri: str  # sip:host:port
    username: str
    password: str
    expires: int
    contact_params: str  # ;cc-acc=<token>


@dataclass
class AccountEntry:
    """One account's live state in the engine; `account` is the pjsua2 object."""

    account_id: str
    token: str
    spec: AccountSpec
    account: Any = None
    registered: bool = False
    status_code: int = 0
    reason: str = ""
    removing: bool = False
    remove_after: float = 0.0  # monotonic deadline once removing
    unregistered: bool = False  # the un-REGISTER finished (or was never needed)
    legs: set[str] = field(default_factory=set)

    def start_removal(self, now: float | None = None) -> None:
        self.removing = True
        self.remove_after = (now if now is not None else time.monotonic()) + UNREGISTER_WAIT_S

    def removable(self, now: float) -> bool:
        """Unregistered (or given up waiting) and no calls left on it."""
        return self.removing and not self.legs and (self.unregistered or now >= self.remove_after)


def aor_user(username: str) -> str:
    """The address-of-record user: the agent id of an auth_ephemeral `<expiry>:<id>`."""
    return username.rsplit(":", 1)[-1]


def registrar_uri(registrar: str) -> str:
    """`sip:host:port` from `sip:host:port`, `host:port` or `host`."""
    text = registrar.strip()
    if not text or any(ch in text for ch in " <>;@"):
        raise ValueError(f"registrar must be sip:host[:port]: {registrar!r}")
    return text if text.lower().startswith("sip:") else f"sip:{text}"


def build_spec(
    registrar: str, username: str, password: str, domain: str, expires: int, token: str
) -> AccountSpec:
    """Settings of a registering account; raises ValueError on an unusable registrar."""
    return AccountSpec(
        id_uri=f"sip:{aor_user(username)}@{domain}",
        registrar_uri=registrar_uri(registrar),
        username=username,
        password=password,
        expires=expires,
        contact_params=f";{CONTACT_PARAM}={token}",
    )


def request_token(whole_msg: str) -> str | None:
    """The `cc-acc` token in an INVITE's Request-URI, if any."""
    first = whole_msg.split("\n", 1)[0]
    parts = first.split()
    if len(parts) < 2:
        return None
    found = _TOKEN.search(parts[1])
    return found.group(1) if found else None


def registration_state(code: int, expiration: int) -> bool:
    """Whether a REGISTER outcome leaves the account registered."""
    return 200 <= code < 300 and expiration > 0
