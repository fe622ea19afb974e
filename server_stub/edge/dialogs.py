"""Ending a lost media worker's SIP dialogs from the edge (Kamailio's dialog module).

The edge tracks every dialog it routes to or from a worker (`dlg_manage()` in the
template). When a worker dies, nobody is left to send its BYEs: `end_dialogs_of` finds
the dialogs whose caller or callee contact is the worker's address (`dlg.list`) and ends
them on its behalf: a confirmed dialog with `dlg.end_dlg` (BYE to both sides; the one to
the dead worker times out), a leg the worker was still ringing (an agent's phone) with
`tm.cancel` (CANCEL to the phone). A customer call the worker had not answered yet needs
nothing: the edge fails it over to another worker when the INVITE times out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

Rpc = Callable[..., Awaitable[Any]]
# Q.850 cause 41 (temporary failure) tells the far end this was not a normal hang-up.
REASON_HEADER = 'Reason: Q.850;cause=41;text="media worker lost"\r\n'
_EARLY, _CONFIRMED = (1, 2), (3, 4)
_HOSTPORT = re.compile(r"^(?:sips?:)?(?:[^@;>]*@)?([^;>?]+)")


@dataclass(frozen=True)
class EdgeDialog:
    """One row of `dlg.list`: what is needed to end it."""

    h_entry: int
    h_id: int
    call_id: str
    state: int
    caller_contact: str
    caller_cseq: str
    callee_contact: str


def contact_address(uri: str | None) -> str:
    """host:port of a contact URI (`sip:w4@127.0.0.1:5071;ob` -> `127.0.0.1:5071`)."""
    match = _HOSTPORT.match((uri or "").strip().strip("<"))
    return match.group(1).lower() if match else ""


def parse_dialog_list(result: Any) -> list[EdgeDialog]:
    """The dialogs in a `dlg.list` JSON-RPC result (a list, or nothing when none)."""
    rows = result if isinstance(result, list) else []
    dialogs = []
    for row in rows:
        if not isinstance(row, dict):
            continue
        caller = row.get("caller") or {}
        callee = row.get("callee") or {}
        try:
            dialogs.append(
                EdgeDialog(
                    h_entry=int(row["h_entry"]),
                    h_id=int(row["h_id"]),
                    call_id=str(row.get("call-id") or ""),
                    state=int(row.get("state") or 0),
                    caller_contact=str(caller.get("contact") or ""),
                    caller_cseq=str(caller.get("cseq") or ""),
                    callee_contact=str(callee.get("contact") or ""),
                )
            )
        except (KeyError, TypeError, ValueError):
            log.warning("unreadable dialog in dlg.list: %r", row)
    return dialogs


async def end_dialogs_of(rpc: Rpc, sip_address: str) -> int:
    """End every dialog of the worker at `sip_address` (host:port); returns how many.

    Errors of single dialogs (one that ended meanwhile) are logged and skipped."""
    address = sip_address.lower()
    ended = 0
    for dialog in parse_dialog_list(await rpc("dlg.list")):
        from_worker = contact_address(dialog.caller_contact) == address
        to_worker = contact_address(dialog.callee_contact) == address
        try:
            if (from_worker or to_worker) and dialog.state in _CONFIRMED:
                await rpc("dlg.end_dlg", dialog.h_entry, dialog.h_id, REASON_HEADER)
            elif from_worker and dialog.state in _EARLY and dialog.caller_cseq:
                # The cseq must go as a string: tm looks the INVITE up as "<cseq> INVITE".
                await rpc("tm.cancel", dialog.call_id, dialog.caller_cseq)
            else:
                continue
        except Exception as exc:
            log.warning(
                "ending dialog %s of lost worker %s failed: %s", dialog.call_id, sip_address, exc
            )
            continue
        ended += 1
    return ended
