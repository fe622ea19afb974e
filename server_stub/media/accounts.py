"""Registered SIP accounts of a media worker: settings and bookkeeping (pure, no pjsua2).

A worker can hold a few accounts that REGISTER to the SIP edge (simulated agents'
phones). Each account's Contact carries a `cc-acc=<token>` URI parameter; the edge's
`lookup("location")` puts that contact into the Request-URI, so an incoming INVITE names
its account even though pjsua matches accounts by host and would pick the worker's own.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from server_stub.media import wire as c

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

    def note_registration(self, code: int, reason: str, expiration: int) -> bool:
        """Take a REGISTER outcome; whether the account is now registered."""
        registered = registration_state(code, expiration)
        self.registered, self.status_code, self.reason = registered, code, reason
        if self.removing and not registered:
            self.unregistered = True
        return registered

    def status(self) -> dict[str, Any]:
        return {
            "account": self.account_id,
            "registered": self.registered,
            "status_code": self.status_code,
            "removing": self.removing,
            "legs": sorted(self.legs),
        }


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


class AccountBook:
    """The worker's accounts by id, and by the token their Contact carries."""

    def __init__(self) -> None:
        self._entries: dict[str, AccountEntry] = {}
        self._tokens: dict[str, str] = {}  # contact token -> account id

    def __iter__(self) -> Iterator[AccountEntry]:
        return iter(list(self._entries.values()))

    def get(self, account_id: str) -> AccountEntry | None:
        return self._entries.get(account_id)

    def for_request(self, whole_msg: str) -> AccountEntry | None:
        """The account an INVITE's Request-URI names by its token, if any."""
        return self._entries.get(self._tokens.get(request_token(whole_msg) or "", ""))

    def check_register(self, account_id: str) -> AccountEntry | None:
        """The entry a `register` would update (None: a new one), or the error to reply."""
        entry = self._entries.get(account_id)
        if entry is not None and entry.removing:
            raise c.CommandError(c.ErrorCode.INVALID_STATE, f"{account_id} is being removed")
        if entry is None and len(self._entries) >= MAX_ACCOUNTS:
            raise c.CommandError(c.ErrorCode.CAPACITY, f"at most {MAX_ACCOUNTS} accounts")
        return entry

    def add(self, entry: AccountEntry) -> None:
        self._entries[entry.account_id], self._tokens[entry.token] = entry, entry.account_id

    def remove(self, entry: AccountEntry) -> None:
        self._entries.pop(entry.account_id, None)
        self._tokens.pop(entry.token, None)

    def leg_ended(self, account_id: str | None, leg_id: str) -> None:
        entry = self._entries.get(account_id or "")
        if entry is not None:
            entry.legs.discard(leg_id)


def register_spec(cmd: c.Register, token: str) -> AccountSpec:
    """`build_spec` for a `register` command; a bad registrar is the error to reply."""
    try:
        return build_spec(cmd.registrar, cmd.username, cmd.password, cmd.domain, cmd.expires, token)
    except ValueError as exc:
        raise c.CommandError(c.ErrorCode.BAD_ARGUMENTS, str(exc)) from None
