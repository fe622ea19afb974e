"""Recognises the monitoring leg the server rings on a lead's softphone (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

MONITOR_HEADER = "X-Monitor"
MONITOR_MODES = ("listen", "whisper", "barge")


class HasHeaders(Protocol):
    """Anything with SIP headers, such as `agent_desktop.softphone.CallInfo`."""

    headers: Mapping[str, str]


def monitor_target(call_info: HasHeaders | Any) -> str:
    """The monitored call's id from `X-Monitor` (header names are case-insensitive), or ""."""
    headers = getattr(call_info, "headers", None) or {}
    for name, value in headers.items():
        if name.lower() == MONITOR_HEADER.lower():
            return str(value).strip()
    return ""


def is_monitor_call(call_info: HasHeaders | Any) -> bool:
    """True for the server's monitoring leg (auto-answer it; it is not a customer call)."""
    return bool(monitor_target(call_info))
